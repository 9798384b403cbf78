//! Comparing names across spellings: transliteration variants (`Sergei` / `Sergey`,
//! `Zelensky` / `Zelenskyy`, `Aleksandr` / `Alexander`), accents, dots and case.

use crate::text::unicode::{lowercase, nfd};

/// Lowercase, without accents, keeping letters and digits only (`U.S.` → `us`).
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Most names are ASCII: no decomposition needed.
        return s
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    nfd(s)
        .into_iter()
        .filter(|c| c.is_alphanumeric())
        .flat_map(lowercase)
        .collect()
}

/// A key that is equal for common romanisation variants of one name: `y`/`j` read as `i`,
/// `ks` as `x`, `kh` as `h`, `ph` as `f`, `w` as `v`, doubled letters once.
pub(crate) fn translit_key(s: &str) -> String {
    let f = fold(s);
    let f = f.replace("ks", "x").replace("kh", "h").replace("ph", "f");
    let mut out = String::with_capacity(f.len());
    for c in f.chars() {
        let c = match c {
            'y' | 'j' => 'i',
            'w' => 'v',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Levenshtein distance, stopping early once it exceeds `limit`.
fn distance_within(a: &str, b: &str, limit: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return false;
        }
        prev = cur;
    }
    prev.last().is_some_and(|&d| d <= limit)
}

/// Whether two name parts are spellings of one name: equal keys, or (for parts of five
/// letters or more) keys one edit apart.
pub(crate) fn similar(a: &str, b: &str) -> bool {
    let (ka, kb) = (translit_key(a), translit_key(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    ka == kb || (ka.len().min(kb.len()) >= 5 && distance_within(&ka, &kb, 1))
}

/// Whether two lists of given names can belong to one person: either is empty, or their
/// first names are spellings of one name, or one is the other's initial.
pub(crate) fn given_compatible(a: &[String], b: &[String]) -> bool {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) => {
            let (fx, fy) = (fold(x), fold(y));
            let initial =
                |short: &str, long: &str| short.chars().count() == 1 && long.starts_with(short);
            similar(x, y) || initial(&fx, &fy) || initial(&fy, &fx)
        }
        _ => true,
    }
}

/// The identity key of a group name: case, dots and spacing ignored (`US officials` and
/// `U.S. officials` are one group).
pub(crate) fn group_key(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::unicode::samples::{
        eventful_chars, for_each_char, for_each_with_mark, nfd_forms, texts,
    };
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// `fold` as it was on `unicode-normalization`, the reference for the identity tests.
    fn reference_fold(s: &str) -> String {
        if s.is_ascii() {
            return s
                .bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase()))
                .collect();
        }
        s.nfd()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }

    fn same_fold(text: &str) {
        assert_eq!(fold(text), reference_fold(text), "fold of {text:?}");
    }

    #[test]
    fn folds_accents_dots_and_case() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Zelenskyy"), fold("ZELENSKYY"));
        assert_eq!(fold("Sánchez"), "sanchez");
        assert_eq!(fold("Sa\u{301}nchez"), "sanchez");
    }

    #[test]
    fn every_char_folds_like_the_reference() {
        for_each_char(same_fold);
    }

    #[test]
    fn nfd_forms_and_marks_fold_like_the_reference() {
        nfd_forms().for_each(|text| same_fold(&text));
        for_each_with_mark(&eventful_chars(), same_fold);
    }

    proptest! {
        #[test]
        fn random_names_fold_like_the_reference(text in texts()) {
            same_fold(&text);
        }
    }

    #[test]
    fn transliteration_variants_are_similar() {
        assert!(similar("Sergei", "Sergey"));
        assert!(similar("Zelensky", "Zelenskyy"));
        assert!(similar("Aleksandr", "Alexander"));
        assert!(similar("Dmitry", "Dmitri"));
    }

    #[test]
    fn different_names_are_not_similar() {
        assert!(!similar("Jake", "John"));
        assert!(!similar("Lavrov", "Ryabkov"));
        assert!(!given_compatible(&["Jake".into()], &["John".into()]));
    }

    #[test]
    fn an_initial_matches_its_name() {
        assert!(given_compatible(&["J.".into()], &["Joe".into()]));
        assert!(given_compatible(&[], &["Joe".into()]));
    }

    #[test]
    fn group_keys_ignore_dots_and_case() {
        assert_eq!(group_key("US officials"), group_key("U.S. officials"));
        assert_ne!(group_key("Moscow"), group_key("Kremlin"));
    }
}
