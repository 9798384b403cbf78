//! Look-ups in the Unicode tables that `build.rs` generates (`build/unicode_tables.rs`).
//!
//! The bundle carries them as one compact byte stream (5.2 KB gzip, where the same data as
//! `u32` arrays weighed 12.3 KB); the first look-up decodes it, once, into sorted arrays
//! searched by bisection. Decoding is some ten thousand small numbers and two sorts (by
//! char, and of the composable pairs): about 0.2 ms natively (release build, measured with
//! a throwaway timing loop), once per page load.

use std::sync::OnceLock;

use super::stream::Reader;

include!(concat!(env!("OUT_DIR"), "/unicode_tables.rs"));

/// Bits of a packed range that hold its length minus one: a range is one `u32`,
/// `first code point << LEN_BITS | (length - 1)` (the generator keeps every range within
/// 2,048 chars).
const LEN_BITS: u32 = 11;

/// The mark the generator counts the second half of a decomposition from (U+0300).
const FIRST_MARK: u32 = 0x300;

/// The decoded tables.
struct Tables {
    /// Runs of code points with one non-zero canonical combining class (packed ranges).
    class_ranges: Vec<u32>,
    /// The canonical combining class of each run in `class_ranges`.
    class_values: Vec<u8>,
    /// The combining marks (General Category M) with no combining class, as packed
    /// ranges that may also hold chars with one.
    mark_ranges: Vec<u32>,
    /// The chars with no combining class whose NFC quick check is not "yes", as packed
    /// ranges that may also hold chars with one.
    nfc_unstable_ranges: Vec<u32>,
    /// Chars with a canonical decomposition, ascending.
    decomposed: Vec<u32>,
    /// First char of each decomposition in `decomposed` (itself possibly decomposable).
    first: Vec<u32>,
    /// Second char of each decomposition in `decomposed`, or 0 for a one-char one.
    second: Vec<u32>,
    /// Indices into `decomposed` of the primary composites, ordered by (first, second):
    /// the pairs NFC composes.
    compositions: Vec<u16>,
}

/// The tables, decoded at first use.
fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| decode(&NORMALIZATION))
}

/// Decodes the stream `build/unicode_tables.rs` writes, section by section in its order.
fn decode(bytes: &[u8]) -> Tables {
    let mut r = Reader::new(bytes);
    let class_ranges = read_ranges(&mut r);
    let class_values = class_ranges
        .iter()
        .map(|_| u8::try_from(r.uint()).unwrap_or(0))
        .collect();
    let mark_ranges = read_ranges(&mut r);
    let nfc_unstable_ranges = read_ranges(&mut r);

    // Pairs, then singletons; each list ascending by char.
    let mut entries: Vec<Entry> = Vec::new();
    read_chars_and_firsts(&mut r, &mut entries, true);
    for e in &mut entries {
        e.2 = r.uint().wrapping_add(FIRST_MARK);
    }
    let mut excluded = 0usize;
    for _ in 0..r.count() {
        excluded = excluded.saturating_add(usize::try_from(r.uint()).unwrap_or(usize::MAX));
        if let Some(e) = entries.get_mut(excluded) {
            e.3 = false;
        }
    }
    read_chars_and_firsts(&mut r, &mut entries, false);
    // The crate's one shared sort, for both sorts here: `sort_unstable` would add a 4 KB
    // copy of std's sort to the bundle, and even a merge of the two ascending lists costs
    // more bytes than this call (0.5 KB gzip, measured) for 30 us saved.
    crate::sort::sort_by_key(&mut entries, |e| e.0);

    let mut compositions: Vec<u16> = (0..entries.len())
        .filter(|&i| entries[i].3)
        .filter_map(|i| u16::try_from(i).ok())
        .collect();
    crate::sort::sort_by_key(&mut compositions, |&i| {
        let e = entries[usize::from(i)];
        (e.1, e.2)
    });
    Tables {
        class_ranges,
        class_values,
        mark_ranges,
        nfc_unstable_ranges,
        decomposed: entries.iter().map(|e| e.0).collect(),
        first: entries.iter().map(|e| e.1).collect(),
        second: entries.iter().map(|e| e.2).collect(),
        compositions,
    }
}

/// One decomposition as decoded: (char, first, second or 0, whether NFC composes it).
type Entry = (u32, u32, u32, bool);

/// Reads one list's count, chars (gaps) and first chars (steps), as `chars_and_firsts` in
/// `build/unicode_tables.rs` writes them, and appends its entries (second char 0 for now,
/// `composes` as given).
fn read_chars_and_firsts(r: &mut Reader, entries: &mut Vec<Entry>, composes: bool) {
    let n = r.count();
    let start = entries.len();
    let mut key = 0u32;
    for _ in 0..n {
        key = key.wrapping_add(r.uint());
        entries.push((key, 0, 0, composes));
    }
    let mut first = 0u32;
    for e in &mut entries[start..] {
        first = r.step(first);
        e.1 = first;
    }
}

/// Reads a list of ranges (count, then gap since the last one's end and length minus one
/// each) into packed ranges.
fn read_ranges(r: &mut Reader) -> Vec<u32> {
    let n = r.count();
    let mut out = Vec::with_capacity(n);
    let mut next = 0u32;
    for _ in 0..n {
        let first = next.wrapping_add(r.uint());
        let len_minus_one = r.uint() & ((1 << LEN_BITS) - 1);
        out.push(first << LEN_BITS | len_minus_one);
        next = first.wrapping_add(len_minus_one).wrapping_add(1);
    }
    out
}

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
    let t = tables();
    find_range(&t.class_ranges, c).map_or(0, |i| t.class_values[i])
}

/// Whether `c` is a combining mark (General Category M: Mn, Mc or Me).
pub(crate) fn is_combining_mark(c: char) -> bool {
    // Every char with a combining class is a mark (the generator checks it).
    c >= '\u{300}' && (combining_class(c) != 0 || find_range(&tables().mark_ranges, c).is_some())
}

/// Whether a text made only of chars for which this is false is certainly in NFC: true
/// for chars with a combining class (they may reorder) and those whose NFC quick check is
/// not "yes".
pub(crate) fn may_change_under_nfc(c: char) -> bool {
    c >= '\u{300}'
        && (combining_class(c) != 0 || find_range(&tables().nfc_unstable_ranges, c).is_some())
}

/// The canonical decomposition of `c` one level deep: `(first, second)`, where `first` may
/// decompose further and `second` is `None` for a one-char (singleton) decomposition.
/// `None` when `c` has no canonical decomposition (Hangul syllables are arithmetic: see
/// `normal_form`).
pub(crate) fn decomposition(c: char) -> Option<(char, Option<char>)> {
    if c < '\u{C0}' {
        return None;
    }
    let t = tables();
    let i = t.decomposed.binary_search(&u32::from(c)).ok()?;
    let first = char::from_u32(t.first[i])?;
    Some((first, char::from_u32(t.second[i]).filter(|&s| s != '\0')))
}

/// The primary composite of `first` followed by `second`, if NFC composes them.
pub(crate) fn composition(first: char, second: char) -> Option<char> {
    let t = tables();
    let key = (u32::from(first), u32::from(second));
    let i = t
        .compositions
        .binary_search_by_key(&key, |&i| {
            let i = usize::from(i);
            (t.first[i], t.second[i])
        })
        .ok()?;
    char::from_u32(t.decomposed[usize::from(t.compositions[i])])
}

#[cfg(test)]
mod tests {
    use super::super::samples::all_chars;
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, IsNormalized};

    #[test]
    fn every_char_may_change_under_nfc_exactly_as_the_reference_says() {
        for c in all_chars() {
            let reference = canonical_combining_class(c) != 0
                || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes;
            assert_eq!(may_change_under_nfc(c), reference, "{c:?}");
        }
    }

    #[test]
    fn a_range_list_round_trips_through_the_stream() {
        // Written as build/unicode_tables.rs writes it: count, then gap and length - 1.
        let bytes = [2, 0x80, 0x06, 0, 4, 0xFF, 0x0F];
        let mut r = Reader::new(&bytes);
        let ranges = read_ranges(&mut r);
        let unpack = |p: u32| (p >> LEN_BITS, (p >> LEN_BITS) + (p & ((1 << LEN_BITS) - 1)));
        let got: Vec<(u32, u32)> = ranges.into_iter().map(unpack).collect();
        assert_eq!(got, [(0x300, 0x300), (0x305, 0x305 + 2047)]);
    }
}
