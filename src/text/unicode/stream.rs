//! The reading half of the byte streams the generated Unicode tables are stored as: LEB128
//! numbers, signed ones zigzag-coded (written by `build/varint.rs`).
//!
//! The streams are generated at build time and never come from input, so they cannot be
//! damaged; still, reading never panics on any bytes: past the end every number reads as 0,
//! and a number too long for 32 bits keeps its low bits.

/// A cursor over a generated stream.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A cursor at the start of `bytes`.
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
    }

    /// The next unsigned number (0 past the end of the stream).
    pub(super) fn uint(&mut self) -> u32 {
        let mut n: u32 = 0;
        let mut shift = 0;
        while let Some(&b) = self.bytes.get(self.pos) {
            self.pos += 1;
            if shift < 32 {
                n |= u32::from(b & 0x7F) << shift;
            }
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        n
    }

    /// The next signed number (zigzag-coded).
    pub(super) fn int(&mut self) -> i32 {
        let z = self.uint();
        ((z >> 1) as i32) ^ -((z & 1) as i32)
    }

    /// `from` moved by the next signed step (wrapping: the caller checks the result is a
    /// char where it needs one).
    pub(super) fn step(&mut self, from: u32) -> u32 {
        from.wrapping_add_signed(self.int())
    }

    /// The next count of items, capped by the bytes left (each item takes at least one),
    /// so that a count can never make a caller reserve more than the stream could fill.
    pub(super) fn count(&mut self) -> usize {
        let n = usize::try_from(self.uint()).unwrap_or(usize::MAX);
        n.min(self.bytes.len().saturating_sub(self.pos))
    }
}

// The writer the build script uses, compiled here so the tests can check the two halves
// agree.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../../../build/varint.rs"]
mod writer;

#[cfg(test)]
mod tests {
    use super::writer::Writer;
    use super::Reader;
    use proptest::prelude::*;

    #[test]
    fn small_numbers_take_one_byte() {
        let mut w = Writer::default();
        w.uint(127);
        w.int(-64);
        w.int(63);
        assert_eq!(w.bytes.len(), 3);
        w.uint(128);
        assert_eq!(w.bytes.len(), 5);
    }

    #[test]
    fn steps_between_code_points_round_trip() {
        // À (U+00C0) decomposes to A; 豈 (U+F900) to 豈 (U+8C48): steps down.
        let mut w = Writer::default();
        w.step(0xC0, 0x41);
        w.step(0xF900, 0x8C48);
        w.step(0, 0x10FFFF);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.step(0xC0), 0x41);
        assert_eq!(r.step(0xF900), 0x8C48);
        assert_eq!(r.step(0), 0x10FFFF);
    }

    #[test]
    fn reading_past_the_end_gives_zero() {
        let mut r = Reader::new(&[0x85]);
        assert_eq!(r.uint(), 5);
        assert_eq!((r.uint(), r.int(), r.count()), (0, 0, 0));
    }

    #[test]
    fn a_count_is_capped_by_the_bytes_left() {
        let mut w = Writer::default();
        w.uint(1_000_000);
        w.uint(7);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.count(), 1);
    }

    proptest! {
        #[test]
        fn numbers_round_trip(uints in prop::collection::vec(any::<u32>(), 0..50),
                              ints in prop::collection::vec(any::<i32>(), 0..50)) {
            let mut w = Writer::default();
            uints.iter().for_each(|&n| w.uint(n));
            ints.iter().for_each(|&n| w.int(n));
            let mut r = Reader::new(&w.bytes);
            for &n in &uints {
                prop_assert_eq!(r.uint(), n);
            }
            for &n in &ints {
                prop_assert_eq!(r.int(), n);
            }
            prop_assert_eq!(r.pos, w.bytes.len());
        }

        #[test]
        fn any_bytes_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let mut r = Reader::new(&bytes);
            for _ in 0..80 {
                let _ = (r.uint(), r.int(), r.step(0x10FFFF), r.count());
            }
        }
    }
}
