//! The [`Index`] in the corpus pack.
//!
//! Stored: each article's segment lengths (title, paragraphs), the term texts in id
//! order, each term's articles and positions, and the surface vocabulary. Articles and
//! positions are strictly ascending, so they are written as gaps (mostly one byte each,
//! against four for a `u32`). Term-major order is also the order the index keeps them
//! in, so reading is one sequential pass with no scattered writes. (A word stream —
//! the term at each position, inverted at load — is 40 % smaller but reads twice as
//! slowly: the inversion scatters every position across the whole array.) Derived at load: the term table, the flat posting offsets,
//! the vocabulary's filters, the averages and the facet table (from the articles'
//! metadata and the paragraph languages weighted by the stored word counts, exactly as
//! [`Index::build`] computes them).

use super::{add_words, article_langs, DocStats, Index, Posting, TermId};
use crate::corpus::Article;
use crate::pack::codec::{Reader, Writer};
use crate::pack::PackError;
use crate::search::facets::FacetTable;
use crate::search::fxhash::FxMap;
use crate::search::vocab::Vocabulary;
use crate::text::lang::Lang;

impl Index {
    /// Writes the index (see the module docs).
    pub(crate) fn write_pack(&self, w: &mut Writer) {
        w.len(self.docs.len());
        for d in &self.docs {
            w.var(u64::from(d.title_len));
            w.len(d.paragraph_starts.len());
            for n in paragraph_words(d) {
                w.var(u64::from(n));
            }
        }
        let mut texts = vec![""; self.term_count()];
        for (text, &id) in &self.terms {
            if let Some(slot) = texts.get_mut(id as usize) {
                *slot = text;
            }
        }
        w.strs(&texts);
        // The totals first, so reading allocates the flat arrays once at their size.
        w.len(self.postings.len());
        w.len(self.positions.len());
        for t in 0..self.term_count() {
            let list = self.postings(t as TermId);
            w.len(list.doc_freq());
            let mut next_doc = 0;
            for (i, p) in list.postings().iter().enumerate() {
                // The article as a gap, its low bit saying whether the term occurs more
                // than once there: most postings of a Zipf vocabulary hold one position,
                // and then cost no count byte.
                let positions = list.positions(i);
                let more = positions.len() > 1;
                w.var((u64::from(p.doc - next_doc) << 1) | u64::from(more));
                next_doc = p.doc + 1;
                if more {
                    w.len(positions.len() - 2);
                }
                w.ascending(positions);
            }
        }
        // Sorted forms share long prefixes with their predecessor ("diplomat",
        // "diplomats"): each stores the shared length and the rest.
        w.len(self.vocab.len());
        let mut prev = "";
        for (text, term) in self.vocab.surfaces() {
            let shared = shared_prefix(prev, text);
            w.len(shared);
            w.str(&text[shared..]);
            w.var(u64::from(term));
            prev = text;
        }
    }

    /// Reads what [`Index::write_pack`] wrote for `articles` (the same articles, in the
    /// same order). Every article number and position is checked to lie inside its
    /// article, so searches over the index read back can never index out of range.
    pub(crate) fn read_pack(r: &mut Reader, articles: &[Article]) -> Result<Index, PackError> {
        let doc_count = r.count(2)?;
        if doc_count != articles.len() || u32::try_from(doc_count).is_err() {
            return Err(PackError::corrupt("index and articles disagree"));
        }
        let mut docs = Vec::with_capacity(doc_count);
        let mut extents = Vec::with_capacity(doc_count);
        let mut langs = Vec::with_capacity(doc_count);
        for a in articles {
            let title_len = r.u32()?;
            if r.count(1)? != a.paragraphs.len() {
                return Err(PackError::corrupt("index and articles disagree"));
            }
            let mut paragraph_starts = Vec::with_capacity(a.paragraphs.len());
            let mut words_by_lang: Vec<(Lang, usize)> = Vec::new();
            let mut body_len = 0u32;
            let mut next = title_len.checked_add(1).ok_or_else(too_long)?;
            for p in &a.paragraphs {
                let n = r.u32()?;
                paragraph_starts.push(next);
                body_len = body_len.checked_add(n).ok_or_else(too_long)?;
                next = next
                    .checked_add(n)
                    .and_then(|x| x.checked_add(1))
                    .ok_or_else(too_long)?;
                add_words(&mut words_by_lang, p.lang, n as usize);
            }
            docs.push(DocStats {
                title_len,
                body_len,
                paragraph_starts,
            });
            extents.push(next);
            langs.push(article_langs(&words_by_lang));
        }
        let term_count = r.count(1)?;
        let mut terms: FxMap<Box<str>, TermId> = FxMap::default();
        terms.reserve(term_count);
        for id in 0..term_count {
            terms.insert(r.str()?.into(), id as TermId);
        }
        // Each posting and each position takes at least a byte.
        let posting_count = r.count(1)?;
        let position_count = r.count(1)?;
        if posting_count.saturating_add(position_count) > r.remaining() {
            return Err(PackError::Truncated);
        }
        let mut term_postings = Vec::with_capacity(term_count + 1);
        let mut postings: Vec<Posting> = Vec::with_capacity(posting_count);
        let mut positions: Vec<u32> = Vec::with_capacity(position_count);
        term_postings.push(0);
        for _ in 0..term_count {
            let df = r.count(2)?;
            let mut next_doc = 0u64;
            for _ in 0..df {
                let head = r.var()?;
                let doc = next_doc.saturating_add(head >> 1);
                let extent = *usize::try_from(doc)
                    .ok()
                    .and_then(|d| extents.get(d))
                    .ok_or(PackError::corrupt("article out of range"))?;
                next_doc = doc + 1;
                let occurrences = match head & 1 {
                    0 => 1,
                    _ => r.usize()?.checked_add(2).ok_or_else(too_long)?,
                };
                let start = u32::try_from(positions.len()).map_err(|_| too_long())?;
                postings.push(Posting::new(doc as u32, start));
                r.ascending(occurrences, extent, &mut positions)?;
            }
            term_postings.push(u32::try_from(postings.len()).map_err(|_| too_long())?);
        }
        if u32::try_from(positions.len()).is_err() {
            return Err(too_long());
        }
        if postings.len() != posting_count || positions.len() != position_count {
            return Err(PackError::corrupt("index totals disagree"));
        }
        let surface_count = r.count(3)?;
        let mut surfaces: Vec<(Box<str>, TermId)> = Vec::with_capacity(surface_count);
        for _ in 0..surface_count {
            let shared = r.usize()?;
            let rest = r.str()?;
            // Sorted forms: the shared head comes from the form before.
            let prev = surfaces.last().map_or("", |(t, _)| &**t);
            let head = prev
                .get(..shared)
                .ok_or(PackError::corrupt("bad vocabulary prefix"))?;
            let mut text = String::with_capacity(head.len() + rest.len());
            text.push_str(head);
            text.push_str(rest);
            let term = r.u32()?;
            if term as usize >= term_count {
                return Err(PackError::corrupt("vocabulary term out of range"));
            }
            surfaces.push((text.into_boxed_str(), term));
        }
        let doc_freqs: Vec<u32> = term_postings.windows(2).map(|w| w[1] - w[0]).collect();
        let n = docs.len().max(1) as f32;
        Ok(Index {
            vocab: Vocabulary::build(surfaces, &doc_freqs),
            avg_title_len: docs.iter().map(|d| d.title_len as f32).sum::<f32>() / n,
            avg_body_len: docs.iter().map(|d| d.body_len as f32).sum::<f32>() / n,
            terms,
            term_postings,
            postings,
            positions,
            docs,
            facets: FacetTable::build_with_langs(articles, langs),
        })
    }
}

/// The number of words of each paragraph, from where each starts: paragraphs are laid
/// out one after the other with one unused position between them.
fn paragraph_words(d: &DocStats) -> Vec<u32> {
    let mut out = Vec::with_capacity(d.paragraph_starts.len());
    let mut rest = d.body_len;
    for pair in d.paragraph_starts.windows(2) {
        let n = pair[1].saturating_sub(pair[0]).saturating_sub(1);
        out.push(n);
        rest = rest.saturating_sub(n);
    }
    if !d.paragraph_starts.is_empty() {
        out.push(rest);
    }
    out
}

/// Bytes `a` and `b` share at their start, cut back to a character boundary.
fn shared_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !b.is_char_boundary(n) {
        n -= 1;
    }
    n
}

fn too_long() -> PackError {
    PackError::corrupt("index larger than 2^32 positions")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    fn round_trip(articles: &[Article]) -> (Index, Index) {
        let built = Index::build(articles);
        let mut w = Writer::new();
        built.write_pack(&mut w);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let read = Index::read_pack(&mut r, articles).expect("reads back");
        assert_eq!(r.finish(), Ok(()));
        (built, read)
    }

    #[test]
    fn postings_positions_and_stats_round_trip() {
        let articles = [
            article(
                "Talks in Geneva",
                &[
                    "Lavrov warned on Friday.",
                    "Lavrov said it again, in Geneva.",
                ],
            ),
            article(
                "Other",
                &["No names here.", "", "Переговори між США і Росією"],
            ),
        ];
        let (built, read) = round_trip(&articles);
        assert_eq!(read.term_count(), built.term_count());
        assert_eq!(read.position_count(), built.position_count());
        for t in 0..built.term_count() as TermId {
            let (a, b) = (built.postings(t), read.postings(t));
            assert_eq!(a.postings(), b.postings());
            for i in 0..a.doc_freq() {
                assert_eq!(a.positions(i), b.positions(i));
            }
        }
        for d in 0..articles.len() {
            assert_eq!(read.doc(d).paragraph_starts, built.doc(d).paragraph_starts);
            assert_eq!(read.doc(d).body_len, built.doc(d).body_len);
        }
        assert_eq!(read.term("lavrov"), built.term("lavrov"));
        assert_eq!(
            read.vocab().prefix_terms("gen"),
            built.vocab().prefix_terms("gen")
        );
        assert_eq!(read.avg_body_len(), built.avg_body_len());
    }

    #[test]
    fn a_position_past_its_article_is_refused() {
        let articles = [article("T", &["one two"])];
        let mut w = Writer::new();
        Index::build(&articles).write_pack(&mut w);
        let mut bytes = w.into_bytes();
        // Article count, title words, paragraph count, paragraph words.
        assert_eq!(&bytes[..4], &[1, 1, 1, 2]);
        assert!(Index::read_pack(&mut Reader::new(&bytes), &articles).is_ok());
        // A paragraph of no words: "two" at position 3 now lies past the article's end.
        bytes[3] = 0;
        assert!(Index::read_pack(&mut Reader::new(&bytes), &articles).is_err());
    }

    #[test]
    fn shared_prefixes_stop_at_character_boundaries() {
        assert_eq!(shared_prefix("diplomat", "diplomats"), 8);
        assert_eq!(shared_prefix("", "kyiv"), 0);
        // "і" (d1 96) and "ї" (d1 97) share their first byte only.
        assert_eq!(shared_prefix("кі", "кї"), 2);
    }
}
