//! What the reader needs beyond [`api`](super::api): the ids of one article's quotes, so
//! the quotes it marks can be linked to (`#/article/<id>?quote=N`) by their [`QuoteId`].

use std::ops::Range;

use crate::engine::Engine;

use super::QuoteId;

impl Engine {
    /// The ids of article `article`'s quotes, in reading order: the ids of
    /// [`Engine::quotes_in_article`]'s quotes, position for position (empty for an
    /// unknown article).
    pub fn quote_ids_in_article(&self, article: usize) -> Range<QuoteId> {
        // Quotes are stored in corpus order (article, then position), so an article's
        // quotes are one run that starts after every quote of the articles before it.
        let first = self.quotes().partition_point(|q| q.article < article);
        first..first + self.quotes_in_article(article).len()
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus;
    use crate::engine::Engine;

    #[test]
    fn an_articles_ids_point_at_its_own_quotes() {
        let e = Engine::new(corpus::embedded().corpus);
        let mut seen = 0;
        for a in 0..e.articles().len() {
            let ids = e.quote_ids_in_article(a);
            assert_eq!(ids.len(), e.quotes_in_article(a).len());
            for (id, q) in ids.zip(e.quotes_in_article(a)) {
                assert_eq!(e.quote(id), Some(q));
                seen += 1;
            }
        }
        assert_eq!(seen, e.quotes().len());
        assert!(seen > 0, "the seeds have quotes");
        assert!(e.quote_ids_in_article(e.articles().len() + 5).is_empty());
    }
}
