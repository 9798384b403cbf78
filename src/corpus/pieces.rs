//! [`Pieces`]: clean text built only from verbatim slices of the raw file.
//!
//! Every inline cleaning rule (link debris, escapes, trimming) *removes* raw bytes and never
//! invents any, so a cleaned line is exactly a list of raw ranges. That is what makes the
//! [`SpanMap`] of each paragraph exact: every clean byte is a raw byte.

use std::ops::Range;

use super::span_map::SpanMap;

/// Clean text as an ordered list of raw byte ranges (each on char boundaries).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Pieces {
    ranges: Vec<Range<usize>>,
}

impl Pieces {
    /// Appends raw bytes `range` (ignored when empty; merged with a touching previous range).
    pub(crate) fn push(&mut self, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        if let Some(last) = self.ranges.last_mut() {
            if last.end == range.start {
                last.end = range.end;
                return;
            }
        }
        self.ranges.push(range);
    }

    /// The clean text these pieces spell out of `raw`.
    pub(crate) fn text(&self, raw: &str) -> String {
        let mut s = String::new();
        for r in &self.ranges {
            s.push_str(raw.get(r.clone()).unwrap_or(""));
        }
        s
    }

    /// The map from clean offsets to raw offsets.
    pub(crate) fn to_map(&self) -> SpanMap {
        let mut m = SpanMap::new();
        for r in &self.ranges {
            m.push_copy(r.start, r.len());
        }
        m
    }

    /// Drops the first `n` clean bytes (`n` must fall on a char boundary of the text).
    pub(crate) fn drop_front(&mut self, mut n: usize) {
        while n > 0 {
            let Some(first) = self.ranges.first_mut() else {
                return;
            };
            if first.len() <= n {
                n -= first.len();
                self.ranges.remove(0);
            } else {
                first.start += n;
                n = 0;
            }
        }
    }

    /// Drops the last `n` clean bytes (`n` must fall on a char boundary of the text).
    pub(crate) fn drop_back(&mut self, mut n: usize) {
        while n > 0 {
            let Some(last) = self.ranges.last_mut() else {
                return;
            };
            if last.len() <= n {
                n -= last.len();
                self.ranges.pop();
            } else {
                last.end -= n;
                n = 0;
            }
        }
    }

    /// Trims Unicode whitespace (including no-break spaces) from both ends.
    pub(crate) fn trim(&mut self, raw: &str) {
        let text = self.text(raw);
        let front = text.len() - text.trim_start().len();
        let back = text.len() - text.trim_end().len();
        if front == text.len() {
            self.ranges.clear();
            return;
        }
        self.drop_front(front);
        self.drop_back(back);
    }

    /// Rule: punctuation orphaned at the start of a line is debris of a cut sentence
    /// (seed 000's Ukrainian summary begins ". Оглядач ..."). Drops leading `.`, `,`, `;`
    /// or `:` when whitespace and then a letter follow; an ellipsis or a quote is kept.
    pub(crate) fn strip_orphan_punctuation(&mut self, raw: &str) {
        let text = self.text(raw);
        let rest = text.trim_start_matches(['.', ',', ';', ':']);
        let punct = text.len() - rest.len();
        if punct == 0 || rest.starts_with("..") || text.starts_with("..") {
            return;
        }
        let after = rest.trim_start();
        let space = rest.len() - after.len();
        if space > 0 && after.chars().next().is_some_and(char::is_alphabetic) {
            self.drop_front(punct + space);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_spell_text_and_map_exactly() {
        let raw = "is already [the](#)";
        let mut p = Pieces::default();
        p.push(0..11);
        p.push(12..15);
        assert_eq!(p.text(raw), "is already the");
        let m = p.to_map();
        assert_eq!(m.to_raw(11), 12);
        assert_eq!(m.range_to_raw(0, 14), (0, 15));
    }

    #[test]
    fn trim_removes_no_break_spaces_across_pieces() {
        let raw = "What is prompting this surge?\u{a0}";
        let mut p = Pieces::default();
        p.push(0..raw.len());
        p.trim(raw);
        assert_eq!(p.text(raw), "What is prompting this surge?");
    }

    #[test]
    fn orphan_full_stop_before_the_ukrainian_summary_is_debris() {
        let raw = ". Оглядач із закордонних справ";
        let mut p = Pieces::default();
        p.push(0..raw.len());
        p.strip_orphan_punctuation(raw);
        assert_eq!(p.text(raw), "Оглядач із закордонних справ");
    }

    #[test]
    fn ellipsis_at_the_start_is_kept() {
        let raw = "... and then the talks ended.";
        let mut p = Pieces::default();
        p.push(0..raw.len());
        p.strip_orphan_punctuation(raw);
        assert_eq!(p.text(raw), raw);
    }
}
