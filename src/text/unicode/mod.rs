//! The Unicode algorithms the text fold needs, over compact tables generated at build time
//! (`build/unicode_tables.rs`) instead of a general-purpose crate: canonical normal forms
//! (NFC, NFD), canonical decomposition of one char, the combining-mark test, and lower
//! case ([`lowercase`], [`lowercase_str`]: use these, not `to_lowercase`, in code the app
//! runs, so the standard library's case tables stay out of the bundle).
//!
//! Why not `unicode-normalization` at run time: its perfect-hash tables also carry the
//! compatibility decompositions and cost the wasm bundle over 100 KB; these tables hold
//! the same canonical data in about 10 KB (5 KB gzip), as byte streams decoded at first
//! use. The tests compare both, char by char, and the lower case with `char::to_lowercase`.

mod case;
mod normal_form;
mod stream;
mod tables;

pub(crate) use case::{lowercase, lowercase_str};
pub(crate) use normal_form::{decompose_canonical, is_nfc_quick, nfc, nfd};
pub(crate) use tables::is_combining_mark;

#[cfg(test)]
pub(crate) mod samples;
