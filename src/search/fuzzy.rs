//! Edit distance for typo tolerance: Damerau–Levenshtein in its "optimal string
//! alignment" form, where an insertion, a deletion, a substitution or a swap of two
//! adjacent letters each cost one edit (`Lavorv` → `Lavrov` is one edit).

/// The largest distance a correction may have for a query word of `letters` letters:
/// 1, or 2 for words of 8 letters or more. Words under 3 letters are never corrected,
/// because one edit away from a two-letter word is half the dictionary.
pub fn max_edits(letters: usize) -> usize {
    match letters {
        0..=2 => 0,
        3..=7 => 1,
        _ => 2,
    }
}

/// A bit per letter (hashed into 64 bits). One edit changes at most two bits of the
/// set, so `(a ^ b).count_ones() > 2 * k` proves two words are more than `k` edits apart
/// without running the distance: the cheap filter in front of [`distance_within`].
pub fn letter_mask(word: &str) -> u64 {
    word.chars().fold(0, |m, c| m | 1u64 << (c as u32 % 64))
}

/// The OSA distance between `a` and `b` if it is at most `k`, else `None`.
/// Works on characters, so Cyrillic letters count as one edit each.
pub fn distance_within(a: &[char], b: &[char], k: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > k {
        return None;
    }
    let w = b.len() + 1;
    // Three rows of the DP table: two back (for transpositions), previous, current.
    let mut rows = vec![0usize; 3 * w];
    for (j, cell) in rows[w..2 * w].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (older, rest) = rows.split_at_mut(w);
        let (prev, cur) = rest.split_at_mut(w);
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(older[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > k {
            return None;
        }
        // Rotate: older <- prev, prev <- cur (cur is overwritten next round).
        rows.copy_within(w..3 * w, 0);
    }
    let d = rows[w + b.len()];
    (d <= k).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: &str, b: &str, k: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance_within(&a, &b, k)
    }

    #[test]
    fn adjacent_swap_is_one_edit() {
        assert_eq!(dist("lavorv", "lavrov", 2), Some(1));
    }

    #[test]
    fn single_edits() {
        assert_eq!(dist("putn", "putin", 1), Some(1)); // insertion
        assert_eq!(dist("puttin", "putin", 1), Some(1)); // deletion
        assert_eq!(dist("putim", "putin", 1), Some(1)); // substitution
        assert_eq!(dist("pution", "putain", 2), Some(2)); // an insertion and a deletion
    }

    #[test]
    fn beyond_the_bound_is_none() {
        assert_eq!(dist("sullivan", "blinken", 2), None);
        assert_eq!(dist("nato", "natoooo", 2), None);
        assert_eq!(dist("zelensky", "zelenskyy", 0), None);
    }

    #[test]
    fn two_edits_for_long_words() {
        assert_eq!(dist("negotaitons", "negotiations", 2), Some(2));
        assert_eq!(max_edits("negotaitons".len()), 2);
        assert_eq!(max_edits(5), 1);
        assert_eq!(max_edits(2), 0);
    }

    #[test]
    fn cyrillic_letters_are_single_edits() {
        assert_eq!(dist("лавров", "лаврво", 1), Some(1));
    }

    #[test]
    fn letter_masks_filter_far_words() {
        let a = letter_mask("lavrov");
        assert!((a ^ letter_mask("lavorv")).count_ones() <= 2);
        assert!((a ^ letter_mask("sanctions")).count_ones() > 4);
    }
}
