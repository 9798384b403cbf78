//! [`Engine`]: built once from the corpus; the one API that the UI, the CLI, tests and
//! benches call. Search and quote features add their methods in `impl Engine` blocks
//! beside their own code (`search::api`, `quotes::api`), so this file stays the map.

use crate::corpus::{Article, Corpus, Date};
use crate::quotes::QuoteBook;
use crate::search::Index;

/// Corpus-wide figures for the home view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    pub outlets: usize,
    pub words: usize,
    /// Earliest and latest known publication dates.
    pub date_span: Option<(Date, Date)>,
}

/// Everything Dossier knows about a corpus, built once.
pub struct Engine {
    articles: Vec<Article>,
    aliases: Vec<(String, Vec<String>)>,
    index: Index,
    quotes: QuoteBook,
}

impl Engine {
    /// Builds the search index and extracts quotes.
    pub fn new(corpus: Corpus) -> Engine {
        let index = Index::build(&corpus.articles);
        let quotes = QuoteBook::build(&corpus.articles, &corpus.aliases);
        Engine {
            articles: corpus.articles,
            aliases: corpus.aliases,
            index,
            quotes,
        }
    }

    /// An engine from parts built earlier (the corpus pack: `crate::pack`): `index` and
    /// `quotes` must have been built from `corpus`.
    pub(crate) fn from_parts(corpus: Corpus, index: Index, quotes: QuoteBook) -> Engine {
        Engine {
            articles: corpus.articles,
            aliases: corpus.aliases,
            index,
            quotes,
        }
    }

    /// All articles, in corpus order (their position is their stable `usize` handle).
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The article with this id, with its position.
    pub fn article(&self, id: &str) -> Option<(usize, &Article)> {
        self.articles.iter().enumerate().find(|(_, a)| a.id == id)
    }

    /// Speaker aliases declared in the catalog.
    pub fn aliases(&self) -> &[(String, Vec<String>)] {
        &self.aliases
    }

    /// The search index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Extracted quotes and speakers.
    pub fn quote_book(&self) -> &QuoteBook {
        &self.quotes
    }

    /// Counts for the corpus summary.
    pub fn summary(&self) -> Summary {
        let mut outlets: Vec<&str> = self
            .articles
            .iter()
            .filter_map(|a| a.meta.outlet.as_deref())
            .collect();
        crate::sort::sort(&mut outlets);
        outlets.dedup();
        let dates = self.articles.iter().filter_map(|a| a.meta.date);
        let date_span = dates.clone().min().zip(dates.max());
        Summary {
            articles: self.articles.len(),
            outlets: outlets.len(),
            words: self.articles.iter().map(Article::word_count).sum(),
            date_span,
        }
    }
}
