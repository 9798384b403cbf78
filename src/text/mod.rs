//! Text machinery shared by search and quotes: language detection, normalisation,
//! tokenisation, stemming and sentence splitting.

pub mod lang;
pub mod normalize; // case, diacritics and apostrophe folding
pub mod sentences;
pub mod stand_in; // ASCII stand-ins for curly punctuation: same words, faster segmentation
pub mod stem; // per-language stemmers (Snowball; light Ukrainian)
pub mod stopwords; // short stop-word lists that never break phrases
pub mod token; // words with byte ranges (UAX #29 word boundaries)
pub(crate) mod unicode; // NFC / NFD and combining marks over compact generated tables
