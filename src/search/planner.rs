//! The planner: turns a parsed [`Query`] into atoms resolved against the index (terms
//! per word, prefix expansions, typo corrections, stop words dropped) and evaluates
//! them into [`Matches`], cheapest clause first.

use super::index::{Index, TermId};
use super::matcher::{self, Matches};
use super::query::{Atom, Clause, Filter, Query};
use super::results::{ByteRange, Correction, Notice};
use crate::text::normalize::fold;
use crate::text::stopwords::is_stop_word;
use crate::text::token::{query_terms, words};

/// One atom resolved against the index.
#[derive(Debug, Clone)]
pub struct PlannedAtom {
    /// The terms each word may be, in phrase order (one entry for a single word).
    pub tokens: Vec<Vec<TermId>>,
    /// Articles containing the atom anywhere in the corpus (for idf).
    pub doc_freq: usize,
    /// Its occurrences (limited to the articles that could still match the query).
    pub matches: Matches,
}

/// An evaluated query.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Atoms that add to the score and are highlighted.
    pub atoms: Vec<PlannedAtom>,
    /// Required clauses, each a list of indices into `atoms` (an OR group).
    pub required: Vec<Vec<usize>>,
    /// Excluded atoms (not scored, not highlighted).
    pub excluded: Vec<PlannedAtom>,
    /// Metadata filters, with their negation flag.
    pub filters: Vec<(Filter, bool)>,
    /// The articles matching every required clause and no excluded atom, ascending;
    /// `None` when the query has no required clause (every article matches so far).
    pub candidates: Option<Vec<u32>>,
    pub corrections: Vec<Correction>,
    pub notices: Vec<Notice>,
}

/// A word or phrase before evaluation.
struct Resolved {
    tokens: Vec<Vec<TermId>>,
    /// A single plain word that is a stop word (droppable from a word list).
    stop_word: Option<String>,
}

impl Plan {
    /// Resolves and evaluates `query` (parsed from `text`) against `index`.
    pub fn new(index: &Index, query: &Query, text: &str) -> Plan {
        Plan::build(index, query, text, None)
    }

    /// Like [`Plan::new`], but every atom is matched within `docs` only and on its own:
    /// a required word missing from those articles does not stop the others from being
    /// found. This is what highlighting one article needs.
    pub fn scoped(index: &Index, query: &Query, text: &str, docs: &[u32]) -> Plan {
        Plan::build(index, query, text, Some(docs))
    }

    fn build(index: &Index, query: &Query, text: &str, scope: Option<&[u32]>) -> Plan {
        let mut plan = Plan::default();
        if query.dropped > 0 {
            plan.notices.push(Notice::QueryTruncated {
                ignored_clauses: query.dropped,
            });
        }
        let mut required: Vec<Vec<Resolved>> = Vec::new();
        let mut excluded: Vec<Resolved> = Vec::new();
        for clause in &query.clauses {
            match clause {
                Clause::Match { any } => {
                    let group: Vec<Resolved> = any
                        .iter()
                        .filter_map(|a| plan.resolve(index, a, text, true))
                        .collect();
                    if !group.is_empty() {
                        required.push(group);
                    }
                }
                Clause::Exclude { atom } => {
                    excluded.extend(plan.resolve(index, atom, text, false));
                }
                Clause::Filter { filter, negated } => plan.filters.push((filter.clone(), *negated)),
            }
        }
        plan.drop_stop_words(&mut required);
        plan.evaluate(index, required, excluded, scope);
        plan
    }

    /// Drops single stop words from the required clauses when other words remain.
    fn drop_stop_words(&mut self, required: &mut Vec<Vec<Resolved>>) {
        let is_stop = |g: &Vec<Resolved>| g.len() == 1 && g[0].stop_word.is_some();
        if required.iter().all(is_stop) {
            return;
        }
        let mut dropped = Vec::new();
        required.retain(|g| {
            if is_stop(g) {
                dropped.extend(g[0].stop_word.clone());
                false
            } else {
                true
            }
        });
        if !dropped.is_empty() {
            self.notices
                .push(Notice::IgnoredStopWords { words: dropped });
        }
    }

    /// Finds the terms of an atom; `None` when it has no word at all (punctuation).
    fn resolve(
        &mut self,
        index: &Index,
        atom: &Atom,
        text: &str,
        required: bool,
    ) -> Option<Resolved> {
        let span = atom.span();
        let (prefix, is_phrase) = match atom {
            Atom::Word { prefix, .. } => (*prefix, false),
            Atom::Phrase { .. } => (false, true),
        };
        let raw = text.get(span.range()).unwrap_or(atom.text());
        let ws: Vec<(usize, &str)> = words(raw).collect();
        let n = ws.len();
        if n == 0 {
            return None;
        }
        let mut tokens = Vec::with_capacity(n);
        let mut stop_word = None;
        for (k, &(off, w)) in ws.iter().enumerate() {
            let folded = fold(w);
            let last = k + 1 == n;
            let mut terms = if prefix && last {
                index.vocab().prefix_terms(&folded)
            } else {
                lookup(index, &folded)
            };
            if n == 1 && !prefix && !is_phrase {
                if is_stop_word(&folded) {
                    stop_word = Some(folded.clone());
                }
                if terms.is_empty() {
                    match index.vocab().correct(&folded) {
                        Some(s) => {
                            self.corrections.push(Correction {
                                original: w.to_string(),
                                corrected: s.word,
                                span: ByteRange::new(span.start + off, span.start + off + w.len()),
                            });
                            terms = s.terms;
                        }
                        None if required => self.notices.push(Notice::NoSuchWord {
                            word: w.to_string(),
                        }),
                        None => {}
                    }
                }
            }
            tokens.push(terms);
        }
        Some(Resolved { tokens, stop_word })
    }

    /// Evaluates the atoms: the cheapest required clause over the whole corpus, each
    /// next one only over the articles still in the running, then the exclusions.
    /// With a `scope`, every atom is matched within it alone.
    fn evaluate(
        &mut self,
        index: &Index,
        required: Vec<Vec<Resolved>>,
        excluded: Vec<Resolved>,
        scope: Option<&[u32]>,
    ) {
        let cost = |g: &Vec<Resolved>| -> usize {
            g.iter()
                .map(|r| {
                    r.tokens
                        .iter()
                        .map(|t| {
                            t.iter()
                                .map(|&id| index.postings(id).occurrences())
                                .sum::<usize>()
                        })
                        .min()
                        .unwrap_or(0)
                })
                .sum()
        };
        // Each group's cost once, then the shared stable sort (crate::sort): the same
        // order as `sort_by_cached_key`, without another copy of std's sort in the bundle.
        let mut by_cost: Vec<(usize, Vec<Resolved>)> =
            required.into_iter().map(|g| (cost(&g), g)).collect();
        crate::sort::sort_by_key(&mut by_cost, |(c, _)| *c);
        let required: Vec<Vec<Resolved>> = by_cost.into_iter().map(|(_, g)| g).collect();
        let mut candidates: Option<Vec<u32>> = None;
        for group in required {
            let mut ids = Vec::with_capacity(group.len());
            let mut docs: Vec<u32> = Vec::new();
            for r in group {
                let within = scope.or(candidates.as_deref());
                let atom = plan_atom(index, r.tokens, within);
                docs.extend_from_slice(atom.matches.docs());
                ids.push(self.atoms.len());
                self.atoms.push(atom);
            }
            docs.sort_unstable();
            docs.dedup();
            if scope.is_none() {
                candidates = Some(docs);
            }
            self.required.push(ids);
        }
        for r in excluded {
            let atom = plan_atom(index, r.tokens, scope.or(candidates.as_deref()));
            if let Some(c) = candidates.as_mut() {
                let mut cursor = 0;
                c.retain(|&d| !matcher::seek(atom.matches.docs(), &mut cursor, d));
            }
            self.excluded.push(atom);
        }
        self.candidates = candidates;
    }

    /// Whether the query has required words (otherwise it only filters).
    pub fn has_terms(&self) -> bool {
        !self.required.is_empty()
    }

    /// The query text with every correction applied, if there was any.
    pub fn corrected_text(&self, text: &str) -> Option<String> {
        if self.corrections.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut cs: Vec<&Correction> = self.corrections.iter().collect();
        crate::sort::sort_by_key(&mut cs, |c| c.span.start);
        for c in cs {
            if c.span.start < at || c.span.end > text.len() {
                continue;
            }
            out.push_str(&text[at..c.span.start]);
            out.push_str(&c.corrected);
            at = c.span.end;
        }
        out.push_str(&text[at..]);
        Some(out)
    }
}

/// The terms a folded query word may have been indexed under.
fn lookup(index: &Index, folded: &str) -> Vec<TermId> {
    let mut terms: Vec<TermId> = query_terms(folded)
        .iter()
        .filter_map(|t| index.term(t))
        .collect();
    // A surface form indexed under a stem the query-side stemmer does not produce
    // (a Cyrillic word in a paragraph of the other language) is still found.
    terms.extend(index.vocab().exact_terms(folded));
    terms.sort_unstable();
    terms.dedup();
    terms
}

fn plan_atom(index: &Index, tokens: Vec<Vec<TermId>>, within: Option<&[u32]>) -> PlannedAtom {
    let (doc_freq, matches) = match tokens.as_slice() {
        [t] => (matcher::doc_freq(index, t), matcher::word(index, t, within)),
        _ => {
            // A phrase's document frequency needs the phrase itself, so it is matched
            // over the whole corpus (its rarest word keeps that cheap).
            let all = matcher::phrase(index, &tokens, None);
            let df = all.docs().len();
            let m = match within {
                Some(w) => all.retain_docs(w),
                None => all,
            };
            (df, m)
        }
    };
    PlannedAtom {
        tokens,
        doc_freq,
        matches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    fn index() -> Index {
        Index::build(&[
            article(
                "Lavrov warns",
                &["Sergei Lavrov warned on Friday that Moscow was running out of patience."],
            ),
            article("Talks", &["NATO and Russia held talks; the talks ended."]),
            article("Red lines", &["Russia drew red lines over NATO expansion."]),
        ])
    }

    fn plan(q: &str) -> Plan {
        Plan::new(&index(), &Query::parse(q), q)
    }

    #[test]
    fn words_intersect() {
        assert_eq!(plan("NATO russia").candidates, Some(vec![1, 2]));
        assert_eq!(plan("NATO talks").candidates, Some(vec![1]));
    }

    #[test]
    fn exclusion_removes_articles() {
        assert_eq!(plan("russia -talks").candidates, Some(vec![2]));
    }

    #[test]
    fn or_unites() {
        assert_eq!(plan("lavrov OR talks").candidates, Some(vec![0, 1]));
    }

    #[test]
    fn typo_is_corrected_and_reported() {
        let p = plan("Lavorv patience");
        assert_eq!(p.candidates, Some(vec![0]));
        assert_eq!(
            p.corrected_text("Lavorv patience").as_deref(),
            Some("lavrov patience")
        );
    }

    #[test]
    fn stop_words_are_dropped_from_word_lists_only() {
        let p = plan("the talks");
        assert_eq!(p.candidates, Some(vec![1]));
        assert!(p.notices.contains(&Notice::IgnoredStopWords {
            words: vec!["the".into()]
        }));
        // Alone, a stop word is searched.
        assert_eq!(plan("the").candidates, Some(vec![1]));
        // In a phrase it counts.
        assert_eq!(plan("\"the talks ended\"").candidates, Some(vec![1]));
        assert_eq!(plan("\"the talks began\"").candidates, Some(vec![]));
    }

    #[test]
    fn prefix_expands() {
        assert_eq!(plan("pati*").candidates, Some(vec![0]));
        assert_eq!(plan("zzz*").candidates, Some(vec![]));
    }

    #[test]
    fn hyphenated_word_is_a_phrase() {
        let idx = Index::build(&[
            article("t", &["the NATO-Russia Council"]),
            article("u", &["Russia and NATO"]),
        ]);
        let p = Plan::new(&idx, &Query::parse("nato-russia"), "nato-russia");
        assert_eq!(p.candidates, Some(vec![0]));
    }

    #[test]
    fn unknown_word_matches_nothing_and_says_so() {
        let p = plan("qqqqqq");
        assert_eq!(p.candidates, Some(vec![]));
        assert!(p.notices.contains(&Notice::NoSuchWord {
            word: "qqqqqq".into()
        }));
    }

    #[test]
    fn filters_only_leave_candidates_open() {
        let p = plan("outlet:CGTN");
        assert_eq!(p.candidates, None);
        assert_eq!(p.filters.len(), 1);
    }
}
