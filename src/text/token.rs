//! Tokenisation: the words of a text, each with its byte range in that text.
//!
//! Words follow the Unicode word-boundary rules (UAX #29, through `unicode-segmentation`),
//! which already keep `Russia’s`, `Russia's`, `don’t` and `U.S` whole while splitting
//! `NATO-Russia` and `false-flag` at the hyphen. Only segments that contain a letter or a
//! digit are words; punctuation, spaces and symbols are not.
//!
//! Positions are what phrases are matched on: the n-th word of a text has position n,
//! whatever it is (stop words included), so re-tokenising a paragraph always finds the
//! same word at the same position.

use unicode_segmentation::UnicodeSegmentation;

use super::normalize::fold_into;
use super::stem::{stem_lang_for, StemLang};
use crate::text::lang::Lang;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the word's first byte in the text it came from.
    pub start: usize,
    /// Byte offset just past the word's last byte.
    pub end: usize,
    /// The folded surface form (see [`crate::text::normalize::fold`]), not stemmed.
    pub folded: String,
    /// The search term: the folded form stemmed by the word's language.
    pub term: String,
}

/// The words of `text` in order, as `(byte offset, word)` pairs; the n-th item is the word
/// at position n.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    text.unicode_word_indices()
}

/// The byte ranges of the words of `text`, in order (position n is item n).
pub fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    words(text).map(|(s, w)| (s, s + w.len()))
}

/// Tokenises, folds and stems `text`, written in `lang`.
///
/// Each word is stemmed by the language of its own script and the paragraph's language
/// (see [`stem_lang_for`]), so a Cyrillic name inside an English paragraph is stemmed as
/// Russian or Ukrainian, and an English acronym inside a Russian paragraph as English.
pub fn tokenize(text: &str, lang: Lang) -> Vec<Token> {
    words(text)
        .map(|(start, w)| {
            let mut folded = String::with_capacity(w.len());
            fold_into(w, &mut folded);
            let term = stem_lang_for(&folded, lang).stem(&folded).into_owned();
            Token {
                start,
                end: start + w.len(),
                folded,
                term,
            }
        })
        .collect()
}

/// The terms a folded query word may have been indexed under, since a query has no
/// language: one stem per plausible stemmer (a Cyrillic word may be Russian or
/// Ukrainian), deduplicated.
pub fn query_terms(folded_word: &str) -> Vec<String> {
    let mut out: Vec<String> = StemLang::for_query(folded_word)
        .iter()
        .map(|l| l.stem(folded_word).into_owned())
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, lang: Lang) -> Vec<String> {
        tokenize(text, lang).into_iter().map(|t| t.term).collect()
    }

    fn surface(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn curly_and_straight_apostrophes_give_the_same_term() {
        // Seed 001: "a senior Biden administration official looked at Russia’s military pressure".
        assert_eq!(
            terms("Russia’s military pressure", Lang::English),
            terms("Russia's military pressure", Lang::English)
        );
        assert_eq!(terms("Russia’s", Lang::English), vec!["russia"]);
    }

    #[test]
    fn apostrophe_keeps_contractions_whole() {
        assert_eq!(
            surface("they still don’t know which path Moscow will take"),
            ["they", "still", "don’t", "know", "which", "path", "Moscow", "will", "take"]
        );
    }

    #[test]
    fn hyphens_split_words() {
        assert_eq!(
            surface("in the NATO-Russia Council on Wednesday"),
            ["in", "the", "NATO", "Russia", "Council", "on", "Wednesday"]
        );
    }

    #[test]
    fn byte_ranges_point_into_the_text() {
        let text = "“We will not wait forever,” Mr. Lavrov said.";
        for t in tokenize(text, Lang::English) {
            assert_eq!(
                crate::text::normalize::fold(&text[t.start..t.end]),
                t.folded
            );
        }
        let lavrov = tokenize(text, Lang::English)
            .into_iter()
            .find(|t| t.term == "lavrov")
            .map(|t| &text[t.start..t.end]);
        assert_eq!(lavrov, Some("Lavrov"));
    }

    #[test]
    fn cyrillic_words_are_tokenised_and_stemmed() {
        // Seed 000's Ukrainian title.
        let t = terms(
            "Переговори між США і Росією необхідно продовжувати",
            Lang::Ukrainian,
        );
        assert_eq!(t.len(), 7);
        assert_eq!(t[0], terms("переговорів", Lang::Ukrainian)[0]);
    }

    #[test]
    fn mixed_scripts_are_stemmed_by_their_own_script() {
        // An English paragraph quoting a Russian word, and a Russian one naming NATO.
        let en = terms("Lavrov said «переговоры» were over", Lang::English);
        assert_eq!(en[1], "said");
        assert_eq!(en[2], terms("переговоры", Lang::Russian)[0]);
        let ru = terms("Расширение NATO talks", Lang::Russian);
        assert_eq!(ru[2], "talk");
    }

    #[test]
    fn punctuation_and_symbols_are_not_words() {
        assert_eq!(surface("— … , “ ” $ %"), Vec::<&str>::new());
        assert_eq!(surface("\\$300 million"), ["300", "million"]);
    }

    #[test]
    fn query_terms_cover_both_cyrillic_languages() {
        // "переговори" is Ukrainian, "переговоры" Russian: a query word of either
        // spelling yields the stems it would have in either language.
        assert!(!query_terms("лавров").is_empty());
        assert_eq!(query_terms("russia's"), vec!["russia".to_string()]);
    }
}
