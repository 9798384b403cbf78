//! The matcher: where a word (with its variants) or a phrase occurs, article by
//! article, as positions. Everything downstream — scoring, snippets, highlights, the
//! concordance — consumes these [`Matches`].

use super::index::{Index, TermId};

/// The occurrences of one query atom: for each matching article (ascending), the start
/// positions of the atom, each `width` words long.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    docs: Vec<u32>,
    /// End of each article's starts in `starts`.
    ends: Vec<u32>,
    starts: Vec<u32>,
    /// Words per occurrence (1 for a word, n for an n-word phrase).
    pub width: u32,
}

impl Matches {
    fn empty(width: u32) -> Matches {
        Matches {
            width,
            ..Matches::default()
        }
    }

    fn push(&mut self, doc: u32, starts: impl IntoIterator<Item = u32>) {
        let before = self.starts.len();
        self.starts.extend(starts);
        if self.starts.len() > before {
            self.docs.push(doc);
            self.ends.push(self.starts.len() as u32);
        }
    }

    /// The matching articles, ascending.
    pub fn docs(&self) -> &[u32] {
        &self.docs
    }

    /// The start positions in the `i`-th matching article, ascending.
    pub fn starts(&self, i: usize) -> &[u32] {
        let from = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.starts[from..self.ends[i] as usize]
    }

    /// Keeps only the articles of `docs` (ascending).
    pub fn retain_docs(&self, docs: &[u32]) -> Matches {
        let mut out = Matches::empty(self.width);
        let mut cursor = 0;
        for (i, &d) in self.docs.iter().enumerate() {
            if seek(docs, &mut cursor, d) {
                out.push(d, self.starts(i).iter().copied());
            }
        }
        out
    }

    /// The start positions in article `doc` (empty when it does not match).
    pub fn starts_in(&self, doc: u32) -> &[u32] {
        match self.docs.binary_search(&doc) {
            Ok(i) => self.starts(i),
            Err(_) => &[],
        }
    }
}

/// Moves `cursor` forward to the first element of `sorted` that is `>= target`
/// (galloping, so skipping through a long list costs O(log distance)); returns whether
/// that element equals `target`.
pub(crate) fn seek(sorted: &[u32], cursor: &mut usize, target: u32) -> bool {
    let mut step = 1;
    let mut hi = *cursor;
    while hi < sorted.len() && sorted[hi] < target {
        *cursor = hi + 1;
        hi += step;
        step *= 2;
    }
    let hi = hi.min(sorted.len());
    *cursor += sorted[*cursor..hi].partition_point(|&d| d < target);
    sorted.get(*cursor) == Some(&target)
}

/// Number of articles containing any of `terms`.
pub fn doc_freq(index: &Index, terms: &[TermId]) -> usize {
    match terms {
        [] => 0,
        [t] => index.postings(*t).doc_freq(),
        _ => {
            let mut seen = vec![false; index.doc_count()];
            for &t in terms {
                for p in index.postings(t).postings() {
                    seen[p.doc as usize] = true;
                }
            }
            seen.iter().filter(|s| **s).count()
        }
    }
}

/// Where any of `terms` occurs (one word and its variants), limited to the articles of
/// `within` when given.
pub fn word(index: &Index, terms: &[TermId], within: Option<&[u32]>) -> Matches {
    let mut out = Matches::empty(1);
    if let [t] = terms {
        let list = index.postings(*t);
        let mut cursor = 0;
        for (i, p) in list.postings().iter().enumerate() {
            if within.is_none_or(|w| seek(w, &mut cursor, p.doc)) {
                out.push(p.doc, list.positions(i).iter().copied());
            }
        }
        return out;
    }
    // Several variants (stems of a Cyrillic word, a prefix's words): bucket their
    // positions by article (a counting sort: linear, however many variants), then
    // order each article's few positions.
    let docs = index.doc_count();
    let mut counts = vec![0u32; docs + 1];
    for &t in terms {
        let list = index.postings(t);
        let mut cursor = 0;
        for (i, p) in list.postings().iter().enumerate() {
            if within.is_none_or(|w| seek(w, &mut cursor, p.doc)) {
                counts[p.doc as usize + 1] += list.positions(i).len() as u32;
            }
        }
    }
    for d in 0..docs {
        counts[d + 1] += counts[d];
    }
    let mut fill = counts.clone();
    let mut all = vec![0u32; counts[docs] as usize];
    for &t in terms {
        let list = index.postings(t);
        let mut cursor = 0;
        for (i, p) in list.postings().iter().enumerate() {
            if within.is_none_or(|w| seek(w, &mut cursor, p.doc)) {
                let at = &mut fill[p.doc as usize];
                let ps = list.positions(i);
                all[*at as usize..*at as usize + ps.len()].copy_from_slice(ps);
                *at += ps.len() as u32;
            }
        }
    }
    for d in 0..docs {
        let slot = &mut all[counts[d] as usize..counts[d + 1] as usize];
        if slot.is_empty() {
            continue;
        }
        slot.sort_unstable();
        let mut last = None;
        out.push(
            d as u32,
            slot.iter().copied().filter(|&p| last.replace(p) != Some(p)),
        );
    }
    out
}

/// Where the words of `tokens` (each with its variants) occur side by side in order,
/// limited to the articles of `within` when given.
pub fn phrase(index: &Index, tokens: &[Vec<TermId>], within: Option<&[u32]>) -> Matches {
    let width = tokens.len() as u32;
    if tokens.is_empty() || tokens.iter().any(Vec::is_empty) {
        return Matches::empty(width);
    }
    // Start from the rarest word: every other word then only looks at its articles.
    let mut order: Vec<usize> = (0..tokens.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        tokens[i]
            .iter()
            .map(|&t| index.postings(t).occurrences())
            .sum::<usize>()
    });
    let first = order[0];
    let mut cur = word(index, &tokens[first], within);
    // Positions of the rarest word, shifted back to the phrase start.
    let offset = first as u32;
    let mut acc = Matches::empty(width);
    for i in 0..cur.docs.len() {
        let doc = cur.docs[i];
        acc.push(
            doc,
            cur.starts(i).iter().filter_map(|&p| p.checked_sub(offset)),
        );
    }
    cur = acc;
    for &k in &order[1..] {
        // A word with one term is read straight from its posting list (no copy of a
        // common word's positions); variants are merged first.
        let single = match tokens[k].as_slice() {
            [t] => Some(index.postings(*t)),
            _ => None,
        };
        let merged = match single {
            Some(_) => Matches::default(),
            None => word(index, &tokens[k], Some(&cur.docs)),
        };
        let mut cursor = 0;
        let mut next = Matches::empty(width);
        for (i, &doc) in cur.docs.iter().enumerate() {
            let have = match single {
                Some(list) => {
                    let ps = list.postings();
                    cursor += ps[cursor..].partition_point(|p| p.doc < doc);
                    match ps.get(cursor) {
                        Some(p) if p.doc == doc => list.positions(cursor),
                        _ => &[],
                    }
                }
                None => merged.starts_in(doc),
            };
            if have.is_empty() {
                continue;
            }
            let k = k as u32;
            next.push(
                doc,
                cur.starts(i)
                    .iter()
                    .copied()
                    .filter(|&s| have.binary_search(&(s + k)).is_ok()),
            );
        }
        cur = next;
        if cur.docs.is_empty() {
            break;
        }
    }
    cur.width = width;
    cur
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    fn index() -> Index {
        Index::build(&[
            article("Red lines", &["Russia drew red lines over NATO expansion."]),
            article("Lines", &["The red ink; lines of text. Red line."]),
            article("Other", &["Nothing red here, lines elsewhere."]),
        ])
    }

    fn terms(idx: &Index, w: &str) -> Vec<TermId> {
        idx.term(w).into_iter().collect()
    }

    #[test]
    fn word_lists_every_position() {
        let idx = index();
        let m = word(&idx, &terms(&idx, "red"), None);
        assert_eq!(m.docs(), &[0, 1, 2]);
        // Article 0: title "Red" at 0, body "red" at 2 + 3 = 5.
        assert_eq!(m.starts(0), &[0, 5]);
    }

    #[test]
    fn phrase_needs_adjacent_words_in_order() {
        let idx = index();
        let tokens = vec![terms(&idx, "red"), terms(&idx, "line")];
        let m = phrase(&idx, &tokens, None);
        // "red ink; lines" and "red here, lines" are not the phrase; "Red line." is.
        assert_eq!(m.docs(), &[0, 1]);
        assert_eq!(m.starts_in(0), &[0, 5]);
        assert_eq!(m.width, 2);
    }

    #[test]
    fn phrase_does_not_cross_segments() {
        // Title ends with "red", paragraph starts with "lines".
        let idx = Index::build(&[article("Over the red", &["lines were drawn"])]);
        let tokens = vec![terms(&idx, "red"), terms(&idx, "line")];
        assert!(phrase(&idx, &tokens, None).docs().is_empty());
    }

    #[test]
    fn within_limits_the_articles() {
        let idx = index();
        let m = word(&idx, &terms(&idx, "red"), Some(&[1, 2]));
        assert_eq!(m.docs(), &[1, 2]);
    }

    #[test]
    fn variants_are_merged() {
        let idx = index();
        let mut t = terms(&idx, "red");
        t.extend(terms(&idx, "nato"));
        let m = word(&idx, &t, None);
        assert_eq!(m.starts_in(0), &[0, 5, 8]);
        assert_eq!(doc_freq(&idx, &t), 3);
    }

    #[test]
    fn seek_gallops_to_the_target() {
        let v = [1, 3, 5, 7, 9, 11, 13];
        let mut c = 0;
        assert!(seek(&v, &mut c, 7));
        assert_eq!(c, 3);
        assert!(!seek(&v, &mut c, 8));
        assert_eq!(c, 4);
        assert!(!seek(&v, &mut c, 100));
        assert_eq!(c, 7);
    }
}
