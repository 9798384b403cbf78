//! Dossier: compile a folder of news articles into a searchable, quote-mining static site.
//!
//! Data flows one way: corpus files -> [`corpus::Article`] -> [`engine::Engine`] -> UI.
//! Everything except `ui` is plain Rust with no web dependency.

pub mod cli; // native command-line subcommands (check, search, quotes)
pub mod corpus; // raw file -> Article: clean paragraphs, metadata, offset map to the raw file
pub mod engine; // Engine: built once from the articles; the one API the UI, CLI and tests call
pub mod pack; // the Engine built at compile time, stored compactly, read back in the browser
pub mod quotes; // quote spans, speaker attribution, speaker identities across the corpus
pub mod search; // inverted index, query language, BM25, snippets, concordance
pub mod sort; // one stable sort compiled once (smaller wasm than a sort_by per call site)
pub mod synth; // deterministic synthetic corpus for benchmarks
pub mod text; // normalise, tokenise, stem, split sentences, detect language
#[cfg(feature = "web")]
pub mod ui; // Yew components: the only module that touches the browser
