//! The writing half of the byte streams the Unicode tables are stored as (the reading half
//! is `src/text/unicode/stream.rs`, which also tests the two against each other).
//!
//! Why a stream and not arrays of `u32`: the tables are mostly small steps (the next
//! composite is one code point on, its base letter a few letters on, its mark one of the
//! 112 in U+0300..U+036F), so one or two bytes per number is enough, and gzip packs those
//! bytes far better than the zero-padded words of an array.

/// A growing stream of LEB128 numbers: seven bits a byte, low bits first, the high bit set
/// on every byte but a number's last.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    /// Appends `n` (one byte below 128, at most five).
    pub fn uint(&mut self, mut n: u32) {
        while n >= 0x80 {
            self.bytes.push((n & 0x7F) as u8 | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    /// Appends a signed `n`, zigzag-coded so that small steps either way stay one byte:
    /// 0, -1, 1, -2, 2 … are written as 0, 1, 2, 3, 4 ….
    pub fn int(&mut self, n: i32) {
        self.uint(((n << 1) ^ (n >> 31)) as u32);
    }

    /// Appends the step from `from` to `to` between two code points, as [`Writer::int`].
    pub fn step(&mut self, from: u32, to: u32) {
        self.int(to.wrapping_sub(from) as i32);
    }
}
