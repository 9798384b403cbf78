//! The positional inverted index: for every [`TermId`] the articles containing it
//! ([`Posting`]s) and the positions where it occurs.
//!
//! Positions number the words of an article: the title first (0..title_len), then each
//! paragraph, with one unused position between segments so a phrase never matches
//! across a paragraph break. The index stores no byte offsets: the few articles shown
//! on screen are re-tokenised to turn positions into byte ranges
//! ([`super::locate`]), which keeps the index a third of the size.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::facets::FacetTable;
use super::vocab::Vocabulary;
use crate::corpus::Article;
use crate::text::lang::{self, Lang};
use crate::text::normalize::fold_into;
use crate::text::stem::{stem_lang_for, StemLang};
use crate::text::token::words;

/// Identifies a term (a folded, stemmed word) in the index.
pub type TermId = u32;

/// One article in a term's posting list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    /// The article (its position in the slice the index was built from).
    pub doc: u32,
    /// End of this posting's positions in [`PostingList::positions`]; they start where
    /// the previous posting's end.
    positions_end: u32,
}

/// All occurrences of one term, article by article in ascending order.
#[derive(Debug, Clone, Default)]
pub struct PostingList {
    postings: Vec<Posting>,
    positions: Vec<u32>,
}

impl PostingList {
    fn push(&mut self, doc: u32, position: u32) {
        self.positions.push(position);
        let end = self.positions.len() as u32;
        match self.postings.last_mut() {
            Some(last) if last.doc == doc => last.positions_end = end,
            _ => self.postings.push(Posting {
                doc,
                positions_end: end,
            }),
        }
    }

    /// Number of articles containing the term (its document frequency).
    pub fn doc_freq(&self) -> usize {
        self.postings.len()
    }

    /// The postings, in ascending article order.
    pub fn postings(&self) -> &[Posting] {
        &self.postings
    }

    /// The positions of the `i`-th posting, ascending.
    pub fn positions(&self, i: usize) -> &[u32] {
        let start = match i {
            0 => 0,
            _ => self.postings[i - 1].positions_end as usize,
        };
        let end = self.postings[i].positions_end as usize;
        &self.positions[start..end]
    }

    /// Total occurrences over all articles.
    pub fn occurrences(&self) -> usize {
        self.positions.len()
    }
}

/// Per-article figures the ranking and the match locator need.
#[derive(Debug, Clone, Default)]
pub struct DocStats {
    /// Words in the title; they hold positions `0..title_len`.
    pub title_len: u32,
    /// Words in the body (all paragraphs).
    pub body_len: u32,
    /// The first position of each paragraph.
    pub paragraph_starts: Vec<u32>,
}

impl DocStats {
    /// Where a position lies: `None` for the title, else the paragraph index, with the
    /// word's index inside that segment.
    pub fn segment_of(&self, position: u32) -> (Option<usize>, u32) {
        if position < self.title_len {
            return (None, position);
        }
        let after = self.paragraph_starts.partition_point(|&s| s <= position);
        match after.checked_sub(1) {
            Some(p) => (Some(p), position - self.paragraph_starts[p]),
            None => (None, position),
        }
    }
}

/// A fast, non-cryptographic hash for the term dictionary (FxHash's multiply-rotate).
/// Keys come from the corpus, not from an adversary over the network, and SipHash
/// would cost a third of the index build time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The positional inverted index over titles and clean paragraphs.
#[derive(Debug, Default)]
pub struct Index {
    /// Stemmed term text -> id.
    terms: FxMap<Box<str>, TermId>,
    /// By [`TermId`].
    postings: Vec<PostingList>,
    /// Every folded surface form seen, for prefix search and typo correction.
    vocab: Vocabulary,
    docs: Vec<DocStats>,
    avg_title_len: f32,
    avg_body_len: f32,
    facets: FacetTable,
}

impl Index {
    /// Builds the index over `articles` (positions in the slice are document ids).
    pub fn build(articles: &[Article]) -> Index {
        let mut b = Builder::default();
        let mut docs = Vec::with_capacity(articles.len());
        for (doc, a) in articles.iter().enumerate() {
            let doc = doc as u32;
            let title_lang = lang::detect(&a.meta.title);
            let title_len = b.add_segment(doc, &a.meta.title, title_lang, 0);
            let mut next = title_len + 1;
            let mut paragraph_starts = Vec::with_capacity(a.paragraphs.len());
            let mut body_len = 0;
            for p in &a.paragraphs {
                paragraph_starts.push(next);
                let n = b.add_segment(doc, &p.text, p.lang, next);
                body_len += n;
                next += n + 1;
            }
            docs.push(DocStats {
                title_len,
                body_len,
                paragraph_starts,
            });
        }
        let n = docs.len().max(1) as f32;
        let avg_title_len = docs.iter().map(|d| d.title_len as f32).sum::<f32>() / n;
        let avg_body_len = docs.iter().map(|d| d.body_len as f32).sum::<f32>() / n;
        let doc_freqs: Vec<u32> = b.postings.iter().map(|p| p.doc_freq() as u32).collect();
        Index {
            vocab: Vocabulary::build(b.surfaces, &doc_freqs),
            terms: b.terms,
            postings: b.postings,
            docs,
            avg_title_len,
            avg_body_len,
            facets: FacetTable::build(articles),
        }
    }

    /// Number of articles indexed.
    pub fn doc_count(&self) -> usize {
        self.docs.len()
    }

    /// The id of a stemmed term, if any article contains it.
    pub fn term(&self, text: &str) -> Option<TermId> {
        self.terms.get(text).copied()
    }

    /// The posting list of a term.
    pub fn postings(&self, term: TermId) -> &PostingList {
        &self.postings[term as usize]
    }

    /// The surface vocabulary (prefixes, typo correction).
    pub fn vocab(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Figures for one article (`doc` must be below [`Index::doc_count`]).
    pub fn doc(&self, doc: usize) -> &DocStats {
        &self.docs[doc]
    }

    /// Mean title length in words.
    pub fn avg_title_len(&self) -> f32 {
        self.avg_title_len
    }

    /// Mean body length in words.
    pub fn avg_body_len(&self) -> f32 {
        self.avg_body_len
    }

    /// Metadata values per article, for filters and facets.
    pub fn facets(&self) -> &FacetTable {
        &self.facets
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.postings.len()
    }
}

/// Index construction state.
#[derive(Default)]
struct Builder {
    terms: FxMap<Box<str>, TermId>,
    postings: Vec<PostingList>,
    /// Per stemmer: folded surface form -> term, so each distinct word is stemmed once.
    surface_terms: [FxMap<Box<str>, TermId>; 4],
    /// (surface form, term) pairs in first-seen order.
    surfaces: Vec<(Box<str>, TermId)>,
    buf: String,
}

impl Builder {
    /// Indexes the words of one segment from position `first`; returns the word count.
    fn add_segment(&mut self, doc: u32, text: &str, lang: Lang, first: u32) -> u32 {
        let mut pos = first;
        for (_, w) in words(text) {
            self.buf.clear();
            fold_into(w, &mut self.buf);
            let sl = stem_lang_for(&self.buf, lang);
            let term = match self.surface_terms[sl.index()].get(self.buf.as_str()) {
                Some(&t) => t,
                None => self.new_surface(sl),
            };
            self.postings[term as usize].push(doc, pos);
            pos += 1;
        }
        pos - first
    }

    /// Stems the surface form in `buf` and records it.
    fn new_surface(&mut self, sl: StemLang) -> TermId {
        let stem = sl.stem(&self.buf);
        let term = match self.terms.get(stem.as_ref()) {
            Some(&t) => t,
            None => {
                let t = self.postings.len() as TermId;
                self.terms.insert(stem.as_ref().into(), t);
                self.postings.push(PostingList::default());
                t
            }
        };
        let surface: Box<str> = self.buf.as_str().into();
        self.surface_terms[sl.index()].insert(surface.clone(), term);
        self.surfaces.push((surface, term));
        term
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    #[test]
    fn postings_hold_positions_per_article() {
        let articles = [
            article(
                "Talks",
                &["Lavrov warned on Friday.", "Lavrov said it again."],
            ),
            article("Other", &["No names here."]),
        ];
        let idx = Index::build(&articles);
        let t = idx.term("lavrov").expect("lavrov indexed");
        let pl = idx.postings(t);
        assert_eq!(pl.doc_freq(), 1);
        // Title "Talks" is position 0; gap at 1; paragraph 0 starts at 2; its 4 words
        // end at 5; gap at 6; paragraph 1 starts at 7.
        assert_eq!(pl.positions(0), &[2, 7]);
        assert_eq!(idx.doc(0).paragraph_starts, vec![2, 7]);
    }

    #[test]
    fn stemmed_forms_share_a_term() {
        let articles = [article("T", &["talks talking talked"])];
        let idx = Index::build(&articles);
        let t = idx.term("talk").expect("stem indexed");
        assert_eq!(idx.postings(t).occurrences(), 3);
        assert_eq!(idx.term_count(), 2); // "t" and "talk"
    }

    #[test]
    fn positions_map_back_to_segments() {
        let articles = [article("Two words", &["a b c", "d e"])];
        let idx = Index::build(&articles);
        let d = idx.doc(0);
        assert_eq!(d.segment_of(1), (None, 1));
        assert_eq!(d.segment_of(3), (Some(0), 0));
        assert_eq!(d.segment_of(5), (Some(0), 2));
        assert_eq!(d.segment_of(7), (Some(1), 0));
        assert_eq!(d.body_len, 5);
    }

    #[test]
    fn empty_corpus_builds() {
        let idx = Index::build(&[]);
        assert_eq!(idx.doc_count(), 0);
        assert_eq!(idx.term("x"), None);
    }
}
