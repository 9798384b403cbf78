//! The pack's byte-level encoding: LEB128 varints, length-prefixed strings and
//! delta-coded ascending sequences.
//!
//! [`Reader`] never panics and never trusts a length: every count is checked against the
//! bytes left before anything is allocated, so truncated or garbled input ends in a
//! [`PackError`], never in a huge allocation or an out-of-range slice.

use super::PackError;

/// Appends values to a growing byte buffer.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    /// An empty writer.
    pub(crate) fn new() -> Writer {
        Writer::default()
    }

    /// The bytes written so far.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    /// One byte.
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    /// An unsigned integer as a LEB128 varint: 1 byte below 128, 2 below 16,384, ...
    pub(crate) fn var(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    /// A `usize` as a varint.
    pub(crate) fn len(&mut self, v: usize) {
        self.var(v as u64);
    }

    /// A signed integer, zig-zag coded so that small negative values stay short.
    pub(crate) fn signed(&mut self, v: i64) {
        self.var(((v << 1) ^ (v >> 63)) as u64);
    }

    /// Raw bytes, without a length (the reader must know it).
    pub(crate) fn raw_bytes(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// A string: its byte length, then its bytes.
    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// An optional string: 0 for `None`, else 1 and the string.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }

    /// A list of strings: the count, then each string.
    pub(crate) fn strs<S: AsRef<str>>(&mut self, items: &[S]) {
        self.len(items.len());
        for s in items {
            self.str(s.as_ref());
        }
    }

    /// A strictly ascending sequence (the count is written by the caller): the first value,
    /// then each gap minus one, which is small and so short as a varint. Positions in an
    /// article and articles in a posting list are such sequences.
    pub(crate) fn ascending(&mut self, values: &[u32]) {
        let mut next = 0u64;
        for &v in values {
            self.var(u64::from(v) - next);
            next = u64::from(v) + 1;
        }
    }
}

/// Reads values back, in the order they were written, from a byte slice.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// Bytes not read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// One byte.
    pub(crate) fn u8(&mut self) -> Result<u8, PackError> {
        let b = *self.bytes.get(self.pos).ok_or(PackError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    /// A varint of at most 64 bits.
    #[inline]
    pub(crate) fn var(&mut self) -> Result<u64, PackError> {
        // Most values in a pack (position gaps, lengths, flags) fit one byte.
        if let Some(&b) = self.bytes.get(self.pos) {
            if b < 0x80 {
                self.pos += 1;
                return Ok(u64::from(b));
            }
        }
        self.long_var()
    }

    /// [`Reader::var`] for values of two bytes or more.
    fn long_var(&mut self) -> Result<u64, PackError> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift == 63 && b > 1 {
                return Err(PackError::corrupt("varint longer than 64 bits"));
            }
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
            if shift > 63 {
                return Err(PackError::corrupt("varint longer than 64 bits"));
            }
        }
    }

    /// A signed integer written by [`Writer::signed`].
    pub(crate) fn signed(&mut self) -> Result<i64, PackError> {
        let u = self.var()?;
        Ok((u >> 1) as i64 ^ -((u & 1) as i64))
    }

    /// A varint that must fit a `u32`.
    pub(crate) fn u32(&mut self) -> Result<u32, PackError> {
        u32::try_from(self.var()?).map_err(|_| PackError::corrupt("number out of range"))
    }

    /// A varint that must fit a `usize`.
    pub(crate) fn usize(&mut self) -> Result<usize, PackError> {
        usize::try_from(self.var()?).map_err(|_| PackError::corrupt("number out of range"))
    }

    /// A count of items that each take at least `min_bytes` bytes: refused when the
    /// bytes left could not hold that many, so a garbled count allocates nothing.
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize, PackError> {
        let n = self.usize()?;
        if n.saturating_mul(min_bytes.max(1)) > self.remaining() {
            return Err(PackError::Truncated);
        }
        Ok(n)
    }

    /// `n` raw bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        let end = self.pos.checked_add(n).ok_or(PackError::Truncated)?;
        let out = self.bytes.get(self.pos..end).ok_or(PackError::Truncated)?;
        self.pos = end;
        Ok(out)
    }

    /// A string written by [`Writer::str`], borrowed from the pack.
    pub(crate) fn str(&mut self) -> Result<&'a str, PackError> {
        let n = self.usize()?;
        self.str_of_len(n)
    }

    /// `n` bytes of UTF-8 text written without a length.
    pub(crate) fn str_of_len(&mut self, n: usize) -> Result<&'a str, PackError> {
        std::str::from_utf8(self.bytes(n)?).map_err(|_| PackError::corrupt("text is not UTF-8"))
    }

    /// A string written by [`Writer::str`], owned.
    pub(crate) fn string(&mut self) -> Result<String, PackError> {
        self.str().map(str::to_string)
    }

    /// An optional string written by [`Writer::opt_str`].
    pub(crate) fn opt_string(&mut self) -> Result<Option<String>, PackError> {
        match self.u8()? {
            0 => Ok(None),
            1 => self.string().map(Some),
            _ => Err(PackError::corrupt("bad optional-text flag")),
        }
    }

    /// A list written by [`Writer::strs`].
    pub(crate) fn strings(&mut self) -> Result<Vec<String>, PackError> {
        let n = self.count(1)?;
        (0..n).map(|_| self.string()).collect()
    }

    /// `n` values written by [`Writer::ascending`], appended to `out`; each must be
    /// below `limit`.
    pub(crate) fn ascending(
        &mut self,
        n: usize,
        limit: u32,
        out: &mut Vec<u32>,
    ) -> Result<(), PackError> {
        if n > self.remaining() {
            return Err(PackError::Truncated);
        }
        out.reserve(n);
        let mut next = 0u64;
        for _ in 0..n {
            let v = next.saturating_add(self.var()?);
            if v >= u64::from(limit) {
                return Err(PackError::corrupt("number out of range"));
            }
            out.push(v as u32);
            next = v + 1;
        }
        Ok(())
    }

    /// Fails unless every byte was read (a pack with trailing bytes is not one we wrote).
    pub(crate) fn finish(self) -> Result<(), PackError> {
        if self.remaining() == 0 {
            Ok(())
        } else {
            Err(PackError::corrupt("trailing bytes"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_at_their_byte_boundaries() {
        let values = [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ];
        let mut w = Writer::new();
        for v in values {
            w.var(v);
        }
        let bytes = w.into_bytes();
        // 1 + 1 + 1 + 2 + 2 + 3 + 5 + 10 bytes.
        assert_eq!(bytes.len(), 25);
        let mut r = Reader::new(&bytes);
        for v in values {
            assert_eq!(r.var(), Ok(v));
        }
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn signed_values_round_trip_small_ones_in_one_byte() {
        let values = [0, -1, 1, -64, 63, i64::MIN, i64::MAX];
        let mut w = Writer::new();
        for v in values {
            w.signed(v);
        }
        let bytes = w.into_bytes();
        assert_eq!(bytes.len(), 5 + 10 + 10);
        let mut r = Reader::new(&bytes);
        for v in values {
            assert_eq!(r.signed(), Ok(v));
        }
    }

    #[test]
    fn an_overlong_varint_is_an_error() {
        let bytes = [0xff; 11];
        assert!(Reader::new(&bytes).var().is_err());
        // Ten bytes whose last carries more than the 64th bit.
        let mut bytes = [0xff; 10];
        bytes[9] = 0x02;
        assert!(Reader::new(&bytes).var().is_err());
    }

    #[test]
    fn strings_round_trip_and_truncation_is_an_error() {
        let mut w = Writer::new();
        w.str("Lavrov said, “We will not”");
        w.opt_str(None);
        w.opt_str(Some("Kremlin"));
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.str(), Ok("Lavrov said, “We will not”"));
        assert_eq!(r.opt_string(), Ok(None));
        assert_eq!(r.opt_string(), Ok(Some("Kremlin".to_string())));
        let mut short = Reader::new(&bytes[..10]);
        assert_eq!(short.str(), Err(PackError::Truncated));
    }

    #[test]
    fn a_huge_count_allocates_nothing() {
        let mut w = Writer::new();
        w.var(u64::MAX / 2);
        let bytes = w.into_bytes();
        assert_eq!(Reader::new(&bytes).count(1), Err(PackError::Truncated));
        assert!(Reader::new(&bytes).strings().is_err());
    }

    #[test]
    fn ascending_sequences_round_trip_and_respect_the_limit() {
        let positions = [2u32, 7, 8, 300, 70_000];
        let mut w = Writer::new();
        w.ascending(&positions);
        let bytes = w.into_bytes();
        let mut out = Vec::new();
        Reader::new(&bytes)
            .ascending(positions.len(), 70_001, &mut out)
            .expect("decodes");
        assert_eq!(out, positions);
        let mut out = Vec::new();
        assert!(Reader::new(&bytes)
            .ascending(positions.len(), 70_000, &mut out)
            .is_err());
    }
}
