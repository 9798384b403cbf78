//! Finding a publication date written in a line of text.
//!
//! Understood: `10.01.2022` (day.month.year, the European dotted form), `2022-01-10` (ISO),
//! `January 10, 2022` / `Jan. 10, 2022`, `10 January 2022`, and `d/m/yyyy` or `m/d/yyyy`
//! only when one part is over 12 (otherwise the order is unknowable, and Dossier never
//! guesses).

use std::ops::Range;

use crate::corpus::model::Date;

/// The first date in `text`, with its byte range.
pub(crate) fn find_date(text: &str) -> Option<(Range<usize>, Date)> {
    let tokens = tokenize(text);
    (0..tokens.len()).find_map(|i| numeric_at(&tokens, i).or_else(|| named_at(&tokens, i)))
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Number { value: u32, digits: usize },
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    range: Range<usize>,
    kind: Kind,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let same_class = |d: char| {
            if c.is_ascii_digit() {
                d.is_ascii_digit()
            } else {
                d.is_alphabetic()
            }
        };
        if c.is_ascii_digit() || c.is_alphabetic() {
            while let Some(&(i, d)) = chars.peek() {
                if !same_class(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        let s = &text[start..end];
        let kind = if c.is_ascii_digit() {
            Kind::Number {
                // Long digit runs are not dates; saturate instead of failing.
                value: s.parse().unwrap_or(u32::MAX),
                digits: s.len(),
            }
        } else if c.is_alphabetic() {
            Kind::Word(s.to_lowercase())
        } else {
            Kind::Punct(c)
        };
        out.push(Token {
            range: start..end,
            kind,
        });
    }
    out
}

fn number(t: Option<&Token>) -> Option<(u32, usize)> {
    match t?.kind {
        Kind::Number { value, digits } => Some((value, digits)),
        _ => None,
    }
}

fn punct(t: Option<&Token>) -> Option<char> {
    match t?.kind {
        Kind::Punct(c) => Some(c),
        _ => None,
    }
}

/// Tokens `i..i+n` written with no space between them.
fn glued(tokens: &[Token], i: usize, n: usize) -> bool {
    i + n <= tokens.len()
        && (i + 1..i + n).all(|k| tokens[k - 1].range.end == tokens[k].range.start)
}

fn date(year: u32, month: u32, day: u32) -> Option<Date> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// `10.01.2022`, `2022-01-10`, unambiguous `25/12/2021`.
fn numeric_at(tokens: &[Token], i: usize) -> Option<(Range<usize>, Date)> {
    if !glued(tokens, i, 5) {
        return None;
    }
    let (a, a_len) = number(tokens.get(i))?;
    let sep = punct(tokens.get(i + 1))?;
    let (b, b_len) = number(tokens.get(i + 2))?;
    if punct(tokens.get(i + 3))? != sep {
        return None;
    }
    let (c, c_len) = number(tokens.get(i + 4))?;
    // Not part of a longer number such as a version "1.2.2022.5".
    if glued(tokens, i + 4, 2) && number(tokens.get(i + 6)).is_some() {
        return None;
    }
    let d = match (sep, a_len, b_len, c_len) {
        ('.', 1..=2, 1..=2, 4) => date(c, b, a)?,
        ('-', 4, 2, 2) => date(a, b, c)?,
        ('/', 1..=2, 1..=2, 4) if a > 12 && b <= 12 => date(c, b, a)?,
        ('/', 1..=2, 1..=2, 4) if b > 12 && a <= 12 => date(c, a, b)?,
        _ => return None,
    };
    Some((tokens[i].range.start..tokens[i + 4].range.end, d))
}

/// Month number of an English month name or abbreviation.
fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let m = MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        .or((word == "sept").then_some(8))?;
    Some(m as u32 + 1)
}

/// `January 10, 2022`, `Jan. 10 2022`, `10 January 2022`, `10 Jan, 2022`.
fn named_at(tokens: &[Token], i: usize) -> Option<(Range<usize>, Date)> {
    let Kind::Word(w) = &tokens.get(i)?.kind else {
        // "10 January 2022"
        let (day, digits) = number(tokens.get(i))?;
        let Kind::Word(w) = &tokens.get(i + 1)?.kind else {
            return None;
        };
        let m = month(w)?;
        let mut k = i + 2;
        while matches!(punct(tokens.get(k)), Some('.' | ',')) {
            k += 1;
        }
        let (year, y_digits) = number(tokens.get(k))?;
        return (digits <= 2 && y_digits == 4)
            .then(|| date(year, m, day))
            .flatten()
            .map(|d| (tokens[i].range.start..tokens[k].range.end, d));
    };
    // "January 10, 2022"
    let m = month(w)?;
    let mut k = i + 1;
    if punct(tokens.get(k)) == Some('.') {
        k += 1;
    }
    let (day, digits) = number(tokens.get(k))?;
    let mut y = k + 1;
    // Ordinal suffix: "January 10th, 2022".
    if let Some(Kind::Word(s)) = tokens.get(y).map(|t| &t.kind) {
        if ["st", "nd", "rd", "th"].contains(&s.as_str()) {
            y += 1;
        }
    }
    if punct(tokens.get(y)) == Some(',') {
        y += 1;
    }
    let (year, y_digits) = number(tokens.get(y))?;
    (digits <= 2 && y_digits == 4)
        .then(|| date(year, m, day))
        .flatten()
        .map(|d| (tokens[i].range.start..tokens[y].range.end, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        })
    }

    #[test]
    fn dotted_european_date_in_the_seed_header() {
        let (range, d) =
            find_date("The National Interest.-10.01.2022").unwrap_or((0..0, ymd(1, 1, 1)));
        assert_eq!(d, ymd(2022, 1, 10));
        assert_eq!(range, 23..33);
    }

    #[test]
    fn iso_and_named_dates() {
        assert_eq!(find_date("2022-01-14").map(|x| x.1), Some(ymd(2022, 1, 14)));
        assert_eq!(
            find_date("meet at Villa la Grange in Geneva, Switzerland, June 16, 2021.")
                .map(|x| x.1),
            Some(ymd(2021, 6, 16))
        );
        assert_eq!(
            find_date("Jan. 10, 2022").map(|x| x.1),
            Some(ymd(2022, 1, 10))
        );
        assert_eq!(
            find_date("10 January 2022").map(|x| x.1),
            Some(ymd(2022, 1, 10))
        );
        assert_eq!(
            find_date("Sept. 3rd, 2021").map(|x| x.1),
            Some(ymd(2021, 9, 3))
        );
    }

    #[test]
    fn ambiguous_slashed_dates_are_not_guessed() {
        assert_eq!(find_date("01/10/2022"), None);
        assert_eq!(
            find_date("25/12/2021").map(|x| x.1),
            Some(ymd(2021, 12, 25))
        );
        assert_eq!(
            find_date("12/25/2021").map(|x| x.1),
            Some(ymd(2021, 12, 25))
        );
    }

    #[test]
    fn impossible_or_partial_dates_are_not_dates() {
        assert_eq!(find_date("31.02.2022"), None);
        assert_eq!(find_date("on December 30, where both leaders"), None);
        assert_eq!(find_date("May I say something"), None);
        assert_eq!(find_date("99999999999999999999.1.2022"), None);
    }
}
