//! Full-text search: positional inverted index, query language, BM25, snippets, KWIC.
//!
//! PLACEHOLDER (issue #3 in progress): the index holds nothing yet.

use crate::corpus::Article;

/// The positional inverted index over titles and clean bodies.
#[derive(Debug, Default)]
pub struct Index {}

impl Index {
    /// Builds the index over `articles` (positions in the slice are document ids).
    pub fn build(_articles: &[Article]) -> Index {
        Index {}
    }
}
