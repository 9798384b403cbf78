//! The [`Searcher`]: runs requests against an [`Index`] and the articles it was built
//! from. Query -> plan -> matching articles -> filters -> facets -> scores -> ranked
//! page; snippets, highlights and concordance rows are sinks over the same matches.

use std::cmp::Ordering;

use super::filter::{self, DateRange};
use super::index::Index;
use super::kwic;
use super::locate::{locate, merge_ranges, spans_in};
use super::matcher::seek;
use super::planner::Plan;
use super::query::Query;
use super::ranking::{FieldAverages, FieldFreqs, RankingWeights};
use super::request::{Concordance, ConcordanceRequest, SearchRequest, SortOrder};
use super::results::{Facets, Hit, MatchPosition, Notice, SearchResults};
use super::snippet::{snippet, SnippetOptions};
use super::speaker::SpeakerDocs;
use crate::corpus::{Article, Date};

/// Runs searches over an index and its articles.
#[derive(Clone, Copy)]
pub struct Searcher<'a> {
    index: &'a Index,
    articles: &'a [Article],
    weights: RankingWeights,
    snippets: SnippetOptions,
    speakers: Option<&'a dyn SpeakerDocs>,
}

/// A query evaluated down to its final article set.
struct Evaluated {
    plan: Plan,
    /// Matching articles after filters and facet selections, ascending.
    docs: Vec<u32>,
    facets: Facets,
    notices: Vec<Notice>,
}

impl<'a> Searcher<'a> {
    /// A searcher over `index`, which must have been built from `articles`.
    pub fn new(index: &'a Index, articles: &'a [Article]) -> Searcher<'a> {
        Searcher {
            index,
            articles,
            weights: RankingWeights::default(),
            snippets: SnippetOptions::default(),
            speakers: None,
        }
    }

    /// Answers `speaker:` filters with `speakers` (the quote index).
    pub fn with_speakers(mut self, speakers: &'a dyn SpeakerDocs) -> Searcher<'a> {
        self.speakers = Some(speakers);
        self
    }

    /// Ranks with these weights instead of the defaults.
    pub fn with_weights(mut self, weights: RankingWeights) -> Searcher<'a> {
        self.weights = weights;
        self
    }

    /// Uses these snippet lengths instead of the defaults.
    pub fn with_snippets(mut self, snippets: SnippetOptions) -> Searcher<'a> {
        self.snippets = snippets;
        self
    }

    /// Runs a search: the total, the requested page of ranked hits with snippets, the
    /// facet counts, corrections and notices. Never panics, whatever the request holds.
    pub fn search(&self, req: &SearchRequest) -> SearchResults {
        let ev = self.evaluate(req, true);
        let (total, ranked) = self.rank(req, &ev);
        let hits = ranked
            .get(req.offset.min(ranked.len())..)
            .unwrap_or(&[])
            .iter()
            .map(|&(doc, score)| self.hit(&ev.plan, doc, score))
            .collect();
        SearchResults {
            total,
            hits,
            offset: req.offset,
            corrected_query: ev.plan.corrected_text(&req.query),
            corrections: ev.plan.corrections.clone(),
            notices: ev.notices,
            facets: ev.facets,
        }
    }

    /// The articles of the requested page of [`Searcher::search`]'s hits, in the same
    /// order, without what it adds to them (snippets, highlights, facet counts,
    /// notices): for callers that only want to know which articles, such as the JS
    /// API's `searchIndex`, whose benchmark compares it with libraries that return ids.
    pub fn top_articles(&self, req: &SearchRequest) -> Vec<usize> {
        let ev = self.evaluate(req, false);
        let (_, ranked) = self.rank(req, &ev);
        ranked
            .get(req.offset.min(ranked.len())..)
            .unwrap_or(&[])
            .iter()
            .map(|&(doc, _)| doc as usize)
            .collect()
    }

    /// The total number of matches and the ranked matches up to the end of the
    /// requested page (the articles before `req.offset` included), in display order.
    fn rank(&self, req: &SearchRequest, ev: &Evaluated) -> (usize, Vec<(u32, f32)>) {
        let mut ranked = self.score(&ev.plan, &ev.docs);
        let total = ranked.len();
        let end = req.offset.saturating_add(req.limit).min(total);
        let facets = self.index.facets();
        let order =
            |a: &(u32, f32), b: &(u32, f32)| compare(req.sort, a, b, |d| facets.date(d as usize));
        if end < total && end > 0 {
            ranked.select_nth_unstable_by(end - 1, order);
            ranked.truncate(end);
        }
        crate::sort::sort_by(&mut ranked, order);
        (total, ranked)
    }

    /// Every match of `query`'s words and phrases in article `article` (title first,
    /// then paragraphs in order), whether or not the article satisfies the whole
    /// query, for the reader to highlight and step through. Out-of-range articles give
    /// no matches.
    pub fn match_positions(&self, article: usize, query: &str) -> Vec<MatchPosition> {
        let Some(a) = self.articles.get(article) else {
            return Vec::new();
        };
        if article >= self.index.doc_count() {
            return Vec::new();
        }
        let doc = article as u32;
        let plan = Plan::scoped(self.index, &Query::parse(query), query, &[doc]);
        let located = locate(a, self.index.doc(article), &spans_in(&plan, doc));
        let mut out: Vec<MatchPosition> = Vec::with_capacity(located.len());
        let mut by_segment: Vec<(Option<usize>, Vec<super::results::ByteRange>)> = Vec::new();
        for l in located {
            match by_segment.last_mut() {
                Some((p, rs)) if *p == l.paragraph => rs.push(l.range),
                _ => by_segment.push((l.paragraph, vec![l.range])),
            }
        }
        for (paragraph, ranges) in by_segment {
            for range in merge_ranges(ranges) {
                let raw = paragraph.and_then(|p| a.paragraphs.get(p)).map(|p| {
                    let (s, e) = p.map.range_to_raw(range.start, range.end);
                    super::results::ByteRange::new(s, e)
                });
                out.push(MatchPosition {
                    paragraph,
                    range,
                    raw,
                });
            }
        }
        out
    }

    /// The concordance of a search: one row per occurrence of its words and phrases in
    /// the articles it matches, in corpus order up to the limit, then sorted.
    pub fn concordance(&self, req: &ConcordanceRequest) -> Concordance {
        let ev = self.evaluate(&req.search, false);
        let mut rows = Vec::new();
        let mut total = 0;
        for &doc in &ev.docs {
            let spans = spans_in(&ev.plan, doc);
            total += spans.len();
            if rows.len() >= req.limit {
                continue;
            }
            let d = doc as usize;
            let a = &self.articles[d];
            for m in locate(a, self.index.doc(d), &spans) {
                if rows.len() >= req.limit {
                    break;
                }
                rows.push(kwic::row(a, d, &m, req.context));
            }
        }
        kwic::sort_rows(&mut rows, req.sort);
        Concordance {
            truncated: rows.len() < total,
            rows,
            total,
        }
    }

    /// Parses, plans and filters: the final article set and the facet counts.
    /// Evaluates `req` down to its matching articles; `count_facets` says whether the
    /// facet counts are wanted (they cost a pass over every match).
    fn evaluate(&self, req: &SearchRequest, count_facets: bool) -> Evaluated {
        let docs_n = self.index.doc_count().min(self.articles.len());
        let query = Query::parse(&req.query);
        let plan = Plan::new(self.index, &query, &req.query);
        let mut notices = plan.notices.clone();
        let mut range = DateRange::default();
        for (bound, slot) in [
            (&req.after, &mut range.after),
            (&req.before, &mut range.before),
        ] {
            if let Some(s) = bound.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                match Date::parse_iso(s) {
                    Some(d) => *slot = Some(d),
                    None => notices.push(Notice::InvalidDate {
                        value: s.to_string(),
                    }),
                }
            }
        }
        let allowed = filter::allowed(
            &plan.filters,
            range,
            self.index.facets(),
            docs_n,
            self.speakers,
            &mut notices,
        );
        let base: Vec<u32> = match (&plan.candidates, &allowed) {
            (Some(c), Some(a)) => c
                .iter()
                .copied()
                .filter(|&d| a.get(d as usize) == Some(&true))
                .collect(),
            (Some(c), None) => c
                .iter()
                .copied()
                .filter(|&d| (d as usize) < docs_n)
                .collect(),
            (None, Some(a)) => (0..docs_n as u32).filter(|&d| a[d as usize]).collect(),
            (None, None) => (0..docs_n as u32).collect(),
        };
        let (docs, facets) = if count_facets || !req.facets.is_empty() {
            self.index.facets().select(&base, &req.facets)
        } else {
            (base, Facets::default())
        };
        Evaluated {
            plan,
            docs,
            facets,
            notices,
        }
    }

    /// BM25F scores of `docs` (ascending) under `plan`.
    fn score(&self, plan: &Plan, docs: &[u32]) -> Vec<(u32, f32)> {
        let avg = FieldAverages {
            docs: self.index.doc_count(),
            avg_title_len: self.index.avg_title_len(),
            avg_body_len: self.index.avg_body_len(),
        };
        let idfs: Vec<f32> = plan
            .atoms
            .iter()
            .map(|a| RankingWeights::idf(avg.docs, a.doc_freq))
            .collect();
        let mut cursors = vec![0usize; plan.atoms.len()];
        docs.iter()
            .map(|&doc| {
                let stats = self.index.doc(doc as usize);
                let mut score = 0.0;
                for (i, atom) in plan.atoms.iter().enumerate() {
                    if !seek(atom.matches.docs(), &mut cursors[i], doc) {
                        continue;
                    }
                    let starts = atom.matches.starts(cursors[i]);
                    let tf_title = starts.partition_point(|&p| p < stats.title_len) as u32;
                    let f = FieldFreqs {
                        tf_title,
                        title_len: stats.title_len,
                        tf_body: starts.len() as u32 - tf_title,
                        body_len: stats.body_len,
                    };
                    score += self.weights.atom_score(idfs[i], f, avg);
                }
                (doc, score)
            })
            .collect()
    }

    /// The hit for one ranked article: snippet and title highlights.
    fn hit(&self, plan: &Plan, doc: u32, score: f32) -> Hit {
        let d = doc as usize;
        let a = &self.articles[d];
        let stats = self.index.doc(d);
        let spans = spans_in(plan, doc);
        // Spans are sorted: the title's come first.
        let in_title = spans.partition_point(|s| s.start < stats.title_len);
        let title = locate(a, stats, &spans[..in_title]);
        Hit {
            article: d,
            id: a.id.clone(),
            score,
            title_highlights: merge_ranges(title.iter().map(|l| l.range).collect()),
            snippet: snippet(a, stats, &spans[in_title..], self.snippets),
            match_count: spans.len(),
        }
    }
}

/// Orders two scored articles under `sort`; see [`SortOrder`].
fn compare(
    sort: SortOrder,
    a: &(u32, f32),
    b: &(u32, f32),
    date: impl Fn(u32) -> Option<Date>,
) -> Ordering {
    // Known dates before unknown ones, in either direction.
    let by_date = |newest_first: bool| match (date(a.0), date(b.0)) {
        (Some(x), Some(y)) if newest_first => y.cmp(&x),
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let newest = || by_date(true);
    let oldest = || by_date(false);
    let by_score = || b.1.total_cmp(&a.1);
    let by_doc = || a.0.cmp(&b.0);
    match sort {
        SortOrder::Relevance => by_score().then_with(newest).then_with(by_doc),
        SortOrder::Newest => newest().then_with(by_score).then_with(by_doc),
        SortOrder::Oldest => oldest().then_with(by_score).then_with(by_doc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(sort: SortOrder, scored: &[(u32, f32)]) -> Vec<u32> {
        // Article 0 has no date, 1 is 2022-01-01, 2 is 2022-02-01.
        let date = |d: u32| match d {
            1 => Date::new(2022, 1, 1),
            2 => Date::new(2022, 2, 1),
            _ => None,
        };
        let mut v = scored.to_vec();
        v.sort_by(|a, b| compare(sort, a, b, date));
        v.into_iter().map(|(d, _)| d).collect()
    }

    #[test]
    fn equal_scores_go_newest_first_unknown_dates_last() {
        assert_eq!(
            order(SortOrder::Relevance, &[(0, 1.0), (1, 1.0), (2, 1.0)]),
            [2, 1, 0]
        );
    }

    #[test]
    fn score_beats_date() {
        assert_eq!(
            order(SortOrder::Relevance, &[(0, 2.0), (1, 1.0), (2, 1.0)]),
            [0, 2, 1]
        );
    }

    #[test]
    fn date_orders_keep_unknown_dates_last() {
        let all = [(0, 3.0), (1, 1.0), (2, 2.0)];
        assert_eq!(order(SortOrder::Newest, &all), [2, 1, 0]);
        assert_eq!(order(SortOrder::Oldest, &all), [1, 2, 0]);
    }

    #[test]
    fn same_date_and_score_falls_back_to_corpus_order() {
        assert_eq!(
            order(SortOrder::Relevance, &[(5, 1.0), (3, 1.0), (4, 1.0)]),
            [3, 4, 5]
        );
    }
}
