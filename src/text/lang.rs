//! Paragraph language detection, by script and by the letters and words that tell
//! languages sharing a script apart. Small on purpose: news paragraphs are long enough
//! for these signals, and a statistical model would cost the bundle hundreds of KB.

use serde::Serialize;

use super::unicode::lowercase_str;

/// A language Dossier can tell apart. Stemming and stop words follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Lang {
    English,
    Russian,
    Ukrainian,
    /// Too short or in a script Dossier has no rules for.
    Unknown,
}

impl Lang {
    /// ISO 639-1 code, as used in URLs and the `lang:` search filter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Russian => "ru",
            Lang::Ukrainian => "uk",
            Lang::Unknown => "und",
        }
    }

    /// Human-readable name (in English) for the UI.
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Russian => "Russian",
            Lang::Ukrainian => "Ukrainian",
            Lang::Unknown => "unknown",
        }
    }

    /// Parses an ISO code or an English name, case-insensitively.
    pub fn from_code(s: &str) -> Option<Lang> {
        match lowercase_str(s.trim()).as_str() {
            "en" | "eng" | "english" => Some(Lang::English),
            "ru" | "rus" | "russian" => Some(Lang::Russian),
            "uk" | "ukr" | "ukrainian" => Some(Lang::Ukrainian),
            "und" | "unknown" => Some(Lang::Unknown),
            _ => None,
        }
    }
}

/// Letters that occur in Ukrainian but not in Russian orthography.
const UKRAINIAN_ONLY: &[char] = &['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'];
/// Letters that occur in Russian but not in Ukrainian orthography.
const RUSSIAN_ONLY: &[char] = &['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'];

/// Detects the language of a paragraph.
///
/// Latin script is taken as English (the only Latin-script language with a stemmer wired
/// in); Cyrillic is split into Ukrainian and Russian by their distinctive letters.
pub fn detect(text: &str) -> Lang {
    let (mut latin, mut cyrillic, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        } else if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
            if UKRAINIAN_ONLY.contains(&c) {
                uk += 1;
            } else if RUSSIAN_ONLY.contains(&c) {
                ru += 1;
            }
        }
    }
    if latin + cyrillic < 3 {
        return Lang::Unknown;
    }
    if latin >= cyrillic {
        Lang::English
    } else if uk > ru {
        Lang::Ukrainian
    } else {
        Lang::Russian
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_paragraph() {
        assert_eq!(
            detect("After two months in which another Russian invasion of Ukraine looked probable"),
            Lang::English
        );
    }

    #[test]
    fn ukrainian_summary_from_the_seed_corpus() {
        assert_eq!(
            detect("Переговори між США і Росією необхідно продовжувати"),
            Lang::Ukrainian
        );
    }

    #[test]
    fn russian_sentence() {
        assert_eq!(
            detect("Мы не будем ждать вечно, сказал Лавров."),
            Lang::Russian
        );
    }

    #[test]
    fn punctuation_only_is_unknown() {
        assert_eq!(detect(". —"), Lang::Unknown);
    }

    #[test]
    fn codes_round_trip() {
        for l in [Lang::English, Lang::Russian, Lang::Ukrainian, Lang::Unknown] {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }
}
