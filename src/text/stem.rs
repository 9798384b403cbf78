//! Stemming: reducing inflected words to a shared term, per language.
//!
//! English and Russian use the Snowball stemmers of `rust-stemmers`. Snowball has no
//! Ukrainian stemmer there, so Ukrainian gets a *light* stemmer of our own
//! ([`stem_ukrainian`]): it strips one inflectional ending (case endings of nouns and
//! adjectives, a few verb endings) and never cuts a word below three letters. It merges
//! `Україна / України / Україні / Україною` and `переговори / переговорів / переговорах`,
//! which is what search in a handful of Ukrainian summaries needs; it does not try
//! derivational morphology, so it under-stems rather than over-stems.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use super::normalize::{is_cyrillic, is_latin};
use crate::text::lang::Lang;

/// The stemmer applied to one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StemLang {
    English,
    Russian,
    Ukrainian,
    /// Digits, other scripts: the folded word is the term.
    Verbatim,
}

impl StemLang {
    /// Every stemmer, in a fixed order (index caches are laid out by it).
    pub const ALL: [StemLang; 4] = [
        StemLang::English,
        StemLang::Russian,
        StemLang::Ukrainian,
        StemLang::Verbatim,
    ];

    /// Position of this stemmer in [`StemLang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stems a folded (lower-case) word.
    pub fn stem(self, folded: &str) -> Cow<'_, str> {
        match self {
            StemLang::English => Stemmer::create(Algorithm::English).stem(folded),
            StemLang::Russian => Stemmer::create(Algorithm::Russian).stem(folded),
            StemLang::Ukrainian => stem_ukrainian(folded),
            StemLang::Verbatim => Cow::Borrowed(folded),
        }
    }

    /// The stemmers a query word may have been indexed with. A query has no language,
    /// so a Cyrillic word is looked up under both Russian and Ukrainian stems unless
    /// its letters settle which one it is.
    pub fn for_query(folded: &str) -> &'static [StemLang] {
        match script_of(folded) {
            Script::Latin => &[StemLang::English],
            Script::Cyrillic => match cyrillic_hint(folded) {
                Some(StemLang::Ukrainian) => &[StemLang::Ukrainian],
                Some(_) => &[StemLang::Russian],
                None => &[StemLang::Russian, StemLang::Ukrainian],
            },
            Script::Other => &[StemLang::Verbatim],
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

/// The script of a word: that of its first letter.
fn script_of(word: &str) -> Script {
    for c in word.chars() {
        if is_latin(c) {
            return Script::Latin;
        }
        if is_cyrillic(c) {
            return Script::Cyrillic;
        }
    }
    Script::Other
}

/// Russian or Ukrainian when the word has a letter only one of them uses.
fn cyrillic_hint(word: &str) -> Option<StemLang> {
    for c in word.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' => return Some(StemLang::Ukrainian),
            'ы' | 'э' | 'ъ' | 'ё' => return Some(StemLang::Russian),
            _ => {}
        }
    }
    None
}

/// The stemmer for a folded word found in a paragraph written in `lang`.
///
/// The word's own script decides first (an English acronym in a Russian paragraph is
/// English); a Cyrillic word takes the paragraph's language when that is Russian or
/// Ukrainian, and otherwise its own letters' hint (Russian when they give none).
pub fn stem_lang_for(folded: &str, lang: Lang) -> StemLang {
    match script_of(folded) {
        Script::Latin => StemLang::English,
        Script::Cyrillic => match lang {
            Lang::Russian => StemLang::Russian,
            Lang::Ukrainian => StemLang::Ukrainian,
            _ => cyrillic_hint(folded).unwrap_or(StemLang::Russian),
        },
        Script::Other => StemLang::Verbatim,
    }
}

/// Ukrainian inflectional endings, longest first within each length so the first match
/// is the longest one.
const UK_ENDINGS: &[&str] = &[
    "ього", "ьому", "ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ах", "ях",
    "ам", "ям", "ом", "ем", "єм", "ою", "ею", "єю", "ів", "їв", "ей", "ий", "ій", "ої", "их", "им",
    "ім", "ти", "ть", "ся", "а", "я", "у", "ю", "і", "ї", "и", "о", "е", "є", "ь", "й",
];

/// Letters a Ukrainian stem keeps at least.
const UK_MIN_STEM: usize = 3;

/// Light Ukrainian stemmer: removes the longest known inflectional ending when at least
/// [`UK_MIN_STEM`] letters remain.
pub fn stem_ukrainian(folded: &str) -> Cow<'_, str> {
    let letters = folded.chars().count();
    for ending in UK_ENDINGS {
        if let Some(stem) = folded.strip_suffix(ending) {
            if letters - ending.chars().count() >= UK_MIN_STEM {
                return Cow::Borrowed(stem);
            }
        }
    }
    Cow::Borrowed(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_snowball() {
        assert_eq!(StemLang::English.stem("negotiations"), "negoti");
        assert_eq!(StemLang::English.stem("negotiating"), "negoti");
        assert_eq!(StemLang::English.stem("russia's"), "russia");
    }

    #[test]
    fn russian_is_snowball() {
        assert_eq!(
            StemLang::Russian.stem("переговоры"),
            StemLang::Russian.stem("переговоров")
        );
    }

    #[test]
    fn ukrainian_light_stemmer_merges_case_forms() {
        let forms = ["україна", "україни", "україні", "україну", "україною"];
        for f in forms {
            assert_eq!(stem_ukrainian(f), "україн", "{f}");
        }
        for f in ["росія", "росії", "росією", "росію"] {
            assert_eq!(stem_ukrainian(f), "росі", "{f}");
        }
    }

    #[test]
    fn ukrainian_light_stemmer_keeps_short_words() {
        assert_eq!(stem_ukrainian("між"), "між");
        assert_eq!(stem_ukrainian("сша"), "сша");
    }

    #[test]
    fn word_script_picks_the_stemmer() {
        assert_eq!(stem_lang_for("nato", Lang::Russian), StemLang::English);
        assert_eq!(stem_lang_for("лавров", Lang::English), StemLang::Russian);
        assert_eq!(stem_lang_for("київ", Lang::English), StemLang::Ukrainian);
        assert_eq!(stem_lang_for("2022", Lang::English), StemLang::Verbatim);
    }

    #[test]
    fn query_words_in_cyrillic_try_both_languages() {
        assert_eq!(
            StemLang::for_query("переговори"),
            &[StemLang::Russian, StemLang::Ukrainian]
        );
        assert_eq!(StemLang::for_query("україна"), &[StemLang::Ukrainian]);
        assert_eq!(StemLang::for_query("talks"), &[StemLang::English]);
    }
}
