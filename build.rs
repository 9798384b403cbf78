//! Build script for the corpus that `include_dir` compiles into the app:
//! - chooses the folder: `corpus/` in the repository, or the folder named by the
//!   environment variable `DOSSIER_CORPUS` (e.g. `DOSSIER_CORPUS=target/bench/synth` to
//!   measure a large corpus), passed to the crate as `DOSSIER_CORPUS_DIR`;
//! - makes the build notice added, changed or removed corpus files (include_dir does not);
//! - fails the build, naming the file and the reason, when a corpus file or the catalog is
//!   unusable. The rules are `src/corpus/validate.rs`, the very code `ingest` and
//!   `dossier check` run, included here by path;
//! - hands the app the checked catalog as Rust code (`build/catalog_code.rs`), so the wasm
//!   bundle needs no TOML parser;
//! - generates the Unicode tables of `src/text/unicode/` (see `build/unicode_tables.rs`).

#[allow(dead_code)]
#[path = "src/corpus/validate.rs"]
mod validate;

#[path = "build/unicode_tables.rs"]
mod unicode_tables;

#[path = "build/catalog_code.rs"]
mod catalog_code;

use std::path::{Path, PathBuf};

use validate::CorpusError;

/// The folder compiled in when `DOSSIER_CORPUS` is not set.
const DEFAULT_CORPUS_DIR: &str = "corpus";

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").map_or_else(PathBuf::new, PathBuf::from);
    unicode_tables::write(&out_dir);
    println!("cargo:rerun-if-env-changed=DOSSIER_CORPUS");
    let corpus_dir = corpus_dir();
    // Absolute, because include_dir! reads it from the crate being compiled.
    println!(
        "cargo:rustc-env=DOSSIER_CORPUS_DIR={}",
        corpus_dir.display()
    );
    println!("cargo:rerun-if-changed={}", corpus_dir.display());
    // No folder, no catalog; replaced below when there is one.
    catalog_code::write(&out_dir, &validate::Catalog::default());
    let Ok(entries) = std::fs::read_dir(&corpus_dir) else {
        if std::env::var_os("DOSSIER_CORPUS").is_some() {
            eprintln!(
                "error: DOSSIER_CORPUS names {}, which is not a readable folder",
                corpus_dir.display()
            );
            std::process::exit(1);
        }
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in &paths {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    let (errors, catalog) = check(&paths);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {}/{e}", corpus_dir.display());
        }
        eprintln!(
            "error: {} problem(s) in the corpus folder; fix them or run `dossier check {}`",
            errors.len(),
            corpus_dir.display()
        );
        std::process::exit(1);
    }
    catalog_code::write(&out_dir, &catalog);
}

/// The corpus folder: `$DOSSIER_CORPUS` (relative to the package root) or `corpus/`.
fn corpus_dir() -> PathBuf {
    // Cargo runs build scripts in the package root, which CARGO_MANIFEST_DIR names.
    let root = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let chosen = std::env::var_os("DOSSIER_CORPUS")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from(DEFAULT_CORPUS_DIR), PathBuf::from);
    root.join(chosen)
}

/// Every problem with the article files and the catalog in `paths`, and the catalog as
/// checked (empty when there is none).
fn check(paths: &[std::path::PathBuf]) -> (Vec<CorpusError>, validate::Catalog) {
    let mut errors = Vec::new();
    let mut names = Vec::new();
    let mut catalog = None;
    for path in paths.iter().filter(|p| p.is_file()) {
        let name = file_name(path);
        let lower = name.to_ascii_lowercase();
        let is_catalog = name == validate::CATALOG_FILE;
        if !is_catalog && !lower.ends_with(".txt") && !lower.ends_with(".md") {
            continue;
        }
        let bytes = match read(path, &name) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if is_catalog {
            match String::from_utf8(bytes) {
                Ok(text) => catalog = Some(text),
                Err(e) => errors.push(CorpusError::NotUtf8 {
                    file: name,
                    byte: e.utf8_error().valid_up_to(),
                }),
            }
            continue;
        }
        if let Err(e) = validate::check_file(&name, &bytes) {
            errors.push(e);
        }
        names.push(name);
    }
    let mut checked = validate::Catalog::default();
    if let Some(text) = catalog {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let (parsed, catalog_errors) = validate::parse_catalog(&text, &names);
        checked = parsed;
        errors.extend(catalog_errors);
    }
    (errors, checked)
}

/// The file's bytes, refusing files over the size limit without reading them.
fn read(path: &Path, name: &str) -> Result<Vec<u8>, CorpusError> {
    let unreadable = |e: std::io::Error| CorpusError::Unreadable {
        file: name.to_string(),
        why: e.to_string(),
    };
    let len = std::fs::metadata(path).map_err(unreadable)?.len();
    if len > validate::MAX_FILE_BYTES as u64 {
        return Err(CorpusError::TooLarge {
            file: name.to_string(),
            bytes: len,
        });
    }
    std::fs::read(path).map_err(unreadable)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
