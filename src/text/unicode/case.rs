//! Lower case, char by char, exactly as `char::to_lowercase` maps it, over a compact table
//! generated at build time (`build/unicode_tables.rs`).
//!
//! Why not `char::to_lowercase`: it links the standard library's case table (11.7 KB,
//! 4.4 KB gzip, in the wasm bundle) and `str::to_lowercase` adds 4 KB of code and the
//! tables of its final-sigma rule. Here the same mapping is a few hundred runs ("from
//! U+0410, 32 chars, each + 32"), about 1 KB, decoded once at first use; the tests compare
//! it with `char::to_lowercase` for every char.

use std::sync::OnceLock;

use super::stream::Reader;

include!(concat!(env!("OUT_DIR"), "/lowercase_tables.rs"));

/// The lower case of `c`: the chars `c.to_lowercase()` yields, for every char.
pub(crate) fn lowercase(c: char) -> Lowercase {
    if c.is_ascii() {
        return Lowercase::One(Some(c.to_ascii_lowercase()));
    }
    if let Ok(i) = LOWERCASE_EXPANSIONS.binary_search_by_key(&c, |&(k, _)| k) {
        return Lowercase::Many(LOWERCASE_EXPANSIONS[i].1.chars());
    }
    Lowercase::One(Some(lower_one(c)))
}

/// `text` with every char replaced by its [`lowercase`].
///
/// Unlike `str::to_lowercase`, a capital sigma becomes `σ` everywhere, never the final
/// `ς` at the end of a word: the mapping is the same char by char whatever the context,
/// which is what comparing words needs ("ΟΔΟΣ" and "οδοσ" meet), and it spares the bundle
/// the tables that rule looks up.
pub(crate) fn lowercase_str(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().flat_map(lowercase));
    out
}

/// The chars of one char's lower case (returned by [`lowercase`]).
#[derive(Clone, Debug)]
pub(crate) enum Lowercase {
    /// One char (the char itself when it has no lower case), then nothing.
    One(Option<char>),
    /// More than one char (`İ` → `i` + U+0307).
    Many(std::str::Chars<'static>),
}

impl Iterator for Lowercase {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            Lowercase::One(c) => c.take(),
            Lowercase::Many(chars) => chars.next(),
        }
    }
}

/// A run of chars with a one-char lower case the same step away: `first`, `first + stride`,
/// … up to `last`.
struct Run {
    first: u32,
    last: u32,
    stride: u32,
    step: i32,
}

/// The one-char lower case of `c` (`c` itself when it has none).
fn lower_one(c: char) -> char {
    let runs = runs();
    let cp = u32::from(c);
    // Runs never overlap, so only the last one starting at or before `c` can hold it.
    let Some(run) = runs
        .partition_point(|r| r.first <= cp)
        .checked_sub(1)
        .map(|i| &runs[i])
    else {
        return c;
    };
    if cp > run.last || (cp - run.first) % run.stride != 0 {
        return c;
    }
    char::from_u32(cp.wrapping_add_signed(run.step)).unwrap_or(c)
}

/// The runs, decoded at first use from the stream `build/unicode_tables.rs` writes.
fn runs() -> &'static [Run] {
    static RUNS: OnceLock<Vec<Run>> = OnceLock::new();
    RUNS.get_or_init(|| decode(&LOWERCASE))
}

/// Reads the three columns (gaps, shapes, steps; see `generate_lowercase` in
/// `build/unicode_tables.rs`) and puts each run back together.
fn decode(bytes: &[u8]) -> Vec<Run> {
    let mut r = Reader::new(bytes);
    let n = r.count();
    let gaps: Vec<u32> = (0..n).map(|_| r.uint()).collect();
    let shapes: Vec<u32> = (0..n).map(|_| r.uint()).collect();
    let mut runs = Vec::with_capacity(n);
    let mut next = 0u32;
    for (gap, shape) in gaps.into_iter().zip(shapes) {
        let first = next.wrapping_add(gap);
        let stride = 1 + (shape & 1);
        let last = first.wrapping_add((shape >> 1).wrapping_mul(stride));
        runs.push(Run {
            first,
            last,
            stride,
            step: r.int(),
        });
        next = last.wrapping_add(1);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::super::samples::all_chars;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_char_lowers_like_the_standard_library() {
        for c in all_chars() {
            assert!(lowercase(c).eq(c.to_lowercase()), "{c:?}");
        }
    }

    #[test]
    fn names_from_the_seed_corpus_lower() {
        assert_eq!(lowercase_str("ZELENSKYY"), "zelenskyy");
        assert_eq!(lowercase_str("Київ ЛАВРОВ"), "київ лавров");
        assert_eq!(lowercase_str("ŁUKASZ Ǆ"), "łukasz ǆ");
    }

    #[test]
    fn dotted_capital_i_lowers_to_two_chars() {
        assert_eq!(lowercase('İ').collect::<String>(), "i\u{307}");
        assert_eq!(lowercase_str("İSTANBUL"), "i\u{307}stanbul");
    }

    #[test]
    fn capital_sigma_is_small_sigma_even_at_a_word_end() {
        // `str::to_lowercase` would give "οδος" (final sigma); the char mapping does not.
        assert_eq!(lowercase_str("ΟΔΟΣ"), "οδοσ");
        assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
    }

    #[test]
    fn a_text_lowers_char_by_char() {
        let text: String = all_chars().filter(|c| !c.is_ascii()).step_by(7).collect();
        let by_char: String = text.chars().flat_map(char::to_lowercase).collect();
        assert_eq!(lowercase_str(&text), by_char);
    }

    proptest! {
        #[test]
        fn any_bytes_decode_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let runs = decode(&bytes);
            prop_assert!(runs.len() <= bytes.len());
        }
    }
}
