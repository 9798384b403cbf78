//! Quotations and reported speech with speaker attribution.
//!
//! PLACEHOLDER (issue #4 in progress): no extraction yet.

use crate::corpus::Article;

/// Every quote in the corpus and the speakers they are attributed to.
#[derive(Debug, Default)]
pub struct QuoteBook {}

impl QuoteBook {
    /// Extracts the quotes of every article and resolves speakers across the corpus.
    pub fn build(_articles: &[Article], _aliases: &[(String, Vec<String>)]) -> QuoteBook {
        QuoteBook {}
    }
}
