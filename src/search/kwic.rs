//! Concordance (key word in context): one row per occurrence of the query's words and
//! phrases, with the text to its left and right, sortable as concordancers sort, and
//! exportable as CSV.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::locate::{segment_text, Located};
use super::results::ByteRange;
use crate::corpus::Article;
use crate::text::normalize::fold;
use crate::text::token::words;

/// How concordance rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KwicSort {
    /// Corpus order: article, then position in the article.
    #[default]
    Document,
    /// By the word just before the match, then the one before that, and so on
    /// (reading the left context right to left, as concordancers do), so that phrases
    /// such as "Foreign Minister Lavrov" and "Minister Lavrov" group together.
    Left,
    /// By the word just after the match, then the next, and so on.
    Right,
}

/// One occurrence with its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KwicRow {
    /// The article's position in the engine's list.
    pub article: usize,
    /// The article's id.
    pub id: String,
    /// Paragraph index, or `None` for the title.
    pub paragraph: Option<usize>,
    /// Text before the match in the same paragraph, cut at a word start.
    pub left: String,
    /// The matched text, verbatim.
    pub matched: String,
    /// Text after the match in the same paragraph, cut at a word end.
    pub right: String,
    /// Byte range of the match in the paragraph (or title).
    pub range: ByteRange,
    /// Byte range of the match in the raw file; `None` for the title.
    pub raw: Option<ByteRange>,
}

/// Builds the row for one located match, with about `context` characters each side.
pub fn row(article: &Article, index: usize, m: &Located, context: usize) -> KwicRow {
    let text = segment_text(article, m.paragraph);
    let (s, e) = (m.range.start.min(text.len()), m.range.end.min(text.len()));
    let left = left_context(&text[..s], context);
    let right = right_context(&text[e..], context);
    let raw = m
        .paragraph
        .and_then(|p| article.paragraphs.get(p))
        .map(|p| {
            let (rs, re) = p.map.range_to_raw(s, e);
            ByteRange::new(rs, re)
        });
    KwicRow {
        article: index,
        id: article.id.clone(),
        paragraph: m.paragraph,
        left: left.to_string(),
        matched: text[s..e].to_string(),
        right: right.to_string(),
        range: ByteRange::new(s, e),
        raw,
    }
}

/// The end of `before` holding about `chars` characters, starting at a word start.
fn left_context(before: &str, chars: usize) -> &str {
    if chars == 0 {
        return "";
    }
    let Some((cut, _)) = before.char_indices().rev().nth(chars - 1) else {
        return before;
    };
    if cut == 0 {
        return before;
    }
    // Begin at the first whole word after the cut, so no word is halved.
    let tail = &before[cut..];
    let mut ws = words(tail);
    let first = if is_mid_word(before, cut) {
        ws.nth(1)
    } else {
        ws.next()
    };
    first.map_or("", |(w, _)| &tail[w..])
}

/// Whether byte `at` of `s` falls inside a word (a letter on both sides).
fn is_mid_word(s: &str, at: usize) -> bool {
    let prev = s[..at].chars().next_back();
    let next = s[at..].chars().next();
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

/// The start of `after` holding about `chars` characters, ending at a word end.
fn right_context(after: &str, chars: usize) -> &str {
    let Some((cut, _)) = after.char_indices().nth(chars) else {
        return after;
    };
    let mut end = 0;
    for (w, word) in words(after) {
        if w + word.len() > cut {
            break;
        }
        end = w + word.len();
    }
    &after[..end]
}

/// The folded words of the left context, nearest first.
fn left_key(r: &KwicRow) -> Vec<String> {
    let mut ws: Vec<String> = words(&r.left).map(|(_, w)| fold(w)).collect();
    ws.reverse();
    ws
}

/// The folded words of the right context, nearest first.
fn right_key(r: &KwicRow) -> Vec<String> {
    words(&r.right).map(|(_, w)| fold(w)).collect()
}

fn document_order(a: &KwicRow, b: &KwicRow) -> Ordering {
    (a.article, a.paragraph, a.range.start).cmp(&(b.article, b.paragraph, b.range.start))
}

/// Sorts rows in place; equal keys keep corpus order.
pub fn sort_rows(rows: &mut [KwicRow], sort: KwicSort) {
    match sort {
        KwicSort::Document => crate::sort::sort_by(rows, document_order),
        KwicSort::Left => sort_by_key_then_document(rows, left_key),
        KwicSort::Right => sort_by_key_then_document(rows, right_key),
    }
}

fn sort_by_key_then_document(rows: &mut [KwicRow], key: fn(&KwicRow) -> Vec<String>) {
    let mut keyed: Vec<(Vec<String>, KwicRow)> = rows.iter().map(|r| (key(r), r.clone())).collect();
    crate::sort::sort_by(&mut keyed, |(ka, a), (kb, b)| {
        ka.cmp(kb).then_with(|| document_order(a, b))
    });
    for (slot, (_, r)) in rows.iter_mut().zip(keyed) {
        *slot = r;
    }
}

/// The rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
/// quote or line break enclosed in double quotes with inner quotes doubled), with a
/// header line. Text is written exactly as in the article, so a quotation can be
/// checked against the source; spreadsheet users should import the file as text.
pub fn to_csv(rows: &[KwicRow]) -> String {
    let mut out =
        String::from("article,paragraph,left,match,right,start,end,raw_start,raw_end\r\n");
    for r in rows {
        let paragraph = r
            .paragraph
            .map_or_else(|| "title".to_string(), |p| p.to_string());
        let (raw_start, raw_end) = r.raw.map_or((String::new(), String::new()), |x| {
            (x.start.to_string(), x.end.to_string())
        });
        let fields = [
            r.id.as_str(),
            &paragraph,
            &r.left,
            &r.matched,
            &r.right,
            &r.range.start.to_string(),
            &r.range.end.to_string(),
            &raw_start,
            &raw_end,
        ];
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_csv_field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    fn located(a: &Article, p: usize, needle: &str) -> Located {
        let start = a.paragraphs[p].text.find(needle).expect("needle in text");
        Located {
            paragraph: Some(p),
            range: ByteRange::new(start, start + needle.len()),
            atom: 0,
        }
    }

    // Seed 001.
    const PARA: &str = "Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience.";

    #[test]
    fn row_has_context_on_both_sides() {
        let a = article("t", &[PARA]);
        let r = row(&a, 0, &located(&a, 0, "Lavrov"), 200);
        assert_eq!(r.left, "Russian Foreign Minister Sergei ");
        assert_eq!(r.matched, "Lavrov");
        // The whole rest of the paragraph fits: it is kept to its last character.
        assert_eq!(
            r.right,
            " warned on Friday that Moscow was running out of patience."
        );
        assert_eq!(r.raw, Some(ByteRange::new(r.range.start, r.range.end)));
    }

    #[test]
    fn context_is_cut_at_word_boundaries() {
        let a = article("t", &[PARA]);
        let r = row(&a, 0, &located(&a, 0, "Lavrov"), 12);
        // 12 characters back from "Lavrov" land inside "Minister": start at "Sergei".
        assert_eq!(r.left, "Sergei ");
        // 12 characters on: " warned on F" — stop after "on".
        assert_eq!(r.right, " warned on");
    }

    fn row_with(left: &str, right: &str, article: usize) -> KwicRow {
        KwicRow {
            article,
            id: format!("a{article}"),
            paragraph: Some(0),
            left: left.into(),
            matched: "Lavrov".into(),
            right: right.into(),
            range: ByteRange::new(0, 6),
            raw: None,
        }
    }

    #[test]
    fn left_sort_reads_the_left_context_right_to_left() {
        let mut rows = vec![
            row_with("Foreign Minister ", " said", 0),
            row_with("said Mr. ", " warned", 1),
            row_with("Deputy Minister ", " added", 2),
            row_with("", " spoke", 3),
        ];
        sort_rows(&mut rows, KwicSort::Left);
        let order: Vec<usize> = rows.iter().map(|r| r.article).collect();
        // Keys: [], [minister, deputy], [minister, foreign], [mr, said].
        assert_eq!(order, [3, 2, 0, 1]);
    }

    #[test]
    fn right_sort_reads_the_right_context() {
        let mut rows = vec![
            row_with("", " warned on Friday", 0),
            row_with("", " said Thursday", 1),
            row_with("", " said Monday", 2),
        ];
        sort_rows(&mut rows, KwicSort::Right);
        let order: Vec<usize> = rows.iter().map(|r| r.article).collect();
        assert_eq!(order, [2, 1, 0]);
        sort_rows(&mut rows, KwicSort::Document);
        assert_eq!(
            rows.iter().map(|r| r.article).collect::<Vec<_>>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let rows = vec![
            row_with("“We will not wait forever,” Mr. ", " said, \"again\"", 0),
            row_with("line\nbreak ", "plain", 1),
        ];
        let csv = to_csv(&rows);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "article,paragraph,left,match,right,start,end,raw_start,raw_end"
        );
        assert_eq!(
            lines[1],
            "a0,0,\"“We will not wait forever,” Mr. \",Lavrov,\" said, \"\"again\"\"\",0,6,,"
        );
        assert_eq!(lines[2], "a1,0,\"line\nbreak \",Lavrov,plain,0,6,,");
        assert_eq!(lines[3], "");
    }
}
