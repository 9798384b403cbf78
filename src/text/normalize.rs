//! Normalisation of words before they are compared: case fold, Latin diacritics fold,
//! and one spelling for every apostrophe and quote mark.
//!
//! The same fold runs on corpus text at index time and on the user's query, so what a
//! journalist types ("Zelenskyy", "Russia's", "Sánchez") meets what the outlet printed
//! ("ZELENSKYY", "Russia’s", "Sanchez") whatever keyboard either side used.

use super::unicode::{decompose_canonical, is_combining_mark, is_nfc_quick, lowercase, nfc};

/// Folds one word (or any short text) into its search form; see [`fold_into`].
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the search form of `text` to `out`:
///
/// - letters are lower-cased (full Unicode case mapping, so `İ`, `Σ`, `Ж` work);
/// - Latin letters lose their diacritics (`é` → `e`, `ł` → `l`, `ß` → `ss`), because
///   English news spells foreign names with and without them;
/// - Cyrillic letters are kept whole: `й`, `ё` and `ї` are letters of their own, not `и`,
///   `е` and `і` with an accent, so they are never decomposed;
/// - every apostrophe-like mark (`’ ‘ ʼ ′ ＇` and the backtick) becomes `'`, and every
///   double quote mark (`“ ” „ « » ″`) becomes `"`.
///
/// Text in decomposed form (`e` + U+0301) is composed first, so both encodings agree.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        // The hot path at index time: most English words need nothing but lower-casing.
        out.extend(text.bytes().map(|b| fold_ascii(b) as char));
        return;
    }
    if is_nfc_quick(text) {
        fold_chars(text.chars(), out);
    } else {
        fold_chars(nfc(text).into_iter(), out);
    }
}

fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        _ => b.to_ascii_lowercase(),
    }
}

fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    // Whether the last letter pushed was Latin: a stray combining mark after it is a
    // diacritic to drop; after a Cyrillic letter it is kept (NFC already merged the
    // marks that form letters such as `й`).
    let mut after_latin = false;
    for c in chars {
        if is_combining_mark(c) {
            if !after_latin {
                out.push(c);
            }
            continue;
        }
        if let Some(p) = punctuation_fold(c) {
            out.push(p);
            after_latin = false;
            continue;
        }
        for lc in lowercase(c) {
            if is_combining_mark(lc) {
                // The lower case of `İ` is `i` + U+0307: the dot is a diacritic here.
                if !after_latin {
                    out.push(lc);
                }
                continue;
            }
            after_latin = is_latin(lc);
            if after_latin && !lc.is_ascii() {
                push_latin_base(lc, out);
            } else {
                out.push(lc);
            }
        }
    }
}

/// One spelling for apostrophes and for double quotes.
fn punctuation_fold(c: char) -> Option<char> {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}' | '\u{201B}' | '`' => {
            Some('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{FF02}' => Some('"'),
        _ => None,
    }
}

/// Whether `c` belongs to the Latin script (the blocks news text uses).
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c,
            '\u{00C0}'..='\u{00FF}' | '\u{0100}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'
            | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}')
            && c != '\u{00D7}'
            && c != '\u{00F7}'
}

/// Whether `c` belongs to the Cyrillic script.
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

/// Pushes a lower-case Latin letter without its diacritics.
fn push_latin_base(c: char, out: &mut String) {
    // Letters whose "accent" is part of the glyph, so canonical decomposition leaves them.
    let s = match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ŀ' => "l",
        'þ' => "th",
        _ => "",
    };
    if !s.is_empty() {
        out.push_str(s);
        return;
    }
    decompose_canonical(c, &mut |d| {
        if !is_combining_mark(d) {
            out.push(d);
        }
    });
}

/// The fold as it was before `super::unicode` existed, on `unicode-normalization`: the
/// reference the identity tests compare [`fold`] with.
#[cfg(test)]
pub(crate) mod reference {
    use super::{is_latin, punctuation_fold};
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

    /// The search form of `text`, computed the old way.
    pub(crate) fn fold(text: &str) -> String {
        let mut out = String::new();
        if text.is_ascii() {
            out.extend(text.bytes().map(|b| super::fold_ascii(b) as char));
        } else if is_nfc_quick(text.chars()) == IsNormalized::Yes {
            fold_chars(text.chars(), &mut out);
        } else {
            fold_chars(text.nfc(), &mut out);
        }
        out
    }

    fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
        let mut after_latin = false;
        for c in chars {
            if is_combining_mark(c) {
                if !after_latin {
                    out.push(c);
                }
                continue;
            }
            if let Some(p) = punctuation_fold(c) {
                out.push(p);
                after_latin = false;
                continue;
            }
            for lc in c.to_lowercase() {
                if is_combining_mark(lc) {
                    if !after_latin {
                        out.push(lc);
                    }
                    continue;
                }
                after_latin = is_latin(lc);
                if after_latin && !lc.is_ascii() {
                    push_latin_base(lc, out);
                } else {
                    out.push(lc);
                }
            }
        }
    }

    fn push_latin_base(c: char, out: &mut String) {
        let s = match c {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' | 'ð' => "d",
            'ħ' => "h",
            'ı' => "i",
            'ŀ' => "l",
            'þ' => "th",
            _ => "",
        };
        if !s.is_empty() {
            out.push_str(s);
            return;
        }
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::unicode::samples::{
        eventful_chars, for_each_char, for_each_with_mark, nfd_forms, texts,
    };

    #[test]
    fn folds_case() {
        assert_eq!(fold("NATO"), "nato");
        assert_eq!(fold("Лавров"), "лавров");
    }

    #[test]
    fn curly_and_straight_apostrophes_fold_alike() {
        // "Russia’s military pressure on Ukraine" (seed 001) vs a typed query.
        assert_eq!(fold("Russia’s"), fold("Russia's"));
        assert_eq!(fold("Russia‘s"), "russia's");
        assert_eq!(fold("Russiaʼs"), "russia's");
    }

    #[test]
    fn double_quote_marks_fold_alike() {
        assert_eq!(fold("“red lines”"), fold("\"red lines\""));
        assert_eq!(fold("«да»"), "\"да\"");
    }

    #[test]
    fn latin_diacritics_are_removed() {
        assert_eq!(fold("Sánchez"), "sanchez");
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("Łukasz Straße"), "lukasz strasse");
        assert_eq!(fold("Øresund"), "oresund");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        assert_eq!(fold("Sa\u{301}nchez"), "sanchez");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn cyrillic_letters_with_marks_are_kept_whole() {
        assert_eq!(fold("Київ"), "київ");
        assert_eq!(fold("ЙОД"), "йод");
        assert_eq!(fold("Ёлка"), "ёлка");
        // Decomposed й (и + breve) composes to й, not to и.
        assert_eq!(fold("и\u{306}"), "й");
    }

    #[test]
    fn scripts_are_told_apart() {
        assert!(is_latin('é') && is_latin('Z') && !is_latin('×'));
        assert!(is_cyrillic('ї') && !is_cyrillic('i'));
    }

    /// `fold` gives exactly what the `unicode-normalization` fold gave.
    fn same_fold(text: &str) {
        assert_eq!(fold(text), reference::fold(text), "fold of {text:?}");
    }

    #[test]
    fn every_char_folds_like_the_reference() {
        for_each_char(same_fold);
    }

    #[test]
    fn nfd_forms_fold_like_the_reference() {
        nfd_forms().for_each(|text| same_fold(&text));
    }

    #[test]
    fn every_char_followed_by_a_mark_folds_like_the_reference() {
        for_each_with_mark(&eventful_chars(), same_fold);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn random_texts_fold_like_the_reference(text in texts()) {
                same_fold(&text);
            }
        }
    }
}
