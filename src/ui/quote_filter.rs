//! From the Quotes view's URL state ([`QuotesView`], names) to the engine's
//! [`QuoteFilter`] (ids): the one place the view's names are resolved.

use crate::engine::Engine;
use crate::quotes::QuoteFilter;

use super::quotes_route::{QuotesView, UNKNOWN_OUTLET_PARAM};

/// The engine filter for `view` — `None` when the view selects speakers and none of them
/// exists, so nothing can match — and the speaker names in it that no speaker answers to
/// (a link from an older build of the corpus, or a typo), so the view can say so.
pub fn quote_filter(engine: &Engine, view: &QuotesView) -> (Option<QuoteFilter>, Vec<String>) {
    let mut unknown = Vec::new();
    let mut speakers = Vec::new();
    for name in &view.speakers {
        match engine.find_speaker(name) {
            Some(id) if !speakers.contains(&id) => speakers.push(id),
            Some(_) => {}
            None => unknown.push(name.clone()),
        }
    }
    let outlets = view
        .outlets
        .iter()
        .map(|o| (o != UNKNOWN_OUTLET_PARAM).then(|| o.clone()))
        .collect();
    let filter = QuoteFilter {
        text: view.q.clone(),
        speakers,
        outlets,
        kinds: view.kinds.clone(),
        article: None,
    };
    let nothing = !view.speakers.is_empty() && filter.speakers.is_empty();
    ((!nothing).then_some(filter), unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn names_resolve_to_speaker_ids_and_unknown_names_are_reported() {
        let e = Engine::new(corpus::embedded().corpus);
        let view = QuotesView::parse(
            "speaker=Sergey+Lavrov&speaker=Nobody+Atall&outlet=unknown&outlet=CGTN",
        );
        let (f, unknown) = quote_filter(&e, &view);
        let f = f.expect("one speaker is known");
        assert_eq!(
            f.speakers,
            vec![e.find_speaker("Sergei Lavrov").expect("Lavrov")]
        );
        assert_eq!(unknown, vec!["Nobody Atall"]);
        assert_eq!(f.outlets, vec![None, Some("CGTN".to_string())]);
    }

    #[test]
    fn an_unknown_speaker_alone_selects_nothing_rather_than_everyone() {
        let e = Engine::new(corpus::embedded().corpus);
        let (f, unknown) = quote_filter(&e, &QuotesView::parse("speaker=Nobody"));
        assert!(f.is_none());
        assert_eq!(unknown, vec!["Nobody"]);
        let (f, _) = quote_filter(&e, &QuotesView::default());
        assert_eq!(f, Some(QuoteFilter::default()));
    }
}
