//! Quote extraction never panics and never reports a span outside its text, whatever the
//! input: random text, and random mixes of quote marks, apostrophes and punctuation.

use dossier::corpus::{self, SourceFile};
use dossier::quotes::QuoteBook;
use proptest::prelude::*;

/// Extracts the quotes of `text` as one article and checks every span.
fn check(text: &str) {
    let ingest = corpus::ingest(
        vec![SourceFile {
            name: "fuzz.txt".into(),
            bytes: text.as_bytes().to_vec(),
        }],
        None,
    );
    let articles = &ingest.corpus.articles;
    let book = QuoteBook::build(articles, &[("Canonical Name".into(), vec!["Alias".into()])]);
    for q in book.quotes() {
        let a = &articles[q.article];
        let para = &a.paragraphs[q.paragraph].text;
        assert_eq!(para.get(q.clean.clone()), Some(q.text.as_str()));
        assert!(
            a.raw.get(q.raw.clone()).is_some(),
            "raw span {:?} in {:?}",
            q.raw,
            a.raw
        );
        assert!(!q.text.is_empty());
        if let Some(s) = q.speaker {
            assert!(book.speaker(s).is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn quote_marks_and_punctuation(text in "[“”\"'‘’«»„‚‹› a-zA-Z.,:;!?—–…\\-\n\u{a0}]{0,400}") {
        check(&text);
    }

    #[test]
    fn news_words_in_random_order(words in prop::collection::vec(
        prop::sample::select(vec![
            "said", "Mr.", "Lavrov", "he", "she", "“", "”", "\"", "'", "according", "to", "that",
            "the", "officials", "U.S.", ",", ".", "\n\n", "told", "reporters", "urged", "as",
            "warned", "Kremlin", "spokesman", "Dmitry", "Peskov", "who", "adding", "—", "(", ")",
            "[said](#)", "in", "on", "Friday", "if", "would", "not", "described", "a",
        ]),
        0..120,
    )) {
        check(&words.join(" "));
    }
}

#[test]
fn a_huge_paragraph_of_marks_and_attributions_is_handled() {
    // One 1.5 MB paragraph: thousands of quotes, attributions and stray marks, no line break.
    let unit = "“We will not wait,” Mr. Lavrov said. Officials said “talks failed and he said ";
    let text: String = std::iter::repeat_n(unit, 20_000).collect();
    check(&text);
    let ingest = corpus::ingest(
        vec![SourceFile {
            name: "huge.txt".into(),
            bytes: text.into_bytes(),
        }],
        None,
    );
    let book = QuoteBook::build(&ingest.corpus.articles, &[]);
    assert!(!book.quotes().is_empty());
}
