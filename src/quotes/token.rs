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

/// Tokenises one paragraph.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut k = 0;
    while k < n {
        let (b, c) = chars[k];
        if c.is_whitespace() || c == '\\' {
            k += 1;
            continue;
        }
        if c == '[' && opens_link(text, b) {
            k += 1;
            continue;
        }
        if c == ']' {
            if let Some(len) = link_target_len(text, b) {
                let end = b + len;
                while k < n && chars[k].0 < end {
                    k += 1;
                }
                continue;
            }
        }
        if c.is_alphanumeric() {
            let mut j = k + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                // A joiner continues the word only between alphanumerics; digits group
                // with `,` and `:` (`100,000`, `3:35`), letters never do.
                let next_alnum = chars.get(j + 1).is_some_and(|&(_, e)| e.is_alphanumeric());
                let prev = chars[j - 1].1;
                let ok = is_joiner(d)
                    && next_alnum
                    && match d {
                        ',' | ':' => {
                            prev.is_ascii_digit()
                                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_ascii_digit())
                        }
                        '-' | '‐' | '‑' => prev.is_alphanumeric() || prev == '.',
                        _ => prev.is_alphanumeric(),
                    };
                // `U.S.-Russia`: an abbreviation's period, then a hyphen and a word.
                let hyphen_after_abbrev = d == '.'
                    && chars.get(j + 1).is_some_and(|&(_, e)| e == '-')
                    && chars.get(j + 2).is_some_and(|&(_, e)| e.is_alphanumeric())
                    && abbreviation(&text[b..byte_at(j + 1)]).is_some();
                if ok {
                    j += 1;
                } else if hyphen_after_abbrev {
                    j += 2;
                } else {
                    break;
                }
            }
            // A final period belongs to the word when the word is an abbreviation.
            if j < n && chars[j].1 == '.' {
                let with_dot = &text[b..byte_at(j + 1)];
                if abbreviation(with_dot).is_some() {
                    j += 1;
                }
            }
            let end = byte_at(j);
            let word = &text[b..end];
            toks.push(Tok {
                kind: Kind::Word,
                start: b,
                end,
                lex: lexicon::lookup(word),
                cap: c.is_uppercase(),
            });
            k = j;
            continue;
        }
        let (kind, len) = if is_quote_char(c) {
            (Kind::Mark(c), 1)
        } else if c == '…' {
            (Kind::Ellipsis, 1)
        } else if c == '.' && chars.get(k + 1).is_some_and(|&(_, d)| d == '.') {
            let mut m = k;
            while m < n && chars[m].1 == '.' {
                m += 1;
            }
            (Kind::Ellipsis, m - k)
        } else if matches!(c, '—' | '–' | '―') {
            (Kind::Dash, 1)
        } else if c == '-' && chars.get(k + 1).is_some_and(|&(_, d)| d == '-') {
            (Kind::Dash, 2)
        } else if c == '-'
            && (k == 0 || chars[k - 1].1.is_whitespace())
            && chars.get(k + 1).is_none_or(|&(_, d)| d.is_whitespace())
        {
            (Kind::Dash, 1)
        } else {
            (Kind::Punct(c), 1)
        };
        toks.push(Tok {
            kind,
            start: b,
            end: byte_at(k + len),
            lex: Entry::default(),
            cap: false,
        });
        k += len;
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
        assert_eq!(words("100,000 troops, 15.3 percent"), vec!["100,000", "troops", ",", "15.3", "percent"]);
    }

    #[test]
    fn markdown_link_debris_is_read_through() {
        let text = "Secretary of State Antony Blinken [said](#) this Sunday";
        assert_eq!(
            words(text),
            vec!["Secretary", "of", "State", "Antony", "Blinken", "said", "this", "Sunday"]
        );
        assert_eq!(words("[is insistent](#) that"), vec!["is", "insistent", "that"]);
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
        for t in ["", "[", "](", "[a](", "\\", "’", "a.", "....", "-", "[x](y) [", "é.", "\u{0}"] {
            let _ = tokenize(t);
        }
    }
}
