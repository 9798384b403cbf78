//! Text machinery shared by search and quotes: language detection, normalisation,
//! tokenisation, stemming and sentence splitting.

pub mod lang;
pub mod sentences;
