//! The quote API the UI is built on, over the seed corpus: the Quotes view's filters,
//! facets and speaker groups, the speaker page, the `speaker:` search filter and export.

use dossier::corpus;
use dossier::engine::Engine;
use dossier::quotes::{export, QuoteFilter, QuoteKind, SpeakerKind};

fn engine() -> Engine {
    Engine::new(corpus::embedded().corpus)
}

#[test]
fn lavrov_is_one_speaker_quoted_by_more_than_one_outlet() {
    let e = engine();
    let id = e
        .find_speaker("Sergei Lavrov")
        .expect("Lavrov is a speaker");
    let s = e.speaker(id).expect("speaker");
    assert_eq!(s.kind, SpeakerKind::Person);
    assert!(
        s.answers_to("Sergey Lavrov") && s.answers_to("mr. lavrov") && s.answers_to("LAVROV"),
        "{s:?}"
    );
    let page = e.speaker_page(id).expect("page");
    assert!(page.outlets.len() >= 2, "{:?}", page.outlets);
    assert!(page.articles.len() >= 3, "{:?}", page.articles);
    assert!(
        page.roles.iter().any(|r| r.contains("Foreign Minister")),
        "{:?}",
        page.roles
    );
    assert_eq!(
        page.quotes.len(),
        page.kinds.iter().map(|k| k.1).sum::<usize>()
    );
}

#[test]
fn speaker_filter_for_search_matches_names_and_aliases_case_insensitively() {
    let e = engine();
    let peskov = e.speaker_articles("dmitry peskov");
    assert_eq!(peskov.len(), 2, "{peskov:?}");
    assert_eq!(
        e.speaker_articles("Mr. Lavrov"),
        e.speaker_articles("sergei lavrov")
    );
    assert!(e.speaker_articles("Nobody At All").is_empty());
}

#[test]
fn filtering_by_speaker_keeps_only_their_quotes() {
    let e = engine();
    let peskov = e.find_speaker("Dmitry Peskov").expect("Peskov");
    let r = e.query_quotes(&QuoteFilter {
        speakers: vec![peskov],
        ..QuoteFilter::default()
    });
    assert!(!r.quotes.is_empty());
    assert!(r
        .quotes
        .iter()
        .all(|&q| e.quote(q).and_then(|q| q.speaker) == Some(peskov)));
    assert_eq!(r.by_speaker.len(), 1);
    // The speaker facet still offers the other speakers.
    assert!(r.facets.speakers.len() > 5);
    assert!(r
        .facets
        .speakers
        .iter()
        .any(|c| c.value == peskov && c.selected));
}

#[test]
fn kind_facet_counts_ignore_the_kind_filter_and_sum_to_all_quotes() {
    let e = engine();
    let all = e.query_quotes(&QuoteFilter::default());
    assert_eq!(all.quotes.len(), e.quotes().len());
    let direct = e.query_quotes(&QuoteFilter {
        kinds: vec![QuoteKind::Direct],
        ..QuoteFilter::default()
    });
    assert!(direct
        .quotes
        .iter()
        .all(|&q| e.quotes()[q].kind == QuoteKind::Direct));
    assert_eq!(
        direct.facets.kinds,
        all.facets
            .kinds
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.selected = c.value == QuoteKind::Direct;
                c
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(
        all.facets.kinds.iter().map(|c| c.count).sum::<usize>(),
        all.quotes.len()
    );
    assert_eq!(
        all.by_speaker.iter().map(|g| g.quotes.len()).sum::<usize>(),
        all.quotes.len()
    );
}

#[test]
fn search_within_quotes_and_by_outlet() {
    let e = engine();
    let r = e.query_quotes(&QuoteFilter {
        text: "Patience".into(),
        ..QuoteFilter::default()
    });
    assert!(!r.quotes.is_empty());
    assert!(r
        .quotes
        .iter()
        .all(|&q| e.quotes()[q].text.to_lowercase().contains("patience")));
    let outlet = r
        .facets
        .outlets
        .first()
        .map(|c| c.value.clone())
        .expect("an outlet");
    let by_outlet = e.query_quotes(&QuoteFilter {
        outlets: vec![outlet.clone()],
        ..QuoteFilter::default()
    });
    assert!(by_outlet
        .quotes
        .iter()
        .all(|&q| e.quote_outlet(&e.quotes()[q]).map(str::to_string) == outlet));
}

#[test]
fn reader_quotes_sit_in_their_paragraphs() {
    let e = engine();
    for (ai, a) in e.articles().iter().enumerate() {
        for q in e.quotes_in_article(ai) {
            let para = &a.paragraphs[q.paragraph].text;
            assert_eq!(para.get(q.clean.clone()), Some(q.text.as_str()));
            assert!(a.raw.get(q.raw.clone()).is_some());
        }
    }
}

#[test]
fn export_rows_cite_article_outlet_date_and_code_point_offsets() {
    let e = engine();
    let ids: Vec<usize> = (0..e.quotes().len()).collect();
    let rows = e.export_rows(&ids);
    assert_eq!(rows.len(), ids.len());
    for r in &rows {
        let a = e
            .articles()
            .iter()
            .find(|a| a.id == r.article)
            .expect("article");
        let chars: Vec<char> = a.raw.chars().collect();
        let slice: String = chars[r.start..r.end].iter().collect();
        // The clean text may differ from the raw slice only by removed link debris.
        assert!(
            slice.contains(r.text.split_whitespace().next().unwrap_or("")),
            "{slice:?} vs {:?}",
            r.text
        );
    }
    let csv = export::to_csv(&rows);
    assert!(csv.starts_with("quote,article,file,title,outlet,date,speaker"));
    let json: serde_json::Value = serde_json::from_str(&export::to_json(&rows)).expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(rows.len()));
}
