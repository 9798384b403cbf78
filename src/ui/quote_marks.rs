//! The quotes of an article as [`Mark`]s for the reader: each quote a focusable `<q>` with
//! its speaker as title (shown on hover, and by the stylesheet on keyboard focus), and an
//! id (`quote-N`) that links from the Quotes view land on.

use crate::engine::Engine;
use crate::quotes::{Quote, QuoteId};

use super::marks::{Mark, MarkKind};

/// The element id of quote `id` in the reader.
pub fn quote_anchor(id: QuoteId) -> String {
    format!("quote-{id}")
}

/// What a quote's mark says about it: who (and in what role), what kind, the cue
/// (`Sergei Lavrov, Russian Foreign Minister · direct · said`).
pub fn quote_label(engine: &Engine, q: &Quote) -> String {
    let who = q
        .speaker
        .and_then(|s| engine.speaker(s))
        .map_or("speaker not named", |s| s.name.as_str());
    let mut label = match &q.role {
        Some(role) => format!("{who}, {role}"),
        None => who.to_string(),
    };
    label.push_str(" · ");
    label.push_str(q.kind.as_str());
    if let Some(cue) = &q.cue {
        label.push_str(" · ");
        label.push_str(cue);
    }
    label
}

/// The quote marks of article `article`, one list per paragraph (indexed like
/// `article.paragraphs`; `paragraphs` is their number). Quote `current` is marked as the
/// one the reader was opened at.
pub fn quote_marks(
    engine: &Engine,
    article: usize,
    paragraphs: usize,
    current: Option<QuoteId>,
) -> Vec<Vec<Mark>> {
    let mut out = vec![Vec::new(); paragraphs];
    let ids = engine.quote_ids_in_article(article);
    for (id, q) in ids.zip(engine.quotes_in_article(article)) {
        let Some(list) = out.get_mut(q.paragraph) else {
            continue;
        };
        let kind = q.kind.as_str();
        let kind = if current == Some(id) {
            MarkKind::CurrentQuote { kind }
        } else {
            MarkKind::Quote { kind }
        };
        list.push(Mark {
            title: Some(quote_label(engine, q)),
            id: Some(quote_anchor(id)),
            testid: Some("reader-quote"),
            ..Mark::new(q.clean.start, q.clean.end, kind)
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn every_quote_is_marked_in_its_paragraph_with_its_speaker() {
        let e = Engine::new(corpus::embedded().corpus);
        let lavrov = e.find_speaker("Sergei Lavrov").expect("Lavrov is quoted");
        let (a, q) = e
            .quotes()
            .iter()
            .enumerate()
            .find(|(_, q)| q.speaker == Some(lavrov))
            .map(|(i, q)| (q.article, i))
            .expect("a Lavrov quote");
        let article = &e.articles()[a];
        let marks = quote_marks(&e, a, article.paragraphs.len(), Some(q));
        assert_eq!(
            marks.iter().map(Vec::len).sum::<usize>(),
            e.quotes_in_article(a).len()
        );
        let current: Vec<&Mark> = marks
            .iter()
            .flatten()
            .filter(|m| matches!(m.kind, MarkKind::CurrentQuote { .. }))
            .collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].id.as_deref(), Some(quote_anchor(q).as_str()));
        assert!(current[0]
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Sergei Lavrov")));
        let quote = &e.quotes()[q];
        let text = &article.paragraphs[quote.paragraph].text;
        assert_eq!(&text[current[0].start..current[0].end], quote.text);
    }

    #[test]
    fn too_few_paragraphs_drops_marks_instead_of_panicking() {
        let e = Engine::new(corpus::embedded().corpus);
        assert!(quote_marks(&e, 0, 0, None).is_empty());
        assert!(quote_marks(&e, 999, 3, Some(1)).iter().all(Vec::is_empty));
    }
}
