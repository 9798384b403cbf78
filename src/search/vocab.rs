//! The surface vocabulary: every folded word form in the corpus (unstemmed), sorted,
//! with the term it was indexed under.
//!
//! Prefix search and typo correction work on surface forms rather than stems, because
//! that is what people type: `diplomac*` should find "diplomacy" although its stem is
//! "diplomaci", and `Lavorv` should be corrected to the word "lavrov" that articles print.
//!
//! A sorted vector is enough at Dossier's scale (tens of thousands of forms): a prefix is
//! a binary search plus a scan, and a correction is a scan that rejects almost every
//! form by length and letter set before computing a distance. An FST would save memory
//! but adds a dependency and a build step for no measurable gain here.

use super::fuzzy::{distance_within, letter_mask, max_edits};
use super::index::TermId;

/// One surface form.
#[derive(Debug, Clone)]
struct Entry {
    text: Box<str>,
    term: TermId,
    letters: u32,
    mask: u64,
    /// Articles containing the form's term (to prefer common corrections).
    doc_freq: u32,
}

/// Sorted surface forms.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    entries: Vec<Entry>,
    /// (letter mask, entry index) by letter count, so a correction only scans forms of
    /// a length it could reach, in a dense array it can filter without touching the
    /// entries themselves.
    by_letters: Vec<Vec<(u64, u32)>>,
}

/// A vocabulary word close to a misspelt query word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The surface form.
    pub word: String,
    /// The terms it was indexed under (one per stemmer that saw it).
    pub terms: Vec<TermId>,
    /// Edits between the query word and `word`.
    pub distance: usize,
}

impl Vocabulary {
    /// Builds the vocabulary from (surface form, term) pairs; `doc_freqs` is indexed by term.
    pub fn build(mut surfaces: Vec<(Box<str>, TermId)>, doc_freqs: &[u32]) -> Vocabulary {
        // std's sort, not crate::sort: this one sorts every (word, term) pair of the corpus
        // (150,000 at 10,000 articles), where the shared sort costs 3x the time. Unstable is
        // exact here: equal pairs are identical, and dedup keeps one.
        surfaces.sort_unstable();
        surfaces.dedup();
        let entries = surfaces
            .into_iter()
            .map(|(text, term)| Entry {
                letters: text.chars().count() as u32,
                mask: letter_mask(&text),
                doc_freq: doc_freqs.get(term as usize).copied().unwrap_or(0),
                text,
                term,
            })
            .collect::<Vec<Entry>>();
        let mut by_letters: Vec<Vec<(u64, u32)>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let n = e.letters as usize;
            if by_letters.len() <= n {
                by_letters.resize(n + 1, Vec::new());
            }
            by_letters[n].push((e.mask, i as u32));
        }
        Vocabulary {
            entries,
            by_letters,
        }
    }

    /// Every (surface form, term) pair, sorted: what [`Vocabulary::build`] needs to build
    /// this vocabulary again (the corpus pack stores only these).
    pub(crate) fn surfaces(&self) -> impl Iterator<Item = (&str, TermId)> + '_ {
        self.entries.iter().map(|e| (&*e.text, e.term))
    }

    /// Number of distinct (form, term) pairs.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The terms of every form starting with `prefix` (folded), deduplicated.
    pub fn prefix_terms(&self, prefix: &str) -> Vec<TermId> {
        let from = self.entries.partition_point(|e| &*e.text < prefix);
        let mut terms: Vec<TermId> = self.entries[from..]
            .iter()
            .take_while(|e| e.text.starts_with(prefix))
            .map(|e| e.term)
            .collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    /// The terms a surface form was indexed under (empty when it is not in the corpus).
    pub fn exact_terms(&self, word: &str) -> Vec<TermId> {
        let from = self.entries.partition_point(|e| &*e.text < word);
        self.entries[from..]
            .iter()
            .take_while(|e| &*e.text == word)
            .map(|e| e.term)
            .collect()
    }

    /// The best correction for a folded word the corpus lacks: the closest form within
    /// [`max_edits`] edits; among equally close forms the one in most articles, then the
    /// alphabetically first. Words with digits are never corrected (a year or a figure
    /// one digit off is a different fact, not a typo).
    pub fn correct(&self, word: &str) -> Option<Suggestion> {
        let chars: Vec<char> = word.chars().collect();
        let k = max_edits(chars.len());
        if k == 0 || chars.iter().any(|c| c.is_numeric()) {
            return None;
        }
        let mask = letter_mask(word);
        let mut cand: Vec<char> = Vec::new();
        // (distance, -doc_freq, index) of the best so far.
        let mut best: Option<(usize, i64, usize)> = None;
        let lengths = chars.len().saturating_sub(k)..=chars.len() + k;
        let candidates = lengths.flat_map(|n| self.by_letters.get(n).into_iter().flatten());
        for &(m, i) in candidates {
            if (m ^ mask).count_ones() as usize > 2 * k {
                continue;
            }
            let i = i as usize;
            let e = &self.entries[i];
            let limit = best.map_or(k, |(d, _, _)| d);
            cand.clear();
            cand.extend(e.text.chars());
            if let Some(d) = distance_within(&chars, &cand, limit) {
                let key = (d, -i64::from(e.doc_freq), i);
                if d > 0 && best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        }
        let (distance, _, i) = best?;
        let word = self.entries[i].text.to_string();
        Some(Suggestion {
            terms: self.exact_terms(&word),
            word,
            distance,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[(&str, u32)]) -> Vocabulary {
        let surfaces = words.iter().map(|&(w, t)| (w.into(), t)).collect();
        let dfs: Vec<u32> = (0..10).map(|t| 10 - t).collect();
        Vocabulary::build(surfaces, &dfs)
    }

    #[test]
    fn prefix_finds_every_form() {
        let v = vocab(&[
            ("diplomacy", 1),
            ("diplomat", 2),
            ("diplomats", 2),
            ("dialogue", 3),
        ]);
        assert_eq!(v.prefix_terms("diplom"), vec![1, 2]);
        assert_eq!(v.prefix_terms("diplomacy"), vec![1]);
        assert!(v.prefix_terms("x").is_empty());
    }

    #[test]
    fn corrects_a_swap() {
        let v = vocab(&[("lavrov", 1), ("latvia", 2)]);
        let s = v.correct("lavorv").expect("a correction");
        assert_eq!(
            (s.word.as_str(), s.distance, s.terms),
            ("lavrov", 1, vec![1])
        );
    }

    #[test]
    fn prefers_the_closest_then_the_commonest() {
        // term 1 is in 9 articles, term 5 in 5.
        let v = vocab(&[("putin", 5), ("puton", 1)]);
        assert_eq!(v.correct("putan").map(|s| s.word), Some("puton".into()));
        let v = vocab(&[("talks", 1), ("talk", 2)]);
        assert_eq!(v.correct("talkz").map(|s| s.word), Some("talks".into()));
    }

    #[test]
    fn respects_the_edit_budget() {
        let v = vocab(&[("sanctions", 1), ("nato", 2)]);
        // 9 letters: two edits allowed.
        assert_eq!(v.correct("snactoins").map(|s| s.distance), Some(2));
        // 4 letters: one edit only.
        assert_eq!(v.correct("ntoa"), None);
        // Too short to correct at all.
        assert_eq!(v.correct("na"), None);
    }

    #[test]
    fn never_corrects_numbers() {
        let v = vocab(&[("2022", 1)]);
        assert_eq!(v.correct("2023"), None);
    }
}
