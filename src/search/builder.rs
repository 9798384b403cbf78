//! Index construction. Pass one turns every article into a stream of term ids and
//! counts; pass two lays the postings out in flat arrays (see [`Builder`]).

use super::fxhash::FxMap;
use super::index::{Posting, TermId};
use crate::text::lang::Lang;
use crate::text::normalize::fold_into;
use crate::text::stand_in::ascii_copy;
use crate::text::stem::stem_lang_for;
use crate::text::token::words;

/// What pass one counts for a term.
#[derive(Clone, Copy)]
struct TermCounts {
    occurrences: u32,
    doc_freq: u32,
    /// The last article counted in `doc_freq`.
    last_doc: u32,
}

/// Marks a position with no word: the gap between segments.
const GAP: u32 = u32::MAX;

/// Index construction state. Pass one turns every article into a stream of term ids
/// (one per position, [`GAP`] between segments) and counts; pass two
/// ([`Builder::invert`]) lays the postings out in flat arrays, with no per-term vector
/// to grow.
#[derive(Default)]
pub(crate) struct Builder {
    terms: FxMap<Box<str>, TermId>,
    /// Per paragraph language: the word exactly as written -> term, so each distinct
    /// spelling is folded and stemmed once (the stemmer a word gets depends only on
    /// the word and its paragraph's language).
    word_terms: [FxMap<u128, TermId>; 4],
    /// Recently seen words (see [`HotWord`]), in two direct-mapped levels.
    hot: Vec<HotWord>,
    small: Vec<HotWord>,
    /// `hot` has `1 << hot_bits` entries, `small` 16 times fewer.
    hot_bits: u32,
    /// The same for spellings too long for [`inline_key`].
    long_word_terms: [FxMap<Box<str>, TermId>; 4],
    /// The ASCII copy of the segment being added (see [`ascii_copy`]).
    ascii: String,
    /// (folded surface form, term) pairs, first seen order.
    surfaces: Vec<(Box<str>, TermId)>,
    /// Term id per position, all articles in order.
    stream: Vec<u32>,
    /// Where each article starts in `stream` (plus the end).
    doc_starts: Vec<usize>,
    /// Counts per term (one array of structs: one cache line per word, not three).
    counts: Vec<TermCounts>,
    /// The article being added.
    doc: u32,
    buf: String,
}

/// A word of up to 15 bytes packed into an integer (bytes with ASCII letters
/// lower-cased, zero padding, length in the last byte). Hashing and comparing it needs no pointer into the article text, which
/// for a corpus of tens of megabytes would be a cache miss per word.
fn inline_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // Two 64-bit halves filled a byte at a time (cheaper than 128-bit shifts, and no
    // call to a variable-length copy), then ASCII upper case folded eight bytes at once.
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &byte) in b.iter().enumerate().take(8) {
        lo |= u64::from(byte) << (8 * i);
    }
    for (i, &byte) in b.iter().skip(8).enumerate() {
        hi |= u64::from(byte) << (8 * i);
    }
    hi |= (b.len() as u64) << 56;
    Some(
        u128::from(ascii_lower(lo))
            | u128::from(ascii_lower(hi & !(0xFF << 56)) | (hi & (0xFF << 56))) << 64,
    )
}

/// Lower-cases the ASCII capitals among eight packed bytes (others are unchanged).
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte: high bit set iff the byte is in b'A'..=b'Z' (and is ASCII).
    let ascii = !x & HIGH;
    let ge_a = (x | HIGH).wrapping_sub(ONES * u64::from(b'A')) & HIGH;
    let gt_z = (x | HIGH).wrapping_sub(ONES * u64::from(b'Z' + 1)) & HIGH;
    let upper = ascii & ge_a & !gt_z;
    x | (upper >> 2)
}

/// The most entries (as a power of two) in the builder's larger cache of recent
/// words: 64Ki entries, 1.5 MB, for corpora of tens of megabytes. Small corpora get
/// smaller caches (see [`Builder::new`]), so building five articles in the browser does
/// not clear megabytes.
const MAX_HOT_BITS: u32 = 16;
/// The first-level cache is this many powers of two smaller (4Ki entries, 96 KB at
/// most): small enough for the CPU's fastest caches.
const SMALL_SHIFT: u32 = 4;

/// A slot of the recent-word cache: a packed word, its paragraph language slot and
/// term. `slot == u32::MAX` marks an empty entry.
#[derive(Clone, Copy)]
struct HotWord {
    key: [u64; 2],
    slot: u32,
    term: TermId,
}

/// The larger cache's entry for a word: the top `bits` bits of a multiplicative hash
/// (so the first-level entry is a prefix of it).
fn hot_index(key: u128, slot: usize, bits: u32) -> usize {
    let h = (key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ slot as u64;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::English => 0,
        Lang::Russian => 1,
        Lang::Ukrainian => 2,
        Lang::Unknown => 3,
    }
}

/// What the builder hands to the index.
pub(crate) struct Inverted {
    /// Stemmed term text -> id.
    pub terms: FxMap<Box<str>, TermId>,
    /// (folded surface form, term) pairs, first seen order.
    pub surfaces: Vec<(Box<str>, TermId)>,
    /// Postings of term `t`: `postings[term_postings[t]..term_postings[t + 1]]`.
    pub term_postings: Vec<u32>,
    pub postings: Vec<Posting>,
    pub positions: Vec<u32>,
}

impl Builder {
    /// A builder for articles totalling about `text_bytes` bytes.
    pub(crate) fn new(text_bytes: usize) -> Builder {
        let mut b = Builder::default();
        // About one word per six bytes of text: reserve once rather than regrow.
        b.stream.reserve(text_bytes / 5);
        // About one cache entry per kilobyte of text, within bounds.
        b.hot_bits = (text_bytes / 1024)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(SMALL_SHIFT + 6, MAX_HOT_BITS);
        let empty = HotWord {
            key: [0; 2],
            slot: u32::MAX,
            term: 0,
        };
        b.hot = vec![empty; 1 << b.hot_bits];
        b.small = vec![empty; 1 << (b.hot_bits - SMALL_SHIFT)];
        b
    }

    /// Starts article `doc` (articles are added in order, from 0).
    pub(crate) fn start_article(&mut self, doc: u32) {
        self.doc = doc;
        self.doc_starts.push(self.stream.len());
    }

    /// Inverts everything added so far.
    pub(crate) fn finish(mut self) -> Inverted {
        self.doc_starts.push(self.stream.len());
        let (term_postings, postings, positions) = self.invert();
        Inverted {
            terms: self.terms,
            surfaces: self.surfaces,
            term_postings,
            postings,
            positions,
        }
    }

    /// Appends the words of one segment to the stream, then a gap; returns the word count.
    pub(crate) fn add_segment(&mut self, text: &str, lang: Lang) -> u32 {
        let before = self.stream.len();
        let slot = lang_slot(lang);
        // Segment an ASCII copy when the text has only curly punctuation beyond ASCII:
        // the same words at the same positions, through the segmenter's fast path.
        let mut ascii = std::mem::take(&mut self.ascii);
        let text = if !text.is_ascii() && ascii_copy(text, &mut ascii) {
            ascii.as_str()
        } else {
            text
        };
        for (_, w) in words(text) {
            let term = match inline_key(w) {
                Some(key) => self.short_word_term(w, key, lang),
                None => match self.long_word_terms[slot].get(w) {
                    Some(&t) => t,
                    None => {
                        let t = self.new_word(w, lang);
                        self.long_word_terms[slot].insert(w.into(), t);
                        t
                    }
                },
            };
            let t = term as usize;
            let c = &mut self.counts[t];
            c.occurrences += 1;
            if c.last_doc != self.doc {
                c.last_doc = self.doc;
                c.doc_freq += 1;
            }
            self.stream.push(term);
        }
        self.ascii = ascii;
        let n = (self.stream.len() - before) as u32;
        self.stream.push(GAP);
        n
    }

    /// The term of a word of at most 15 bytes (`key` is its [`inline_key`]).
    ///
    /// Word frequencies are Zipfian: two direct-mapped caches of recent words, one
    /// small enough for the fastest CPU cache and one larger, answer most words without
    /// touching the hash table, whose size makes every probe a memory round trip.
    fn short_word_term(&mut self, w: &str, key: u128, lang: Lang) -> TermId {
        let slot = lang_slot(lang);
        let packed = [key as u64, (key >> 64) as u64];
        let is = |e: &HotWord| e.key == packed && e.slot == slot as u32;
        let h = hot_index(key, slot, self.hot_bits);
        let small = h >> SMALL_SHIFT;
        if is(&self.small[small]) {
            return self.small[small].term;
        }
        let term = if is(&self.hot[h]) {
            self.hot[h].term
        } else {
            let t = match self.word_terms[slot].get(&key) {
                Some(&t) => t,
                None => {
                    let t = self.new_word(w, lang);
                    self.word_terms[slot].insert(key, t);
                    t
                }
            };
            self.hot[h] = HotWord {
                key: packed,
                slot: slot as u32,
                term: t,
            };
            t
        };
        self.small[small] = self.hot[h];
        term
    }

    /// Folds and stems a spelling seen for the first time in this language.
    fn new_word(&mut self, word: &str, lang: Lang) -> TermId {
        self.buf.clear();
        fold_into(word, &mut self.buf);
        let stem = stem_lang_for(&self.buf, lang).stem(&self.buf);
        let term = match self.terms.get(stem.as_ref()) {
            Some(&t) => t,
            None => {
                let t = self.counts.len() as TermId;
                self.terms.insert(stem.as_ref().into(), t);
                self.counts.push(TermCounts {
                    occurrences: 0,
                    doc_freq: 0,
                    last_doc: u32::MAX,
                });
                t
            }
        };
        self.surfaces.push((self.buf.as_str().into(), term));
        term
    }

    /// Pass two: the postings and positions of every term, term-major.
    fn invert(&mut self) -> (Vec<u32>, Vec<Posting>, Vec<u32>) {
        let terms = self.counts.len();
        let mut last_doc = vec![u32::MAX; terms];
        let mut term_postings = Vec::with_capacity(terms + 1);
        let mut next_posting = Vec::with_capacity(terms);
        let mut next_position = Vec::with_capacity(terms);
        let (mut p_acc, mut o_acc) = (0u32, 0u32);
        for c in &self.counts {
            term_postings.push(p_acc);
            next_posting.push(p_acc);
            next_position.push(o_acc);
            p_acc += c.doc_freq;
            o_acc += c.occurrences;
        }
        term_postings.push(p_acc);
        let mut postings = vec![Posting::default(); p_acc as usize];
        let mut positions = vec![0u32; o_acc as usize];
        for (doc, w) in self.doc_starts.windows(2).enumerate() {
            let doc = doc as u32;
            for (pos, &t) in self.stream[w[0]..w[1]].iter().enumerate() {
                if t == GAP {
                    continue;
                }
                let t = t as usize;
                let o = next_position[t];
                if last_doc[t] != doc {
                    last_doc[t] = doc;
                    postings[next_posting[t] as usize] = Posting::new(doc, o);
                    next_posting[t] += 1;
                }
                positions[o as usize] = pos as u32;
                next_position[t] = o + 1;
            }
        }
        self.stream = Vec::new();
        (term_postings, postings, positions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_keys_fold_ascii_case_only() {
        assert_eq!(inline_key("Lavrov"), inline_key("LAVROV"));
        assert_eq!(inline_key("lavrov"), inline_key("LaVrOv"));
        assert_ne!(inline_key("lavrov"), inline_key("lavrow"));
        assert_ne!(inline_key("a"), inline_key("a\0"));
        assert_eq!(inline_key("NATO-Russia[]@"), inline_key("nato-russia[]@"));
        assert_eq!(inline_key("ABCDEFGHIJKLMNO"), inline_key("abcdefghijklmno"));
        // Cyrillic bytes are left alone: their case is not ASCII.
        assert_ne!(inline_key("Лавров"), inline_key("лавров"));
        assert_eq!(inline_key("sixteen_bytes_xx"), None);
        // Every byte value keeps its identity apart from A-Z.
        for b in 0u8..=127 {
            let s = (b as char).to_string();
            let expect = (b.to_ascii_lowercase() as u128) | (1u128 << 120);
            assert_eq!(inline_key(&s), Some(expect), "{b}");
        }
    }
}
