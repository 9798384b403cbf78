//! Quote extraction on news text it was not written against: short articles in the styles
//! of other outlets (wire copy, British single quotes, multi-paragraph quotes, titles,
//! scare quotes), written for these tests. Each assertion is one attribution a reader
//! would make, or one quotation that is not speech.

use dossier::corpus::{self, SourceFile};
use dossier::quotes::{QuoteBook, QuoteKind};

/// (kind, text, speaker) of every quote in `tests/fixtures/unseen/NAME`.
fn extract(name: &str) -> Vec<(QuoteKind, String, Option<String>)> {
    let path = format!(
        "{}/tests/fixtures/unseen/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("fixture");
    let ingest = corpus::ingest(
        vec![SourceFile {
            name: name.to_string(),
            bytes,
        }],
        None,
    );
    let book = QuoteBook::build(&ingest.corpus.articles, &[]);
    book.quotes()
        .iter()
        .map(|q| {
            (
                q.kind,
                q.text.clone(),
                book.speaker_name(q).map(str::to_string),
            )
        })
        .collect()
}

fn has(
    qs: &[(QuoteKind, String, Option<String>)],
    kind: QuoteKind,
    text: &str,
    speaker: &str,
) -> bool {
    qs.iter()
        .any(|(k, t, s)| *k == kind && t == text && s.as_deref() == Some(speaker))
}

/// No quote-mark quotation (direct or partial) holds `text`.
fn absent(qs: &[(QuoteKind, String, Option<String>)], text: &str) -> bool {
    !qs.iter()
        .any(|(k, t, _)| *k != QuoteKind::Indirect && t.contains(text))
}

#[test]
fn wire_story_split_quotes_and_reported_speech() {
    let qs = extract("ap.txt");
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "We are not there yet,",
            "Jerome Powell"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "and we will keep watching the data.",
            "Jerome Powell"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "the administration was “encouraged” by the data",
            "Janet Yellen"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "wage growth had been healthy",
            "Janet Yellen"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Partial,
            "a gift to Wall Street.",
            "Elizabeth Warren"
        ),
        "{qs:#?}"
    );
    assert!(
        absent(&qs, "The Price of Time"),
        "a book title is not speech: {qs:#?}"
    );
}

#[test]
fn british_single_quotes_and_apposed_names() {
    let qs = extract("bbc.txt");
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "We are absolutely determined to stop the boats,",
            "James Cleverly"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Partial,
            "yet another gimmick",
            "Yvette Cooper"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "They deserve protection.",
            "spokeswoman for the UNHCR"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "I'm confident it will make a real difference.",
            "Rishi Sunak"
        ),
        "{qs:#?}"
    );
}

#[test]
fn institutions_and_family_name_first() {
    let qs = extract("reuters.txt");
    assert!(
        has(&qs, QuoteKind::Partial, "seriously undermining", "China"),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "We urge the U.S. to stop arming Taiwan,",
            "Mao Ning"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "The Chinese Communist Party's military threats against Taiwan have never ceased,",
            "Taiwan's defence ministry"
        ),
        "`the ministry` is the ministry named before: {qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "Taiwan would not bow to pressure",
            "Lai Ching-te"
        ),
        "{qs:#?}"
    );
}

#[test]
fn multi_paragraph_quotes_titles_and_pronouns() {
    let qs = extract("guardian.txt");
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "Nobody should have to wait a decade for a home.",
            "Angela Rayner"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "This is personal for me,",
            "Angela Rayner"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "they had not been consulted",
            "residents of the estate"
        ),
        "{qs:#?}"
    );
    assert!(
        absent(&qs, "Not Your Average Politician"),
        "a memoir's title is not speech: {qs:#?}"
    );
}

#[test]
fn scare_quotes_names_and_unknown_occupations() {
    let qs = extract("tricky.txt");
    assert!(
        absent(&qs, "storm of the century"),
        "`so-called` marks a scare quote: {qs:#?}"
    );
    assert!(
        absent(&qs, "Safe Streets Act"),
        "`known as` introduces a name: {qs:#?}"
    );
    assert!(
        has(&qs, QuoteKind::Indirect, "the worst was over", "Jane Doe"),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "flooding could continue through Tuesday",
            "Jane Doe"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "We can't keep doing this,",
            "firefighter"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "the election was \"rigged\"",
            "Trump"
        ),
        "{qs:#?}"
    );
    assert!(
        !qs.iter().any(|(_, t, _)| t.contains("Nous sommes")),
        "French is not read with English rules: {qs:#?}"
    );
}

#[test]
fn common_attribution_patterns() {
    let qs = extract("patterns.txt");
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "We have the votes,",
            "Chuck Schumer"
        ),
        "party code after the name: {qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Direct,
            "And we will use them.",
            "Chuck Schumer"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "the suspect fled on foot",
            "police"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "The suspect fled on foot",
            "police"
        ),
        "{qs:#?}"
    );
    assert!(
        has(&qs, QuoteKind::Indirect, "it would appeal", "company"),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "it had opened an investigation into the deal",
            "European Commission"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "it could take months",
            "European Commission"
        ),
        "{qs:#?}"
    );
    assert!(
        has(
            &qs,
            QuoteKind::Indirect,
            "the data were preliminary",
            "Anna Ruiz"
        ),
        "{qs:#?}"
    );
    assert!(
        has(&qs, QuoteKind::Partial, "witch hunt.", "Trump"),
        "{qs:#?}"
    );
    // Beliefs, expectations and refusals report nothing.
    for not_reported in [
        "the economy is weak",
        "the vote to pass",
        "respond to a request",
    ] {
        assert!(
            !qs.iter().any(|(_, t, _)| t.contains(not_reported)),
            "{not_reported}: {qs:#?}"
        );
    }
}
