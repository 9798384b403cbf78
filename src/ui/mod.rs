//! The Yew user interface: the only module that touches yew, web-sys or gloo.
//!
//! `App` owns the view state (parsed from the URL by `route`) and shares the one
//! `Engine` through a context (`shared_engine`). One component per file; pure view
//! logic (ordering, wording, URL encoding) sits in its own files with unit tests.

pub mod app; // root component: view state, URL listener, view switch
pub mod arrival; // where focus and scroll land on a new page
pub mod article_item; // one article in the home list
pub mod article_order; // sort the home list as the URL asks
pub mod browser; // address bar, scroll, title, performance mark
pub mod corpus_errors; // panel listing files that could not be read
pub mod corpus_summary; // articles / outlets / words / date span
pub mod decimal; // one-decimal numbers without core's float printing
pub mod display;
pub mod download; // client-side file downloads (Blob + object URL) // wording of facts ("unknown", bylines, word counts, safe links)
pub mod home; // home view: summary, sort bar, article list
pub mod js_api; // window.wasmBindings: search(), buildIndex(), searchIndex()
pub mod link; // app links: plain <a href="#/…">, followed in place by one listener
pub mod list_more; // "Showing 20 of 45 … [Show more]" under a partial list
pub mod marks; // paragraph text with nested marked spans (hits, quotes)
pub mod not_found; // unknown URL
pub mod panic; // panic hook -> visible error banner
pub mod panic_probe; // test hook: #/__panic
pub mod percent;
pub mod quote_export; // CSV / JSON download of the quotes in view
pub mod quote_facets; // speaker / outlet / kind facets of the Quotes view
pub mod quote_filter; // Quotes view URL state -> engine QuoteFilter
pub mod quote_focus; // reader: scroll to and focus the quote from ?quote=N
pub mod quote_item; // one quote with speaker, kind, source and reader link
pub mod quote_marks; // an article's quotes as reader marks
pub mod quotes_page; // Quotes view: search, facets, groups by speaker, export
pub mod quotes_route; // #/quotes?… <-> QuotesView // percent-encoding for hash URLs
pub mod reader; // article reader: clean text or raw file
pub mod reader_header; // reader title and metadata
pub mod route; // URL hash <-> Route (validated view state)
pub mod shared_engine; // the page's Engine, shared via context
pub mod site_header; // product name and main navigation
pub mod sort_bar;
pub mod speaker_page; // one speaker: roles, aliases, outlets, quotes // sort choices for the home list
pub mod state; // app-wide State + Action reducer
pub mod unknown; // the look of a missing fact
                 // Search (issue 3)
pub mod facet_panel; // search filters: facet checkboxes with counts, date range
pub mod kwic_page; // concordance view: KWIC table, sort, CSV export
pub mod match_nav; // reader bar: match N of M, previous / next
pub mod query_help; // the query language help panel
pub mod search_dom; // clock, focus, scroll, back, client-side download
pub mod search_keys; // keyboard shortcuts: / j k n N ? Esc
pub mod search_marks; // search matches as marks (snippets, reader)
pub mod search_page; // search view: box, status, results, facets
pub mod search_result; // one ranked result with its snippet
pub mod search_route; // SearchView / KwicView <-> URL parameters
