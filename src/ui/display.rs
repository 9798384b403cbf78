//! How article facts are worded on screen. Dossier never guesses: a missing fact is
//! shown as [`UNKNOWN`], never left blank or filled in.

use crate::corpus::Article;
use crate::text::lang::Lang;

/// The word shown for any fact the corpus does not give.
pub const UNKNOWN: &str = "unknown";

/// The title to show: the article's own, or its file name when it has none.
pub fn title(article: &Article) -> &str {
    let title = article.meta.title.trim();
    if title.is_empty() {
        &article.file_name
    } else {
        title
    }
}

/// Authors joined for a byline ("A", "A and B", "A, B and C"), or [`UNKNOWN`].
pub fn authors(authors: &[String]) -> String {
    match authors {
        [] => UNKNOWN.to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A number with thousands separators: "2,417".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// A word count with its unit: "1 word", "2,417 words".
pub fn word_count(words: usize) -> String {
    let unit = if words == 1 { "word" } else { "words" };
    format!("{} {unit}", thousands(words))
}

/// Language names joined with commas ("English, Ukrainian"); [`UNKNOWN`] when none is known.
pub fn languages(langs: &[Lang]) -> String {
    let known: Vec<&str> = langs
        .iter()
        .filter(|l| **l != Lang::Unknown)
        .map(|l| l.name())
        .collect();
    if known.is_empty() {
        UNKNOWN.to_string()
    } else {
        known.join(", ")
    }
}

/// The URL if it is safe to make a link of: only `http:` and `https:`. Anything else
/// (`javascript:`, `data:`, relative paths) from a corpus file is shown as text instead.
pub fn linkable_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme_end = url.find(':')?;
    let scheme = url[..scheme_end].to_ascii_lowercase();
    let has_host = url[scheme_end + 1..].starts_with("//") && url.len() > scheme_end + 3;
    (matches!(scheme.as_str(), "http" | "https") && has_host).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_join_names_in_english() {
        assert_eq!(authors(&[]), "unknown");
        assert_eq!(authors(&["Mark Episkopos".into()]), "Mark Episkopos");
        assert_eq!(authors(&["A".into(), "B".into()]), "A and B");
        assert_eq!(authors(&["A".into(), "B".into(), "C".into()]), "A, B and C");
    }

    #[test]
    fn word_counts_have_thousands_separators_and_agree_in_number() {
        assert_eq!(word_count(0), "0 words");
        assert_eq!(word_count(1), "1 word");
        assert_eq!(word_count(999), "999 words");
        assert_eq!(word_count(2417), "2,417 words");
        assert_eq!(word_count(1_234_567), "1,234,567 words");
    }

    #[test]
    fn unknown_languages_are_not_listed() {
        assert_eq!(
            languages(&[Lang::English, Lang::Ukrainian]),
            "English, Ukrainian"
        );
        assert_eq!(languages(&[Lang::Unknown]), "unknown");
        assert_eq!(languages(&[]), "unknown");
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            linkable_url(" https://www.cfr.org/in-brief/x "),
            Some("https://www.cfr.org/in-brief/x")
        );
        assert_eq!(
            linkable_url("HTTP://example.com"),
            Some("HTTP://example.com")
        );
        assert_eq!(linkable_url("javascript:alert(1)"), None);
        assert_eq!(linkable_url("JavaScript://%0aalert(1)"), None);
        assert_eq!(linkable_url("data:text/html,<script>"), None);
        assert_eq!(linkable_url("www.example.com"), None);
        assert_eq!(linkable_url("https://"), None);
    }
}
