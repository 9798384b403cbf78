//! The positional inverted index: for every [`TermId`] the articles containing it
//! ([`Posting`]s) and the positions where it occurs.
//!
//! Positions number the words of an article: the title first (0..title_len), then each
//! paragraph, with one unused position between segments so a phrase never matches
//! across a paragraph break. The index stores no byte offsets: the few articles shown
//! on screen are re-tokenised to turn positions into byte ranges
//! ([`super::locate`]), which keeps the index a third of the size.

mod pack; // the index in the corpus pack

use super::builder::Builder;
use super::facets::FacetTable;
use super::fxhash::FxMap;
use super::vocab::Vocabulary;
use crate::corpus::Article;
use crate::text::lang::{self, Lang};

/// Identifies a term (a folded, stemmed word) in the index.
pub type TermId = u32;

/// One article in a term's posting list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Posting {
    /// The article (its position in the slice the index was built from).
    pub doc: u32,
    /// Start of this posting's positions in the index's position array; they end
    /// where the next posting's start (postings and positions are laid out in the same
    /// term-major order, so the last posting of a term ends where the next term starts).
    start: u32,
}

impl Posting {
    /// A posting of article `doc` whose positions start at `start`.
    pub(crate) fn new(doc: u32, start: u32) -> Posting {
        Posting { doc, start }
    }
}

/// All occurrences of one term, article by article in ascending order: a view into
/// the index's flat arrays.
#[derive(Debug, Clone, Copy)]
pub struct PostingList<'a> {
    postings: &'a [Posting],
    /// Where the last posting's positions end.
    end: u32,
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
        let end = self.postings.get(i + 1).map_or(self.end, |p| p.start);
        &self.positions[self.postings[i].start as usize..end as usize]
    }

    /// Total occurrences over all articles.
    pub fn occurrences(&self) -> usize {
        self.postings
            .first()
            .map_or(0, |p| (self.end - p.start) as usize)
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
        let mut b = Builder::new(articles.iter().map(|a| a.raw.len()).sum());
        let mut docs = Vec::with_capacity(articles.len());
        let mut langs = Vec::with_capacity(articles.len());
        for (doc, a) in articles.iter().enumerate() {
            b.start_article(doc as u32);
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
                add_words(&mut words_by_lang, p.lang, n as usize);
            }
            docs.push(DocStats {
                title_len,
                body_len,
                paragraph_starts,
            });
            langs.push(article_langs(&words_by_lang));
        }
        let n = docs.len().max(1) as f32;
        let avg_title_len = docs.iter().map(|d| d.title_len as f32).sum::<f32>() / n;
        let avg_body_len = docs.iter().map(|d| d.body_len as f32).sum::<f32>() / n;
        let inv = b.finish();
        let doc_freqs: Vec<u32> = inv.term_postings.windows(2).map(|w| w[1] - w[0]).collect();
        Index {
            vocab: Vocabulary::build(inv.surfaces, &doc_freqs),
            terms: inv.terms,
            term_postings: inv.term_postings,
            postings: inv.postings,
            positions: inv.positions,
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
        let end = self
            .postings
            .get(to)
            .map_or(self.positions.len() as u32, |p| p.start);
        PostingList {
            postings: &self.postings[from..to],
            end,
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

/// Adds `n` words in `lang` to an article's per-language word counts.
fn add_words(words_by_lang: &mut Vec<(Lang, usize)>, lang: Lang, n: usize) {
    match words_by_lang.iter_mut().find(|(l, _)| *l == lang) {
        Some((_, c)) => *c += n,
        None => words_by_lang.push((lang, n)),
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
    fn stand_in_segmentation_counts_the_same_words() {
        // Synthetic articles are full of curly quotes, apostrophes and dashes.
        let articles = crate::synth::articles(5, 11);
        let idx = Index::build(&articles);
        for (i, a) in articles.iter().enumerate() {
            assert_eq!(idx.doc(i).body_len as usize, a.word_count(), "{}", a.id);
        }
    }

    #[test]
    fn empty_corpus_builds() {
        let idx = Index::build(&[]);
        assert_eq!(idx.doc_count(), 0);
        assert_eq!(idx.term("x"), None);
    }
}
