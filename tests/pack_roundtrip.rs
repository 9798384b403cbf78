//! An engine read back from its corpus pack answers exactly like the engine it was
//! written from: same articles (clean text rebuilt from the raw text), same search hits,
//! snippets, facets and concordances, same quotes, speakers and summary. Checked on the
//! seed corpus and on a synthetic corpus ingested through the real ingester.

use dossier::corpus::{self, CorpusError, SourceFile};
use dossier::engine::Engine;
use dossier::pack::{self, IndexStorage};
use dossier::quotes::{QuoteFilter, QuoteKind};
use dossier::search::{ConcordanceRequest, FacetSelection, KwicSort, SearchRequest, SortOrder};

fn seed_engine() -> Engine {
    let ingest = corpus::embedded();
    assert!(ingest.errors.is_empty(), "{:?}", ingest.errors);
    Engine::new(ingest.corpus)
}

/// 40 synthetic articles, as files plus their catalog, through the real ingester.
fn synth_engine() -> Engine {
    let generated = dossier::synth::generate(40, 2022);
    let catalog = dossier::synth::catalog(&generated);
    let files = generated
        .into_iter()
        .map(|a| SourceFile {
            name: a.file_name,
            bytes: a.text.into_bytes(),
        })
        .collect();
    Engine::new(corpus::ingest(files, Some(&catalog)).corpus)
}

/// The engine read back from its pack, once with the index stored and once rebuilt.
fn unpack_both(e: &Engine) -> [Engine; 2] {
    [IndexStorage::Stored, IndexStorage::Rebuilt].map(|storage| {
        let bytes = pack::write_with(e, &[], 0, storage);
        Engine::from_pack(&bytes).expect("the pack reads back")
    })
}

/// Queries made of words the corpus really holds: each article's first title words, a
/// two-word phrase from its body, a prefix and a misspelling; plus the query language's
/// other forms.
fn queries(e: &Engine) -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        "Lavrov",
        "\"red lines\"",
        "negotiat*",
        "Lavorv",
        "sanctions OR security",
        "nato -lavrov",
        "lang:uk",
        "after:2022-01-10 before:2022-01-31",
        "speaker:Lavrov",
        "the",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for a in e.articles().iter().step_by(7) {
        let title: Vec<&str> = a.meta.title.split_whitespace().take(2).collect();
        out.push(title.join(" "));
        if let Some(p) = a.paragraphs.first() {
            let words: Vec<&str> = p.text.split_whitespace().skip(3).take(2).collect();
            out.push(format!("\"{}\"", words.join(" ")));
            if let Some(w) = words.first().filter(|w| w.len() > 4) {
                out.push(format!("{}*", &w[..3]));
                let mut typo: Vec<char> = w.chars().collect();
                typo.swap(1, 2);
                out.push(typo.into_iter().collect());
            }
        }
        if let Some(outlet) = &a.meta.outlet {
            out.push(format!("outlet:\"{outlet}\""));
        }
    }
    out
}

/// Compares the two engines on everything the UI, the CLI and scripts ask.
fn assert_same(built: &Engine, read: &Engine) {
    assert_eq!(read.articles(), built.articles());
    assert_eq!(read.aliases(), built.aliases());
    assert_eq!(read.summary(), built.summary());
    for (a, b) in read.articles().iter().zip(built.articles()) {
        assert_eq!(a.word_count(), b.word_count(), "{}", a.id);
        assert_eq!(a.langs(), b.langs(), "{}", a.id);
    }
    assert_eq!(read.index().term_count(), built.index().term_count());
    assert_eq!(
        read.index().position_count(),
        built.index().position_count()
    );
    let outlet = built.articles().iter().find_map(|a| a.meta.outlet.clone());
    for q in queries(built) {
        for sort in [SortOrder::Relevance, SortOrder::Newest] {
            let mut req = SearchRequest {
                sort,
                limit: 50,
                ..SearchRequest::new(q.as_str())
            };
            assert_eq!(read.search(&req), built.search(&req), "search {q:?}");
            if let Some(o) = &outlet {
                req.facets = FacetSelection {
                    outlet: vec![o.clone()],
                    ..FacetSelection::default()
                };
                req.offset = 2;
                assert_eq!(read.search(&req), built.search(&req), "faceted {q:?}");
            }
        }
        for sort in [KwicSort::Document, KwicSort::Left] {
            let req = ConcordanceRequest {
                sort,
                ..ConcordanceRequest::new(q.as_str())
            };
            assert_eq!(
                read.concordance(&req),
                built.concordance(&req),
                "kwic {q:?}"
            );
        }
        for i in (0..built.articles().len()).step_by(9) {
            assert_eq!(
                read.match_positions(i, &q),
                built.match_positions(i, &q),
                "positions {q:?} in {i}"
            );
        }
        let f = QuoteFilter {
            text: q.clone(),
            ..QuoteFilter::default()
        };
        assert_eq!(
            read.query_quotes(&f),
            built.query_quotes(&f),
            "quotes {q:?}"
        );
    }
    assert_eq!(read.quotes(), built.quotes());
    assert_eq!(read.speakers(), built.speakers());
    for s in 0..built.speakers().len() {
        assert_eq!(read.speaker_page(s), built.speaker_page(s));
        let name = &built.speakers()[s].name;
        assert_eq!(read.find_speaker(name), built.find_speaker(name));
        assert_eq!(read.speaker_articles(name), built.speaker_articles(name));
        let f = QuoteFilter {
            speakers: vec![s],
            kinds: vec![QuoteKind::Direct],
            ..QuoteFilter::default()
        };
        assert_eq!(read.query_quotes(&f), built.query_quotes(&f));
    }
    for a in 0..built.articles().len() {
        assert_eq!(read.quotes_in_article(a), built.quotes_in_article(a));
    }
    let all: Vec<usize> = (0..built.quotes().len()).collect();
    assert_eq!(read.export_rows(&all), built.export_rows(&all));
}

#[test]
fn the_seed_corpus_reads_back_identical() {
    let built = seed_engine();
    assert!(!built.quotes().is_empty());
    for read in unpack_both(&built) {
        assert_same(&built, &read);
    }
}

#[test]
fn a_synthetic_corpus_reads_back_identical() {
    let built = synth_engine();
    assert_eq!(built.articles().len(), 40);
    for read in unpack_both(&built) {
        assert_same(&built, &read);
    }
}

#[test]
fn corpus_errors_and_the_stamp_travel_with_the_pack() {
    let errors = vec![
        CorpusError::Binary {
            file: "photo.txt".into(),
        },
        CorpusError::CatalogMissingFile {
            file: "gone.txt".into(),
            line: 4,
        },
    ];
    let e = seed_engine();
    let bytes = pack::write(&e, &errors, 0xD055_1E55);
    let header = pack::header::Header::read(&bytes).expect("a header");
    assert_eq!(header.stamp, 0xD055_1E55);
    let u = pack::read(&bytes).expect("reads back");
    assert_eq!(u.errors, errors);
    assert_eq!(u.engine.articles().len(), e.articles().len());
}

#[test]
fn the_embedded_engine_is_the_seed_corpus() {
    // Without a pack (tests are built without DOSSIER_PACK), the embedded engine is
    // ingested from the folder compiled in.
    let u = pack::embedded_engine().expect("embedded engine");
    assert!(u.errors.is_empty());
    assert_eq!(u.engine.articles(), seed_engine().articles());
}
