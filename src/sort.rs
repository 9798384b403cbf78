//! One stable sort for the whole crate, compiled once.
//!
//! `slice::sort_by` is generic: every call with its own element type or comparison gets its
//! own copy of the standard library's sort (driftsort, about 4 KB of wasm per copy; the app
//! had 23 of them). Here the algorithm runs once, on indices, behind a `dyn` comparison;
//! only the final reordering is generic, and it is a few instructions.
//!
//! The result is exactly `slice::sort_by`'s: both sorts are stable, and a stable sort's
//! output is determined by the comparison alone. Use these where the bundle size matters
//! more than the last nanosecond (sorting is a tiny share of any search or page).

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`, like [`slice::sort_by`].
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    reorder(v, order);
}

/// Sorts `v` stably by `key`, like [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order, like [`slice::sort`].
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Short runs sorted by insertion before merging.
const RUN: usize = 16;

/// The positions `0..len` in sorted order (`order[k]` = where the `k`-th smallest is now),
/// by a bottom-up merge sort; equal elements keep their order.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    for start in (0..len).step_by(RUN) {
        let end = (start + RUN).min(len);
        for i in start + 1..end {
            let mut j = i;
            while j > start && compare(order[j - 1], order[j]) == Ordering::Greater {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut merged = vec![0; len];
    let mut width = RUN;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            merge(
                &order[start..mid],
                &order[mid..end],
                &mut merged[start..end],
                compare,
            );
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`, taking from the left on ties (stability).
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left =
            j == right.len() || (i < left.len() && compare(left[i], right[j]) != Ordering::Greater);
        if take_left {
            *slot = left[i];
            i += 1;
        } else {
            *slot = right[j];
            j += 1;
        }
    }
}

/// Moves `v[order[k]]` to position `k` for every `k`, following each cycle of the
/// permutation with swaps (`order` marks finished positions with themselves).
fn reorder<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != start && order[at] != at {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        // Outlets sorted by quote count: ties stay in the order they came.
        let mut outlets = vec![("CGTN", 2), ("Newsweek", 5), ("Kyiv Post", 2), ("NI", 5)];
        sort_by_key(&mut outlets, |o| std::cmp::Reverse(o.1));
        assert_eq!(
            outlets,
            [("Newsweek", 5), ("NI", 5), ("CGTN", 2), ("Kyiv Post", 2)]
        );
    }

    #[test]
    fn empty_and_single_slices_are_sorted() {
        let mut none: Vec<u8> = vec![];
        sort(&mut none);
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    proptest! {
        #[test]
        fn sorts_exactly_like_the_standard_stable_sort(
            v in prop::collection::vec((0u8..6, any::<u16>()), 0..300)
        ) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            // Only the first field is compared, so stability shows in the second.
            sort_by_key(&mut ours, |a| a.0);
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn sorts_whole_values_like_the_standard_sort(v in prop::collection::vec(any::<i32>(), 0..100)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort(&mut ours);
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
