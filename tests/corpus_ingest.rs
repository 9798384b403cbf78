//! `corpus::ingest` on folders with bad files and catalogs: every problem is an error naming
//! its file, and the good files still become articles.

use dossier::corpus::{ingest, CorpusError, Date, SourceFile, MAX_FILE_BYTES};

const SEED_000: &str = include_str!("../corpus/000_660aaf9185c519ef.txt");
const SEED_002: &str = include_str!("../corpus/002_7dc7dc72cc67e03f.txt");

fn file(name: &str, bytes: &[u8]) -> SourceFile {
    SourceFile {
        name: name.to_string(),
        bytes: bytes.to_vec(),
    }
}

#[test]
fn bad_files_are_errors_and_good_files_still_ingest() {
    let mut huge = b"Russia ".repeat(MAX_FILE_BYTES / 7 + 1);
    huge.push(b'.');
    let out = ingest(
        vec![
            file("000.txt", SEED_000.as_bytes()),
            file("latin1.txt", b"Russia\x92s security demands"),
            file("empty.md", b" \n\n"),
            file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0"),
            file("huge.txt", &huge),
        ],
        None,
    );
    assert_eq!(out.corpus.articles.len(), 1);
    assert_eq!(
        out.corpus.articles[0].meta.title,
        "U.S.-Russia Talks Must Continue"
    );
    let messages: Vec<String> = out.errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    for (name, why) in [
        ("latin1.txt", "not UTF-8"),
        ("empty.md", "empty"),
        ("photo.txt", "binary"),
        ("huge.txt", "too large"),
    ] {
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with(name) && m.contains(why)),
            "{name}: {messages:?}"
        );
    }
}

#[test]
fn catalog_values_win_over_the_text() {
    let catalog = r#"
["002.txt"]
date = 2022-01-27
authors = ["Mark Episkopos"]
url = "https://nationalinterest.org/feature/can-talks-russia-diffuse-ukraine-crisis"

["000.txt"]
outlet = ""
"#;
    let out = ingest(
        vec![
            file("002.txt", SEED_002.as_bytes()),
            file("000.txt", SEED_000.as_bytes()),
        ],
        Some(catalog),
    );
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let a000 = &out.corpus.articles[0];
    let a002 = &out.corpus.articles[1];
    assert_eq!(a000.meta.outlet, None, "empty catalog value means unknown");
    assert_eq!(
        a000.meta.date,
        Date::new(2022, 1, 10),
        "unset keys keep the text's value"
    );
    assert_eq!(a002.meta.date, Date::new(2022, 1, 27));
    assert!(a002.meta.url.is_some());
}

#[test]
fn catalog_naming_a_missing_file_is_an_error() {
    let out = ingest(
        vec![file("000.txt", SEED_000.as_bytes())],
        Some("[\"gone.txt\"]\noutlet = \"CGTN\"\n"),
    );
    assert_eq!(out.corpus.articles.len(), 1);
    assert_eq!(
        out.errors,
        vec![CorpusError::CatalogMissingFile {
            file: "gone.txt".into(),
            line: 1
        }]
    );
}

#[test]
fn catalog_syntax_and_date_errors_name_the_line() {
    let files = || vec![file("000.txt", SEED_000.as_bytes())];
    let out = ingest(files(), Some("[\"000.txt\"\ndate = 1\n"));
    assert!(matches!(
        out.errors.as_slice(),
        [CorpusError::CatalogSyntax { line: 1, .. }]
    ));
    let out = ingest(files(), Some("\n[\"000.txt\"]\ndate = \"2022-02-30\"\n"));
    assert!(
        matches!(
            out.errors.as_slice(),
            [CorpusError::CatalogBadDate { line: 3, .. }]
        ),
        "{:?}",
        out.errors
    );
    // A bad entry is ignored as a whole; the text's metadata stays.
    assert_eq!(out.corpus.articles[0].meta.date, Date::new(2022, 1, 10));
}

#[test]
fn files_sharing_a_stem_get_distinct_ids() {
    let out = ingest(
        vec![
            file("talks.txt", SEED_000.as_bytes()),
            file("talks.md", SEED_002.as_bytes()),
        ],
        None,
    );
    let ids: Vec<&str> = out.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn a_file_that_is_all_furniture_ingests_with_a_warning() {
    let out = ingest(vec![file("x.txt", b"Comments are closed.\n")], None);
    assert!(out.errors.is_empty());
    let a = &out.corpus.articles[0];
    assert!(a.paragraphs.is_empty());
    assert!(!a.warnings.is_empty());
}

#[test]
fn a_missing_title_is_a_warning_unless_the_catalog_gives_one() {
    let body = b"After two months in which another Russian invasion of Ukraine looked probable, if not imminent, there are signs of a diplomatic climbdown from the recent tensions. President Joe Biden has been working the phones in an attempt to defuse the crisis, calling Russian president Vladimir Putin on December 30.\n";
    let out = ingest(vec![file("x.txt", body)], None);
    let a = &out.corpus.articles[0];
    assert_eq!(a.meta.title, "");
    assert!(a.warnings.iter().any(|w| w.starts_with("title:")));
    let out = ingest(
        vec![file("x.txt", body)],
        Some("[\"x.txt\"]\ntitle = \"U.S.-Russia Talks Must Continue\"\n"),
    );
    assert!(out.corpus.articles[0].warnings.is_empty());
}
