//! Raw corpus files -> [`Article`]s: clean paragraphs, metadata and an offset map back
//! to the raw file. Pure Rust with no filesystem access (the CLI and `build.rs` read the
//! folder); the same code runs natively, in the CLI and in wasm.
//!
//! Map: `validate` (is the input usable; shared with `build.rs`) -> `split` + `markdown`
//! (lines, inline debris) -> `furniture`, `captions`, `duplicates` (what leaves the body)
//! -> `metadata` (what the text says about itself) -> `catalog` (what the curator says)
//! -> [`Article`]. `article.rs` runs the steps in order.

mod article;
mod block;
mod captions;
pub mod catalog;
mod clean;
mod duplicates;
mod furniture;
mod id;
mod markdown;
mod metadata;
pub mod model;
mod phrase;
mod pieces;
pub mod span_map;
mod split;
pub mod validate;

pub use clean::from_clean_text;
pub use model::{Article, Date, Metadata, Paragraph};
pub use span_map::SpanMap;
pub use validate::{Catalog, CorpusError, CATALOG_FILE, MAX_FILE_BYTES};

/// One file handed to the ingester: its name in the corpus folder and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The whole corpus after ingestion.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in file-name order.
    pub articles: Vec<Article>,
    /// Extra speaker aliases declared in the catalog: canonical name -> variants.
    pub aliases: Vec<(String, Vec<String>)>,
}

/// The outcome of ingesting a folder: the usable articles and the errors for the rest.
#[derive(Debug, Clone, Default)]
pub struct Ingest {
    pub corpus: Corpus,
    /// One per unusable file or catalog problem, each naming the file.
    pub errors: Vec<CorpusError>,
}

/// Ingests corpus files (any order) and an optional `catalog.toml` text.
///
/// Never panics and never stops at a bad file: unusable files become [`CorpusError`]s and
/// the rest still become articles, in file-name order, with catalog values applied over
/// what the text says. Catalog problems come after the file errors.
pub fn ingest(files: Vec<SourceFile>, catalog: Option<&str>) -> Ingest {
    let (checked, catalog_errors) = match catalog {
        Some(text) => {
            let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
            validate::parse_catalog(text, &names)
        }
        None => Default::default(),
    };
    let mut out = ingest_checked(files, checked);
    out.errors.extend(catalog_errors);
    out
}

/// Ingests corpus files (any order) with a catalog that is already parsed and checked
/// (`Catalog::default()` for none), exactly as [`ingest`] does with its text.
///
/// The browser uses this one: the compiled-in catalog was checked by `build.rs`, and
/// scripting has no catalog, so the wasm bundle carries no TOML parser.
pub fn ingest_checked(mut files: Vec<SourceFile>, checked: Catalog) -> Ingest {
    crate::sort::sort_by(&mut files, |a, b| a.name.cmp(&b.name));
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let ids = id::ids(&names);
    // Catalog entries by file name (the catalog may have an entry for every file).
    let entries: std::collections::HashMap<&str, &validate::CatalogEntry> = checked
        .entries
        .iter()
        .map(|e| (e.file.as_str(), e))
        .collect();
    let mut out = Ingest::default();
    for (f, id) in files.iter().zip(ids) {
        match validate::check_file(&f.name, &f.bytes) {
            Ok(text) => {
                let mut a = article::build(id, f.name.clone(), text.to_string());
                if let Some(entry) = entries.get(f.name.as_str()) {
                    catalog::apply(&mut a.meta, entry);
                }
                // Checked after the catalog, which may well be where the title comes from.
                if a.meta.title.is_empty() {
                    a.warnings
                        .push("title: no headline found (set one in catalog.toml)".to_string());
                }
                out.corpus.articles.push(a);
            }
            Err(e) => out.errors.push(e),
        }
    }
    out.corpus.aliases = checked.aliases;
    out
}

/// The corpus compiled into the binary from the repository's `corpus/` folder (or the
/// folder named by `DOSSIER_CORPUS` at build time; see `build.rs`), with its catalog as
/// `build.rs` parsed and checked it. In a build with a corpus pack (`DOSSIER_PACK`, as
/// `scripts/build.sh` makes) the folder is not compiled in and this is empty: the app
/// reads the pack instead (`crate::pack::embedded_engine`).
pub fn embedded() -> Ingest {
    static DIR: include_dir::Dir<'_> = include_dir::include_dir!("$DOSSIER_CORPUS_DIR");
    let mut files = Vec::new();
    for f in DIR.files() {
        let name = f.path().to_string_lossy().into_owned();
        if is_article_file(&name) {
            files.push(SourceFile {
                name,
                bytes: f.contents().to_vec(),
            });
        }
    }
    ingest_checked(files, embedded_catalog())
}

/// The compiled-in corpus folder's `catalog.toml`, checked by `build.rs` (which fails the
/// build on any catalog error) and written out as Rust (`build/catalog_code.rs`).
fn embedded_catalog() -> Catalog {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"))
}

/// Whether a file in the corpus folder is an article: `.txt` or `.md` (any case).
pub fn is_article_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".txt") || lower.ends_with(".md")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folder compiled in, read the way `dossier check` reads it.
    fn compiled_in_folder() -> (Vec<SourceFile>, Option<String>) {
        let dir = std::path::Path::new(env!("DOSSIER_CORPUS_DIR"));
        let mut files = Vec::new();
        let mut catalog = None;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            if name == CATALOG_FILE {
                catalog = String::from_utf8(bytes).ok();
            } else if is_article_file(&name) {
                files.push(SourceFile { name, bytes });
            }
        }
        (files, catalog)
    }

    #[test]
    fn the_compiled_in_catalog_is_the_parsed_catalog_toml() {
        let (files, text) = compiled_in_folder();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        let (parsed, errors) = text
            .map(|t| validate::parse_catalog(&t, &names))
            .unwrap_or_default();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(embedded_catalog(), parsed);
    }

    #[test]
    fn embedded_ingests_like_ingest_with_the_catalog_text() {
        let (files, text) = compiled_in_folder();
        let from_text = ingest(files, text.as_deref());
        let built_in = embedded();
        assert_eq!(built_in.corpus.aliases, from_text.corpus.aliases);
        let meta = |i: &Ingest| {
            i.corpus
                .articles
                .iter()
                .map(|a| (a.id.clone(), a.meta.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(meta(&built_in), meta(&from_text));
    }
}
