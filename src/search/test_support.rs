//! Small article builders for unit tests.

use crate::corpus::{Article, Date, Metadata, Paragraph, SpanMap};
use crate::text::lang;

/// An article with a title and paragraphs (raw text = paragraphs joined by newlines).
pub fn article(title: &str, paragraphs: &[&str]) -> Article {
    let mut raw = String::new();
    let mut ps = Vec::new();
    for p in paragraphs {
        let start = raw.len();
        raw.push_str(p);
        raw.push('\n');
        ps.push(Paragraph {
            text: p.to_string(),
            lang: lang::detect(p),
            map: SpanMap::identity(start, p.len()),
        });
    }
    Article {
        id: title.to_lowercase().replace(' ', "-"),
        file_name: format!("{title}.txt"),
        raw,
        meta: Metadata {
            title: title.to_string(),
            ..Metadata::default()
        },
        words: Article::count_words(&ps),
        paragraphs: ps,
        warnings: Vec::new(),
        captions: Vec::new(),
    }
}

/// An article with metadata: outlet ("" for unknown), authors, date.
pub fn article_with(
    title: &str,
    outlet: &str,
    authors: &[&str],
    date: Option<(u16, u8, u8)>,
    paragraph: &str,
) -> Article {
    let mut a = article(title, &[paragraph]);
    a.meta.outlet = (!outlet.is_empty()).then(|| outlet.to_string());
    a.meta.authors = authors.iter().map(|s| s.to_string()).collect();
    a.meta.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
    a
}
