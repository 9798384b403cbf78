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
use crate::text::stem::stem_lang_for;
use crate::text::token::words;

/// Identifies a term (a folded, stemmed word) in the index.
pub type TermId = u32;

/// One article in a term's posting list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Posting {
    /// The article (its position in the slice the index was built from).
    pub doc: u32,
    /// End of this posting's positions in the index's position array; they start
    /// where the previous posting's end (postings and positions are laid out in the
    /// same term-major order).
    end: u32,
}

/// All occurrences of one term, article by article in ascending order: a view into
/// the index's flat arrays.
#[derive(Debug, Clone, Copy)]
pub struct PostingList<'a> {
    postings: &'a [Posting],
    /// Where the first posting's positions start.
    start: u32,
    positions: &'a [u32],
}

impl<'a> PostingList<'a> {
    /// Number of articles containing the term (its document frequency).
    pub fn doc_freq(&self) -> usize {
        self.postings.len()
    }

    /// The postings, in ascending article order.
    pub fn postings(&self) -> &'a [Posting] {
        self.postings
    }

    /// The positions of the `i`-th posting, ascending (`i < doc_freq()`).
    pub fn positions(&self, i: usize) -> &'a [u32] {
        let start = match i {
            0 => self.start,
            _ => self.postings[i - 1].end,
        };
        &self.positions[start as usize..self.postings[i].end as usize]
    }

    /// Total occurrences over all articles.
    pub fn occurrences(&self) -> usize {
        self.postings
            .last()
            .map_or(0, |p| (p.end - self.start) as usize)
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

impl FxHasher {
    fn add(&mut self, word: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
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
    /// Postings of term `t`: `postings[term_postings[t]..term_postings[t + 1]]`.
    term_postings: Vec<u32>,
    /// All postings, term-major, ascending article within a term.
    postings: Vec<Posting>,
    /// All positions, in posting order.
    positions: Vec<u32>,
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
        let mut langs = Vec::with_capacity(articles.len());
        // About one word per six bytes of text: reserve once rather than regrow.
        let bytes: usize = articles.iter().map(|a| a.raw.len()).sum();
        b.stream.reserve(bytes / 5);
        for (doc, a) in articles.iter().enumerate() {
            b.doc = doc as u32;
            b.doc_starts.push(b.stream.len());
            let title_len = b.add_segment(&a.meta.title, lang::detect(&a.meta.title));
            let mut next = title_len + 1;
            let mut paragraph_starts = Vec::with_capacity(a.paragraphs.len());
            let mut body_len = 0;
            let mut words_by_lang: Vec<(Lang, usize)> = Vec::new();
            for p in &a.paragraphs {
                paragraph_starts.push(next);
                let n = b.add_segment(&p.text, p.lang);
                body_len += n;
                next += n + 1;
                match words_by_lang.iter_mut().find(|(l, _)| *l == p.lang) {
                    Some((_, c)) => *c += n as usize,
                    None => words_by_lang.push((p.lang, n as usize)),
                }
            }
            docs.push(DocStats {
                title_len,
                body_len,
                paragraph_starts,
            });
            langs.push(article_langs(&words_by_lang));
        }
        b.doc_starts.push(b.stream.len());
        let n = docs.len().max(1) as f32;
        let avg_title_len = docs.iter().map(|d| d.title_len as f32).sum::<f32>() / n;
        let avg_body_len = docs.iter().map(|d| d.body_len as f32).sum::<f32>() / n;
        let (term_postings, postings, positions) = b.invert();
        let doc_freqs: Vec<u32> = term_postings.windows(2).map(|w| w[1] - w[0]).collect();
        Index {
            vocab: Vocabulary::build(b.surfaces, &doc_freqs),
            terms: b.terms,
            term_postings,
            postings,
            positions,
            docs,
            avg_title_len,
            avg_body_len,
            facets: FacetTable::build_with_langs(articles, langs),
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

    /// The posting list of a term (empty for an unknown id).
    pub fn postings(&self, term: TermId) -> PostingList<'_> {
        let t = term as usize;
        let (from, to) = match (self.term_postings.get(t), self.term_postings.get(t + 1)) {
            (Some(&f), Some(&e)) => (f as usize, e as usize),
            _ => (0, 0),
        };
        let start = match from {
            0 => 0,
            _ => self.postings[from - 1].end,
        };
        PostingList {
            postings: &self.postings[from..to],
            start,
            positions: &self.positions,
        }
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
        self.term_postings.len().saturating_sub(1)
    }

    /// Number of word positions indexed (titles and bodies).
    pub fn position_count(&self) -> usize {
        self.positions.len()
    }
}

/// The languages of an article from its words per paragraph language, main language
/// first — the same answer as [`Article::langs`], without segmenting the text again.
fn article_langs(words_by_lang: &[(Lang, usize)]) -> Vec<Lang> {
    // `max_by_key` keeps the last of equal maxima, as `Article::main_lang` does.
    let main = words_by_lang
        .iter()
        .max_by_key(|&&(_, c)| c)
        .map_or(Lang::Unknown, |&(l, _)| l);
    let mut out = vec![main];
    for &(l, _) in words_by_lang {
        if !out.contains(&l) && l != Lang::Unknown {
            out.push(l);
        }
    }
    out
}

/// Marks a position with no word: the gap between segments.
const GAP: u32 = u32::MAX;

/// Index construction state. Pass one turns every article into a stream of term ids
/// (one per position, [`GAP`] between segments) and counts; pass two
/// ([`Builder::invert`]) lays the postings out in flat arrays, with no per-term vector
/// to grow.
#[derive(Default)]
struct Builder<'a> {
    terms: FxMap<Box<str>, TermId>,
    /// Per paragraph language: the word exactly as written -> term, so each distinct
    /// spelling is folded and stemmed once (the stemmer a word gets depends only on
    /// the word and its paragraph's language).
    word_terms: [FxMap<u128, TermId>; 4],
    /// Recently seen words (see [`HotWord`]).
    hot: Vec<HotWord>,
    /// The same for spellings too long for [`inline_key`].
    long_word_terms: [FxMap<&'a str, TermId>; 4],
    /// (folded surface form, term) pairs, first seen order.
    surfaces: Vec<(Box<str>, TermId)>,
    /// Term id per position, all articles in order.
    stream: Vec<u32>,
    /// Where each article starts in `stream` (plus the end).
    doc_starts: Vec<usize>,
    /// Occurrences per term.
    occurrences: Vec<u32>,
    /// Articles per term, and the last article counted for each term.
    doc_freq: Vec<u32>,
    last_doc: Vec<u32>,
    /// The article being added.
    doc: u32,
    buf: String,
}

/// A word of up to 15 bytes packed into an integer (bytes, zero padding, length in the
/// last byte). Hashing and comparing it needs no pointer into the article text, which
/// for a corpus of tens of megabytes would be a cache miss per word.
fn inline_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // A byte loop rather than a copy: short, fixed work the compiler keeps in registers.
    let mut k = (b.len() as u128) << 120;
    for (i, &byte) in b.iter().enumerate() {
        k |= u128::from(byte) << (8 * i);
    }
    Some(k)
}

/// Entries in the builder's cache of recent words (a power of two).
const HOT_BITS: u32 = 13;

/// A slot of the recent-word cache: a packed word, its paragraph language slot and
/// term. `slot == u32::MAX` marks an empty entry.
#[derive(Clone, Copy)]
struct HotWord {
    key: u128,
    slot: u32,
    term: TermId,
}

fn hot_index(key: u128, slot: usize) -> usize {
    let h = (key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ slot as u64;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - HOT_BITS)) as usize
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::English => 0,
        Lang::Russian => 1,
        Lang::Ukrainian => 2,
        Lang::Unknown => 3,
    }
}

impl<'a> Builder<'a> {
    /// Appends the words of one segment to the stream, then a gap; returns the word count.
    fn add_segment(&mut self, text: &'a str, lang: Lang) -> u32 {
        let before = self.stream.len();
        let slot = lang_slot(lang);
        if self.hot.is_empty() {
            self.hot = vec![
                HotWord {
                    key: 0,
                    slot: u32::MAX,
                    term: 0,
                };
                1 << HOT_BITS
            ];
        }
        for (_, w) in words(text) {
            let term = match inline_key(w) {
                Some(k) => {
                    // Word frequencies are Zipfian: a small direct-mapped cache that
                    // stays in the CPU cache answers most words without touching the
                    // (much larger) hash table.
                    let h = hot_index(k, slot);
                    let e = self.hot[h];
                    if e.key == k && e.slot == slot as u32 {
                        e.term
                    } else {
                        let t = match self.word_terms[slot].get(&k) {
                            Some(&t) => t,
                            None => {
                                let t = self.new_word(w, lang);
                                self.word_terms[slot].insert(k, t);
                                t
                            }
                        };
                        self.hot[h] = HotWord {
                            key: k,
                            slot: slot as u32,
                            term: t,
                        };
                        t
                    }
                }
                None => match self.long_word_terms[slot].get(w) {
                    Some(&t) => t,
                    None => {
                        let t = self.new_word(w, lang);
                        self.long_word_terms[slot].insert(w, t);
                        t
                    }
                },
            };
            let t = term as usize;
            self.occurrences[t] += 1;
            if self.last_doc[t] != self.doc {
                self.last_doc[t] = self.doc;
                self.doc_freq[t] += 1;
            }
            self.stream.push(term);
        }
        let n = (self.stream.len() - before) as u32;
        self.stream.push(GAP);
        n
    }

    /// Folds and stems a spelling seen for the first time in this language.
    fn new_word(&mut self, word: &str, lang: Lang) -> TermId {
        self.buf.clear();
        fold_into(word, &mut self.buf);
        let stem = stem_lang_for(&self.buf, lang).stem(&self.buf);
        let term = match self.terms.get(stem.as_ref()) {
            Some(&t) => t,
            None => {
                let t = self.occurrences.len() as TermId;
                self.terms.insert(stem.as_ref().into(), t);
                self.occurrences.push(0);
                self.doc_freq.push(0);
                self.last_doc.push(u32::MAX);
                t
            }
        };
        self.surfaces.push((self.buf.as_str().into(), term));
        term
    }

    /// Pass two: the postings and positions of every term, term-major.
    fn invert(&mut self) -> (Vec<u32>, Vec<Posting>, Vec<u32>) {
        let terms = self.occurrences.len();
        let doc_freq = &self.doc_freq;
        let mut last_doc = std::mem::take(&mut self.last_doc);
        let mut term_postings = Vec::with_capacity(terms + 1);
        let mut next_posting = Vec::with_capacity(terms);
        let mut next_position = Vec::with_capacity(terms);
        let (mut p_acc, mut o_acc) = (0u32, 0u32);
        for (&df, &occ) in doc_freq.iter().zip(&self.occurrences) {
            term_postings.push(p_acc);
            next_posting.push(p_acc);
            next_position.push(o_acc);
            p_acc += df;
            o_acc += occ;
        }
        term_postings.push(p_acc);
        let mut postings = vec![Posting::default(); p_acc as usize];
        let mut positions = vec![0u32; o_acc as usize];
        last_doc.fill(u32::MAX);
        for (doc, w) in self.doc_starts.windows(2).enumerate() {
            let doc = doc as u32;
            for (pos, &t) in self.stream[w[0]..w[1]].iter().enumerate() {
                if t == GAP {
                    continue;
                }
                let t = t as usize;
                if last_doc[t] != doc {
                    last_doc[t] = doc;
                    next_posting[t] += 1;
                }
                let o = next_position[t];
                positions[o as usize] = pos as u32;
                next_position[t] = o + 1;
                postings[next_posting[t] as usize - 1] = Posting { doc, end: o + 1 };
            }
        }
        self.stream = Vec::new();
        (term_postings, postings, positions)
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
    fn flat_layout_keeps_each_terms_postings_apart() {
        let articles = [
            article("a", &["x y x"]),
            article("b", &["y"]),
            article("c", &["x z"]),
        ];
        let idx = Index::build(&articles);
        let x = idx.postings(idx.term("x").expect("x"));
        let docs: Vec<u32> = x.postings().iter().map(|p| p.doc).collect();
        assert_eq!(docs, [0, 2]);
        // Title "a" at 0, gap, body from 2: "x"(2) "y"(3) "x"(4); article c: "x" at 2.
        assert_eq!((x.positions(0), x.positions(1)), (&[2, 4][..], &[2][..]));
        let y = idx.postings(idx.term("y").expect("y"));
        assert_eq!((y.positions(0), y.positions(1)), (&[3][..], &[2][..]));
        assert_eq!(y.occurrences(), 2);
        assert_eq!(idx.postings(999).doc_freq(), 0);
    }

    #[test]
    fn article_languages_match_the_model() {
        let a = article(
            "t",
            &[
                "Переговори між США і Росією необхідно продовжувати",
                "After two months of talks in Geneva and Brussels",
            ],
        );
        let idx = Index::build(std::slice::from_ref(&a));
        let (_, f) = idx
            .facets()
            .select(&[0], &crate::search::FacetSelection::default());
        let langs: Vec<&str> = f.lang.iter().map(|v| v.value.as_str()).collect();
        let mut expected: Vec<&str> = a.langs().iter().map(|l| l.code()).collect();
        expected.sort_unstable();
        let mut got = langs.clone();
        got.sort_unstable();
        assert_eq!(got, expected);
    }

    #[test]
    fn stemmed_forms_share_a_term() {
        let articles = [article("T", &["talks talking talked"])];
        let idx = Index::build(&articles);
        let t = idx.term("talk").expect("stem indexed");
        assert_eq!(idx.postings(t).occurrences(), 3);
        assert_eq!(idx.position_count(), 4);
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
