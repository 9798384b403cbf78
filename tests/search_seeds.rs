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
fn speaker_filter_uses_the_quote_index() {
    let e = engine();
    // Dmitry Peskov is quoted in 001 (told reporters) and 004 (said that ...).
    assert_eq!(seeds(&e, "speaker:\"Dmitry Peskov\""), ["001", "004"]);
    // Any alias, any case: Sergey Lavrov (002) and Mr. Lavrov (001) are one speaker.
    let lavrov = seeds(&e, "speaker:\"sergey lavrov\"");
    assert!(lavrov.contains(&"001".to_string()) && lavrov.contains(&"002".to_string()));
}

#[test]
fn speaker_filter_for_nobody_says_so() {
    let e = engine();
    let r = e.search(&SearchRequest::new("speaker:Nobodyknown NATO"));
    assert_eq!(r.total, 0);
    assert!(
        r.notices
            .iter()
            .any(|n| matches!(n, Notice::UnknownSpeaker { .. })),
        "{:?}",
        r.notices
    );
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

/// Facet values and counts, in the engine's order.
fn counts(v: &[dossier::search::FacetValue]) -> Vec<(&str, usize)> {
    v.iter().map(|f| (f.value.as_str(), f.count)).collect()
}

#[test]
fn outlet_author_month_facets_counted_by_hand() {
    // From `dossier check corpus/`: 000 and 002 The National Interest (Daniel R. DePetris,
    // Mark Episkopos), 003 Council on Foreign Relations, 004 CGTN (Nikola Mikovic),
    // 001 unknown outlet, author and date; only 000 is dated (2022-01-10).
    let e = engine();
    let r = e.search(&SearchRequest::new("Lavrov")); // 001, 002, 004
    assert_eq!(
        counts(&r.facets.outlet),
        [("CGTN", 1), ("The National Interest", 1)]
    );
    assert_eq!(
        counts(&r.facets.author),
        [("Mark Episkopos", 1), ("Nikola Mikovic", 1)]
    );
    assert!(r.facets.month.is_empty());

    let r = e.search(&SearchRequest::new("NATO")); // all five
    assert_eq!(
        counts(&r.facets.outlet),
        [
            ("The National Interest", 2),
            ("CGTN", 1),
            ("Council on Foreign Relations", 1)
        ]
    );
    assert_eq!(counts(&r.facets.month), [("2022-01", 1)]);

    // Selecting an outlet: its own facet keeps every outlet's count (OR within the
    // facet); the other facets count only The National Interest's articles.
    let req = SearchRequest {
        facets: FacetSelection {
            outlet: vec!["The National Interest".into()],
            ..FacetSelection::default()
        },
        ..SearchRequest::new("NATO")
    };
    let r = e.search(&req);
    assert_eq!(seeds_of(&r), ["000", "002"]);
    assert_eq!(
        counts(&r.facets.outlet),
        [
            ("The National Interest", 2),
            ("CGTN", 1),
            ("Council on Foreign Relations", 1)
        ]
    );
    assert_eq!(
        counts(&r.facets.author),
        [("Daniel R. DePetris", 1), ("Mark Episkopos", 1)]
    );
    assert_eq!(counts(&r.facets.lang), [("en", 2), ("uk", 1)]);

    // OR within the facet: two outlets.
    let req = SearchRequest {
        facets: FacetSelection {
            outlet: vec!["The National Interest".into(), "CGTN".into()],
            ..FacetSelection::default()
        },
        ..SearchRequest::new("NATO")
    };
    assert_eq!(seeds_of(&e.search(&req)), ["000", "002", "004"]);
}

fn seeds_of(r: &dossier::search::SearchResults) -> Vec<String> {
    let mut ids: Vec<String> = r.hits.iter().map(|h| h.id[..3].to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn field_filters_on_real_metadata() {
    let e = engine();
    assert_eq!(seeds(&e, "outlet:\"National Interest\""), ["000", "002"]);
    assert_eq!(seeds(&e, "author:Mikovic"), ["004"]);
    assert_eq!(
        seeds(&e, "NATO -outlet:CGTN -outlet:national"),
        ["001", "003"]
    );
    // Dates are inclusive; undated articles fail any date bound.
    assert_eq!(seeds(&e, "after:2022-01-10"), ["000"]);
    assert_eq!(seeds(&e, "before:2022-01-09"), Vec::<String>::new());
    // The request's date range works like the query's.
    let req = SearchRequest {
        after: Some("2022-01-01".into()),
        before: Some("2022-01-31".into()),
        limit: 100,
        ..SearchRequest::new("")
    };
    assert_eq!(seeds_of(&e.search(&req)), ["000"]);
}

#[test]
fn ties_are_broken_by_date_newest_first_unknown_last() {
    let e = engine();
    // A filter-only query scores every article 0: the dated article (000) comes first,
    // then the undated ones in corpus order.
    let r = e.search(&SearchRequest::new("lang:en"));
    let order: Vec<&str> = r.hits.iter().map(|h| &h.id[..3]).collect();
    assert_eq!(order, ["000", "001", "002", "003", "004"]);
}

#[test]
fn index_positions_agree_with_the_articles_words() {
    // The index may segment an ASCII stand-in copy of a paragraph; the reader segments
    // the original. They must count the same words.
    let e = engine();
    for (i, a) in e.articles().iter().enumerate() {
        assert_eq!(
            e.index().doc(i).body_len as usize,
            a.word_count(),
            "{}",
            a.id
        );
    }
}

/// `Searcher::top_articles` (the JS API's `searchIndex`) ranks exactly as `search` does:
/// same articles, same order, for every sort, page and facet selection.
#[test]
fn top_articles_are_the_articles_of_the_search_hits() {
    let articles = dossier::synth::articles(300, 7);
    let index = dossier::search::Index::build(&articles);
    let searcher = dossier::search::Searcher::new(&index, &articles);
    let some_outlet = articles[0]
        .meta
        .outlet
        .clone()
        .expect("synth articles have outlets");
    let queries = [
        "talks",
        "security guarantees",
        "\"the talks\"",
        "minister OR sanctions",
        "sec*",
        "talks -sanctions",
        "NATO",
        "zzzqqq",
        "",
    ];
    let mut compared = 0;
    for query in queries {
        for sort in [SortOrder::Relevance, SortOrder::Newest, SortOrder::Oldest] {
            for (offset, limit) in [(0, 10), (0, 1), (7, 5), (1000, 10)] {
                for facets in [
                    FacetSelection::default(),
                    FacetSelection {
                        outlet: vec![some_outlet.clone()],
                        ..FacetSelection::default()
                    },
                ] {
                    let req = SearchRequest {
                        sort,
                        offset,
                        limit,
                        facets,
                        ..SearchRequest::new(query)
                    };
                    let hits: Vec<usize> = searcher
                        .search(&req)
                        .hits
                        .iter()
                        .map(|h| h.article)
                        .collect();
                    assert_eq!(searcher.top_articles(&req), hits, "{req:?}");
                    compared += hits.len();
                }
            }
        }
    }
    assert!(compared > 500, "the queries must find articles: {compared}");
}
