//! Property tests: no query string, however malformed, makes parsing or searching the
//! seed corpus panic, and every range the engine hands out can be sliced safely.

use std::sync::OnceLock;

use dossier::corpus;
use dossier::engine::Engine;
use dossier::search::{ConcordanceRequest, Query, SearchRequest, SortOrder};
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(corpus::embedded().corpus))
}

/// Pieces of query syntax, glued at random: far likelier to hit parser edge cases than
/// uniformly random text.
fn syntaxy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Lavrov",
        "Lavorv",
        "NATO",
        "red",
        "lines",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "„",
        "-",
        "--",
        "OR",
        "or",
        "*",
        "outlet:",
        "author:",
        "lang:",
        "after:",
        "before:",
        "speaker:",
        "2022-01-10",
        "2022-13-45",
        "uk",
        "xx",
        " ",
        "  ",
        "\t",
        "\n",
        "Лавров",
        "Росією",
        "’",
        "'",
        "\u{301}",
        "\u{0}",
        ":",
        "(",
        ")",
        "İ",
        "ß",
        "🙂",
        "U.S.",
        "NATO-Russia",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn any_query() -> impl Strategy<Value = String> {
    prop_oneof![syntaxy(), any::<String>(), "\\PC{0,200}"]
}

fn check_search(q: &str, sort: SortOrder) {
    let e = engine();
    let parsed = Query::parse(q);
    for c in &parsed.clauses {
        if let dossier::search::query::Clause::Match { any } = c {
            for a in any {
                assert!(q.get(a.span().range()).is_some(), "bad span in {q:?}");
            }
        }
    }
    let r = e.search(&SearchRequest {
        sort,
        ..SearchRequest::new(q)
    });
    assert!(r.total <= e.articles().len());
    assert_eq!(r.hits.len(), r.total.min(20));
    assert_eq!(r.corrected_query.is_some(), !r.corrections.is_empty());
    for h in &r.hits {
        let a = &e.articles()[h.article];
        for hl in &h.snippet.highlights {
            assert!(h.snippet.text.get(hl.range()).is_some());
        }
        for hl in &h.title_highlights {
            assert!(a.meta.title.get(hl.range()).is_some());
        }
        if let Some(p) = h.snippet.paragraph {
            let text = &a.paragraphs[p].text;
            let end = h.snippet.offset + h.snippet.text.len();
            assert_eq!(
                text.get(h.snippet.offset..end),
                Some(h.snippet.text.as_str())
            );
        }
    }
    if sort == SortOrder::Relevance {
        assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        // Integration tests have no lib.rs beside them to store regressions next to.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_query_searches_without_panicking(q in any_query()) {
        check_search(&q, SortOrder::Relevance);
        check_search(&q, SortOrder::Oldest);
    }

    #[test]
    fn any_query_highlights_and_concords_safely(q in any_query()) {
        let e = engine();
        for (i, a) in e.articles().iter().enumerate() {
            for m in e.match_positions(i, &q) {
                let text = match m.paragraph {
                    Some(p) => &a.paragraphs[p].text,
                    None => &a.meta.title,
                };
                prop_assert!(text.get(m.range.range()).is_some());
                if let Some(raw) = m.raw {
                    prop_assert!(a.raw.get(raw.range()).is_some());
                }
            }
        }
        let c = e.concordance(&ConcordanceRequest::new(q.clone()));
        prop_assert!(c.rows.len() <= c.total);
        let _ = c.to_csv();
    }

    #[test]
    fn out_of_range_requests_are_harmless(offset in 0usize..1_000_000, limit in 0usize..1_000_000, article in 0usize..1_000) {
        let e = engine();
        let r = e.search(&SearchRequest { offset, limit, ..SearchRequest::new("NATO") });
        prop_assert_eq!(r.total, 5);
        prop_assert_eq!(r.hits.len(), 5usize.saturating_sub(offset).min(limit));
        let _ = e.match_positions(article, "NATO");
    }
}

#[test]
fn huge_queries_are_answered() {
    let e = engine();
    let long_word = "NATO-".repeat(20_000);
    let many_words = "Lavrov \"red lines\" -NATO OR outlet:x ".repeat(5_000);
    let unclosed = format!("\"{}", "talks ".repeat(20_000));
    for q in [long_word, many_words, unclosed] {
        let r = e.search(&SearchRequest::new(q.as_str()));
        assert!(r.total <= e.articles().len());
        let _ = e.match_positions(0, &q);
    }
}
