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

pub use model::{Article, Date, Metadata, Paragraph};
pub use span_map::SpanMap;
pub use validate::{CorpusError, CATALOG_FILE, MAX_FILE_BYTES};

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
/// what the text says.
pub fn ingest(mut files: Vec<SourceFile>, catalog: Option<&str>) -> Ingest {
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let ids = id::ids(&names);
    let mut out = Ingest::default();
    let (checked, catalog_errors) = match catalog {
        Some(text) => validate::parse_catalog(text, &names),
        None => Default::default(),
    };
    for (f, id) in files.iter().zip(ids) {
        match validate::check_file(&f.name, &f.bytes) {
            Ok(text) => {
                let mut a = article::build(id, f.name.clone(), text.to_string());
                if let Some(entry) = checked.entries.iter().find(|e| e.file == f.name) {
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
    out.errors.extend(catalog_errors);
    out.corpus.aliases = checked.aliases;
    out
}

/// The corpus compiled into the binary from the repository's `corpus/` folder (or the
/// folder named by `DOSSIER_CORPUS` at build time; see `build.rs`). In a build with a
/// corpus pack (`DOSSIER_PACK`, as `scripts/build.sh` makes) the folder is not compiled
/// in and this is empty: the app reads the pack instead (`crate::pack::embedded_engine`).
pub fn embedded() -> Ingest {
    static DIR: include_dir::Dir<'_> = include_dir::include_dir!("$DOSSIER_CORPUS_DIR");
    let mut files = Vec::new();
    let mut catalog = None;
    for f in DIR.files() {
        let name = f.path().to_string_lossy().into_owned();
        if name == CATALOG_FILE {
            catalog = f.contents_utf8();
        } else if is_article_file(&name) {
            files.push(SourceFile {
                name,
                bytes: f.contents().to_vec(),
            });
        }
    }
    ingest(files, catalog)
}

/// Whether a file in the corpus folder is an article: `.txt` or `.md` (any case).
pub fn is_article_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".txt") || lower.ends_with(".md")
}
