//! Maps offsets in a cleaned paragraph back to offsets in the raw file, so every
//! search hit and quote can be cited at its exact source location.

mod pack; // the map in the corpus pack, and the paragraph text rebuilt from it

/// A run of clean text copied verbatim from the raw file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    clean: usize,
    raw: usize,
    /// Clean bytes in this run.
    len: usize,
    /// Raw bytes this run stands for (equal to `len` for a verbatim copy).
    raw_len: usize,
    /// Copied verbatim (a synthetic run may have `len == raw_len` by chance, e.g. a space
    /// standing for one newline, and must still not be mistaken for a copy).
    verbatim: bool,
}

impl Run {
    fn is_copy(&self) -> bool {
        self.verbatim
    }
}

/// Piecewise map from clean byte offsets to raw byte offsets.
///
/// Built by pushing the pieces of clean text in order, each either copied from the raw
/// file ([`SpanMap::push_copy`]) or synthesised ([`SpanMap::push_synthetic`], e.g. an
/// unescaped `$` that stands for the raw `\$`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanMap {
    runs: Vec<Run>,
    clean_len: usize,
}

impl SpanMap {
    /// An empty map.
    pub fn new() -> SpanMap {
        SpanMap::default()
    }

    /// A map for clean text that is the raw text from `raw_start`, verbatim, `len` bytes long.
    pub fn identity(raw_start: usize, len: usize) -> SpanMap {
        let mut m = SpanMap::new();
        m.push_copy(raw_start, len);
        m
    }

    /// Records that the next `len` clean bytes are raw bytes `raw_start..raw_start+len`.
    pub fn push_copy(&mut self, raw_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            if last.is_copy() && last.raw + last.len == raw_start {
                last.len += len;
                last.raw_len += len;
                self.clean_len += len;
                return;
            }
        }
        self.runs.push(Run {
            clean: self.clean_len,
            raw: raw_start,
            len,
            raw_len: len,
            verbatim: true,
        });
        self.clean_len += len;
    }

    /// Records that the next `len` clean bytes stand for raw bytes `raw_start..raw_end`
    /// but are not a verbatim copy; offsets inside them map to `raw_start`.
    pub fn push_synthetic(&mut self, raw_start: usize, raw_end: usize, len: usize) {
        if len == 0 {
            return;
        }
        self.runs.push(Run {
            clean: self.clean_len,
            raw: raw_start,
            len,
            raw_len: raw_end.saturating_sub(raw_start),
            verbatim: false,
        });
        self.clean_len += len;
    }

    /// Length of the clean text this map covers, in bytes.
    pub fn clean_len(&self) -> usize {
        self.clean_len
    }

    /// The raw byte offset of clean byte offset `clean` (which may equal `clean_len`,
    /// meaning "just past the end").
    pub fn to_raw(&self, clean: usize) -> usize {
        let Some(r) = self.run_at(clean) else {
            return 0;
        };
        let off = clean - r.clean;
        if r.is_copy() || off == 0 {
            r.raw + off.min(r.raw_len)
        } else {
            r.raw + r.raw_len
        }
    }

    /// Every verbatim run as `(clean range, raw range)`, in order: the clean text of each
    /// run is byte-for-byte the raw text of its range. Synthetic runs are left out.
    pub fn copied_runs(
        &self,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, std::ops::Range<usize>)> + '_ {
        self.runs
            .iter()
            .filter(|r| r.is_copy())
            .map(|r| (r.clean..r.clean + r.len, r.raw..r.raw + r.len))
    }

    /// The run that contains clean offset `clean` (the last run for offsets past the end).
    fn run_at(&self, clean: usize) -> Option<Run> {
        let i = match self.runs.binary_search_by(|r| r.clean.cmp(&clean)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        self.runs.get(i).copied()
    }

    /// The raw byte range of clean range `start..end`: the end maps from the last byte
    /// inside the range, so a span ending at a run boundary does not leak into the next run.
    pub fn range_to_raw(&self, start: usize, end: usize) -> (usize, usize) {
        if end <= start {
            let s = self.to_raw(start);
            return (s, s);
        }
        let raw_start = self.to_raw(start);
        let raw_end = match self.run_at(end - 1) {
            Some(r) if r.is_copy() => r.raw + (end - 1 - r.clean).min(r.len) + 1,
            Some(r) => r.raw + r.raw_len,
            None => raw_start,
        };
        (raw_start, raw_end.max(raw_start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_offsets_by_shifting() {
        let m = SpanMap::identity(100, 10);
        assert_eq!(m.to_raw(0), 100);
        assert_eq!(m.to_raw(7), 107);
        assert_eq!(m.range_to_raw(2, 5), (102, 105));
    }

    #[test]
    fn removed_markup_is_skipped() {
        // raw: "a [b](#) c" -> clean: "a b c"
        let mut m = SpanMap::new();
        m.push_copy(0, 2); // "a "
        m.push_copy(3, 1); // "b"
        m.push_copy(8, 2); // " c"
        assert_eq!(m.to_raw(2), 3);
        assert_eq!(m.to_raw(3), 8);
        assert_eq!(m.range_to_raw(2, 3), (3, 4));
        assert_eq!(m.range_to_raw(0, 5), (0, 10));
    }

    #[test]
    fn a_synthetic_space_for_one_newline_is_not_a_copy() {
        // raw: "the\nsecond" -> clean: "the second"
        let mut m = SpanMap::new();
        m.push_copy(0, 3);
        m.push_synthetic(3, 4, 1);
        m.push_copy(4, 6);
        let copies: Vec<_> = m.copied_runs().collect();
        assert_eq!(copies, vec![(0..3, 0..3), (4..10, 4..10)]);
        assert_eq!(m.to_raw(5), 5);
    }

    #[test]
    fn synthetic_text_maps_to_its_source_start() {
        // raw: "\$5" -> clean: "$5"
        let mut m = SpanMap::new();
        m.push_synthetic(0, 2, 1);
        m.push_copy(2, 1);
        assert_eq!(m.to_raw(0), 0);
        assert_eq!(m.to_raw(1), 2);
        assert_eq!(m.range_to_raw(0, 1), (0, 2));
        assert_eq!(m.range_to_raw(0, 2), (0, 3));
    }
}
