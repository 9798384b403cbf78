//! Raw corpus files -> [`Article`]s: clean paragraphs, metadata and an offset map back
//! to the raw file. Pure Rust; the same code runs in `build.rs` checks, the CLI and wasm.

pub mod model;
pub mod span_map;

pub use model::{Article, Date, Metadata, Paragraph};
pub use span_map::SpanMap;

use crate::text::lang;

/// One file handed to the ingester: its name in the corpus folder and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A problem that stops one file (or the catalog) from being used. Always names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    /// The file is not valid UTF-8; `byte` is the offset of the first bad byte.
    NotUtf8 { file: String, byte: usize },
    /// The file has no text at all (or only whitespace).
    Empty { file: String },
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::NotUtf8 { file, byte } => {
                write!(f, "{file}: not UTF-8 text (invalid byte at offset {byte})")
            }
            CorpusError::Empty { file } => write!(f, "{file}: empty file"),
        }
    }
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
    pub errors: Vec<CorpusError>,
}

/// Ingests corpus files (any order) and an optional `catalog.toml` text.
///
/// PLACEHOLDER (issue #2 in progress): paragraphs are split on blank lines without cleaning.
pub fn ingest(mut files: Vec<SourceFile>, _catalog: Option<&str>) -> Ingest {
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = Ingest::default();
    for f in files {
        let raw = match String::from_utf8(f.bytes) {
            Ok(s) => s,
            Err(e) => {
                out.errors.push(CorpusError::NotUtf8 {
                    file: f.name,
                    byte: e.utf8_error().valid_up_to(),
                });
                continue;
            }
        };
        if raw.trim().is_empty() {
            out.errors.push(CorpusError::Empty { file: f.name });
            continue;
        }
        let mut paragraphs = Vec::new();
        let mut pos = 0;
        for line in raw.split_inclusive('\n') {
            let t = line.trim();
            if !t.is_empty() {
                let start = pos + (line.len() - line.trim_start().len());
                paragraphs.push(Paragraph {
                    text: t.to_string(),
                    lang: lang::detect(t),
                    map: SpanMap::identity(start, t.len()),
                });
            }
            pos += line.len();
        }
        let id = f
            .name
            .rsplit_once('.')
            .map_or(f.name.as_str(), |(s, _)| s)
            .to_string();
        let title = paragraphs
            .first()
            .map(|p| p.text.clone())
            .unwrap_or_default();
        out.corpus.articles.push(Article {
            id,
            file_name: f.name,
            raw,
            meta: Metadata {
                title,
                ..Metadata::default()
            },
            paragraphs,
            warnings: Vec::new(),
        });
    }
    out
}

/// The corpus compiled into the binary from the repository's `corpus/` folder.
pub fn embedded() -> Ingest {
    static DIR: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/corpus");
    let mut files = Vec::new();
    let mut catalog = None;
    for f in DIR.files() {
        let name = f.path().to_string_lossy().into_owned();
        if name == "catalog.toml" {
            catalog = f.contents_utf8();
        } else if name.ends_with(".txt") || name.ends_with(".md") {
            files.push(SourceFile {
                name,
                bytes: f.contents().to_vec(),
            });
        }
    }
    ingest(files, catalog)
}
