//! The match stream: an article's matches, turned from word positions into byte ranges
//! of its title and paragraphs. Snippets, reader highlights and concordance rows are all
//! sinks over this one stream, so they always agree on what matched.

use super::index::DocStats;
use super::planner::Plan;
use super::results::ByteRange;
use crate::corpus::Article;
use crate::text::token::word_ranges;

/// A match as word positions: `width` words from `start`, found by atom `atom`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PositionSpan {
    pub start: u32,
    pub width: u32,
    pub atom: usize,
}

/// A match located in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Located {
    /// Paragraph index, `None` for the title.
    pub paragraph: Option<usize>,
    /// Byte range in that paragraph's (or the title's) text.
    pub range: ByteRange,
    /// The query atom that matched.
    pub atom: usize,
}

/// Every occurrence of the plan's scoring atoms in article `doc`, in reading order.
pub fn spans_in(plan: &Plan, doc: u32) -> Vec<PositionSpan> {
    let mut spans: Vec<PositionSpan> = plan
        .atoms
        .iter()
        .enumerate()
        .flat_map(|(atom, a)| {
            a.matches
                .starts_in(doc)
                .iter()
                .map(move |&start| PositionSpan {
                    start,
                    width: a.matches.width.max(1),
                    atom,
                })
        })
        .collect();
    // std's sort on the per-hit path (queries pay for every hit; crate::sort is the
    // small-code choice elsewhere). Whole values are compared, so unstable is exact.
    spans.sort_unstable();
    spans
}

/// The text of a segment: the title (`None`) or a paragraph.
pub fn segment_text(article: &Article, paragraph: Option<usize>) -> &str {
    match paragraph {
        None => &article.meta.title,
        Some(p) => article.paragraphs.get(p).map_or("", |p| p.text.as_str()),
    }
}

/// Turns position spans (sorted) into byte ranges, re-tokenising each segment once.
/// Spans that do not fit the text (which cannot happen for an index built from this
/// article) are skipped rather than trusted.
pub fn locate(article: &Article, stats: &DocStats, spans: &[PositionSpan]) -> Vec<Located> {
    let mut out = Vec::with_capacity(spans.len());
    // The segment being located and its words' byte ranges.
    type Words = (Option<usize>, Vec<(usize, usize)>);
    let mut current: Option<Words> = None;
    for s in spans {
        let (segment, word) = stats.segment_of(s.start);
        if current.as_ref().is_none_or(|(seg, _)| *seg != segment) {
            let ranges = word_ranges(segment_text(article, segment)).collect();
            current = Some((segment, ranges));
        }
        let Some((_, ranges)) = current.as_ref() else {
            continue;
        };
        let first = ranges.get(word as usize);
        let last = ranges.get((word + s.width - 1) as usize);
        if let (Some(&(start, _)), Some(&(_, end))) = (first, last) {
            out.push(Located {
                paragraph: segment,
                range: ByteRange::new(start, end),
                atom: s.atom,
            });
        }
    }
    out
}

/// Sorted byte ranges with overlapping or touching ones merged.
pub fn merge_ranges(mut ranges: Vec<ByteRange>) -> Vec<ByteRange> {
    // A hit's highlights are a handful of ranges: the shared sort (one copy in the
    // bundle) costs nothing measurable here.
    crate::sort::sort(&mut ranges);
    let mut out: Vec<ByteRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::Index;
    use crate::search::query::Query;
    use crate::search::test_support::article;

    #[test]
    fn positions_become_byte_ranges_in_their_paragraph() {
        let a = article(
            "Lavrov warns",
            &[
                "Moscow is running out of patience.",
                "“We will not wait forever,” Mr. Lavrov said.",
            ],
        );
        let idx = Index::build(std::slice::from_ref(&a));
        let plan = Plan::new(&idx, &Query::parse("lavrov"), "lavrov");
        let located = locate(&a, idx.doc(0), &spans_in(&plan, 0));
        let texts: Vec<(Option<usize>, &str)> = located
            .iter()
            .map(|l| (l.paragraph, &segment_text(&a, l.paragraph)[l.range.range()]))
            .collect();
        assert_eq!(texts, [(None, "Lavrov"), (Some(1), "Lavrov")]);
    }

    #[test]
    fn phrase_spans_cover_all_their_words() {
        let a = article("t", &["Russia drew red lines over NATO."]);
        let idx = Index::build(std::slice::from_ref(&a));
        let plan = Plan::new(&idx, &Query::parse("\"red lines\""), "\"red lines\"");
        let located = locate(&a, idx.doc(0), &spans_in(&plan, 0));
        assert_eq!(&a.paragraphs[0].text[located[0].range.range()], "red lines");
    }

    #[test]
    fn overlapping_ranges_merge() {
        let r = |s, e| ByteRange::new(s, e);
        assert_eq!(
            merge_ranges(vec![r(5, 9), r(0, 3), r(2, 4), r(9, 10)]),
            vec![r(0, 4), r(5, 10)]
        );
    }
}
