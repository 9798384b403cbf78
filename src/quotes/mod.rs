//! Quotations and reported speech, with speaker attribution.
//!
//! Data flow: each clean [`Paragraph`](crate::corpus::Paragraph) is tokenised
//! ([`token`]), its quote marks paired ([`marks`]) and its sentences read with each
//! quotation as one unit ([`para`]); reporting constructions are found in each sentence
//! ([`report`], naming speakers with [`mention`]) and turned into extracted items
//! ([`extract`]). Speakers are resolved within each article ([`resolve`]) and merged
//! across the corpus ([`identity`]) into the [`QuoteBook`] ([`book`]). [`api`] adds the
//! quote views to [`Engine`](crate::engine::Engine); [`export`] writes CSV and JSON.
//!
//! Pure rules over general English lexicons ([`lexicon`]): no model, no list of people.

pub mod api;
mod book;
pub mod export;
mod extract;
mod identity;
mod lexicon;
mod marks;
mod mention;
mod names;
mod para;
mod report;
mod resolve;
mod token;
pub mod ui_api;

pub use api::{
    FacetCount, QuoteFacets, QuoteFilter, QuoteId, QuoteResults, SpeakerGroup, SpeakerPage,
    UNKNOWN_OUTLET, UNKNOWN_SPEAKER,
};
pub use book::{ArticleQuotes, Quote, QuoteBook, QuoteKind, Speaker, SpeakerId, SpeakerKind};
pub use export::ExportRow;
