//! Inline markdown debris left by web scrapers, removed from one line of raw text:
//! links `[text](url)` keep their text, images `![alt](src)` go, autolinks `<https://…>`
//! lose their brackets, backslash escapes (`\$`, even doubled `\\$`) lose the backslashes,
//! heading (`## `) and block-quote (`> `) markers and paired `**strong**` markers go.
//!
//! Only removes raw bytes, never adds any: the result is [`Pieces`] of the raw line. Runs in
//! linear time on any input: brackets are matched once with a stack, not searched per `[`.

use std::collections::HashMap;
use std::ops::Range;

use super::pieces::Pieces;

/// How deep links may nest inside link text before the rest is taken literally; bounds the
/// recursion on hostile input such as `[[[[[[…`.
const MAX_NESTING: usize = 4;

/// Cleans raw line `line` (a range of `raw` without its newline) into [`Pieces`].
pub(crate) fn clean_line(raw: &str, line: Range<usize>) -> Pieces {
    let start = line.start + block_marker_len(&raw[line.clone()]);
    let pairs = Pairs::new(raw.as_bytes(), start..line.end);
    let strong = raw[start..line.end].matches("**").count();
    let mut out = Pieces::default();
    let mut scan = Scan {
        raw,
        pairs: &pairs,
        drop_strong: strong >= 2 && strong.is_multiple_of(2),
        out: &mut out,
    };
    scan.range(start..line.end, 0);
    out
}

/// Rule: a heading (`#`…`######` + space) or block-quote (`>` + space) marker at the start of
/// a line is markup, not text. Returns its length in bytes (0 if none).
fn block_marker_len(line: &str) -> usize {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        return hashes + 1;
    }
    if line.starts_with("> ") {
        return 2;
    }
    0
}

/// Matching closers for every `[` and `(` of a line, found in one pass.
struct Pairs {
    square: HashMap<usize, usize>,
    round: HashMap<usize, usize>,
}

impl Pairs {
    fn new(bytes: &[u8], range: Range<usize>) -> Pairs {
        let (mut square, mut round) = (HashMap::new(), HashMap::new());
        let (mut open_sq, mut open_rd) = (Vec::new(), Vec::new());
        let mut i = range.start;
        while i < range.end {
            match bytes[i] {
                // An escaped character never opens or closes anything.
                b'\\' => i += 1,
                b'[' => open_sq.push(i),
                b']' => {
                    if let Some(o) = open_sq.pop() {
                        square.insert(o, i);
                    }
                }
                b'(' => open_rd.push(i),
                b')' => {
                    if let Some(o) = open_rd.pop() {
                        round.insert(o, i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Pairs { square, round }
    }

    /// If a link `[text](target)` starts at `open` (a `[`): the text range and the end of
    /// the whole link.
    fn link_at(&self, bytes: &[u8], open: usize) -> Option<(Range<usize>, usize)> {
        let close = *self.square.get(&open)?;
        if bytes.get(close + 1) != Some(&b'(') {
            return None;
        }
        let paren_close = *self.round.get(&(close + 1))?;
        Some((open + 1..close, paren_close + 1))
    }
}

/// One cleaning pass that appends kept raw ranges to `out`.
struct Scan<'a> {
    raw: &'a str,
    pairs: &'a Pairs,
    drop_strong: bool,
    out: &'a mut Pieces,
}

impl Scan<'_> {
    fn range(&mut self, range: Range<usize>, depth: usize) {
        let bytes = self.raw.as_bytes();
        let mut keep_from = range.start;
        let mut i = range.start;
        while i < range.end {
            let skip = match bytes[i] {
                b'\\' => escape_at(bytes, i, range.end),
                b'!' if bytes.get(i + 1) == Some(&b'[') && depth < MAX_NESTING => self
                    .pairs
                    .link_at(bytes, i + 1)
                    .filter(|&(_, end)| end <= range.end)
                    .map(|(_, end)| (end, None)),
                b'[' if depth < MAX_NESTING => self
                    .pairs
                    .link_at(bytes, i)
                    .filter(|&(_, end)| end <= range.end)
                    .map(|(text, end)| (end, Some(text))),
                b'<' => autolink_at(self.raw, i, range.end),
                b'*' if self.drop_strong && bytes.get(i + 1) == Some(&b'*') => Some((i + 2, None)),
                _ => None,
            };
            match skip {
                Some((next, inner)) => {
                    self.out.push(keep_from..i);
                    if let Some(text) = inner {
                        self.range(text, depth + 1);
                    }
                    i = next;
                    keep_from = i;
                }
                None => i += 1,
            }
        }
        self.out.push(keep_from..range.end);
    }
}

/// Rule: backslashes before ASCII punctuation are markdown escapes (`\$2.5 billion`); scraped
/// text is sometimes escaped twice (`\\$2.5 billion`), so a whole run of backslashes goes.
/// Returns where to resume and, as "inner" text, the escaped character itself.
fn escape_at(bytes: &[u8], at: usize, end: usize) -> Option<(usize, Option<Range<usize>>)> {
    let mut j = at;
    while j < end && bytes[j] == b'\\' {
        j += 1;
    }
    if j < end && bytes[j].is_ascii_punctuation() {
        Some((j + 1, Some(j..j + 1)))
    } else {
        None
    }
}

/// Rule: an autolink `<https://…>` keeps the address without the angle brackets.
fn autolink_at(raw: &str, at: usize, end: usize) -> Option<(usize, Option<Range<usize>>)> {
    let rest = raw.get(at + 1..end)?;
    if !["http://", "https://", "mailto:"]
        .iter()
        .any(|s| rest.starts_with(s))
    {
        return None;
    }
    let close = rest.find(['>', ' ', '<'])?;
    (rest.as_bytes()[close] == b'>').then(|| (at + close + 2, Some(at + 1..at + 1 + close)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(raw: &str) -> String {
        clean_line(raw, 0..raw.len()).text(raw)
    }

    #[test]
    fn link_debris_keeps_the_link_text() {
        assert_eq!(
            clean("another Russian invasion of Ukraine [looked probable](#), if not imminent"),
            "another Russian invasion of Ukraine looked probable, if not imminent"
        );
    }

    #[test]
    fn links_with_real_addresses_and_parentheses_keep_their_text() {
        assert_eq!(
            clean("Blinken [said](https://example.org/a_(b)) this Sunday"),
            "Blinken said this Sunday"
        );
    }

    #[test]
    fn brackets_that_are_not_links_stay() {
        let raw = "please contact us at [email protected])";
        assert_eq!(clean(raw), raw);
    }

    #[test]
    fn escaped_dollar_loses_its_backslash() {
        assert_eq!(
            clean(r"an additional \$300 million of such support"),
            "an additional $300 million of such support"
        );
    }

    #[test]
    fn doubly_escaped_dollar_inside_a_link_is_cleaned() {
        assert_eq!(
            clean(r"provided Ukraine with [approximately \\$2.5 billion](#) in military equipment"),
            "provided Ukraine with approximately $2.5 billion in military equipment"
        );
    }

    #[test]
    fn backslash_before_a_letter_is_text() {
        assert_eq!(clean(r"C:\Users"), r"C:\Users");
    }

    #[test]
    fn images_are_dropped() {
        assert_eq!(
            clean("Geneva talks ![Wendy Sherman and Sergei Ryabkov](img/x.jpg) began"),
            "Geneva talks  began"
        );
    }

    #[test]
    fn autolinks_lose_their_brackets() {
        assert_eq!(
            clean(
                "<https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263>"
            ),
            "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"
        );
        assert_eq!(clean("a <b> c"), "a <b> c");
    }

    #[test]
    fn heading_and_quote_markers_are_markup() {
        assert_eq!(clean("## More From Our Experts"), "More From Our Experts");
        assert_eq!(
            clean("> We will not wait forever, Mr. Lavrov said."),
            "We will not wait forever, Mr. Lavrov said."
        );
        assert_eq!(clean("#1 priority"), "#1 priority");
    }

    #[test]
    fn paired_strong_markers_are_dropped() {
        assert_eq!(
            clean("**In Brief** Can U.S.-Russia Diplomacy Ease Ukraine Tensions?"),
            "In Brief Can U.S.-Russia Diplomacy Ease Ukraine Tensions?"
        );
        assert_eq!(clean("2 ** 3"), "2 ** 3");
    }

    #[test]
    fn hostile_nesting_is_linear_and_safe() {
        let raw = "[".repeat(10_000) + "x" + &"](#)".repeat(10_000);
        let text = clean(&raw);
        assert!(text.len() < raw.len());
    }

    #[test]
    fn cleaned_pieces_are_verbatim_raw_text() {
        let raw = r"is [approximately \\$2.5 billion](#) and [the](#)";
        let p = clean_line(raw, 0..raw.len());
        let text = p.text(raw);
        let map = p.to_map();
        for (i, c) in text.char_indices() {
            assert!(raw[map.to_raw(i)..].starts_with(c));
        }
    }
}
