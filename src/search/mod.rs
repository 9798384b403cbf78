//! Full-text search: positional inverted index, query language, BM25, snippets, KWIC,
//! facets. Plain Rust over [`crate::corpus::Article`]s; the same code runs natively
//! (CLI, tests, benches) and in the browser.
//!
//! The flow: [`query::Query::parse`] -> [`planner::Plan`] (terms, prefixes, typo
//! corrections, evaluated by [`matcher`]) -> filters and [`facets`] -> [`ranking`] ->
//! ranked page; [`snippet`], reader highlights and [`kwic`] rows are sinks over the
//! same match stream ([`locate`]).

pub mod api; // Engine::search, match_positions, concordance
pub mod facets; // outlet / author / language / month counts (disjunctive)
pub mod filter; // field filters and date range as an article mask
pub mod fuzzy; // Damerau (OSA) edit distance for typo tolerance
pub mod index; // Index, PostingList, Posting, TermId: the positional inverted index
pub mod kwic; // concordance rows, their sort orders and CSV
pub mod locate; // positions -> byte ranges: the match stream the sinks read
pub mod matcher; // where a word or phrase occurs
pub mod planner; // query -> resolved, evaluated atoms
pub mod query; // the query language and its syntax tree
pub mod ranking; // BM25F with a title boost: RankingWeights
pub mod request; // SearchRequest, ConcordanceRequest, SortOrder
pub mod results; // SearchResults, Hit, Snippet, Facets, MatchPosition, Notice
pub mod searcher; // Searcher: runs requests
pub mod snippet; // the best passage of a hit
pub mod speaker; // SpeakerDocs: the hook for `speaker:` filters
pub mod vocab; // sorted surface forms: prefixes and corrections

#[cfg(test)]
pub(crate) mod test_support;

pub use facets::FacetSelection;
pub use index::Index;
pub use kwic::{KwicRow, KwicSort};
pub use query::Query;
pub use ranking::RankingWeights;
pub use request::{Concordance, ConcordanceRequest, SearchRequest, SortOrder};
pub use results::{
    ByteRange, Correction, FacetValue, Facets, Hit, MatchPosition, Notice, SearchResults, Snippet,
};
pub use searcher::Searcher;
pub use speaker::SpeakerDocs;
