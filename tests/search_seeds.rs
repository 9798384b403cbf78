//! Search over the five seed articles compiled into the binary. The expected article
//! sets come from reading the files (e.g. `grep -l Lavrov corpus/*`), not from the engine.

use dossier::corpus;
use dossier::engine::Engine;
use dossier::search::{
    ConcordanceRequest, FacetSelection, KwicSort, Notice, SearchRequest, SortOrder,
};

fn engine() -> Engine {
    let ingest = corpus::embedded();
    assert!(ingest.errors.is_empty(), "{:?}", ingest.errors);
    Engine::new(ingest.corpus)
}

/// The seed numbers ("001", …) of the articles a query finds, ascending.
fn seeds(e: &Engine, query: &str) -> Vec<String> {
    let req = SearchRequest {
        limit: 100,
        ..SearchRequest::new(query)
    };
    let r = e.search(&req);
    assert_eq!(r.total, r.hits.len(), "{query}: all hits fit one page");
    let mut ids: Vec<String> = r.hits.iter().map(|h| h.id[..3].to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn lavrov_finds_exactly_the_three_articles_that_name_him() {
    assert_eq!(seeds(&engine(), "Lavrov"), ["001", "002", "004"]);
}

#[test]
fn red_lines_phrase_finds_only_the_cgtn_article() {
    let e = engine();
    assert_eq!(seeds(&e, "\"red lines\""), ["004"]);
    assert_eq!(seeds(&e, "“red lines”"), ["004"]);
}

#[test]
fn nato_minus_lavrov_excludes_his_articles() {
    let e = engine();
    // NATO is in all five articles.
    assert_eq!(seeds(&e, "NATO"), ["000", "001", "002", "003", "004"]);
    assert_eq!(seeds(&e, "NATO -Lavrov"), ["000", "003"]);
}

#[test]
fn misspelt_lavorv_is_corrected_and_finds_him() {
    let e = engine();
    let r = e.search(&SearchRequest::new("Lavorv"));
    assert_eq!(r.corrected_query.as_deref(), Some("lavrov"));
    assert_eq!(r.corrections.len(), 1);
    assert_eq!(r.corrections[0].original, "Lavorv");
    assert_eq!(seeds(&e, "Lavorv"), ["001", "002", "004"]);
}

#[test]
fn snippets_highlight_the_word() {
    let e = engine();
    let r = e.search(&SearchRequest::new("Lavrov"));
    for h in &r.hits {
        assert!(!h.snippet.highlights.is_empty(), "{}", h.id);
        for hl in &h.snippet.highlights {
            assert_eq!(&h.snippet.text[hl.range()], "Lavrov");
        }
    }
}

#[test]
fn match_positions_point_at_every_lavrov_in_the_raw_file() {
    let e = engine();
    for (i, a) in e.articles().iter().enumerate() {
        let positions = e.match_positions(i, "Lavrov");
        let body: Vec<_> = positions.iter().filter_map(|m| m.raw).collect();
        // Every body match sits on "Lavrov" in the raw file …
        for r in &body {
            assert_eq!(&a.raw[r.range()], "Lavrov", "{}", a.id);
        }
        // … and each occurrence in the body's paragraphs is found once.
        let expected: usize = a
            .paragraphs
            .iter()
            .map(|p| p.text.matches("Lavrov").count())
            .sum();
        assert_eq!(body.len(), expected, "{}", a.id);
    }
}

#[test]
fn stemming_finds_inflected_forms() {
    let e = engine();
    // "negotiations", "negotiating" … share the stem "negoti".
    let a = seeds(&e, "negotiation");
    let b = seeds(&e, "negotiations");
    assert_eq!(a, b);
    assert!(!a.is_empty());
}

#[test]
fn cyrillic_title_is_searchable() {
    // Seed 000's Ukrainian title: "Переговори між США і Росією необхідно продовжувати".
    let e = engine();
    assert_eq!(seeds(&e, "переговорів"), ["000"]);
    assert_eq!(seeds(&e, "Росія"), ["000"]);
}

#[test]
fn prefix_and_or() {
    let e = engine();
    assert_eq!(seeds(&e, "Lavr*"), ["001", "002", "004"]);
    let either = seeds(&e, "\"red lines\" OR Lavrov");
    assert_eq!(either, ["001", "002", "004"]);
}

#[test]
fn speaker_filter_without_quotes_says_so() {
    let e = engine();
    let r = e.search(&SearchRequest::new("speaker:Lavrov NATO"));
    assert_eq!(r.total, 0);
    assert!(r.notices.contains(&Notice::SpeakerFilterUnavailable {
        speaker: "Lavrov".into()
    }));
}

#[test]
fn speaker_filter_with_a_provider() {
    let e = engine();
    // A stand-in for the quote index: Lavrov is quoted in the second article.
    let provider = |name: &str| (name == "Sergei Lavrov").then(|| vec![1]);
    let r = e.search_with_speakers(
        &SearchRequest::new("speaker:\"Sergei Lavrov\" NATO"),
        &provider,
    );
    assert_eq!(r.hits.iter().map(|h| h.article).collect::<Vec<_>>(), [1]);
}

#[test]
fn language_facet_counts_by_hand() {
    let e = engine();
    // Only seed 000 has Ukrainian paragraphs (its title and summary); all five have
    // English ones.
    let r = e.search(&SearchRequest::new(""));
    let lang: Vec<(&str, usize)> = r
        .facets
        .lang
        .iter()
        .map(|v| (v.value.as_str(), v.count))
        .collect();
    assert_eq!(lang, [("en", 5), ("uk", 1)]);
    // Under "Lavrov" (001, 002, 004), no Ukrainian.
    let r = e.search(&SearchRequest::new("Lavrov"));
    let lang: Vec<(&str, usize)> = r
        .facets
        .lang
        .iter()
        .map(|v| (v.value.as_str(), v.count))
        .collect();
    assert_eq!(lang, [("en", 3)]);
    // Selecting Ukrainian leaves one article, and the language facet still offers English.
    let req = SearchRequest {
        facets: FacetSelection {
            lang: vec!["uk".into()],
            ..FacetSelection::default()
        },
        ..SearchRequest::new("NATO")
    };
    let r = e.search(&req);
    assert_eq!(r.total, 1);
    let lang: Vec<(&str, usize, bool)> = r
        .facets
        .lang
        .iter()
        .map(|v| (v.value.as_str(), v.count, v.selected))
        .collect();
    assert_eq!(lang, [("en", 5, false), ("uk", 1, true)]);
}

#[test]
fn lang_filter_in_the_query() {
    assert_eq!(seeds(&engine(), "lang:uk"), ["000"]);
}

#[test]
fn empty_query_lists_everything_and_sorts_are_total() {
    let e = engine();
    for sort in [SortOrder::Relevance, SortOrder::Newest, SortOrder::Oldest] {
        let r = e.search(&SearchRequest {
            sort,
            ..SearchRequest::new("")
        });
        assert_eq!(r.total, 5);
        assert_eq!(r.hits.len(), 5);
    }
}

#[test]
fn paging_returns_the_same_ranking_in_slices() {
    let e = engine();
    let all = e.search(&SearchRequest::new("Russia"));
    let ids: Vec<usize> = all.hits.iter().map(|h| h.article).collect();
    let mut paged = Vec::new();
    for offset in 0..ids.len() {
        let r = e.search(&SearchRequest {
            offset,
            limit: 1,
            ..SearchRequest::new("Russia")
        });
        assert_eq!(r.total, all.total);
        paged.extend(r.hits.iter().map(|h| h.article));
    }
    assert_eq!(paged, ids);
}

#[test]
fn concordance_rows_for_a_phrase() {
    let e = engine();
    let c = e.concordance(&ConcordanceRequest::new("\"red lines\""));
    // grep -o "red lines" corpus/004*: two occurrences.
    assert_eq!(c.total, 2);
    assert_eq!(c.rows.len(), 2);
    for r in &c.rows {
        assert_eq!(r.matched, "red lines");
        assert!(r.id.starts_with("004"));
        let raw = r.raw.expect("body match has a raw range");
        let a = &e.articles()[r.article];
        assert_eq!(&a.raw[raw.range()], "red lines");
    }
    let csv = c.to_csv();
    assert_eq!(csv.lines().count(), 3);
}

#[test]
fn concordance_sorts_by_left_word() {
    let e = engine();
    let req = ConcordanceRequest {
        sort: KwicSort::Left,
        ..ConcordanceRequest::new("Lavrov")
    };
    let c = e.concordance(&req);
    assert!(c.rows.len() >= 8);
    assert_eq!(c.rows.len(), c.total);
    // The nearest left word is the primary key.
    let nearest: Vec<String> = c
        .rows
        .iter()
        .map(|r| {
            let w = r.left.split_whitespace().last().unwrap_or("");
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut sorted = nearest.clone();
    sorted.sort();
    assert_eq!(nearest, sorted);
}
