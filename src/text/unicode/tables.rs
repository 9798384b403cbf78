//! Look-ups in the Unicode tables that `build.rs` generates (`build/unicode_tables.rs`):
//! sorted arrays searched by bisection, small enough to ship in the wasm bundle.

include!(concat!(env!("OUT_DIR"), "/unicode_tables.rs"));

/// Bits of a packed range that hold its length minus one (see `build/unicode_tables.rs`).
const LEN_BITS: u32 = 11;

/// The index of the packed range in `ranges` that holds `c`, if any.
fn find_range(ranges: &[u32], c: char) -> Option<usize> {
    let cp = u32::from(c);
    // The last range starting at or before `cp`.
    let i = ranges
        .partition_point(|&r| r >> LEN_BITS <= cp)
        .checked_sub(1)?;
    let first = ranges[i] >> LEN_BITS;
    let len_minus_one = ranges[i] & ((1 << LEN_BITS) - 1);
    (cp - first <= len_minus_one).then_some(i)
}

/// The canonical combining class of `c` (0 for starters, which is most chars).
pub(crate) fn combining_class(c: char) -> u8 {
    if c < '\u{300}' {
        return 0;
    }
    find_range(&CLASS_RANGES, c).map_or(0, |i| CLASS_VALUES[i])
}

/// Whether `c` is a combining mark (General Category M: Mn, Mc or Me).
pub(crate) fn is_combining_mark(c: char) -> bool {
    c >= '\u{300}' && find_range(&MARK_RANGES, c).is_some()
}

/// Whether a text made only of chars for which this is false is certainly in NFC.
pub(crate) fn may_change_under_nfc(c: char) -> bool {
    c >= '\u{300}' && find_range(&NFC_UNSTABLE_RANGES, c).is_some()
}

/// The canonical decomposition of `c` one level deep: `(first, second)`, where `first` may
/// decompose further and `second` is `None` for a one-char (singleton) decomposition.
/// `None` when `c` has no canonical decomposition (Hangul syllables are arithmetic: see
/// `normal_form`).
pub(crate) fn decomposition(c: char) -> Option<(char, Option<char>)> {
    if c < '\u{C0}' {
        return None;
    }
    let i = DECOMPOSED.binary_search(&u32::from(c)).ok()?;
    let first = char::from_u32(DECOMPOSITION_FIRST[i])?;
    Some((
        first,
        char::from_u32(DECOMPOSITION_SECOND[i]).filter(|&s| s != '\0'),
    ))
}

/// The primary composite of `first` followed by `second`, if NFC composes them.
pub(crate) fn composition(first: char, second: char) -> Option<char> {
    let key = (u32::from(first), u32::from(second));
    let i = COMPOSITIONS
        .binary_search_by_key(&key, |&i| {
            let i = usize::from(i);
            (DECOMPOSITION_FIRST[i], DECOMPOSITION_SECOND[i])
        })
        .ok()?;
    char::from_u32(DECOMPOSED[usize::from(COMPOSITIONS[i])])
}
