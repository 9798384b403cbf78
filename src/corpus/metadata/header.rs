//! Header lines that carry metadata: an outlet and a date (`The National Interest.-10.01.2022`),
//! a date alone (`Published January 10, 2022`), an author and a date, and source-URL lines.

use super::dates;
use super::names;
use crate::corpus::model::Date;
use crate::corpus::phrase;

/// What a header line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub date: Date,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

/// Header lines are short; a long line with a date in it is a sentence.
const MAX_HEADER_CHARS: usize = 100;
/// An outlet name in a header is a few words.
const MAX_OUTLET_WORDS: usize = 6;
/// Words that label a date rather than name anything.
const DATE_LABELS: &[&str] = &["published", "updated", "posted", "date", "on", "dated"];
/// Small words allowed inside an outlet's name.
const CONNECTORS: &[&str] = &["of", "the", "on", "and", "for", "&", "de"];

/// Rule: a short line made of a date plus, at most, an outlet name or a person's name and
/// separators. "The National Interest.-10.01.2022" -> The National Interest, 2022-01-10.
pub(crate) fn header_line(text: &str) -> Option<Header> {
    if text.chars().count() > MAX_HEADER_CHARS {
        return None;
    }
    let (range, date) = dates::find_date(text)?;
    let rest = format!("{} {}", &text[..range.start], &text[range.end..]);
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '•' | '·' | '/'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ',' | ':' | ';' | '(' | ')')))
        .filter(|w| !w.is_empty())
        .filter(|w| !DATE_LABELS.contains(&w.to_lowercase().as_str()))
        .collect();
    let mut header = Header {
        date,
        outlet: None,
        author: None,
    };
    if words.is_empty() {
        return Some(header);
    }
    let name = words.join(" ");
    if names::is_person_name(&name) {
        header.author = Some(name);
    } else if is_outlet_shaped(&words) {
        header.outlet = Some(name);
    } else {
        return None;
    }
    Some(header)
}

/// A few capitalised words, small connectors allowed, no digits.
fn is_outlet_shaped(words: &[&str]) -> bool {
    words.len() <= MAX_OUTLET_WORDS
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            CONNECTORS.contains(&w.to_lowercase().as_str())
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && !w.chars().any(|c| c.is_ascii_digit()))
        })
}

/// Labels that may precede a source URL on its own line.
const URL_LABELS: &[&str] = &[
    "source:",
    "url:",
    "link:",
    "originally published at",
    "originally published on",
];

/// Rule: a line that is nothing but a web address (`<https://…>` has already lost its
/// brackets), optionally labelled "Source:", is the article's source URL.
pub(crate) fn url_line(text: &str) -> Option<String> {
    let mut t = text.trim();
    if let Some(label) = URL_LABELS.iter().find(|l| phrase::starts_with_ci(t, l)) {
        t = t[label.len()..].trim();
    }
    let is_web = phrase::starts_with_ci(t, "https://") || phrase::starts_with_ci(t, "http://");
    let host_len = t.split_once("://").map_or(0, |(_, r)| r.len());
    (is_web && host_len > 0 && !t.contains(char::is_whitespace)).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date {
            year: y,
            month: m,
            day,
        }
    }

    #[test]
    fn outlet_and_dotted_date_header() {
        assert_eq!(
            header_line("The National Interest.-10.01.2022"),
            Some(Header {
                date: d(2022, 1, 10),
                outlet: Some("The National Interest".to_string()),
                author: None
            })
        );
    }

    #[test]
    fn date_alone_and_labelled_dates() {
        let h = header_line("Published January 14, 2022");
        assert_eq!(h.map(|h| (h.date, h.outlet)), Some((d(2022, 1, 14), None)));
    }

    #[test]
    fn author_and_date_header() {
        let h = header_line("Nikola Mikovic | 10.01.2022");
        assert_eq!(h.and_then(|h| h.author), Some("Nikola Mikovic".to_string()));
    }

    #[test]
    fn sentences_with_dates_are_not_headers() {
        assert_eq!(
            header_line("Biden and Putin met in Geneva on June 16, 2021."),
            None
        );
        assert_eq!(
            header_line("Russian President Vladimir Putin (left) and US President Joe Biden meet at Villa la Grange in Geneva, Switzerland, June 16, 2021. / AP"),
            None
        );
    }

    #[test]
    fn bare_url_line_is_the_source() {
        assert_eq!(
            url_line(
                "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"
            ),
            Some(
                "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"
                    .to_string()
            )
        );
        assert_eq!(
            url_line("Source: https://www.cfr.org/in-brief/x"),
            Some("https://www.cfr.org/in-brief/x".to_string())
        );
        assert_eq!(url_line("See https://www.cfr.org for more"), None);
        assert_eq!(url_line("https://"), None);
    }
}
