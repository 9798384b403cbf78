//! `dossier pack DIR FILE`: ingest a corpus folder, build the engine and write it as a
//! corpus pack (`crate::pack`) for the site build to compile in (`scripts/build.sh`
//! runs it before Trunk; `build.rs` checks the pack against the folder).
//!
//! Exit codes: 0 = written, 1 = the folder or the file could not be read or written,
//! 2 = usage error.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use super::check::load_dir;
use crate::corpus;
use crate::engine::Engine;
use crate::pack::{self, header};

const HELP: &str = "usage: dossier pack DIR FILE";

/// Runs `pack`; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let [dir, file] = args else {
        writeln!(err, "{HELP}")?;
        return Ok(2);
    };
    let (dir, file) = (Path::new(dir), Path::new(file));
    if !dir.is_dir() {
        writeln!(err, "dossier pack: {} is not a folder", dir.display())?;
        return Ok(2);
    }
    let started = Instant::now();
    // The stamp first: a file changed while we ingest makes the pack stale, not wrong.
    let stamp = folder_stamp(dir)?;
    let folder = load_dir(dir)?;
    let ingest = corpus::ingest(folder.files, folder.catalog.as_deref());
    let mut errors = folder.errors;
    errors.extend(ingest.errors);
    let engine = Engine::new(ingest.corpus);
    let built = started.elapsed();
    let bytes = pack::write(&engine, &errors, stamp);
    // Read it back once here, where a failure is a clear message at build time rather
    // than an error banner in every visitor's browser.
    let reading = Instant::now();
    if let Err(e) = pack::read(&bytes) {
        writeln!(err, "dossier pack: the pack does not read back: {e}")?;
        return Ok(1);
    }
    let read = reading.elapsed();
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(file, &bytes)?;
    let raw: usize = engine.articles().iter().map(|a| a.raw.len()).sum();
    writeln!(
        out,
        "packed {} articles ({:.1} MB of text, {} errors) into {}: {:.1} MB, {} \
         (ingest + engine {:.1} s; reading it back {:.2} s)",
        engine.articles().len(),
        raw as f64 / 1e6,
        errors.len(),
        file.display(),
        bytes.len() as f64 / 1e6,
        match pack::IndexStorage::for_articles(engine.articles()) {
            pack::IndexStorage::Stored => "index stored",
            pack::IndexStorage::Rebuilt => "index rebuilt when read (small corpus)",
        },
        built.as_secs_f64(),
        read.as_secs_f64()
    )?;
    Ok(0)
}

/// The [`header::corpus_stamp`] of a folder: every regular file at its top, by name.
/// `build.rs` repeats this listing rule to check a pack against the folder.
pub fn folder_stamp(dir: &Path) -> std::io::Result<u64> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, std::fs::read(&path)?));
        }
    }
    Ok(header::corpus_stamp(
        files.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
    ))
}
