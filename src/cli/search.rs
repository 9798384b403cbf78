//! `dossier search [--json] [--corpus DIR] [--limit N] QUERY...`: ranked hits with
//! snippets, over the embedded corpus or a folder, through the same Engine as the site.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use crate::corpus::{self, Ingest, SourceFile};
use crate::engine::Engine;
use crate::search::{SearchRequest, SearchResults, Snippet};

const HELP: &str = "usage: dossier search [--json] [--corpus DIR] [--limit N] QUERY...";

/// Runs `search`; returns the exit code (2 on bad arguments).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let mut json = false;
    let mut dir: Option<&str> = None;
    let mut limit = 10;
    let mut words: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--corpus" => match it.next() {
                Some(d) => dir = Some(d),
                None => return usage(err, "--corpus needs a folder"),
            },
            "--limit" => match it.next().and_then(|n| n.parse().ok()) {
                Some(n) => limit = n,
                None => return usage(err, "--limit needs a number"),
            },
            "-h" | "--help" => {
                writeln!(out, "{HELP}")?;
                return Ok(0);
            }
            // `--` ends the options, so a query may start with a dash (`-- -Lavrov NATO`).
            "--" => {
                words.extend(it.by_ref().map(String::as_str));
            }
            w => words.push(w),
        }
    }
    let ingest = match dir {
        Some(d) => read_corpus(Path::new(d))?,
        None => corpus::embedded(),
    };
    for e in &ingest.errors {
        writeln!(err, "dossier: skipped {e}")?;
    }
    let engine = Engine::new(ingest.corpus);
    let request = SearchRequest {
        limit,
        ..SearchRequest::new(words.join(" "))
    };
    let started = Instant::now();
    let results = engine.search(&request);
    let took = started.elapsed();
    if json {
        let text = serde_json::to_string(&results).map_err(std::io::Error::other)?;
        writeln!(out, "{text}")?;
    } else {
        print_text(
            &engine,
            &request.query,
            &results,
            took.as_secs_f64() * 1000.0,
            out,
        )?;
    }
    Ok(0)
}

fn usage(err: &mut dyn Write, why: &str) -> std::io::Result<i32> {
    writeln!(err, "dossier search: {why}\n{HELP}")?;
    Ok(2)
}

/// Reads every `.txt` / `.md` file of `dir` and its `catalog.toml`, if any.
fn read_corpus(dir: &Path) -> std::io::Result<Ingest> {
    let mut files = Vec::new();
    let mut catalog = None;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name == "catalog.toml" {
            catalog = Some(std::fs::read_to_string(&path)?);
        } else if name.ends_with(".txt") || name.ends_with(".md") {
            files.push(SourceFile {
                bytes: std::fs::read(&path)?,
                name,
            });
        }
    }
    Ok(corpus::ingest(files, catalog.as_deref()))
}

fn print_text(
    engine: &Engine,
    query: &str,
    r: &SearchResults,
    took_ms: f64,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let noun = if r.total == 1 { "article" } else { "articles" };
    writeln!(out, "{} {noun} for `{query}` ({took_ms:.2} ms)", r.total)?;
    if let Some(c) = &r.corrected_query {
        writeln!(out, "showing results for `{c}`")?;
    }
    for n in &r.notices {
        writeln!(out, "note: {}", n.message())?;
    }
    for (i, h) in r.hits.iter().enumerate() {
        let Some(a) = engine.articles().get(h.article) else {
            continue;
        };
        let outlet = a.meta.outlet.as_deref().unwrap_or("unknown outlet");
        let date = a
            .meta
            .date
            .map_or_else(|| "unknown date".to_string(), |d| d.to_string());
        writeln!(
            out,
            "\n{:>3}. {}  [{}]",
            r.offset + i + 1,
            a.meta.title,
            h.id
        )?;
        writeln!(
            out,
            "     {outlet} · {date} · score {:.3} · {} matches",
            h.score, h.match_count
        )?;
        writeln!(out, "     {}", marked(&h.snippet))?;
    }
    Ok(())
}

/// The snippet with each highlight in [brackets] and ellipses where it was cut.
fn marked(s: &Snippet) -> String {
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    format!(
        "{}{}{}",
        ellipsis(s.cut_start),
        s.bracketed(),
        ellipsis(s.cut_end)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> (i32, String) {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut out, &mut err).unwrap_or(1);
        (code, String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn prints_hits_with_marked_snippets() {
        let (code, out) = run_args(&["Lavrov"]);
        assert_eq!(code, 0);
        assert!(out.starts_with("3 articles for `Lavrov`"), "{out}");
        assert!(out.contains("[Lavrov]"), "{out}");
    }

    #[test]
    fn json_is_the_results_struct() {
        let (code, out) = run_args(&["--json", "Lavorv"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(v["total"], 3);
        assert_eq!(v["corrected_query"], "lavrov");
    }

    #[test]
    fn double_dash_allows_a_leading_exclusion() {
        let (_, out) = run_args(&["--", "-Lavrov", "NATO"]);
        assert!(out.starts_with("2 articles"), "{out}");
    }

    #[test]
    fn bad_arguments_exit_2() {
        assert_eq!(run_args(&["--limit"]).0, 2);
        assert_eq!(run_args(&["--corpus"]).0, 2);
    }
}
