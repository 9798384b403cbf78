//! Articles handed over as clean text — a headline and a body, as a script or another
//! tool gives them — rather than as files saved from the web.
//!
//! Such text has no page furniture, captions or bylines to remove, so none of the
//! cleaning rules of [`super::ingest`] run (they could only remove real text here): the
//! body is split into paragraphs at blank lines, each paragraph's lines are joined with a
//! space, and each paragraph gets its language. The raw text is `title`, a blank line and
//! `body`, and every paragraph keeps an exact map back into it, as ingested files do.

use super::model::{Article, Metadata, Paragraph};
use super::span_map::SpanMap;
use crate::text::lang;

/// The article with id `id`, headline `title` and body `body` (paragraphs separated by
/// blank lines). The id is kept exactly as given; the file name is `<id>.txt`.
pub fn from_clean_text(id: &str, title: &str, body: &str) -> Article {
    let raw = format!("{title}\n\n{body}\n");
    let body_start = title.len() + 2;
    let paragraphs = paragraphs(&raw, body_start);
    Article {
        id: id.to_string(),
        file_name: format!("{id}.txt"),
        meta: Metadata {
            title: title.trim().to_string(),
            ..Metadata::default()
        },
        words: Article::count_words(&paragraphs),
        paragraphs,
        captions: Vec::new(),
        warnings: Vec::new(),
        raw,
    }
}

/// The paragraphs of `raw[from..]`: runs of non-blank lines, each line trimmed, joined by
/// one space.
fn paragraphs(raw: &str, from: usize) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut current: Option<(String, SpanMap)> = None;
    let mut line_start = from;
    for line in raw[from..].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(current.take().map(paragraph));
            continue;
        }
        // Offset of the trimmed line in `raw`: what `trim` dropped from the front.
        let at = start + (line.len() - line.trim_start().len());
        let (text, map) = current.get_or_insert_with(|| (String::new(), SpanMap::new()));
        if !text.is_empty() {
            // The line break (and any spaces around it) read as one space.
            map.push_synthetic(at.saturating_sub(1), at, 1);
            text.push(' ');
        }
        map.push_copy(at, trimmed.len());
        text.push_str(trimmed);
    }
    out.extend(current.map(paragraph));
    out
}

fn paragraph((text, map): (String, SpanMap)) -> Paragraph {
    Paragraph {
        lang: lang::detect(&text),
        text,
        map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lang::Lang;

    #[test]
    fn paragraphs_split_at_blank_lines_and_join_their_lines() {
        let a = from_clean_text(
            "talks_01",
            "Blinken and Lavrov meet in Geneva",
            "Secretary of State Antony Blinken met\nSergei Lavrov in Geneva.\n\n  \nThe talks lasted ninety minutes.",
        );
        assert_eq!(a.id, "talks_01");
        assert_eq!(a.file_name, "talks_01.txt");
        assert_eq!(a.meta.title, "Blinken and Lavrov meet in Geneva");
        let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Secretary of State Antony Blinken met Sergei Lavrov in Geneva.",
                "The talks lasted ninety minutes."
            ]
        );
        assert_eq!(a.paragraphs[0].lang, Lang::English);
        assert_eq!(a.word_count(), 15);
    }

    #[test]
    fn every_paragraph_maps_back_to_its_words_in_the_raw_text() {
        let a = from_clean_text(
            "x",
            "Title",
            "  First line\nsecond line  \n\nПереговоры в Женеве.",
        );
        for p in &a.paragraphs {
            for word in p.text.split(' ') {
                let at = p.text.find(word).expect("word of the paragraph");
                let (start, end) = p.map.range_to_raw(at, at + word.len());
                assert_eq!(&a.raw[start..end], word, "{:?}", p.text);
            }
        }
        assert_eq!(a.paragraphs[1].lang, Lang::Russian);
    }

    #[test]
    fn an_empty_body_gives_no_paragraphs_and_ids_are_kept_as_given() {
        let a = from_clean_text("a/b c?", "", "\n\n \n");
        assert!(a.paragraphs.is_empty());
        assert_eq!(a.id, "a/b c?");
        assert_eq!(a.word_count(), 0);
    }
}
