//! Property tests: `ingest` never panics on any input, and every paragraph's map stays
//! inside the raw text and copies it exactly.

use dossier::corpus::{ingest, Article, SourceFile};
use proptest::prelude::*;

fn check_maps(a: &Article) -> Result<(), TestCaseError> {
    for p in &a.paragraphs {
        prop_assert_eq!(p.map.clean_len(), p.text.len());
        let (s, e) = p.map.range_to_raw(0, p.text.len());
        prop_assert!(s <= e && e <= a.raw.len());
        for (clean, raw) in p.map.copied_runs() {
            prop_assert!(raw.end <= a.raw.len());
            prop_assert_eq!(p.text.get(clean), a.raw.get(raw));
        }
        for i in 0..=p.text.len() {
            prop_assert!(p.map.to_raw(i) <= a.raw.len());
        }
    }
    Ok(())
}

/// Text made of the characters the rules react to, so the rules actually fire.
fn newsy_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("[".to_string()),
            Just("](#)".to_string()),
            Just("](".to_string()),
            Just(")".to_string()),
            Just("\\".to_string()),
            Just("\\\\$".to_string()),
            Just("<https://x.org/a>".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just(". ".to_string()),
            Just(" / AP".to_string()),
            Just("./CFP".to_string()),
            Just("More on:".to_string()),
            Just("Top Stories on CFR".to_string()),
            Just("Creative Commons".to_string()),
            Just("Close".to_string()),
            Just("10.01.2022".to_string()),
            Just("Daniel R. De Petris".to_string()),
            Just(" is a reporter for the National Interest.".to_string()),
            Just("Editor’s Note: ".to_string()),
            Just("**".to_string()),
            Just("## ".to_string()),
            Just("\u{a0}".to_string()),
            Just("Переговори ".to_string()),
            "[a-zA-Z ,.]{0,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let out = ingest(vec![SourceFile { name: "x.txt".into(), bytes }], None);
        for a in &out.corpus.articles {
            check_maps(a)?;
        }
    }

    #[test]
    fn any_string_never_panics(text in "\\PC{0,300}") {
        let out = ingest(vec![SourceFile { name: "x.md".into(), bytes: text.into_bytes() }], None);
        for a in &out.corpus.articles {
            check_maps(a)?;
        }
    }

    #[test]
    fn newsy_text_keeps_exact_maps(text in newsy_text()) {
        let out = ingest(vec![SourceFile { name: "x.txt".into(), bytes: text.into_bytes() }], None);
        for a in &out.corpus.articles {
            check_maps(a)?;
        }
    }

    #[test]
    fn any_catalog_never_panics(catalog in "[\\[\\]\"a-z0-9=.\\- \n]{0,120}") {
        let _ = ingest(vec![SourceFile { name: "a.txt".into(), bytes: b"Title\n\nBody text.".to_vec() }], Some(&catalog));
    }
}
