//! The Unicode algorithms the text fold needs, over compact tables generated at build time
//! (`build/unicode_tables.rs`) instead of a general-purpose crate: canonical normal forms
//! (NFC, NFD), canonical decomposition of one char and the combining-mark test.
//!
//! Why not `unicode-normalization` at run time: its perfect-hash tables also carry the
//! compatibility decompositions and cost the wasm bundle over 100 KB; these tables hold
//! the same canonical data in about 30 KB. The tests compare both, char by char.

mod normal_form;
mod stream;
mod tables;

pub(crate) use normal_form::{decompose_canonical, is_nfc_quick, nfc, nfd};
pub(crate) use tables::is_combining_mark;

#[cfg(test)]
pub(crate) mod samples;
