//! The query language, parsed into a [`Query`] syntax tree.
//!
//! ```text
//! lavrov talks            every word must match (stemmed: "talks" finds "talk", "talking")
//! "red lines"             exact phrase, word for word (straight or curly quotes, «» „“)
//! -lavrov   -"red lines"  exclude articles with that word or phrase
//! sanctions OR penalties  either word (chains: a OR b OR c)
//! negotiat*               any word starting with "negotiat"
//! outlet:CGTN   outlet:"The National Interest"   author:Mikovic   lang:uk
//! after:2022-01-10  before:2022-01-31            dates inclusive, YYYY-MM-DD
//! speaker:"Sergei Lavrov" articles quoting that speaker (when quotes are available)
//! -outlet:CGTN            negated field filter
//! ```
//!
//! Parsing never fails: anything that is not valid syntax (an unclosed quote, an empty
//! `outlet:`, `after:yesterday`, a dangling `OR`) is read as plain words, so every input
//! gives some query. Each word and phrase keeps its byte range in the input, so the
//! caller can rewrite the query text (typo corrections) without re-serialising it.

use serde::Serialize;

use super::results::ByteRange;
use crate::corpus::Date;

/// At most this many clauses are kept from one query; the rest is dropped with a
/// notice. A pasted article as a query would otherwise cost one posting walk per word.
pub const MAX_CLAUSES: usize = 64;

/// A parsed query: every clause must hold for an article to match.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Query {
    pub clauses: Vec<Clause>,
    /// Clauses dropped because the query had more than [`MAX_CLAUSES`].
    pub dropped: usize,
}

/// One condition on an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Clause {
    /// At least one of these atoms occurs (one atom: a plain word or phrase; several:
    /// an `OR` group).
    Match { any: Vec<Atom> },
    /// The atom does not occur.
    Exclude { atom: Atom },
    /// A metadata condition; `negated` inverts it (`-outlet:CGTN`).
    Filter { filter: Filter, negated: bool },
}

/// Text to look for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Atom {
    /// A bare word as typed (it may still hold several words, as `NATO-Russia` does;
    /// those must then occur side by side). `prefix` is set for `word*`.
    Word {
        text: String,
        prefix: bool,
        span: ByteRange,
    },
    /// The words between quote marks, matched side by side in order.
    Phrase { text: String, span: ByteRange },
}

impl Atom {
    /// The text inside the atom (without quotes, `-` or `*`).
    pub fn text(&self) -> &str {
        match self {
            Atom::Word { text, .. } | Atom::Phrase { text, .. } => text,
        }
    }

    /// Byte range of [`Atom::text`] in the query string.
    pub fn span(&self) -> ByteRange {
        match self {
            Atom::Word { span, .. } | Atom::Phrase { span, .. } => *span,
        }
    }
}

/// A metadata filter written as `field:value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum Filter {
    /// Outlet name contains these words (`outlet:national` matches "The National Interest").
    Outlet(String),
    /// Some author's name contains these words.
    Author(String),
    /// The article has text in this language (code or English name, as typed).
    Lang(String),
    /// The article quotes this speaker (answered by a [`super::SpeakerDocs`] provider).
    Speaker(String),
    /// Published on or after this date.
    After(Date),
    /// Published on or before this date.
    Before(Date),
}

impl Query {
    /// Parses a query string; never fails (see the module documentation).
    pub fn parse(input: &str) -> Query {
        let items = lex(input);
        let mut clauses = Vec::new();
        let mut i = 0;
        while i < items.len() {
            match &items[i] {
                Item::Atom {
                    atom,
                    negated: false,
                } => {
                    let mut any = vec![atom.clone()];
                    // Absorb `OR atom` pairs while they follow.
                    while let (
                        Some(Item::Or(_)),
                        Some(Item::Atom {
                            atom,
                            negated: false,
                        }),
                    ) = (items.get(i + 1), items.get(i + 2))
                    {
                        any.push(atom.clone());
                        i += 2;
                    }
                    clauses.push(Clause::Match { any });
                }
                Item::Atom {
                    atom,
                    negated: true,
                } => clauses.push(Clause::Exclude { atom: atom.clone() }),
                Item::Filter { filter, negated } => clauses.push(Clause::Filter {
                    filter: filter.clone(),
                    negated: *negated,
                }),
                // An `OR` with no word on one side is just the word "or".
                Item::Or(span) => clauses.push(Clause::Match {
                    any: vec![Atom::Word {
                        text: "OR".into(),
                        prefix: false,
                        span: *span,
                    }],
                }),
            }
            i += 1;
        }
        let dropped = clauses.len().saturating_sub(MAX_CLAUSES);
        clauses.truncate(MAX_CLAUSES);
        Query { clauses, dropped }
    }

    /// Whether the query has no clause at all (it then matches every article).
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// A lexical item of the query.
#[derive(Debug, Clone)]
enum Item {
    Atom { atom: Atom, negated: bool },
    Filter { filter: Filter, negated: bool },
    Or(ByteRange),
}

/// Whether `c` opens or closes a phrase. Straight and typographic double quotes are
/// interchangeable, since a query is often pasted from an article.
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2033}'
            | '\u{FF02}'
    )
}

/// Finds the closing quote after byte `from`; returns its byte offset.
fn closing_quote(input: &str, from: usize) -> Option<usize> {
    input
        .get(from..)?
        .char_indices()
        .find(|&(_, c)| is_quote(c))
        .map(|(i, _)| from + i)
}

fn lex(input: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut pos = 0;
    while let Some(c) = input[pos..].chars().next() {
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        // A leading `-` negates what follows it directly.
        let negated = c == '-'
            && input[pos + 1..]
                .chars()
                .next()
                .is_some_and(|n| !n.is_whitespace() && n != '-');
        let start = if negated { pos + 1 } else { pos };
        let first = input[start..].chars().next().unwrap_or(' ');
        if is_quote(first) {
            let open_end = start + first.len_utf8();
            match closing_quote(input, open_end) {
                Some(close) => {
                    let q = input[close..].chars().next().map_or(1, char::len_utf8);
                    items.push(Item::Atom {
                        atom: Atom::Phrase {
                            text: input[open_end..close].to_string(),
                            span: ByteRange::new(open_end, close),
                        },
                        negated,
                    });
                    pos = close + q;
                }
                // An unclosed quote is read as a space: the words after it stay words.
                None => pos = open_end,
            }
            continue;
        }
        let end = bare_end(input, start);
        let bare = &input[start..end];
        pos = end;
        if bare.is_empty() {
            // Unreachable by construction (a quote or space at `start` is handled above),
            // but always move forward by one character so no input can loop.
            pos = (start + first.len_utf8()).min(input.len());
            continue;
        }
        if let Some((field, value_end)) = field_prefix(bare) {
            let value_start = start + value_end;
            // `outlet:"The National Interest"`: the value is the quoted text after the colon.
            if bare.len() == value_end {
                if let Some(q) = input[value_start..].chars().next().filter(|&q| is_quote(q)) {
                    let open_end = value_start + q.len_utf8();
                    if let Some(close) = closing_quote(input, open_end) {
                        let qc = input[close..].chars().next().map_or(1, char::len_utf8);
                        pos = close + qc;
                        if let Some(filter) = make_filter(field, &input[open_end..close]) {
                            items.push(Item::Filter { filter, negated });
                            continue;
                        }
                        // A quoted value that makes no filter (`after:"soon"`): its words.
                        push_word(&mut items, input, start, value_start, negated);
                        push_phrase(&mut items, input, open_end, close, negated);
                        continue;
                    }
                }
            } else if let Some(filter) = make_filter(field, &bare[value_end..]) {
                items.push(Item::Filter { filter, negated });
                continue;
            }
        }
        if bare == "OR" && !negated {
            items.push(Item::Or(ByteRange::new(start, end)));
            continue;
        }
        push_word(&mut items, input, start, end, negated);
    }
    items
}

/// End of a bare word: the next whitespace or quote mark.
fn bare_end(input: &str, start: usize) -> usize {
    input[start..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || is_quote(c))
        .map_or(input.len(), |(i, _)| start + i)
}

fn push_word(items: &mut Vec<Item>, input: &str, start: usize, end: usize, negated: bool) {
    let raw = &input[start..end];
    let trimmed = raw.trim_end_matches('*');
    let prefix = trimmed.len() < raw.len();
    items.push(Item::Atom {
        atom: Atom::Word {
            text: trimmed.to_string(),
            prefix,
            span: ByteRange::new(start, start + trimmed.len()),
        },
        negated,
    });
}

fn push_phrase(items: &mut Vec<Item>, input: &str, start: usize, end: usize, negated: bool) {
    items.push(Item::Atom {
        atom: Atom::Phrase {
            text: input[start..end].to_string(),
            span: ByteRange::new(start, end),
        },
        negated,
    });
}

/// The field name of `name:...` when it is one the language knows, with the byte length
/// of `name:`.
fn field_prefix(bare: &str) -> Option<(&'static str, usize)> {
    let colon = bare.find(':')?;
    let name = bare[..colon].to_ascii_lowercase();
    let field = ["outlet", "author", "lang", "speaker", "after", "before"]
        .into_iter()
        .find(|f| *f == name)?;
    Some((field, colon + 1))
}

fn make_filter(field: &str, value: &str) -> Option<Filter> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    Some(match field {
        "outlet" => Filter::Outlet(value.to_string()),
        "author" => Filter::Author(value.to_string()),
        "lang" => Filter::Lang(value.to_string()),
        "speaker" => Filter::Speaker(value.to_string()),
        "after" => Filter::After(Date::parse_iso(value)?),
        "before" => Filter::Before(Date::parse_iso(value)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> String {
        format!("w:{text}")
    }

    /// A compact rendering of a query, for readable assertions.
    fn show(q: &str) -> Vec<String> {
        Query::parse(q)
            .clauses
            .iter()
            .map(|c| match c {
                Clause::Match { any } => any.iter().map(show_atom).collect::<Vec<_>>().join("|"),
                Clause::Exclude { atom } => format!("-{}", show_atom(atom)),
                Clause::Filter { filter, negated } => {
                    format!("{}{filter:?}", if *negated { "-" } else { "" })
                }
            })
            .collect()
    }

    fn show_atom(a: &Atom) -> String {
        match a {
            Atom::Word { text, prefix, .. } => {
                format!("w:{text}{}", if *prefix { "*" } else { "" })
            }
            Atom::Phrase { text, .. } => format!("p:{text}"),
        }
    }

    #[test]
    fn words_are_separate_clauses() {
        assert_eq!(show("Lavrov patience"), [word("Lavrov"), word("patience")]);
    }

    #[test]
    fn straight_and_curly_quotes_make_phrases() {
        assert_eq!(show("\"red lines\""), ["p:red lines"]);
        assert_eq!(show("“red lines”"), ["p:red lines"]);
        assert_eq!(show("«red lines» NATO"), ["p:red lines", "w:NATO"]);
    }

    #[test]
    fn minus_excludes_words_and_phrases() {
        assert_eq!(show("NATO -Lavrov"), ["w:NATO", "-w:Lavrov"]);
        assert_eq!(show("-\"red lines\""), ["-p:red lines"]);
    }

    #[test]
    fn hyphen_inside_a_word_is_not_exclusion() {
        assert_eq!(show("NATO-Russia"), ["w:NATO-Russia"]);
    }

    #[test]
    fn or_joins_neighbours() {
        assert_eq!(show("sanctions OR penalties"), ["w:sanctions|w:penalties"]);
        assert_eq!(show("a OR b OR \"c d\" e"), ["w:a|w:b|p:c d", "w:e"]);
    }

    #[test]
    fn lowercase_or_is_a_word() {
        assert_eq!(show("war or peace"), ["w:war", "w:or", "w:peace"]);
    }

    #[test]
    fn dangling_or_is_a_word() {
        assert_eq!(show("OR Lavrov"), ["w:OR", "w:Lavrov"]);
        assert_eq!(show("Lavrov OR"), ["w:Lavrov", "w:OR"]);
        assert_eq!(show("a OR -b"), ["w:a", "w:OR", "-w:b"]);
    }

    #[test]
    fn star_makes_a_prefix() {
        assert_eq!(show("negotiat*"), ["w:negotiat*"]);
        // A bare star is an empty prefix: the planner drops it (it has no word).
        assert_eq!(show("*"), ["w:*"]);
    }

    #[test]
    fn field_filters() {
        assert_eq!(show("outlet:CGTN"), ["Outlet(\"CGTN\")"]);
        assert_eq!(show("Author:Mikovic"), ["Author(\"Mikovic\")"]);
        assert_eq!(show("lang:uk"), ["Lang(\"uk\")"]);
        assert_eq!(show("-outlet:CGTN"), ["-Outlet(\"CGTN\")"]);
    }

    #[test]
    fn quoted_field_values() {
        assert_eq!(
            show("outlet:\"The National Interest\" talks"),
            ["Outlet(\"The National Interest\")", "w:talks"]
        );
        assert_eq!(
            show("speaker:“Sergei Lavrov”"),
            ["Speaker(\"Sergei Lavrov\")"]
        );
    }

    #[test]
    fn date_filters() {
        let q = Query::parse("after:2022-01-10 before:2022-01-31");
        assert_eq!(
            q.clauses,
            vec![
                Clause::Filter {
                    filter: Filter::After(Date::new(2022, 1, 10).unwrap()),
                    negated: false
                },
                Clause::Filter {
                    filter: Filter::Before(Date::new(2022, 1, 31).unwrap()),
                    negated: false
                },
            ]
        );
    }

    #[test]
    fn malformed_filters_degrade_to_words() {
        assert_eq!(show("after:yesterday"), ["w:after:yesterday"]);
        assert_eq!(show("after:2022-13-01"), ["w:after:2022-13-01"]);
        assert_eq!(show("outlet:"), ["w:outlet:"]);
        assert_eq!(show("colour:red"), ["w:colour:red"]);
        assert_eq!(show("after:\"soon\""), ["w:after:", "p:soon"]);
        assert_eq!(show("x after:\"soon\""), ["w:x", "w:after:", "p:soon"]);
    }

    #[test]
    fn unclosed_quote_degrades_to_words() {
        assert_eq!(show("\"red lines"), ["w:red", "w:lines"]);
        assert_eq!(
            show("outlet:\"The National"),
            ["w:outlet:", "w:The", "w:National"]
        );
    }

    #[test]
    fn lone_minus_and_empty_input() {
        // Neither is an exclusion: nothing follows the first minus, and a double minus
        // is a word of punctuation, which the planner drops.
        assert_eq!(show("- -- "), ["w:-", "w:--"]);
        assert!(Query::parse("").is_empty());
        assert!(Query::parse("   \t\n").is_empty());
    }

    #[test]
    fn spans_point_at_the_words() {
        let input = "NATO -Lavorv \"red lines\"";
        let q = Query::parse(input);
        let spans: Vec<&str> = q
            .clauses
            .iter()
            .filter_map(|c| match c {
                Clause::Match { any } => any.first().map(|a| &input[a.span().range()]),
                Clause::Exclude { atom } => Some(&input[atom.span().range()]),
                Clause::Filter { .. } => None,
            })
            .collect();
        assert_eq!(spans, ["NATO", "Lavorv", "red lines"]);
    }

    #[test]
    fn very_long_queries_are_capped() {
        let q = Query::parse(&"word ".repeat(500));
        assert_eq!(q.clauses.len(), MAX_CLAUSES);
        assert_eq!(q.dropped, 500 - MAX_CLAUSES);
    }
}
