//! Relevance: BM25F over two fields, title and body.
//!
//! For each query atom (a word with its variants, or a phrase) found in an article:
//!
//! ```text
//! tf'   = title_boost · tf_title / (1 − title_b + title_b · title_len / avg_title_len)
//!       +               tf_body  / (1 − body_b  + body_b  · body_len  / avg_body_len)
//! score = idf · tf' · (k1 + 1) / (tf' + k1)
//! idf   = ln(1 + (N − df + 0.5) / (df + 0.5))
//! ```
//!
//! and an article's score is the sum over atoms. Combining the fields *before* the
//! saturation (BM25F rather than two BM25 scores added) means a word in the title
//! counts as several body occurrences, but a title match cannot outweigh a dozen body
//! matches of a rarer word. Ties are broken by date by the searcher, not here.

/// The knobs of the ranking. `Default` gives the values Dossier ships with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankingWeights {
    /// Term-frequency saturation: how quickly extra occurrences stop adding score.
    /// 1.2 is the usual BM25 value; news articles repeat names often, and higher values
    /// would let one repeated name dominate.
    pub k1: f32,
    /// Body length normalisation (0 = none, 1 = full). 0.75 is the usual BM25 value:
    /// a long analysis mentioning a name twice ranks below a brief mentioning it twice.
    pub body_b: f32,
    /// Title length normalisation. Lower than the body's (0.3) because titles vary
    /// little in length and a word in a short title is not much more telling.
    pub title_b: f32,
    /// How many body occurrences one title occurrence is worth (3.0): an article whose
    /// headline names the subject is usually about it.
    pub title_boost: f32,
}

impl Default for RankingWeights {
    fn default() -> Self {
        RankingWeights {
            k1: 1.2,
            body_b: 0.75,
            title_b: 0.3,
            title_boost: 3.0,
        }
    }
}

/// Corpus-level figures the score needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldAverages {
    /// Number of articles in the corpus.
    pub docs: usize,
    pub avg_title_len: f32,
    pub avg_body_len: f32,
}

/// How often an atom occurs in one article, per field, and how long the fields are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldFreqs {
    pub tf_title: u32,
    pub title_len: u32,
    pub tf_body: u32,
    pub body_len: u32,
}

impl RankingWeights {
    /// Inverse document frequency of an atom found in `df` of `docs` articles.
    /// Lucene's form, which stays positive even for atoms in every article.
    pub fn idf(docs: usize, df: usize) -> f32 {
        let (n, df) = (docs as f32, df as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The BM25F contribution of one atom to one article's score.
    pub fn atom_score(&self, idf: f32, f: FieldFreqs, avg: FieldAverages) -> f32 {
        let norm = |b: f32, len: u32, avg_len: f32| {
            if avg_len > 0.0 {
                1.0 - b + b * len as f32 / avg_len
            } else {
                1.0
            }
        };
        let tf = self.title_boost * f.tf_title as f32
            / norm(self.title_b, f.title_len, avg.avg_title_len)
            + f.tf_body as f32 / norm(self.body_b, f.body_len, avg.avg_body_len);
        if tf <= 0.0 {
            return 0.0;
        }
        idf * tf * (self.k1 + 1.0) / (tf + self.k1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny corpus worked by hand: 4 articles, average title 5 words, average body 100.
    /// The word occurs in 1 article: twice in a 50-word body and once in a 5-word title.
    #[test]
    fn matches_a_hand_computed_score() {
        let w = RankingWeights::default();
        let avg = FieldAverages {
            docs: 4,
            avg_title_len: 5.0,
            avg_body_len: 100.0,
        };
        // idf = ln(1 + (4 - 1 + 0.5) / (1 + 0.5)) = ln(1 + 2.3333) = ln(3.3333) = 1.2040
        let idf = RankingWeights::idf(4, 1);
        assert!((idf - 1.2040).abs() < 1e-4, "{idf}");
        // title norm = 1 - 0.3 + 0.3 * 5/5 = 1        -> 3.0 * 1 / 1 = 3.0
        // body norm  = 1 - 0.75 + 0.75 * 50/100 = 0.625 -> 2 / 0.625 = 3.2
        // tf' = 6.2; score = 1.2040 * 6.2 * 2.2 / (6.2 + 1.2) = 1.2040 * 1.84324 = 2.2193
        let f = FieldFreqs {
            tf_title: 1,
            title_len: 5,
            tf_body: 2,
            body_len: 50,
        };
        let s = w.atom_score(idf, f, avg);
        assert!((s - 2.2193).abs() < 1e-3, "{s}");
    }

    #[test]
    fn title_match_outranks_the_same_body_match() {
        let w = RankingWeights::default();
        let avg = FieldAverages {
            docs: 10,
            avg_title_len: 8.0,
            avg_body_len: 800.0,
        };
        let in_title = FieldFreqs {
            tf_title: 1,
            title_len: 8,
            tf_body: 1,
            body_len: 800,
        };
        let body_only = FieldFreqs {
            tf_title: 0,
            ..in_title
        };
        assert!(w.atom_score(1.0, in_title, avg) > w.atom_score(1.0, body_only, avg));
    }

    #[test]
    fn shorter_body_ranks_higher_for_equal_counts() {
        let w = RankingWeights::default();
        let avg = FieldAverages {
            docs: 10,
            avg_title_len: 8.0,
            avg_body_len: 800.0,
        };
        let short = FieldFreqs {
            tf_title: 0,
            title_len: 8,
            tf_body: 2,
            body_len: 300,
        };
        let long = FieldFreqs {
            body_len: 1500,
            ..short
        };
        assert!(w.atom_score(1.0, short, avg) > w.atom_score(1.0, long, avg));
    }

    #[test]
    fn rarer_atoms_weigh_more() {
        assert!(RankingWeights::idf(100, 1) > RankingWeights::idf(100, 50));
        assert!(RankingWeights::idf(100, 100) > 0.0);
    }

    #[test]
    fn absent_atom_scores_zero() {
        let f = FieldFreqs {
            tf_title: 0,
            title_len: 3,
            tf_body: 0,
            body_len: 10,
        };
        let avg = FieldAverages {
            docs: 1,
            avg_title_len: 0.0,
            avg_body_len: 0.0,
        };
        assert_eq!(RankingWeights::default().atom_score(2.0, f, avg), 0.0);
    }
}
