//! The page's JavaScript API, for scripting and benchmarking (documented for users in
//! `docs/benchmarks.md`, "Scripting").
//!
//! wasm-bindgen exports these functions from the wasm module; the page exposes them as
//! `window.wasmBindings` (Trunk's loader in `dist/index.html`, and the inlined loader in
//! `dist/dossier.html`):
//!
//! - [`search`]`(query, limit?)` runs a search on the articles compiled into the page,
//!   with the very [`Engine`](crate::engine::Engine) the app renders from, and answers an
//!   array of `{ id, title, outlet, date, score, snippet }`.
//! - [`build_index`] (`buildIndex(articles)`) and [`search_index`] (`searchIndex(query,
//!   limit?)`) index a corpus handed over from JavaScript and search it, so a benchmark
//!   page can feed Dossier the same articles as other search libraries. That corpus is
//!   separate from the page's own and replaces the previous one on each call.
//!
//! Errors (bad arguments, no engine yet) are thrown as JavaScript `Error`s; nothing here
//! panics on input.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::shared_engine::SharedEngine;
use crate::corpus::{self, Article};
use crate::search::request::DEFAULT_LIMIT;
use crate::search::{Hit, Index, SearchRequest, Searcher};

thread_local! {
    /// The page's engine, shared with the app (set once by `main` before mounting).
    static PAGE_ENGINE: RefCell<Option<SharedEngine>> = const { RefCell::new(None) };
    /// The corpus last handed to [`build_index`], with its index.
    static SCRIPT_CORPUS: RefCell<Option<ScriptCorpus>> = const { RefCell::new(None) };
}

/// Makes `engine` (the one the app renders from) the engine [`search`] uses.
pub fn share_engine(engine: SharedEngine) {
    PAGE_ENGINE.with(|slot| *slot.borrow_mut() = Some(engine));
}

/// One search hit as scripts see it. Missing facts are `null`, as in the UI ("unknown").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScriptHit {
    /// The article's stable id (the `#/article/<id>` URL of the reader).
    pub id: String,
    /// The headline ("" if the article has none).
    pub title: String,
    /// The publication's name, `null` when unknown.
    pub outlet: Option<String>,
    /// Publication date as `YYYY-MM-DD`, `null` when unknown.
    pub date: Option<String>,
    /// BM25 score; higher is better (0 for filter-only queries).
    pub score: f32,
    /// The best passage of the body, verbatim (no markup).
    pub snippet: String,
}

impl ScriptHit {
    /// The script view of `hit`, an article of `articles`.
    fn new(hit: &Hit, articles: &[Article]) -> ScriptHit {
        let meta = articles.get(hit.article).map(|a| &a.meta);
        ScriptHit {
            id: hit.id.clone(),
            title: meta.map(|m| m.title.clone()).unwrap_or_default(),
            outlet: meta.and_then(|m| m.outlet.clone()),
            date: meta.and_then(|m| m.date).map(|d| d.to_string()),
            score: hit.score,
            snippet: hit.snippet.text.clone(),
        }
    }
}

/// Searches the articles compiled into the page (the app's own engine) and answers up to
/// `limit` hits (default 20), best first, as `{ id, title, outlet, date, score, snippet }`
/// objects. `query` is in Dossier's query language, exactly as typed in the search box.
///
/// Throws when called before the page's engine is built (the wasm module's start
/// function builds it, so that only happens if the start failed).
#[wasm_bindgen]
pub fn search(query: &str, limit: Option<u32>) -> Result<JsValue, JsError> {
    let hits = PAGE_ENGINE.with(|slot| {
        let slot = slot.borrow();
        let engine = slot
            .as_ref()
            .ok_or_else(|| JsError::new("Dossier's engine is not built yet"))?;
        let results = engine.search(&request(query, limit));
        Ok::<_, JsError>(
            results
                .hits
                .iter()
                .map(|h| ScriptHit::new(h, engine.articles()))
                .collect::<Vec<_>>(),
        )
    })?;
    to_js(&hits)
}

/// An article handed over from JavaScript for [`build_index`].
#[derive(Debug, Clone)]
pub struct ScriptArticle {
    /// The article's id, kept as given (what `searchIndex` answers), so it should be unique.
    pub id: String,
    /// The headline.
    pub title: String,
    /// The text; paragraphs separated by blank lines.
    pub body: String,
}

/// Reads `value`, an array of objects with string `id`, `title` and `body` (other keys
/// ignored), or says what is wrong. Read by hand rather than by serde: serde's type-error
/// messages print floats, and core's float printing would cost the bundle ~12 KB.
fn script_articles(value: &JsValue) -> Result<Vec<ScriptArticle>, String> {
    if !js_sys::Array::is_array(value) {
        return Err("not an array".to_string());
    }
    let array: &js_sys::Array = value.unchecked_ref();
    array
        .iter()
        .enumerate()
        .map(|(i, item)| {
            // Reflect.get throws on null, undefined and primitives: also "no string".
            let field = |name: &str| {
                js_sys::Reflect::get(&item, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_string())
                    .ok_or_else(|| format!("article {i} has no string `{name}`"))
            };
            Ok(ScriptArticle {
                id: field("id")?,
                title: field("title")?,
                body: field("body")?,
            })
        })
        .collect()
}

impl ScriptArticle {
    /// The article: clean text needs none of the cleaning rules of corpus files (see
    /// [`corpus::from_clean_text`]).
    fn into_article(self) -> Article {
        corpus::from_clean_text(&self.id, &self.title, &self.body)
    }
}

/// A corpus from JavaScript, indexed.
struct ScriptCorpus {
    articles: Vec<Article>,
    index: Index,
    /// The articles' ids as JavaScript strings, made once: answering a search then
    /// hands back references instead of decoding a new string per hit.
    ids: js_sys::Array,
}

/// What [`build_index`] reports: the articles indexed and where the time went.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildReport {
    /// Articles indexed.
    pub articles: usize,
    /// Milliseconds turning the objects into articles (paragraphs, their languages and
    /// maps back to the text).
    pub ingest_ms: f64,
    /// Milliseconds building the inverted index.
    pub index_ms: f64,
}

/// Indexes `articles` (an array of `{ id, title, body }`) for [`search_index`], replacing
/// any corpus indexed before, and reports `{ articles, ingestMs, indexMs }`.
///
/// The articles are taken as clean text (paragraphs at blank lines; no furniture, caption
/// or byline rules, which are for pages saved from the web) and indexed with the same
/// index the app builds; quotes are not extracted (this corpus is only searched).
#[wasm_bindgen(js_name = buildIndex)]
pub fn build_index(articles: JsValue) -> Result<JsValue, JsError> {
    let articles = script_articles(&articles)
        .map_err(|e| JsError::new(&format!("buildIndex expects [{{id, title, body}}]: {e}")))?;
    // Drop the previous corpus first, so two never sit in memory together.
    SCRIPT_CORPUS.with(|slot| *slot.borrow_mut() = None);
    let start = now_ms();
    let ingested: Vec<Article> = articles
        .into_iter()
        .map(ScriptArticle::into_article)
        .collect();
    let ingested_at = now_ms();
    let index = Index::build(&ingested);
    let report = BuildReport {
        articles: ingested.len(),
        ingest_ms: ingested_at - start,
        index_ms: now_ms() - ingested_at,
    };
    let ids = ingested.iter().map(|a| JsValue::from_str(&a.id)).collect();
    SCRIPT_CORPUS.with(|slot| {
        *slot.borrow_mut() = Some(ScriptCorpus {
            articles: ingested,
            index,
            ids,
        })
    });
    to_js(&report)
}

/// Searches the corpus indexed by [`build_index`] and answers the ids of up to `limit`
/// hits (default 20), best first. The ranking is the app's ([`Searcher::top_articles`]
/// ranks exactly as [`Searcher::search`] does); what the app adds to a hit for display
/// (snippet, highlights, facet counts) is left out, as the other libraries the benchmark
/// runs return ids only.
///
/// Throws when nothing has been indexed yet.
#[wasm_bindgen(js_name = searchIndex)]
pub fn search_index(query: &str, limit: Option<u32>) -> Result<js_sys::Array, JsError> {
    SCRIPT_CORPUS.with(|slot| {
        let slot = slot.borrow();
        let corpus = slot
            .as_ref()
            .ok_or_else(|| JsError::new("call buildIndex before searchIndex"))?;
        let found =
            Searcher::new(&corpus.index, &corpus.articles).top_articles(&request(query, limit));
        Ok(found
            .into_iter()
            .map(|article| corpus.ids.get(article as u32))
            .collect())
    })
}

/// A plain search for `query`, `limit` hits (default [`DEFAULT_LIMIT`]).
fn request(query: &str, limit: Option<u32>) -> SearchRequest {
    SearchRequest {
        limit: limit.map_or(DEFAULT_LIMIT, |l| l as usize),
        ..SearchRequest::new(query)
    }
}

/// `value` as a plain JavaScript value: objects for structs, `null` for `None`.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Milliseconds from the page's time origin (0 outside a page).
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window().performance().map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;

    fn seed_engine() -> Engine {
        Engine::new(corpus::embedded().corpus)
    }

    #[test]
    fn a_hit_carries_the_article_facts_and_its_snippet() {
        let engine = seed_engine();
        let results = engine.search(&SearchRequest::new("Lavrov"));
        let hit = results
            .hits
            .first()
            .expect("the seed corpus mentions Lavrov");
        let script = ScriptHit::new(hit, engine.articles());
        let (_, article) = engine.article(&hit.id).expect("hit ids name articles");
        assert_eq!(script.id, article.id);
        assert_eq!(script.title, article.meta.title);
        assert_eq!(script.outlet, article.meta.outlet);
        assert_eq!(script.date, article.meta.date.map(|d| d.to_string()));
        assert_eq!(script.snippet, hit.snippet.text);
        assert!(script.snippet.contains("Lavrov"), "{}", script.snippet);
        assert!(script.score > 0.0);
    }

    #[test]
    fn unknown_facts_stay_unknown() {
        let engine = seed_engine();
        let results = engine.search(&SearchRequest::new("Ukraine"));
        let unnamed = results
            .hits
            .iter()
            .map(|h| ScriptHit::new(h, engine.articles()))
            .find(|h| h.outlet.is_none())
            .expect("one seed article never names its outlet");
        assert!(!unnamed.title.is_empty());
    }

    #[test]
    fn a_hit_outside_the_articles_gets_no_facts_rather_than_a_panic() {
        let engine = seed_engine();
        let mut hit = engine.search(&SearchRequest::new("Russia")).hits[0].clone();
        hit.article = usize::MAX;
        let script = ScriptHit::new(&hit, engine.articles());
        assert_eq!(script.title, "");
        assert_eq!(script.outlet, None);
    }

    #[test]
    fn a_script_article_keeps_its_title_id_and_paragraphs() {
        let article = ScriptArticle {
            id: "talks_01".into(),
            title: "Blinken and Lavrov meet in Geneva".into(),
            body: "Secretary of State Antony Blinken met Russian Foreign Minister Sergei \
                   Lavrov in Geneva on Friday.\n\nThe talks lasted ninety minutes."
                .into(),
        }
        .into_article();
        assert_eq!(article.id, "talks_01");
        assert_eq!(article.meta.title, "Blinken and Lavrov meet in Geneva");
        assert_eq!(article.paragraphs.len(), 2);
    }

    #[test]
    fn script_articles_are_searchable_by_body_words() {
        let articles = [
            ("a", "Geneva talks", "Lavrov spoke to reporters."),
            ("b", "Kyiv", "Nothing here."),
        ]
        .into_iter()
        .map(|(id, title, body)| {
            ScriptArticle {
                id: id.into(),
                title: title.into(),
                body: body.into(),
            }
            .into_article()
        })
        .collect::<Vec<_>>();
        let index = Index::build(&articles);
        let searcher = Searcher::new(&index, &articles);
        let hits = searcher.search(&request("reporters", None));
        let ids: Vec<&str> = hits.hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["a"]);
        // What `searchIndex` answers: the same article, by position.
        assert_eq!(searcher.top_articles(&request("reporters", None)), [0]);
    }

    #[test]
    fn the_limit_caps_the_hits_and_defaults_to_the_page_size() {
        assert_eq!(request("x", None).limit, DEFAULT_LIMIT);
        assert_eq!(request("x", Some(3)).limit, 3);
        let engine = seed_engine();
        assert_eq!(engine.search(&request("Russia", Some(2))).hits.len(), 2);
    }
}
