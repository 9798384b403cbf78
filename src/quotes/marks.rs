//! Pairs quote marks within one paragraph: “…”, "…", ‘…’, «…», „…“ and ‹…›.
//!
//! Each mark is first read from its surroundings (a mark with a space before and a letter
//! after opens; a letter before and a space or punctuation after closes), so apostrophes
//! (`Russia’s`, `don’t`, `Putin‘s`, `the Russians’`) are told apart from single quotes.
//! Only top-level pairs become [`QuoteSpan`]s: marks of the other family inside an open
//! quote are nested quotes and stay part of it. A double quote still open at the end of the
//! paragraph is capped there (that is also how a quote running over several paragraphs
//! looks: an opening mark on each, a closing mark only on the last); an open single quote
//! is dropped, since a stray apostrophe is far more likely than a lost closing mark.

use std::ops::Range;

use super::token::{Kind, Tok};

/// A top-level quotation in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quote runs to the paragraph's end.
    pub close: Option<usize>,
    /// Bytes inside the marks, without surrounding whitespace.
    pub inner: Range<usize>,
    /// Bytes from the opening mark through the closing mark (or the paragraph's end).
    pub outer: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Straight marks between two words or two spaces: direction unknown.
    Either,
    Apostrophe,
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn opens_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | '‘' | '«' | '„' | ':'
                )
        }
    }
}

fn closes_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '…'
                        | '—'
                        | '–'
                        | '-'
                        | '”'
                        | '"'
                        | '’'
                        | '»'
                )
        }
    }
}

/// The family and role of the mark `c` given the characters around it.
fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<(Family, Role)> {
    let left = opens_context(prev) && !is_space(next);
    let right = !is_space(prev) && closes_context(next);
    let digit_next = next.is_some_and(|d| d.is_ascii_digit());
    let role = |open_ok: bool, close_ok: bool| match (open_ok, close_ok) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    Some(match c {
        '“' | '‟' => (
            Family::Double,
            if right && !left {
                Role::Close
            } else {
                Role::Open
            },
        ),
        '”' => (
            Family::Double,
            if left && !right {
                Role::Open
            } else {
                Role::Close
            },
        ),
        '"' => (Family::Double, role(left, right)),
        '„' | '«' => (Family::Double, Role::Open),
        '»' => (Family::Double, Role::Close),
        '‚' | '‹' => (Family::Single, Role::Open),
        '›' => (Family::Single, Role::Close),
        '‘' => (
            Family::Single,
            if left && !digit_next {
                Role::Open
            } else {
                Role::Apostrophe
            },
        ),
        '’' | '\'' => {
            let r = if left && !right && !digit_next {
                Role::Open
            } else if right && !left {
                Role::Close
            } else {
                Role::Apostrophe
            };
            // A curly right mark is an opener only in sloppy typography; accept it as
            // such for straight marks but read it as an apostrophe otherwise.
            (
                Family::Single,
                if c == '’' && r == Role::Open {
                    Role::Apostrophe
                } else {
                    r
                },
            )
        }
        _ => return None,
    })
}

fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    r.start + lead..r.start + lead + t.len()
}

/// Finds the top-level quotations of a paragraph from its tokens.
pub(crate) fn pair(text: &str, toks: &[Tok]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    // The open quote: token index, family, opening character.
    let mut open: Option<(usize, Family, char)> = None;
    for (i, t) in toks.iter().enumerate() {
        let Kind::Mark(c) = t.kind else { continue };
        let prev = text[..t.start].chars().next_back();
        let next = text[t.end..].chars().next();
        let Some((family, role)) = classify(c, prev, next) else {
            continue;
        };
        match open {
            None => {
                if matches!(role, Role::Open) || (role == Role::Either && c == '"') {
                    open = Some((i, family, c));
                }
            }
            Some((o, fam, oc)) => {
                if family != fam || role == Role::Apostrophe {
                    continue; // nested quote of the other family, or an apostrophe
                }
                // A low opening mark („ ‚) is closed by “ or ‘ (German style).
                let closes = match role {
                    Role::Close | Role::Either => true,
                    Role::Open => (oc == '„' && c == '“') || (oc == '‚' && c == '‘'),
                    Role::Apostrophe => false,
                };
                if closes {
                    let inner = trimmed(text, toks[o].end..t.start);
                    if !inner.is_empty() {
                        out.push(QuoteSpan {
                            open: o,
                            close: Some(i),
                            inner,
                            outer: toks[o].start..t.end,
                        });
                    }
                    open = None;
                } else {
                    // A second opener of the same family: the first was never closed.
                    // Dropping it keeps the author's words out of the quote.
                    open = Some((i, family, c));
                }
            }
        }
    }
    if let Some((o, Family::Double, _)) = open {
        let inner = trimmed(text, toks[o].end..text.len());
        if !inner.is_empty() {
            out.push(QuoteSpan {
                open: o,
                close: None,
                inner,
                outer: toks[o].start..text.trim_end().len().max(toks[o].end),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::token::tokenize;

    fn quotes(text: &str) -> Vec<&str> {
        pair(text, &tokenize(text))
            .into_iter()
            .map(|q| &text[q.inner])
            .collect()
    }

    #[test]
    fn curly_double_quotes_pair() {
        let t = "“We will not wait forever,” Mr. Lavrov said. “Our patience has run out.”";
        assert_eq!(
            quotes(t),
            vec!["We will not wait forever,", "Our patience has run out."]
        );
    }

    #[test]
    fn straight_double_quotes_pair() {
        let t = "Blinken [said](#) this Sunday that \"we're not looking at troop levels.\"";
        assert_eq!(quotes(t), vec!["we're not looking at troop levels."]);
    }

    #[test]
    fn apostrophes_are_not_single_quotes() {
        let t = "the U.S. signaled that the ball is in Russia’s court and Putin‘s thinking isn’t readable.";
        assert!(quotes(t).is_empty());
    }

    #[test]
    fn single_quotes_pair_when_unambiguous() {
        let t = "He called it ‘a historic mistake’ and left. The Russians’ demands stand.";
        assert_eq!(quotes(t), vec!["a historic mistake"]);
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quote() {
        let t = "“They told us ‘no deal’ again,” she said.";
        assert_eq!(quotes(t), vec!["They told us ‘no deal’ again,"]);
    }

    #[test]
    fn guillemets_and_low_marks_pair() {
        assert_eq!(quotes("Il a dit «non» hier."), vec!["non"]);
        assert_eq!(quotes("Er sagte „nein“ gestern."), vec!["nein"]);
    }

    #[test]
    fn unclosed_double_quote_is_capped_at_the_paragraph_end() {
        let t = "“We will not wait forever, he said. Talks went on.";
        let q = pair(t, &tokenize(t));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].close, None);
        assert_eq!(q[0].outer.end, t.len());
    }

    #[test]
    fn unclosed_single_quote_is_dropped() {
        assert!(quotes("the ‘so-called plan and more words").is_empty());
    }

    #[test]
    fn a_second_opener_drops_the_unclosed_first() {
        let t = "“We are ready, he said. “We will go.”";
        assert_eq!(quotes(t), vec!["We will go."]);
    }
}
