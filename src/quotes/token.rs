//! Splits a paragraph into the tokens the quote rules read: words, punctuation, dashes,
//! ellipses and quote marks, each with its byte range in the paragraph.
//!
//! Words keep their inner apostrophes, hyphens and periods (`Russia’s`, `don’t`,
//! `U.S.-Russia`, `15.3`), and a final period when it belongs to an abbreviation (`Mr.`,
//! `U.S.`). Markdown link syntax left over from scraping (`[said](#)`) is read through:
//! the brackets and the target produce no tokens, so the words inside count as prose.

use crate::text::sentences::abbreviation;

use super::lexicon::{self, Entry};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits (with inner joiners).
    Word,
    /// A quote mark or an apostrophe not inside a word; `marks` decides which.
    Mark(char),
    /// An em or en dash, or a spaced hyphen.
    Dash,
    /// `…` or `...`.
    Ellipsis,
    /// Any other punctuation character.
    Punct(char),
}

/// One token: its kind, its byte range and, for words, its lexicon entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub lex: Entry,
    /// The word starts with an uppercase letter.
    pub cap: bool,
}

impl Tok {
    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‘' | '’' | '\'' | '‚'
    )
}

/// Characters that join two alphanumeric runs into one word.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '‘' | '-' | '‐' | '‑' | '.' | ',' | ':' | '/' | '&'
    )
}

/// Byte length of a markdown link target `](…)` starting at `i`, if there is one.
fn link_target_len(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let body = rest.strip_prefix("](")?;
    let close = body.find(')')?;
    let target = &body[..close];
    (close <= 512 && !target.contains(char::is_whitespace)).then_some(2 + close + 1)
}

/// Whether the `[` at `i` opens a markdown link whose text closes before the paragraph ends.
fn opens_link(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i + 1..) else {
        return false;
    };
    let limit = rest.len().min(400);
    let window = &rest[..floor_char_boundary(rest, limit)];
    match window.find(']') {
        Some(j) => !window[..j].contains('[') && link_target_len(rest, j).is_some(),
        None => false,
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The character starting at byte `i`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// Tokenises one paragraph.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let at = |i: usize| char_at(text, i);
    let mut i = 0;
    let mut prev_char: Option<char> = None;
    while let Some(c) = at(i) {
        let b = i;
        let clen = c.len_utf8();
        if c.is_whitespace() || c == '\\' || (c == '[' && opens_link(text, b)) {
            i += clen;
            prev_char = Some(c);
            continue;
        }
        if c == ']' {
            if let Some(len) = link_target_len(text, b) {
                i += len;
                prev_char = Some(')');
                continue;
            }
        }
        if c.is_alphanumeric() {
            let mut j = b + clen;
            let mut prev = c;
            while let Some(d) = at(j) {
                let dl = d.len_utf8();
                if d.is_alphanumeric() {
                    prev = d;
                    j += dl;
                    continue;
                }
                let next = at(j + dl);
                let next_alnum = next.is_some_and(char::is_alphanumeric);
                // A joiner continues the word only between alphanumerics; digits group
                // with `,` and `:` (`100,000`, `3:35`), letters never do.
                let ok = is_joiner(d)
                    && next_alnum
                    && match d {
                        ',' | ':' => {
                            prev.is_ascii_digit() && next.is_some_and(|e| e.is_ascii_digit())
                        }
                        '-' | '‐' | '‑' => prev.is_alphanumeric() || prev == '.',
                        _ => prev.is_alphanumeric(),
                    };
                // `U.S.-Russia`: an abbreviation's period, then a hyphen and a word.
                let hyphen_after_abbrev = d == '.'
                    && next == Some('-')
                    && at(j + 2).is_some_and(char::is_alphanumeric)
                    && abbreviation(&text[b..j + 1]).is_some();
                if ok {
                    prev = d;
                    j += dl;
                } else if hyphen_after_abbrev {
                    prev = '-';
                    j += 2;
                } else {
                    break;
                }
            }
            // A final period belongs to the word when the word is an abbreviation.
            if at(j) == Some('.') && abbreviation(&text[b..j + 1]).is_some() {
                j += 1;
            }
            let word = &text[b..j];
            toks.push(Tok {
                kind: Kind::Word,
                start: b,
                end: j,
                lex: lexicon::lookup(word),
                cap: c.is_uppercase(),
            });
            prev_char = text[..j].chars().next_back();
            i = j;
            continue;
        }
        let next = at(b + clen);
        let (kind, len) = if is_quote_char(c) {
            (Kind::Mark(c), clen)
        } else if c == '…' {
            (Kind::Ellipsis, clen)
        } else if c == '.' && next == Some('.') {
            let dots = text[b..].bytes().take_while(|&x| x == b'.').count();
            (Kind::Ellipsis, dots)
        } else if matches!(c, '—' | '–' | '―') {
            (Kind::Dash, clen)
        } else if c == '-' && next == Some('-') {
            (Kind::Dash, 2)
        } else if c == '-'
            && prev_char.is_none_or(char::is_whitespace)
            && next.is_none_or(char::is_whitespace)
        {
            (Kind::Dash, 1)
        } else {
            (Kind::Punct(c), clen)
        };
        toks.push(Tok {
            kind,
            start: b,
            end: b + len,
            lex: Entry::default(),
            cap: false,
        });
        i = b + len;
        prev_char = text[..i].chars().next_back();
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn apostrophes_inside_words_stay_in_the_word() {
        assert_eq!(
            words("Russia’s court, don’t Putin‘s"),
            vec!["Russia’s", "court", ",", "don’t", "Putin‘s"]
        );
    }

    #[test]
    fn abbreviations_keep_their_period_but_sentence_ends_do_not() {
        assert_eq!(
            words("Mr. Lavrov said. The U.S. signaled"),
            vec!["Mr.", "Lavrov", "said", ".", "The", "U.S.", "signaled"]
        );
        assert_eq!(words("U.S.-Russia talks"), vec!["U.S.-Russia", "talks"]);
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            words("100,000 troops, 15.3 percent"),
            vec!["100,000", "troops", ",", "15.3", "percent"]
        );
    }

    #[test]
    fn markdown_link_debris_is_read_through() {
        let text = "Secretary of State Antony Blinken [said](#) this Sunday";
        assert_eq!(
            words(text),
            vec![
                "Secretary",
                "of",
                "State",
                "Antony",
                "Blinken",
                "said",
                "this",
                "Sunday"
            ]
        );
        assert_eq!(
            words("[is insistent](#) that"),
            vec!["is", "insistent", "that"]
        );
    }

    #[test]
    fn quote_marks_dashes_and_ellipses_are_their_own_tokens() {
        let toks = tokenize("“out…Everyone” confidence—that’s ...");
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Mark('“'),
                Kind::Word,
                Kind::Ellipsis,
                Kind::Word,
                Kind::Mark('”'),
                Kind::Word,
                Kind::Dash,
                Kind::Word,
                Kind::Ellipsis
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "", "[", "](", "[a](", "\\", "’", "a.", "....", "-", "[x](y) [", "é.", "\u{0}",
        ] {
            let _ = tokenize(t);
        }
    }
}
