//! `dossier check DIR`: ingest a folder the way the site build does and report each
//! article's metadata, then every warning and error, each naming its file.
//!
//! Exit codes: 0 = every file usable, 1 = at least one error, 2 = usage error (no DIR, or
//! DIR is not a folder).

use std::io::Write;
use std::path::Path;

use crate::corpus::{self, Article, CorpusError, SourceFile, CATALOG_FILE, MAX_FILE_BYTES};

/// Widest title shown in the table, in characters.
const TITLE_WIDTH: usize = 40;

/// Runs `check`; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let [dir] = args else {
        writeln!(err, "usage: dossier check DIR")?;
        return Ok(2);
    };
    let dir = Path::new(dir);
    if !dir.is_dir() {
        writeln!(err, "dossier check: {} is not a folder", dir.display())?;
        return Ok(2);
    }
    let folder = match load_dir(dir) {
        Ok(folder) => folder,
        Err(e) => {
            writeln!(err, "dossier check: cannot list {}: {e}", dir.display())?;
            return Ok(2);
        }
    };
    let ingest = corpus::ingest(folder.files, folder.catalog.as_deref());
    let mut errors = folder.errors;
    errors.extend(ingest.errors);
    let articles = &ingest.corpus.articles;

    write_table(articles, out)?;
    let mut warnings = 0;
    for a in articles {
        for w in &a.warnings {
            writeln!(out, "warning: {}: {w}", a.file_name)?;
            warnings += 1;
        }
    }
    for e in &errors {
        writeln!(err, "error: {e}")?;
    }
    writeln!(
        out,
        "{} articles, {} warnings, {} errors",
        articles.len(),
        warnings,
        errors.len()
    )?;
    Ok(if errors.is_empty() { 0 } else { 1 })
}

/// What a corpus folder holds, read from disk: article files, the catalog text, and the
/// files that could not even be read.
pub struct Folder {
    pub files: Vec<SourceFile>,
    pub catalog: Option<String>,
    pub errors: Vec<CorpusError>,
}

/// Reads `*.txt` and `*.md` files and `catalog.toml` from `dir` (not its subfolders).
/// Files over [`MAX_FILE_BYTES`] are reported without being read.
pub fn load_dir(dir: &Path) -> std::io::Result<Folder> {
    let mut folder = Folder {
        files: Vec::new(),
        catalog: None,
        errors: Vec::new(),
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_catalog = name == CATALOG_FILE;
        if !is_catalog && !corpus::is_article_file(&name) {
            continue;
        }
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let unreadable = |e: std::io::Error| CorpusError::Unreadable {
            file: name.clone(),
            why: e.to_string(),
        };
        match std::fs::metadata(&path) {
            Ok(m) if m.len() > MAX_FILE_BYTES as u64 => {
                folder.errors.push(CorpusError::TooLarge {
                    file: name,
                    bytes: m.len(),
                });
                continue;
            }
            Ok(_) => {}
            Err(e) => {
                folder.errors.push(unreadable(e));
                continue;
            }
        }
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                folder.errors.push(unreadable(e));
                continue;
            }
        };
        if is_catalog {
            match String::from_utf8(bytes) {
                Ok(text) => folder.catalog = Some(text),
                Err(e) => folder.errors.push(CorpusError::NotUtf8 {
                    file: name,
                    byte: e.utf8_error().valid_up_to(),
                }),
            }
        } else {
            folder.files.push(SourceFile { name, bytes });
        }
    }
    Ok(folder)
}

/// One row per article; "unknown" wherever the corpus does not say.
fn write_table(articles: &[Article], out: &mut dyn Write) -> std::io::Result<()> {
    let header = [
        "id", "title", "outlet", "date", "authors", "words", "language",
    ]
    .map(String::from);
    let mut rows = vec![header];
    for a in articles {
        let m = &a.meta;
        let langs: Vec<&str> = a.langs().iter().map(|l| l.name()).collect();
        rows.push([
            a.id.clone(),
            truncate(or_unknown(&m.title), TITLE_WIDTH),
            or_unknown(m.outlet.as_deref().unwrap_or("")),
            m.date
                .map_or_else(|| "unknown".to_string(), |d| d.to_string()),
            or_unknown(&m.authors.join("; ")),
            a.word_count().to_string(),
            langs.join("+"),
        ]);
    }
    let mut widths = [0usize; 7];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count()));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn or_unknown(s: &str) -> String {
    if s.is_empty() {
        "unknown".to_string()
    } else {
        s.to_string()
    }
}

/// At most `max` characters, with "…" marking a cut.
fn truncate(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        return s;
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        let t = truncate(
            "Russia-U.S. Talks Concluded With Posturing and Threats, but No Movement on Either Side".into(),
            TITLE_WIDTH,
        );
        assert_eq!(t.chars().count(), TITLE_WIDTH);
        assert!(t.ends_with('…'));
    }

    #[test]
    fn missing_dir_is_a_usage_error() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(&[], &mut out, &mut err).ok(), Some(2));
        let args = vec!["/nonexistent/dossier/corpus".to_string()];
        assert_eq!(run(&args, &mut out, &mut err).ok(), Some(2));
    }
}
