//! [`SearchResult`]: one ranked article in the search results, with its snippet.

use yew::prelude::*;

use super::marks::MarkedText;
use super::route::{ReaderView, Route};
use super::search_keys::RESULT_ID_PREFIX;
use super::search_marks::hit_marks;
use super::unknown::Unknown;
use crate::search::Hit;

/// What a result shows, taken from the engine's [`Hit`] and the article's metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    pub hit: Hit,
    /// The title as stored in the metadata (the hit's title highlights index into it);
    /// empty when the article has none.
    pub title: String,
    /// What to show when `title` is empty (the file name).
    pub fallback_title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    /// The query to highlight in the reader (the corrected one when a word was replaced).
    pub query: String,
}

/// Props of [`SearchResult`].
#[derive(Properties, PartialEq)]
pub struct SearchResultProps {
    /// Position in the list (from 0), for the link's id that `j` / `k` focus.
    pub position: usize,
    pub row: ResultRow,
}

/// One result: linked title (matches marked), outlet · date · match count, snippet.
#[function_component(SearchResult)]
pub fn search_result(props: &SearchResultProps) -> Html {
    let row = &props.row;
    let hit = &row.hit;
    let to = Route::Reader(ReaderView {
        id: hit.id.clone(),
        query: row.query.clone(),
        ..ReaderView::default()
    });
    let title = if row.title.trim().is_empty() {
        html! { { row.fallback_title.clone() } }
    } else {
        html! { <MarkedText text={row.title.clone()} marks={hit_marks(&hit.title_highlights)} /> }
    };
    let snippet = &hit.snippet;
    let matches = match hit.match_count {
        1 => "1 match".to_string(),
        n => format!("{n} matches"),
    };
    html! {
        <li class="result" data-testid="result" data-id={hit.id.clone()}>
            <h3 class="result__title">
                <a href={to.to_hash()} class="result__link" id={AttrValue::from(format!("{RESULT_ID_PREFIX}{}", props.position))}>{ title }</a>
            </h3>
            <p class="result__meta">
                <span class="result__outlet">{ row.outlet.clone().map_or_else(|| html! { <Unknown /> }, |o| html! { o }) }</span>
                { " · " }
                <span class="result__date">{ row.date.clone().map_or_else(|| html! { <Unknown /> }, |d| html! { <time datetime={d.clone()}>{ d }</time> }) }</span>
                if hit.match_count > 0 {
                    { " · " }<span class="result__count">{ matches }</span>
                }
            </p>
            if !snippet.text.is_empty() {
                <p class="result__snippet" data-testid="snippet">
                    if snippet.cut_start { { "… " } }
                    <MarkedText text={snippet.text.clone()} marks={hit_marks(&snippet.highlights)} />
                    if snippet.cut_end { { " …" } }
                </p>
            }
        </li>
    }
}
