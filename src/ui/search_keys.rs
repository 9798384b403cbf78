//! [`SearchKeys`]: the page-wide keyboard shortcuts of search and the reader.
//!
//! | key       | where                 | does                                   |
//! |-----------|-----------------------|----------------------------------------|
//! | `/`       | anywhere              | focus the search box (opens search)    |
//! | `j` / `k` | search results        | next / previous result (Enter opens)   |
//! | `n` / `N` | reader with a query   | next / previous match                  |
//! | `?`       | search                | show or hide the query-language help   |
//! | `Esc`     | in a text field       | leave the field (so the keys above work) |
//! | `Esc`     | search, concordance, reader | go back                          |
//!
//! Letter keys never fire while the user types in a field, or with Ctrl / Alt / Meta.
//! The listener reads the route from the address bar when a key is pressed, so it is
//! installed once and never goes stale.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::browser::{self, History};
use super::route::{ReaderView, Route, SearchView};
use super::search_dom;
use super::search_marks::body_matches;
use super::shared_engine::{use_engine, SharedEngine};

/// Element id of the search box.
pub const SEARCH_INPUT_ID: &str = "search-input";
/// Element id of the button that shows the query-language help.
pub const HELP_TOGGLE_ID: &str = "search-help-toggle";
/// Prefix of the element ids of result links (`result-0`, `result-1`, …).
pub const RESULT_ID_PREFIX: &str = "result-";

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    FocusSearch,
    NextResult,
    PreviousResult,
    NextMatch,
    PreviousMatch,
    ToggleHelp,
    LeaveField,
    Back,
}

/// The shortcut for `key` pressed on `route` (pure; unit-tested). `typing` is whether a
/// text field has focus; `modified` whether Ctrl, Alt or Meta is held.
pub fn shortcut(key: &str, route: &Route, typing: bool, modified: bool) -> Option<Shortcut> {
    if modified {
        return None;
    }
    if typing {
        return (key == "Escape").then_some(Shortcut::LeaveField);
    }
    let reading_matches = matches!(route, Route::Reader(v) if !v.query.is_empty() && !v.raw);
    match (key, route) {
        ("/", _) => Some(Shortcut::FocusSearch),
        ("j", Route::Search(_)) => Some(Shortcut::NextResult),
        ("k", Route::Search(_)) => Some(Shortcut::PreviousResult),
        ("?", Route::Search(_)) => Some(Shortcut::ToggleHelp),
        ("n", Route::Reader(_)) if reading_matches => Some(Shortcut::NextMatch),
        ("N", Route::Reader(_)) if reading_matches => Some(Shortcut::PreviousMatch),
        ("Escape", Route::Search(_) | Route::Kwic(_) | Route::Reader(_)) => Some(Shortcut::Back),
        _ => None,
    }
}

/// The reader at match `hit + step` (wrapping around) of `total` matches.
pub fn step_match(view: &ReaderView, total: usize, forward: bool) -> ReaderView {
    let hit = match (total, forward) {
        (0, _) => 0,
        (_, true) => (view.hit.min(total - 1) + 1) % total,
        (_, false) => (view.hit.min(total - 1) + total - 1) % total,
    };
    ReaderView {
        hit,
        ..view.clone()
    }
}

thread_local! {
    /// Set by `/` when it has to open the search view first: the view takes the focus
    /// when it mounts (the page is single-threaded, so one flag per page).
    static FOCUS_ON_OPEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether `/` asked the search view that is opening to focus its box (clears the ask).
pub fn take_focus_request() -> bool {
    FOCUS_ON_OPEN.with(|f| f.replace(false))
}

/// The search `/` opens from `route`: the reader's or concordance's query, if any.
pub fn search_for(route: &Route) -> SearchView {
    match route {
        Route::Reader(v) => SearchView::for_query(v.query.clone()),
        Route::Kwic(v) => SearchView::for_query(v.query.clone()),
        _ => SearchView::default(),
    }
}

/// Where `Esc` goes when there is no page to go back to.
fn fallback(route: &Route) -> Route {
    match route {
        Route::Reader(v) if !v.query.is_empty() => {
            Route::Search(SearchView::for_query(v.query.clone()))
        }
        Route::Kwic(v) => Route::Search(SearchView::for_query(v.query.clone())),
        _ => Route::default(),
    }
}

/// Installs the shortcuts; renders nothing.
#[function_component(SearchKeys)]
pub fn search_keys() -> Html {
    let engine = use_engine();
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, move |e| {
            if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                on_key(e, &engine);
            }
        });
        move || drop(listener)
    });
    html! {}
}

fn on_key(e: &KeyboardEvent, engine: &SharedEngine) {
    let route = Route::parse(&browser::current_hash());
    let modified = e.ctrl_key() || e.alt_key() || e.meta_key();
    let Some(action) = shortcut(&e.key(), &route, search_dom::typing_in_field(), modified) else {
        return;
    };
    e.prevent_default();
    match action {
        Shortcut::FocusSearch => {
            if document().get_element_by_id(SEARCH_INPUT_ID).is_some() {
                search_dom::focus(SEARCH_INPUT_ID);
            } else {
                FOCUS_ON_OPEN.with(|f| f.set(true));
                browser::navigate(&Route::Search(search_for(&route)), History::Push);
            }
        }
        Shortcut::NextResult => move_through_results(true),
        Shortcut::PreviousResult => move_through_results(false),
        Shortcut::NextMatch | Shortcut::PreviousMatch => {
            if let Route::Reader(view) = &route {
                if let Some((index, _)) = engine.article(&view.id) {
                    let total = body_matches(engine, index, &view.query).len();
                    let next = step_match(view, total, action == Shortcut::NextMatch);
                    browser::navigate(&Route::Reader(next), History::Replace);
                }
            }
        }
        Shortcut::ToggleHelp => {
            if let Some(button) = document()
                .get_element_by_id(HELP_TOGGLE_ID)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                button.click();
            }
        }
        Shortcut::LeaveField => search_dom::blur_field(),
        Shortcut::Back => search_dom::back_or(&fallback(&route)),
    }
}

/// Focuses the next or previous result link (the first with `j` when none has focus).
fn move_through_results(forward: bool) {
    let count = document()
        .query_selector_all("[data-testid=result]")
        .map_or(0, |list| list.length() as usize);
    if count == 0 {
        return;
    }
    let current = search_dom::focused_id()
        .strip_prefix(RESULT_ID_PREFIX)
        .and_then(|n| n.parse::<usize>().ok());
    let next = match (current, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1).min(count - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    let id = format!("{RESULT_ID_PREFIX}{next}");
    search_dom::focus(&id);
    search_dom::scroll_to_middle(&id);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(query: &str) -> Route {
        Route::Reader(ReaderView {
            id: "a".into(),
            query: query.into(),
            ..ReaderView::default()
        })
    }

    #[test]
    fn slash_focuses_search_from_anywhere_but_not_while_typing() {
        for route in [
            Route::default(),
            reader(""),
            Route::Search(SearchView::default()),
        ] {
            assert_eq!(
                shortcut("/", &route, false, false),
                Some(Shortcut::FocusSearch)
            );
        }
        assert_eq!(shortcut("/", &Route::default(), true, false), None);
        assert_eq!(shortcut("/", &Route::default(), false, true), None);
    }

    #[test]
    fn j_and_k_move_through_results_only_in_search() {
        let search = Route::Search(SearchView::for_query("Lavrov"));
        assert_eq!(
            shortcut("j", &search, false, false),
            Some(Shortcut::NextResult)
        );
        assert_eq!(
            shortcut("k", &search, false, false),
            Some(Shortcut::PreviousResult)
        );
        assert_eq!(shortcut("j", &Route::default(), false, false), None);
        assert_eq!(shortcut("j", &search, true, false), None, "typing a j");
    }

    #[test]
    fn n_moves_between_matches_only_with_a_query() {
        assert_eq!(
            shortcut("n", &reader("Lavrov"), false, false),
            Some(Shortcut::NextMatch)
        );
        assert_eq!(
            shortcut("N", &reader("Lavrov"), false, false),
            Some(Shortcut::PreviousMatch)
        );
        assert_eq!(shortcut("n", &reader(""), false, false), None);
    }

    #[test]
    fn escape_leaves_a_field_first_then_goes_back() {
        let search = Route::Search(SearchView::default());
        assert_eq!(
            shortcut("Escape", &search, true, false),
            Some(Shortcut::LeaveField)
        );
        assert_eq!(
            shortcut("Escape", &search, false, false),
            Some(Shortcut::Back)
        );
        assert_eq!(shortcut("Escape", &Route::default(), false, false), None);
    }

    #[test]
    fn slash_from_a_searched_article_searches_its_query() {
        assert_eq!(
            search_for(&reader("Lavrov")),
            SearchView::for_query("Lavrov")
        );
        assert_eq!(search_for(&Route::default()), SearchView::default());
    }

    #[test]
    fn match_steps_wrap_around() {
        let at = |hit| ReaderView {
            hit,
            ..ReaderView::default()
        };
        assert_eq!(step_match(&at(0), 3, true).hit, 1);
        assert_eq!(step_match(&at(2), 3, true).hit, 0);
        assert_eq!(step_match(&at(0), 3, false).hit, 2);
        assert_eq!(
            step_match(&at(9), 3, false).hit,
            1,
            "an out-of-range hit counts as the last"
        );
        assert_eq!(step_match(&at(4), 0, true).hit, 0);
    }
}
