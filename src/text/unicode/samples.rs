//! Test inputs for comparing the text fold and the normal forms with
//! `unicode-normalization` (the reference): every char, every char followed by a combining
//! mark, the NFD form of every char, and random strings built from the chars where
//! normalisation does something.

use proptest::prelude::*;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Every Unicode scalar value.
pub(crate) fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFF_u32).filter_map(char::from_u32)
}

/// Chars whose behaviour under normalisation is not that of a plain starter: those that
/// decompose, have a combining class or are marks, plus every char below U+3000 (all the
/// alphabetic scripts, whatever their composition pairs).
pub(crate) fn eventful_chars() -> Vec<char> {
    all_chars()
        .filter(|&c| {
            c < '\u{3000}'
                || canonical_combining_class(c) != 0
                || is_combining_mark(c)
                || c.nfd().ne(std::iter::once(c))
        })
        .collect()
}

/// Every char as a one-char text, calling `check` with each.
pub(crate) fn for_each_char(mut check: impl FnMut(&str)) {
    let mut text = String::new();
    for c in all_chars() {
        text.clear();
        text.push(c);
        check(&text);
    }
}

/// Each of `chars` followed by each combining diacritical mark (U+0300..U+036F), calling
/// `check` with the two-char text.
pub(crate) fn for_each_with_mark(chars: &[char], mut check: impl FnMut(&str)) {
    let mut text = String::new();
    for &c in chars {
        for m in '\u{300}'..='\u{36F}' {
            text.clear();
            text.push(c);
            text.push(m);
            check(&text);
        }
    }
}

/// The NFD form of every char that has one different from itself.
pub(crate) fn nfd_forms() -> impl Iterator<Item = String> {
    all_chars().filter_map(|c| {
        let d: String = c.nfd().collect();
        (d != c.to_string()).then_some(d)
    })
}

/// Random short texts mixing letters, composites, marks in any order, Hangul jamo and
/// punctuation: the inputs where composition, reordering and blocking interact.
pub(crate) fn texts() -> impl Strategy<Value = String> {
    let pieces: Vec<char> = vec![
        'a',
        'A',
        'e',
        'o',
        'u',
        'I',
        'i',
        'K',
        'ʒ',
        'ø',
        'Å',
        'é',
        'ǖ',
        'ụ',
        'ß',
        'İ',
        '\u{212B}',
        '\u{212A}',
        '\u{2126}',
        'α',
        'ά',
        'ἀ',
        'ᾳ',
        'Ω',
        'и',
        'е',
        'Й',
        'ї',
        'у',
        'א',
        'ש',
        '\u{FB2C}',
        'ا',
        'か',
        'ゝ',
        '\u{3099}',
        'ᄀ',
        'ᅡ',
        'ᆨ',
        '가',
        '각',
        '=',
        '<',
        '豈',
        '\u{F900}',
        '\u{2F800}',
        'क',
        '\u{93C}',
        '\u{94D}',
        'ो',
        'ୋ',
        '\u{B3E}',
        '\u{B47}',
        '\u{300}',
        '\u{301}',
        '\u{302}',
        '\u{306}',
        '\u{308}',
        '\u{30A}',
        '\u{30C}',
        '\u{313}',
        '\u{323}',
        '\u{327}',
        '\u{328}',
        '\u{338}',
        '\u{342}',
        '\u{344}',
        '\u{345}',
        '\u{5B7}',
        '\u{5BC}',
        '\u{5C1}',
        '\u{653}',
        '\u{1D165}',
        '\u{1D158}',
        ' ',
        '\'',
        '\u{2019}',
        '"',
        '\u{201C}',
        '.',
        '1',
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}
