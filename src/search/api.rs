//! Search methods of the [`Engine`]: the calls the UI, the CLI and tests make.

use super::request::{Concordance, ConcordanceRequest, SearchRequest};
use super::results::{MatchPosition, SearchResults};
use super::searcher::Searcher;
use super::speaker::SpeakerDocs;
use crate::engine::Engine;

impl Engine {
    /// A searcher over this engine's index and articles (no speaker provider).
    pub fn searcher(&self) -> Searcher<'_> {
        Searcher::new(self.index(), self.articles())
    }

    /// Runs a search (see [`SearchRequest`] and the query language in
    /// [`crate::search::query`]).
    ///
    /// `speaker:` filters are answered by the quote index: a speaker's canonical name or
    /// any alias, case-insensitively, selects the articles that quote them.
    pub fn search(&self, request: &SearchRequest) -> SearchResults {
        let quoted = |name: &str| {
            let articles = self.speaker_articles(name);
            (!articles.is_empty()).then_some(articles)
        };
        self.search_with_speakers(request, &quoted)
    }

    /// Runs a search whose `speaker:` filters are answered by `speakers`.
    pub fn search_with_speakers(
        &self,
        request: &SearchRequest,
        speakers: &dyn SpeakerDocs,
    ) -> SearchResults {
        self.searcher().with_speakers(speakers).search(request)
    }

    /// Every match of `query` in article `article` (by position), for the reader's
    /// highlights and its next / previous match keys.
    pub fn match_positions(&self, article: usize, query: &str) -> Vec<MatchPosition> {
        self.searcher().match_positions(article, query)
    }

    /// Concordance (KWIC) rows for the words and phrases of a search.
    pub fn concordance(&self, request: &ConcordanceRequest) -> Concordance {
        self.searcher().concordance(request)
    }
}
