//! `dossier quotes [--json] FILE...`: extract the quotes of each file.
//!
//! Contract (evaluation tools depend on it; keep it stable): with `--json`, one JSON object
//! per file and line, in argument order:
//! `{"file": PATH as given, "quotes": [{"text", "start", "end", "kind", "speaker", "cue"}]}`.
//! `start` / `end` are Unicode code-point offsets into the file's text and `text` is exactly
//! that slice: the words inside the quote marks for direct and partial quotes, the reported
//! clause for indirect ones. `kind` is `direct`, `partial` or `indirect`; `speaker` is the
//! canonical name or null; `cue` is the reporting verb phrase or null.
//!
//! Each file is ingested on its own (no catalog); speakers are then merged across all the
//! files given, so one person has one name in the output. A file that cannot be read as
//! text gets an error line on stderr naming it, the others are still processed, and the
//! exit code is 1. Without `--json` the quotes are printed as readable lines.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::corpus::{self, Article, CorpusError, SourceFile};
use crate::quotes::{QuoteBook, QuoteKind};

/// One quote in the JSON output.
#[derive(Debug, Serialize)]
struct QuoteLine<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: QuoteKind,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
}

/// One file in the JSON output.
#[derive(Debug, Serialize)]
struct FileLine<'a> {
    file: &'a str,
    quotes: Vec<QuoteLine<'a>>,
}

/// A file given on the command line, once read.
enum Input {
    /// Ingested: its index among the articles.
    Article(usize),
    /// Readable but holding no text: no quotes.
    Empty,
    /// Could not be used; the error was reported.
    Failed,
}

/// Maps byte offsets of `text` to code-point offsets.
struct CodePoints(Vec<usize>);

impl CodePoints {
    fn new(text: &str) -> CodePoints {
        CodePoints(text.char_indices().map(|(b, _)| b).collect())
    }

    /// The code-point offset of byte `b` (a char boundary, or the text's end).
    fn at(&self, b: usize) -> usize {
        self.0.partition_point(|&x| x < b)
    }
}

/// Runs `quotes`; returns the exit code (1 when any file could not be used, 2 on usage errors).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<&String> = args.iter().filter(|a| a.as_str() != "--json").collect();
    if paths.is_empty() || paths.iter().any(|p| p.starts_with("--")) {
        writeln!(err, "usage: dossier quotes [--json] FILE...")?;
        return Ok(2);
    }
    let mut articles: Vec<Article> = Vec::new();
    let mut inputs = Vec::with_capacity(paths.len());
    let mut failed = false;
    for path in &paths {
        let name = Path::new(path.as_str())
            .file_name()
            .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned());
        let bytes = match std::fs::read(path.as_str()) {
            Ok(b) => b,
            Err(e) => {
                writeln!(err, "dossier quotes: {path}: {e}")?;
                failed = true;
                inputs.push(Input::Failed);
                continue;
            }
        };
        let ingest = corpus::ingest(vec![SourceFile { name, bytes }], None);
        match (
            ingest.corpus.articles.into_iter().next(),
            ingest.errors.first(),
        ) {
            (Some(a), _) => {
                articles.push(a);
                inputs.push(Input::Article(articles.len() - 1));
            }
            (None, Some(CorpusError::Empty { .. })) => inputs.push(Input::Empty),
            (None, e) => {
                let why = e.map_or_else(|| "no article".to_string(), |e| e.to_string());
                writeln!(err, "dossier quotes: {path}: {why}")?;
                failed = true;
                inputs.push(Input::Failed);
            }
        }
    }
    let book = QuoteBook::build(&articles, &[]);
    for (path, input) in paths.iter().zip(&inputs) {
        let quotes: Vec<QuoteLine> = match input {
            Input::Failed => continue,
            Input::Empty => Vec::new(),
            Input::Article(ai) => {
                let raw = &articles[*ai].raw;
                let cps = CodePoints::new(raw);
                book.in_article(*ai)
                    .iter()
                    .filter_map(|q| {
                        Some(QuoteLine {
                            text: raw.get(q.raw.clone())?,
                            start: cps.at(q.raw.start),
                            end: cps.at(q.raw.end),
                            kind: q.kind,
                            speaker: book.speaker_name(q),
                            cue: q.cue.as_deref(),
                        })
                    })
                    .collect()
            }
        };
        if json {
            let line = FileLine { file: path, quotes };
            let text = serde_json::to_string(&line).map_err(std::io::Error::other)?;
            writeln!(out, "{text}")?;
        } else {
            for q in quotes {
                writeln!(
                    out,
                    "{path}:{}-{} {} [{}] {}: {}",
                    q.start,
                    q.end,
                    q.kind.as_str(),
                    q.cue.unwrap_or("-"),
                    q.speaker.unwrap_or("(unknown)"),
                    q.text
                )?;
            }
        }
    }
    Ok(if failed { 1 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_characters_not_bytes() {
        let cps = CodePoints::new("Журналіст said “yes”");
        assert_eq!(cps.at(0), 0);
        assert_eq!(cps.at("Журналіст".len()), 9);
        let all = "Журналіст said “yes”";
        assert_eq!(cps.at(all.len()), all.chars().count());
    }

    #[test]
    fn no_files_is_a_usage_error() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&["--json".to_string()], &mut out, &mut err).unwrap_or(0);
        assert_eq!(code, 2);
    }
}
