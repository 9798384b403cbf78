//! Canonical normal forms (Unicode Standard Annex #15): NFD (decompose, then put
//! combining marks in canonical order) and NFC (NFD, then compose the primary composites
//! back), so that `é` typed as one char and as `e` + U+0301 compare equal.

use super::tables::{combining_class, composition, decomposition, may_change_under_nfc};

// Hangul syllables (de)compose by arithmetic, not tables (Unicode §3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

/// Calls `emit` with each char of the full canonical decomposition of `c`, or with `c`
/// itself when it has none.
pub(crate) fn decompose_canonical(c: char, emit: &mut impl FnMut(char)) {
    let s = u32::from(c).wrapping_sub(S_BASE);
    if s < S_COUNT {
        let jamo = |cp| char::from_u32(cp).unwrap_or(c);
        emit(jamo(L_BASE + s / (V_COUNT * T_COUNT)));
        emit(jamo(V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT));
        if s % T_COUNT != 0 {
            emit(jamo(T_BASE + s % T_COUNT));
        }
        return;
    }
    match decomposition(c) {
        // Only the first char of a pair may decompose further.
        Some((first, second)) => {
            decompose_canonical(first, emit);
            if let Some(second) = second {
                emit(second);
            }
        }
        None => emit(c),
    }
}

/// Whether `text` is certainly in NFC already (the quick check): true for almost all
/// text, so the caller can skip [`nfc`].
pub(crate) fn is_nfc_quick(text: &str) -> bool {
    !text.chars().any(may_change_under_nfc)
}

/// The NFD form of `text`: every char fully decomposed, combining marks in canonical order.
pub(crate) fn nfd(text: &str) -> Vec<char> {
    decomposed(text).into_iter().map(|(c, _)| c).collect()
}

/// The NFC form of `text`: its NFD form with every primary composite composed back.
pub(crate) fn nfc(text: &str) -> Vec<char> {
    let mut out: Vec<(char, u8)> = Vec::with_capacity(text.len());
    // The last starter (class 0) in `out`, which a following char may compose with.
    let mut starter: Option<usize> = None;
    for (c, class) in decomposed(text) {
        if let Some(s) = starter {
            // Blocked when a char between the starter and `c` is a starter or has a
            // class at least as high (marks are in canonical order, so the last one tells).
            let blocked =
                out.len() > s + 1 && out.last().is_some_and(|&(_, k)| k == 0 || k >= class);
            if !blocked {
                if let Some(composite) = compose(out[s].0, c) {
                    out[s].0 = composite;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        out.push((c, class));
    }
    out.into_iter().map(|(c, _)| c).collect()
}

/// The chars of `text` fully decomposed, with their combining classes, marks reordered.
fn decomposed(text: &str) -> Vec<(char, u8)> {
    let mut out: Vec<(char, u8)> = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_canonical(c, &mut |d| {
            let class = combining_class(d);
            out.push((d, class));
            if class == 0 {
                return;
            }
            // Canonical ordering: a stable sort of each run of marks by class.
            let mut i = out.len() - 1;
            while i > 0 && out[i - 1].1 > class {
                out.swap(i - 1, i);
                i -= 1;
            }
        });
    }
    out
}

/// The composite of `first` + `second`: Hangul by arithmetic, the rest from the table.
fn compose(first: char, second: char) -> Option<char> {
    let (a, b) = (u32::from(first), u32::from(second));
    let (l, v, t) = (
        a.wrapping_sub(L_BASE),
        b.wrapping_sub(V_BASE),
        b.wrapping_sub(T_BASE),
    );
    if l < L_COUNT && v < V_COUNT {
        return char::from_u32(S_BASE + (l * V_COUNT + v) * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && t > 0 && t < T_COUNT {
        return char::from_u32(a + t);
    }
    composition(first, second)
}

#[cfg(test)]
mod tests {
    use super::super::samples::{all_chars, eventful_chars, for_each_with_mark, nfd_forms, texts};
    use super::super::tables::is_combining_mark;
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::char as reference;
    use unicode_normalization::UnicodeNormalization;

    /// Both normal forms of `text` agree with the reference crate.
    fn same_forms(text: &str) {
        assert_eq!(nfc(text), text.nfc().collect::<Vec<_>>(), "NFC of {text:?}");
        assert_eq!(nfd(text), text.nfd().collect::<Vec<_>>(), "NFD of {text:?}");
    }

    #[test]
    fn decomposed_cyrillic_short_i_composes() {
        // Seed-corpus names such as "Андрій" may arrive as и + U+0306.
        assert_eq!(nfc("и\u{306}"), vec!['й']);
        assert_eq!(nfd("й"), vec!['и', '\u{306}']);
        assert!(is_nfc_quick("Київ") && !is_nfc_quick("и\u{306}"));
    }

    #[test]
    fn marks_are_put_in_canonical_order_before_composing() {
        // Dot below (class 220) sorts before the acute (230); the acute then still
        // reaches the `a` past it.
        assert_eq!(nfd("a\u{301}\u{323}"), vec!['a', '\u{323}', '\u{301}']);
        assert_eq!(nfc("a\u{301}\u{323}"), vec!['ạ', '\u{301}']);
    }

    #[test]
    fn hangul_composes_by_arithmetic() {
        assert_eq!(nfc("\u{1100}\u{1161}\u{11A8}"), vec!['각']);
        assert_eq!(nfd("각"), vec!['\u{1100}', '\u{1161}', '\u{11A8}']);
    }

    #[test]
    fn every_char_has_the_reference_class_mark_test_and_decomposition() {
        for c in all_chars() {
            assert_eq!(
                super::combining_class(c),
                reference::canonical_combining_class(c),
                "{c:?}"
            );
            assert_eq!(
                is_combining_mark(c),
                reference::is_combining_mark(c),
                "{c:?}"
            );
            let (mut mine, mut theirs) = (Vec::new(), Vec::new());
            decompose_canonical(c, &mut |d| mine.push(d));
            reference::decompose_canonical(c, |d| theirs.push(d));
            assert_eq!(mine, theirs, "{c:?}");
            let text = c.to_string();
            same_forms(&text);
            if is_nfc_quick(&text) {
                assert!(text.nfc().eq(text.chars()), "quick check wrong for {c:?}");
            }
        }
    }

    #[test]
    fn nfd_forms_of_every_char_compose_like_the_reference() {
        for text in nfd_forms() {
            same_forms(&text);
        }
    }

    #[test]
    fn every_char_followed_by_a_mark_normalises_like_the_reference() {
        for_each_with_mark(&eventful_chars(), same_forms);
    }

    proptest! {
        #[test]
        fn random_texts_normalise_like_the_reference(text in texts()) {
            same_forms(&text);
            if is_nfc_quick(&text) {
                prop_assert!(text.nfc().eq(text.chars()));
            }
        }
    }
}
