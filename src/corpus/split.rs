//! Raw text -> lines -> paragraphs.
//!
//! Every non-blank line is a paragraph (seed 001 has no blank lines at all, seed 000 puts a
//! blank line between paragraphs), except that a paragraph cut mid-sentence is joined to the
//! one that continues it.

use super::block::{Block, Role};
use super::markdown;
use super::pieces::Pieces;
use super::span_map::SpanMap;

/// Cuts `raw` into cleaned [`Block`]s, one per line that still has text after cleaning.
/// Handles `\n`, `\r\n` and a leading byte-order mark.
pub(crate) fn blocks(raw: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank_before = true;
    for line in raw.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let mut end = start + content.len();
        let mut begin = start;
        if start == 0 && content.starts_with('\u{feff}') {
            begin += '\u{feff}'.len_utf8();
        }
        // Trim raw whitespace first so the line range is exact.
        let inner = &raw[begin..end];
        begin += inner.len() - inner.trim_start().len();
        end -= inner.len() - inner.trim_end().len();
        if begin >= end {
            blank_before = true;
            continue;
        }
        let mut pieces = markdown::clean_line(raw, begin..end);
        pieces.trim(raw);
        pieces.strip_orphan_punctuation(raw);
        let text = pieces.text(raw);
        if text.is_empty() {
            continue;
        }
        out.push(Block {
            text,
            pieces,
            blank_before,
            role: Role::Body,
        });
        blank_before = false;
    }
    out
}

/// Whether the file separates paragraphs with blank lines. Only then do "no blank line
/// between" groupings (a caption and its alt text) mean anything.
pub(crate) fn uses_blank_lines(blocks: &[Block]) -> bool {
    blocks.iter().skip(1).any(|b| b.blank_before)
}

/// Rule: paragraph `a` continues in `b` when `a` stops mid-sentence (no closing punctuation)
/// and `b` starts with a lower-case letter. Seed 000: "…Russia, after all, is already
/// [the](#)" / "[second-most sanctioned country](#) by the United States…".
pub(crate) fn continues(a: &str, b: &str) -> bool {
    let ends_open = a
        .chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '…' | ':' | '"' | '”' | '’' | '»' | ')'));
    ends_open && b.chars().next().is_some_and(char::is_lowercase)
}

/// A clean paragraph before its language is known.
pub(crate) struct Joined {
    pub text: String,
    pub map: SpanMap,
}

/// Builds the body paragraphs from the blocks still in the body, joining continuations.
/// A join inserts one space, mapped to the raw bytes between the two halves.
pub(crate) fn paragraphs(raw: &str, blocks: &[Block]) -> Vec<Joined> {
    let mut out: Vec<(String, Vec<Pieces>)> = Vec::new();
    for b in blocks.iter().filter(|b| b.is_body()) {
        match out.last_mut() {
            Some((text, parts)) if continues(text, &b.text) => {
                text.push(' ');
                text.push_str(&b.text);
                parts.push(b.pieces.clone());
            }
            _ => out.push((b.text.clone(), vec![b.pieces.clone()])),
        }
    }
    out.into_iter()
        .map(|(text, parts)| Joined {
            map: joined_map(raw, &parts),
            text,
        })
        .collect()
}

/// The map of pieces joined by single synthetic spaces.
fn joined_map(raw: &str, parts: &[Pieces]) -> SpanMap {
    let mut map = SpanMap::new();
    let mut prev_end = None;
    for p in parts {
        let part = p.to_map();
        if let Some(end) = prev_end {
            let next_start = part.to_raw(0);
            map.push_synthetic(end, next_start.max(end), 1);
        }
        for (clean, raw_range) in part.copied_runs() {
            map.push_copy(raw_range.start, clean.len());
        }
        prev_end = Some(part.range_to_raw(0, part.clean_len()).1);
        debug_assert_eq!(p.text(raw).len(), part.clean_len());
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_a_block_even_without_blank_lines() {
        let raw = "Russia-U.S. Talks Concluded With Posturing and Threats, but No Movement on Either Side\nLast weekend, a senior Biden administration official looked at Russia’s military pressure.\n";
        let b = blocks(raw);
        assert_eq!(b.len(), 2);
        assert!(!b[1].blank_before);
        assert!(!uses_blank_lines(&b));
    }

    #[test]
    fn blank_lines_and_crlf_are_tracked() {
        let raw =
            "\u{feff}\r\n\r\nThe National Interest.-10.01.2022\r\n\r\nDaniel R. De Petris\r\n";
        let b = blocks(raw);
        assert_eq!(b[0].text, "The National Interest.-10.01.2022");
        assert_eq!(b[1].text, "Daniel R. De Petris");
        assert!(b[1].blank_before);
        assert!(uses_blank_lines(&b));
    }

    #[test]
    fn a_paragraph_cut_mid_sentence_continues() {
        assert!(continues(
            "Nor is it guaranteed to work; Russia, after all, is already the",
            "second-most sanctioned country by the United States"
        ));
        assert!(!continues(
            "Avoiding a war with Moscow is, frankly put, the top priority.",
            "others advocate for more weapons sales"
        ));
        assert!(!continues(
            "U.S.-Russia Talks Must Continue",
            "Переговори між США і Росією необхідно продовжувати"
        ));
    }

    #[test]
    fn joined_paragraph_maps_both_halves_exactly() {
        let raw = "Russia is already [the](#)\n\n[second-most sanctioned country](#) by the U.S.\n";
        let b = blocks(raw);
        let p = paragraphs(raw, &b);
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].text,
            "Russia is already the second-most sanctioned country by the U.S."
        );
        let (s, e) = p[0].map.range_to_raw(0, p[0].text.len());
        assert_eq!(s, 0);
        assert!(raw[s..e].ends_with("by the U.S."));
        let at = p[0].text.find("second").unwrap_or(0);
        assert_eq!(p[0].map.to_raw(at), raw.find("second").unwrap_or(1));
    }
}
