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
//! - generates the Unicode tables of `src/text/unicode/` (see `build/unicode_tables.rs`);
//! - with `DOSSIER_PACK` set (as `scripts/build.sh` does), compiles in that corpus pack
//!   instead of the raw folder: see [`use_pack`].

#[allow(dead_code)]
#[path = "src/corpus/validate.rs"]
mod validate;

#[path = "build/unicode_tables.rs"]
mod unicode_tables;

#[path = "build/varint.rs"]
mod varint;

#[path = "build/catalog_code.rs"]
mod catalog_code;

#[allow(dead_code)]
#[path = "src/pack/header.rs"]
mod pack_header;

use std::path::{Path, PathBuf};

use validate::CorpusError;

/// The folder compiled in when `DOSSIER_CORPUS` is not set.
const DEFAULT_CORPUS_DIR: &str = "corpus";

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").map_or_else(PathBuf::new, PathBuf::from);
    unicode_tables::write(&out_dir);
    println!("cargo:rerun-if-env-changed=DOSSIER_CORPUS");
    let corpus_dir = corpus_dir();
    // With a pack, the folder compiled in by include_dir! is an empty one: the pack
    // carries the text, and the app must not carry it twice.
    let packed_dir = use_pack(&corpus_dir);
    let embedded_dir = packed_dir.clone().unwrap_or_else(|| corpus_dir.clone());
    // Absolute, because include_dir! reads it from the crate being compiled.
    println!(
        "cargo:rustc-env=DOSSIER_CORPUS_DIR={}",
        embedded_dir.display()
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
    // With a pack the catalog is in the pack too: the app compiles in an empty one.
    if packed_dir.is_none() {
        catalog_code::write(&out_dir, &catalog);
    }
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

/// When `DOSSIER_PACK` names a corpus pack (made by `dossier pack`), checks that it was
/// made from `corpus_dir` as it is now, then tells the crate to compile it in
/// (`cfg(dossier_pack)`, `DOSSIER_PACK_FILE`) and returns an empty folder for
/// include_dir! to embed instead of the corpus. Fails the build, saying what to run, when
/// the pack is missing, unreadable or stale.
fn use_pack(corpus_dir: &Path) -> Option<PathBuf> {
    println!("cargo::rustc-check-cfg=cfg(dossier_pack)");
    println!("cargo:rerun-if-env-changed=DOSSIER_PACK");
    let pack = std::env::var_os("DOSSIER_PACK").filter(|v| !v.is_empty())?;
    let root = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let pack = root.join(pack);
    println!("cargo:rerun-if-changed={}", pack.display());
    let fail = |why: String| -> ! {
        eprintln!(
            "error: DOSSIER_PACK={}: {why}; run `dossier pack {} {}` (scripts/build.sh does)",
            pack.display(),
            corpus_dir.display(),
            pack.display()
        );
        std::process::exit(1);
    };
    let mut head = [0u8; pack_header::HEADER_LEN];
    let read = std::fs::File::open(&pack).and_then(|mut f| {
        use std::io::Read;
        f.read_exact(&mut head)
    });
    if let Err(e) = read {
        fail(format!("cannot read it ({e})"));
    }
    let header = pack_header::Header::read(&head).unwrap_or_else(|e| fail(e.to_string()));
    match folder_stamp(corpus_dir) {
        Ok(stamp) if stamp == header.stamp => {}
        Ok(_) => fail(format!(
            "stale: made from other contents than {}",
            corpus_dir.display()
        )),
        Err(e) => fail(format!("cannot read {} ({e})", corpus_dir.display())),
    }
    println!("cargo:rustc-cfg=dossier_pack");
    println!("cargo:rustc-env=DOSSIER_PACK_FILE={}", pack.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR")?).join("no-corpus");
    if let Err(e) = std::fs::create_dir_all(&out) {
        fail(format!("cannot create {} ({e})", out.display()));
    }
    Some(out)
}

/// The stamp of a corpus folder: every regular file at its top, as
/// `dossier::cli::pack::folder_stamp` computes it (the same listing rule, repeated here
/// because a build script cannot call the crate it builds).
fn folder_stamp(dir: &Path) -> std::io::Result<u64> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() {
            files.push((file_name(&path), std::fs::read(&path)?));
        }
    }
    Ok(pack_header::corpus_stamp(
        files.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
    ))
}
