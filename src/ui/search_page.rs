//! [`SearchPage`]: the search view — search box, query help, status line (count, time,
//! corrections, notices), ranked results and the filter sidebar.
//!
//! The URL holds the search. Typing updates the box at once and the URL (replacing the
//! history entry, so Back does not replay keystrokes) after a short pause; the results
//! are computed from the URL's [`SearchView`] only, so a reload, a pasted link and
//! Back / Forward all show exactly what typing showed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::arrival::{self, Landing};
use super::browser::{self, History};
use super::display;
use super::facet_panel::FacetPanel;
use super::list_more::{list_more, NextBatch};
use super::query_help::QueryHelp;
use super::route::{KwicView, Route, SearchView};
use super::search_dom;
use super::search_keys::{self, HELP_TOGGLE_ID, SEARCH_INPUT_ID};
use super::search_result::{ResultRow, SearchResult};
use super::search_route::{sort_from_param, sort_param};
use super::shared_engine::use_engine;
use crate::search::request::DEFAULT_LIMIT;
use crate::search::{SearchResults, SortOrder};

/// Pause after the last keystroke before the search runs and the URL changes, in ms.
/// Short enough to feel live; long enough that a fast typist's burst costs one search.
pub const TYPING_PAUSE_MS: u32 = 90;

/// A search that took at most this long (ms) lets the next keystrokes show their results
/// at once; a slower one (a very large corpus) makes the results wait for the typing
/// pause too, so that typing never stutters.
pub const LIVE_SEARCH_MS: f64 = 5.0;

/// Props of [`SearchPage`].
#[derive(Properties, PartialEq)]
pub struct SearchPageProps {
    pub view: SearchView,
}

/// A search's results and the milliseconds the engine took (`performance.now()`).
#[derive(Debug, Clone, PartialEq)]
pub struct TimedResults {
    pub results: SearchResults,
    pub millis: f64,
    /// Counts the searches of this view, so two searches with equal results still
    /// differ (and the effect that marks "results rendered" runs for each).
    pub serial: u64,
}

/// The search view.
#[function_component(SearchPage)]
pub fn search_page(props: &SearchPageProps) -> Html {
    let engine = use_engine();
    let view = &props.view;
    let draft = use_state(|| view.query.clone());
    let last_sent = use_mut_ref(|| view.query.clone());
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let help_open = use_state(|| false);

    // A query that arrives from outside (Back, a link) replaces what is in the box; the
    // echo of our own typing does not, so nothing typed meanwhile is lost.
    {
        let draft = draft.clone();
        let last_sent = last_sent.clone();
        use_effect_with(view.query.clone(), move |query| {
            if *last_sent.borrow() != *query {
                *last_sent.borrow_mut() = query.clone();
                draft.set(query.clone());
            }
        });
    }
    // Arriving with an empty box (the nav link) or by the `/` key puts the cursor in the
    // box (rather than on `main`, where a new page puts it).
    use_effect_with((), {
        let empty = view.query.is_empty();
        move |_| {
            if search_keys::take_focus_request() || empty {
                arrival::land_on(Landing::focus(SEARCH_INPUT_ID));
            }
        }
    });

    // What the results answer: the box as typed while searches are cheap (the address bar
    // follows after the typing pause), else the URL's query. A query that just arrived
    // from outside wins over the box, which the effect above is about to overwrite.
    let last_millis = use_mut_ref(|| 0.0_f64);
    let searches = use_mut_ref(|| 0_u64);
    let typed_live = *last_sent.borrow() == view.query && *last_millis.borrow() <= LIVE_SEARCH_MS;
    let view = &if typed_live && *draft != view.query {
        SearchView {
            query: (*draft).clone(),
            ..view.first_page()
        }
    } else {
        view.clone()
    };
    let timed = use_memo((engine.clone(), view.clone()), {
        let last_millis = last_millis.clone();
        let searches = searches.clone();
        move |(engine, view)| {
            let request = view.request();
            let start = search_dom::now_ms();
            let results = engine.search(&request);
            let millis = search_dom::now_ms() - start;
            *last_millis.borrow_mut() = millis;
            *searches.borrow_mut() += 1;
            TimedResults {
                results,
                millis,
                serial: *searches.borrow(),
            }
        }
    });

    // Effects run after the DOM is patched: the mark says "these results are on screen".
    use_effect_with(timed.serial, |_| browser::mark(browser::RESULTS_MARK));

    let commit = {
        let view = view.clone();
        let last_sent = last_sent.clone();
        move |query: String| {
            *last_sent.borrow_mut() = query.clone();
            let next = SearchView {
                query,
                ..view.first_page()
            };
            browser::navigate(&Route::Search(next), History::Replace);
        }
    };
    let oninput = {
        let draft = draft.clone();
        let pending = pending.clone();
        let commit = commit.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(value.clone());
            let commit = commit.clone();
            // Replacing the timer cancels the previous one.
            *pending.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || commit(value)));
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            pending.borrow_mut().take();
            commit((*draft).clone());
        })
    };
    let toggle_help = {
        let help_open = help_open.clone();
        Callback::from(move |_: MouseEvent| help_open.set(!*help_open))
    };
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| {
            help_open.set(false);
            search_dom::focus(HELP_TOGGLE_ID);
        })
    };
    let on_sort = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let next = SearchView {
                sort: sort_from_param(&value).unwrap_or_default(),
                ..view.first_page()
            };
            browser::navigate(&Route::Search(next), History::Push);
        })
    };

    let results = &timed.results;
    let shown_query = results
        .corrected_query
        .clone()
        .unwrap_or_else(|| view.query.clone());
    let rows: Vec<ResultRow> = results
        .hits
        .iter()
        .filter_map(|hit| {
            let article = engine.articles().get(hit.article)?;
            Some(ResultRow {
                hit: hit.clone(),
                title: article.meta.title.clone(),
                fallback_title: display::title(article).to_string(),
                outlet: article.meta.outlet.clone(),
                date: article.meta.date.map(|d| d.to_string()),
                query: shown_query.clone(),
            })
        })
        .collect();

    html! {
        <section class="search" data-testid="search">
            <h1 class="page-title">{ "Search" }</h1>
            <form class="search__form" role="search" {onsubmit}>
                <label for={SEARCH_INPUT_ID} class="search__label">{ "Search the articles" }</label>
                <div class="search__row">
                    <input id={SEARCH_INPUT_ID} type="search" class="search__input" data-testid="search-input"
                        value={(*draft).clone()} {oninput} autocomplete="off" spellcheck="false"
                        placeholder="e.g. Lavrov, \"red lines\", NATO -Lavrov"
                        aria-describedby="search-status" aria-keyshortcuts="/" />
                    <button type="button" id={HELP_TOGGLE_ID} class="button" aria-expanded={help_open.to_string()}
                        aria-controls="search-help" aria-keyshortcuts="?" data-testid="search-help-toggle" onclick={toggle_help}>
                        { "Query help" }
                    </button>
                </div>
            </form>
            if *help_open {
                <QueryHelp on_close={close_help} />
            }
            <div class="search__layout">
                <FacetPanel view={view.clone()} facets={results.facets.clone()} />
                <div class="search__results">
                    { status(view, &timed, on_sort) }
                    if rows.is_empty() {
                        { empty_message(view) }
                    } else {
                        <ol class="results" data-testid="results">
                            { for rows.into_iter().enumerate().map(|(position, row)| {
                                let key = row.hit.id.clone();
                                html! { <SearchResult {key} {position} {row} /> }
                            }) }
                        </ol>
                    }
                    if results.total > results.hits.len() {
                        { more_results(view, results.hits.len(), results.total) }
                    }
                </div>
            </div>
        </section>
    }
}

/// Below a list that does not hold every match: how many it shows, and a button for the
/// next page of hits (up to [`MAX_MORE`](super::search_route::MAX_MORE) pages; beyond
/// that, refining is the way).
fn more_results(view: &SearchView, shown: usize, total: usize) -> Html {
    let next = view.with_more();
    let can_grow = next.more > view.more;
    let onclick = Callback::from(move |_: MouseEvent| {
        browser::navigate(&Route::Search(next.clone()), History::Replace)
    });
    list_more(
        "search-more",
        format!(
            "Showing the best {} of {} articles.",
            display::thousands(shown),
            display::thousands(total)
        ),
        can_grow.then(|| NextBatch {
            count: (total - shown).min(DEFAULT_LIMIT),
            onclick,
        }),
        " Refine the query or the filters to see the others.",
    )
}

/// Count, time, sort, corrections and notices.
fn status(view: &SearchView, timed: &TimedResults, on_sort: Callback<Event>) -> Html {
    let results = &timed.results;
    let count = match results.total {
        1 => "1 article".to_string(),
        n => format!("{} articles", display::thousands(n)),
    };
    let sorts = [
        (SortOrder::Relevance, "Best match"),
        (SortOrder::Newest, "Newest first"),
        (SortOrder::Oldest, "Oldest first"),
    ];
    html! {
        <div class="search__status">
            <p id="search-status" class="search__count" aria-live="polite" data-testid="search-status">
                <span data-testid="search-total">{ count }</span>
                { " in " }
                <span data-testid="search-time">{ duration(timed.millis) }</span>
            </p>
            <label class="search__sort">
                <span>{ "Sort" }</span>
                <select onchange={on_sort} data-testid="search-sort">
                    { for sorts.iter().map(|(sort, label)| html! {
                        <option value={sort_param(*sort)} selected={view.sort == *sort}>{ *label }</option>
                    }) }
                </select>
            </label>
            if !view.query.trim().is_empty() {
                <a href={Route::Kwic(KwicView { query: results.corrected_query.clone().unwrap_or_else(|| view.query.clone()), ..KwicView::default() }).to_hash()}
                    class="search__kwic-link">
                    { "Concordance for this query" }
                </a>
            }
            if let Some(corrected) = &results.corrected_query {
                <p class="search__corrected" data-testid="search-corrected" role="status">
                    { "Showing results for " }<strong>{ corrected.clone() }</strong>
                    { " (no article contains " }
                    { for results.corrections.iter().enumerate().map(|(i, c)| html! {
                        <>{ if i > 0 { ", " } else { "" } }<q>{ c.original.clone() }</q></>
                    }) }
                    { ")" }
                </p>
            }
            { for results.notices.iter().map(|n| html! {
                <p class="search__notice" data-testid="search-notice">{ n.message() }</p>
            }) }
        </div>
    }
}

/// The time a search took. `performance.now()` is coarsened to 0.1 ms in pages
/// without cross-origin isolation, so a faster search reads "< 0.1 ms", not "0.0 ms".
pub fn duration(millis: f64) -> String {
    if millis < 0.1 {
        "< 0.1 ms".to_string()
    } else {
        // Not `{millis:.1}`: the same text without linking core's float printing.
        format!("{} ms", super::decimal::one_decimal(millis))
    }
}

/// Why there is nothing to show, and what to try.
fn empty_message(view: &SearchView) -> Html {
    html! {
        <div class="search__empty" data-testid="search-empty">
            <p><strong>{ "No articles match." }</strong></p>
            <ul>
                <li>{ "Check the spelling, or use fewer words (all of them must match)." }</li>
                if view.has_filters() {
                    <li>{ "Clear some filters: each one narrows the results." }</li>
                }
                <li>{ "Use OR for alternatives and * for word endings: " }<code>{ "sanction* OR embargo" }</code></li>
            </ul>
        </div>
    }
}
