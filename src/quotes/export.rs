//! Quotes as export rows, written as CSV (RFC 4180) or JSON: what a journalist needs to
//! cite a quote — who, where, when, and the exact place in the source file.

use serde::Serialize;

use crate::corpus::Article;

use super::{Quote, QuoteKind, Speaker};

/// One exported quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportRow {
    /// The quote's id in this build of the corpus.
    pub quote: usize,
    /// The article's id (its file stem).
    pub article: String,
    /// The article's file name in the corpus folder.
    pub file: String,
    /// The article's headline.
    pub title: String,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The speaker's canonical name, when named.
    pub speaker: Option<String>,
    /// The speaker's role in the article, when given.
    pub role: Option<String>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The reporting verb phrase, when there is one.
    pub cue: Option<String>,
    /// The quoted words or the reported clause.
    pub text: String,
    /// Index of the paragraph in the article's clean text.
    pub paragraph: usize,
    /// Unicode code-point offset of the quote's start in the source file (as `dossier quotes`).
    pub start: usize,
    /// Unicode code-point offset just past the quote's end in the source file.
    pub end: usize,
}

impl ExportRow {
    /// The row for quote `id` of article `a`.
    pub fn new(id: usize, q: &Quote, a: &Article, speaker: Option<&Speaker>) -> ExportRow {
        let cp = |b: usize| a.raw.get(..b).map_or(0, |s| s.chars().count());
        ExportRow {
            quote: id,
            article: a.id.clone(),
            file: a.file_name.clone(),
            title: a.meta.title.clone(),
            outlet: a.meta.outlet.clone(),
            date: a.meta.date.map(|d| d.to_string()),
            speaker: speaker.map(|s| s.name.clone()),
            role: q.role.clone(),
            kind: q.kind,
            cue: q.cue.clone(),
            text: q.text.clone(),
            paragraph: q.paragraph,
            start: cp(q.raw.start),
            end: cp(q.raw.end),
        }
    }
}

/// The CSV header, in column order.
pub const CSV_HEADER: [&str; 14] = [
    "quote",
    "article",
    "file",
    "title",
    "outlet",
    "date",
    "speaker",
    "role",
    "kind",
    "cue",
    "text",
    "paragraph",
    "start",
    "end",
];

/// Quotes a CSV field when it holds a comma, a quote mark or a line break (RFC 4180); a
/// field that a spreadsheet would run as a formula is prefixed with `'`.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The rows as CSV with a header line, lines ending in CRLF (RFC 4180).
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        let opt = |o: &Option<String>| o.as_deref().map(field).unwrap_or_default();
        let cells = [
            r.quote.to_string(),
            field(&r.article),
            field(&r.file),
            field(&r.title),
            opt(&r.outlet),
            opt(&r.date),
            opt(&r.speaker),
            opt(&r.role),
            r.kind.as_str().to_string(),
            opt(&r.cue),
            field(&r.text),
            r.paragraph.to_string(),
            r.start.to_string(),
            r.end.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The rows as a pretty-printed JSON array.
pub fn to_json(rows: &[ExportRow]) -> String {
    serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> ExportRow {
        ExportRow {
            quote: 3,
            article: "001".into(),
            file: "001.txt".into(),
            title: "Talks, Threats".into(),
            outlet: None,
            date: Some("2022-01-10".into()),
            speaker: Some("Sergei Lavrov".into()),
            role: None,
            kind: QuoteKind::Direct,
            cue: Some("said".into()),
            text: text.into(),
            paragraph: 4,
            start: 10,
            end: 35,
        }
    }

    #[test]
    fn csv_quotes_commas_quote_marks_and_line_breaks() {
        let csv = to_csv(&[row("We will \"not\" wait,\nforever")]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert!(lines[1].starts_with(
            "3,001,001.txt,\"Talks, Threats\",,2022-01-10,Sergei Lavrov,,direct,said,"
        ));
        assert!(lines[1].contains("\"We will \"\"not\"\" wait,\nforever\""));
    }

    #[test]
    fn csv_defuses_spreadsheet_formulas() {
        assert!(to_csv(&[row("=HYPERLINK(\"x\")")]).contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }

    #[test]
    fn json_is_an_array_of_rows() {
        let v: serde_json::Value = serde_json::from_str(&to_json(&[row("a")])).unwrap_or_default();
        assert_eq!(v[0]["speaker"], "Sergei Lavrov");
        assert_eq!(v[0]["kind"], "direct");
        assert_eq!(v[0]["start"], 10);
    }
}
