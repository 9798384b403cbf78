//! What the caller asks for: plain data (serde both ways), so the view state in the URL
//! can be turned into a request and back.

use serde::{Deserialize, Serialize};

use super::facets::FacetSelection;
use super::kwic::{KwicRow, KwicSort};

/// Default page size of a search.
pub const DEFAULT_LIMIT: usize = 20;

/// A search: query text, facet selections, date range, order and page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchRequest {
    /// The query, in the query language (see [`super::query`]). Empty lists everything.
    pub query: String,
    /// Facet selections (OR within a facet, AND across facets).
    pub facets: FacetSelection,
    /// Only articles published on or after this date (`YYYY-MM-DD`, inclusive).
    pub after: Option<String>,
    /// Only articles published on or before this date (`YYYY-MM-DD`, inclusive).
    pub before: Option<String>,
    /// The order of the hits.
    pub sort: SortOrder,
    /// Hits to skip (for paging).
    pub offset: usize,
    /// Hits to return at most, with snippets.
    pub limit: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            facets: FacetSelection::default(),
            after: None,
            before: None,
            sort: SortOrder::Relevance,
            offset: 0,
            limit: DEFAULT_LIMIT,
        }
    }
}

impl SearchRequest {
    /// A request for `query` with everything else at its default.
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            ..SearchRequest::default()
        }
    }
}

/// The order of search hits. Every order ends with the article's position, so results
/// are fully deterministic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// Best score first; equal scores newest first, unknown dates last.
    #[default]
    Relevance,
    /// Newest first (unknown dates last), then by score.
    Newest,
    /// Oldest first (unknown dates last), then by score.
    Oldest,
}

/// Default characters of context on each side of a concordance match.
pub const DEFAULT_CONTEXT: usize = 60;
/// Default cap on concordance rows.
pub const DEFAULT_KWIC_LIMIT: usize = 5_000;

/// A concordance: the occurrences of a search's words and phrases in the articles it
/// matches (its order, offset and limit are not used).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcordanceRequest {
    pub search: SearchRequest,
    pub sort: KwicSort,
    /// Characters of context on each side (cut to whole words).
    pub context: usize,
    /// Rows to return at most, taken in corpus order before sorting.
    pub limit: usize,
}

impl Default for ConcordanceRequest {
    fn default() -> Self {
        ConcordanceRequest {
            search: SearchRequest::default(),
            sort: KwicSort::Document,
            context: DEFAULT_CONTEXT,
            limit: DEFAULT_KWIC_LIMIT,
        }
    }
}

impl ConcordanceRequest {
    /// A concordance for `query` with everything else at its default.
    pub fn new(query: impl Into<String>) -> ConcordanceRequest {
        ConcordanceRequest {
            search: SearchRequest::new(query),
            ..ConcordanceRequest::default()
        }
    }
}

/// The rows of a concordance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concordance {
    pub rows: Vec<KwicRow>,
    /// Occurrences in all matching articles (may exceed `rows.len()`).
    pub total: usize,
    /// Whether rows were left out because of the limit.
    pub truncated: bool,
}

impl Concordance {
    /// The rows as RFC 4180 CSV (see [`super::kwic::to_csv`]).
    pub fn to_csv(&self) -> String {
        super::kwic::to_csv(&self.rows)
    }
}
