//! The Yew user interface: the only module that touches yew, web-sys or gloo.
//!
//! `App` owns the view state (parsed from the URL by `route`) and shares the one
//! `Engine` through a context (`shared_engine`). One component per file; pure view
//! logic (ordering, wording, URL encoding) sits in its own files with unit tests.

pub mod app; // root component: view state, URL listener, view switch
pub mod article_item; // one article in the home list
pub mod article_order; // sort the home list as the URL asks
pub mod browser; // address bar, scroll, title, performance mark
pub mod corpus_errors; // panel listing files that could not be read
pub mod corpus_summary; // articles / outlets / words / date span
pub mod display; // wording of facts ("unknown", bylines, word counts, safe links)
pub mod home; // home view: summary, sort bar, article list
pub mod js_api; // window.wasmBindings: search(), buildIndex(), searchIndex()
pub mod link; // in-app link to a Route
pub mod marks; // paragraph text with nested marked spans (hits, quotes)
pub mod not_found; // unknown URL
pub mod panic; // panic hook -> visible error banner
pub mod panic_probe; // test hook: #/__panic
pub mod percent; // percent-encoding for hash URLs
pub mod reader; // article reader: clean text or raw file
pub mod reader_header; // reader title and metadata
pub mod route; // URL hash <-> Route (validated view state)
pub mod shared_engine; // the page's Engine, shared via context
pub mod site_header; // product name and main navigation
pub mod sort_bar; // sort choices for the home list
pub mod state; // app-wide State + Action reducer
pub mod unknown; // the look of a missing fact
