//! The five seed articles, ingested from the embedded `corpus/` folder: metadata, clean
//! bodies without page furniture, and exact maps back to the raw files.

use dossier::corpus::{self, Article, Date};
use dossier::text::lang::Lang;

fn seeds() -> Vec<Article> {
    let ingest = corpus::embedded();
    assert!(ingest.errors.is_empty(), "{:?}", ingest.errors);
    ingest.corpus.articles
}

fn seed(prefix: &str) -> Article {
    seeds()
        .into_iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

fn body(a: &Article) -> String {
    a.paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn five_articles_with_ids_from_their_file_names() {
    let ids: Vec<String> = seeds().into_iter().map(|a| a.id).collect();
    assert_eq!(
        ids,
        [
            "000_660aaf9185c519ef",
            "001_26dff11e0349677d",
            "002_7dc7dc72cc67e03f",
            "003_115b22df84fd61fe",
            "004_1902ac851d4e0608"
        ]
    );
}

#[test]
fn national_interest_op_ed_metadata() {
    let a = seed("000");
    assert_eq!(a.meta.title, "U.S.-Russia Talks Must Continue");
    assert_eq!(a.meta.outlet.as_deref(), Some("The National Interest"));
    assert_eq!(a.meta.date, Date::new(2022, 1, 10));
    assert_eq!(a.meta.authors, ["Daniel R. DePetris"]);
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263")
    );
    assert_eq!(a.meta.subtitle, None);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn unnamed_news_report_keeps_unknowns_unknown() {
    let a = seed("001");
    assert_eq!(
        a.meta.title,
        "Russia-U.S. Talks Concluded With Posturing and Threats, but No Movement on Either Side"
    );
    assert_eq!(a.meta.outlet, None);
    assert_eq!(a.meta.date, None);
    assert!(a.meta.authors.is_empty());
    assert_eq!(a.meta.url, None);
    // One line per paragraph, no blank lines: every line after the title is a paragraph.
    assert_eq!(a.paragraphs.len(), 30);
    assert!(a.paragraphs[0]
        .text
        .starts_with("Last weekend, a senior Biden"));
}

#[test]
fn national_interest_report_metadata() {
    let a = seed("002");
    assert_eq!(
        a.meta.title,
        "Can Talks With Russia Diffuse the Ukraine Crisis?"
    );
    assert_eq!(
        a.meta.subtitle.as_deref(),
        Some("As the Ukraine crisis deepens, Russia and the West dig in for a second round of high-stakes security talks.")
    );
    assert_eq!(a.meta.outlet.as_deref(), Some("The National Interest"));
    assert_eq!(a.meta.authors, ["Mark Episkopos"]);
    assert_eq!(a.meta.date, None);
}

#[test]
fn cfr_brief_metadata() {
    let a = seed("003");
    assert_eq!(
        a.meta.title,
        "Can U.S.-Russia Diplomacy Ease Ukraine Tensions?"
    );
    assert!(a
        .meta
        .subtitle
        .as_deref()
        .is_some_and(|s| s.starts_with("Russia has demanded security guarantees")));
    assert_eq!(
        a.meta.outlet.as_deref(),
        Some("Council on Foreign Relations")
    );
    assert!(a.meta.authors.is_empty());
    assert_eq!(a.captions.len(), 2);
}

#[test]
fn cgtn_op_ed_metadata() {
    let a = seed("004");
    assert_eq!(
        a.meta.title,
        "United States and Russia: Progress in Talks or Preparations for War?"
    );
    assert_eq!(a.meta.outlet.as_deref(), Some("CGTN"));
    assert_eq!(a.meta.authors, ["Nikola Mikovic"]);
    assert_eq!(a.captions.len(), 2);
    assert!(a.captions.iter().all(|c| c.contains("/")));
}

#[test]
fn no_page_furniture_survives_in_any_paragraph() {
    const FURNITURE: &[&str] = &[
        "More From Our Experts",
        "More on:",
        "In Brief",
        "Creative Commons",
        "Some rights reserved",
        "View License Detail",
        "Top Stories on CFR",
        "Zoe Liu",
        "The fall of the French government",
        "Comments are closed",
        "would like to contribute",
        "protected]",
        "Image: Reuters",
        "/ AP",
        "/CFP",
        "Getty Images",
        "Wendy Sherman stands next to",
        "The National Interest.-10.01.2022",
        "<https://",
        "](#)",
        "\\$",
    ];
    for a in seeds() {
        for p in &a.paragraphs {
            for f in FURNITURE {
                assert!(!p.text.contains(f), "{}: {f:?} in {:?}", a.id, p.text);
            }
            if p.text == "Close" || p.text == "Russia" || p.text == "U.S. Foreign Policy" {
                panic!("{}: furniture line {:?} left", a.id, p.text);
            }
        }
    }
}

#[test]
fn titles_deks_and_captions_are_not_repeated_in_the_body() {
    for a in seeds() {
        let body = body(&a);
        assert!(!body.contains(&a.meta.title), "{}", a.id);
        if let Some(dek) = &a.meta.subtitle {
            assert!(!body.contains(dek.as_str()), "{}", a.id);
        }
        for c in &a.captions {
            assert!(!body.contains(c.as_str()), "{}", a.id);
        }
    }
}

#[test]
fn links_and_escapes_are_cleaned() {
    let a = seed("000");
    let body = body(&a);
    assert!(body.contains("another Russian invasion of Ukraine looked probable, if not imminent"));
    assert!(body.contains("approximately $2.5 billion in military equipment"));
    assert!(body.contains("an additional $300 million of such support"));
    assert!(!body.contains('['));
}

#[test]
fn paragraph_cut_mid_sentence_is_joined() {
    let a = seed("000");
    let p = a
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("The bilateral U.S.-Russia talks"))
        .expect("paragraph");
    assert!(p
        .text
        .contains("Russia, after all, is already the second-most sanctioned country by the United States, even before"));
    assert!(p.text.ends_with("the top priority."));
    // The whole paragraph maps to the two raw lines and the gap between them.
    let (s, e) = p.map.range_to_raw(0, p.text.len());
    let raw = &a.raw[s..e];
    assert!(raw.starts_with("The bilateral U.S.-Russia talks"));
    assert!(raw.contains("is already [the](#)\n\n[second-most sanctioned country](#)"));
    assert!(raw.ends_with("the top priority."));
}

#[test]
fn ukrainian_title_and_summary_stay_as_ukrainian_paragraphs() {
    let a = seed("000");
    assert_eq!(
        a.paragraphs[0].text,
        "Переговори між США і Росією необхідно продовжувати"
    );
    assert_eq!(a.paragraphs[0].lang, Lang::Ukrainian);
    assert!(a.paragraphs[1]
        .text
        .starts_with("Оглядач із закордонних справ"));
    assert_eq!(a.paragraphs[1].lang, Lang::Ukrainian);
    assert_eq!(a.main_lang(), Lang::English);
    assert_eq!(a.langs(), [Lang::English, Lang::Ukrainian]);
}

#[test]
fn every_copied_run_of_every_paragraph_is_identical_raw_text() {
    for a in seeds() {
        for p in &a.paragraphs {
            let mut covered = 0;
            for (clean, raw) in p.map.copied_runs() {
                assert_eq!(&p.text[clean.clone()], &a.raw[raw], "{}", a.id);
                covered += clean.len();
            }
            // Only join spaces are not copies.
            let joins = p.text.len() - covered;
            assert!(
                joins <= 1,
                "{}: {joins} synthetic bytes in {:?}",
                a.id,
                p.text
            );
            assert_eq!(p.map.clean_len(), p.text.len());
        }
    }
}

#[test]
fn whole_paragraph_span_is_its_raw_line() {
    for a in seeds() {
        for p in &a.paragraphs {
            let (s, e) = p.map.range_to_raw(0, p.text.len());
            let raw = &a.raw[s..e];
            let runs: Vec<_> = p.map.copied_runs().collect();
            let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
                panic!("{}: paragraph without text", a.id);
            };
            // From the first copied byte to the last, nothing more or less.
            assert_eq!((s, e), (first.1.start, last.1.end), "{}: {raw:?}", a.id);
            let head: String = p.text.chars().take(12).collect();
            assert!(raw.starts_with(&head), "{}: {raw:?}", a.id);
            assert!(
                raw.ends_with(p.text.chars().last().unwrap_or(' ')),
                "{}",
                a.id
            );
            // A paragraph spans one line unless it was joined.
            assert!(
                !raw.contains('\n') || p.map.copied_runs().count() > 1,
                "{}",
                a.id
            );
        }
    }
}

#[test]
fn catalog_aliases_reach_the_corpus() {
    let ingest = corpus::embedded();
    assert!(ingest
        .corpus
        .aliases
        .iter()
        .any(|(name, variants)| name == "Volodymyr Zelensky"
            && variants.iter().any(|v| v == "Zelenskyy")));
}
