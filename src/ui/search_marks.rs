//! Search matches as [`Mark`]s: for a result's snippet and title, and for the reader's
//! paragraphs (all matches, the current one distinct). Pure functions, so the reader
//! only extends each paragraph's marks with what these return.

use super::marks::{Mark, MarkKind};
use crate::engine::Engine;
use crate::search::{ByteRange, KwicRow, MatchPosition};

/// The matches of `query` in the body of `article` (by position), in reading order.
///
/// Title matches are left out: the reader shows the title in its header, which is not
/// marked, so counting them would make "match 1 of N" point at nothing.
pub fn body_matches(engine: &Engine, article: usize, query: &str) -> Vec<MatchPosition> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let mut out: Vec<MatchPosition> = engine
        .match_positions(article, query)
        .into_iter()
        .filter(|m| m.paragraph.is_some())
        .collect();
    crate::sort::sort(&mut out);
    out
}

/// Hit marks for a snippet or a title: plain highlights, no ids.
pub fn hit_marks(ranges: &[ByteRange]) -> Vec<Mark> {
    ranges
        .iter()
        .map(|r| Mark::new(r.start, r.end, MarkKind::Hit))
        .collect()
}

/// The marks of paragraph `paragraph` in the reader: every match in it, with the id
/// `hit-<n>` (n = its index among all the article's matches) so the reader can scroll
/// to it, and the `current` one marked as [`MarkKind::CurrentHit`].
pub fn paragraph_marks(matches: &[MatchPosition], paragraph: usize, current: usize) -> Vec<Mark> {
    matches
        .iter()
        .enumerate()
        .filter(|(_, m)| m.paragraph == Some(paragraph))
        .map(|(n, m)| {
            let kind = if n == current {
                MarkKind::CurrentHit
            } else {
                MarkKind::Hit
            };
            Mark {
                id: Some(hit_id(n)),
                testid: Some("reader-hit"),
                ..Mark::new(m.range.start, m.range.end, kind)
            }
        })
        .collect()
}

/// The element id of the reader's `n`-th match (counted from 0).
pub fn hit_id(n: usize) -> String {
    format!("hit-{n}")
}

/// Which of `matches` a concordance row is (its `m` index in the reader), or `None` for a
/// row in the title or one the reader does not list.
pub fn row_match_index(matches: &[MatchPosition], row: &KwicRow) -> Option<usize> {
    // The reader merges overlapping matches, so a row's range lies within one of them.
    matches.iter().position(|m| {
        m.paragraph.is_some()
            && m.paragraph == row.paragraph
            && m.range.start <= row.range.start
            && row.range.end <= m.range.end
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(paragraph: usize, start: usize, end: usize) -> MatchPosition {
        MatchPosition {
            paragraph: Some(paragraph),
            range: ByteRange::new(start, end),
            raw: None,
        }
    }

    #[test]
    fn only_the_paragraphs_matches_are_marked_and_the_current_one_differs() {
        let matches = [at(0, 0, 6), at(2, 4, 10), at(2, 20, 26)];
        let marks = paragraph_marks(&matches, 2, 2);
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0].kind, MarkKind::Hit);
        assert_eq!(marks[0].id.as_deref(), Some("hit-1"));
        assert_eq!(marks[1].kind, MarkKind::CurrentHit);
        assert_eq!((marks[1].start, marks[1].end), (20, 26));
        assert!(paragraph_marks(&matches, 1, 0).is_empty());
    }

    #[test]
    fn a_concordance_row_finds_the_merged_match_that_holds_it() {
        let matches = [at(0, 0, 6), at(3, 10, 30)];
        let row = KwicRow {
            article: 0,
            id: "a".into(),
            paragraph: Some(3),
            left: String::new(),
            matched: "red".into(),
            right: String::new(),
            range: ByteRange::new(10, 13),
            raw: None,
        };
        assert_eq!(row_match_index(&matches, &row), Some(1));
        let title = KwicRow {
            paragraph: None,
            ..row
        };
        assert_eq!(row_match_index(&matches, &title), None);
    }
}
