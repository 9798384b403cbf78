//! The few places the UI talks to the browser outside of rendering: the address bar,
//! the scroll position, the document title and a performance mark.
//!
//! Everything here except [`current_hash`] is called only from effects and event
//! callbacks, which never run during server-side rendering; `current_hash` is read
//! while rendering, so natively (SSR tests) it answers the empty hash.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::route::Route;

/// How a navigation affects the history: a new entry, or replacing the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new page: Back returns to the current one.
    Push,
    /// A change of detail on the same page (the raw/clean toggle): Back skips it.
    Replace,
}

/// The performance mark set after the first render; `e2e/measure-startup.mjs` reads it.
pub const RENDERED_MARK: &str = "dossier-rendered";

/// The performance mark set once the engine is built, just before the first render.
pub const ENGINE_MARK: &str = "dossier-engine-built";

/// The performance mark set each time the search view has rendered new results;
/// `e2e/budget.mjs` times a keystroke to it.
pub const RESULTS_MARK: &str = "dossier-results";

/// The current `location.hash` (always "" natively).
pub fn current_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().hash().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Goes to `route` by changing the hash. Both kinds of navigation fire `hashchange`,
/// which is the one path by which the view state changes (see [`on_hash_change`]).
pub fn navigate(route: &Route, history: History) {
    navigate_to_hash(&route.to_hash(), history);
}

/// [`navigate`] to a hash (`#/…`) already written out, such as an app link's `href`.
pub fn navigate_to_hash(hash: &str, history: History) {
    let location = window().location();
    let result = match history {
        History::Push => location.set_hash(hash),
        // `replace` resolves a bare `#…` against `<base href>`, not the document URL, so
        // it is given the document URL in full (else `…/index.html` would reload as `…/`).
        History::Replace => location.href().and_then(|href| {
            let document_url = href.split_once('#').map_or(href.as_str(), |(url, _)| url);
            location.replace(&format!("{document_url}{hash}"))
        }),
    };
    if let Err(e) = result {
        gloo::console::error!("navigation failed", e);
    }
}

/// Calls `f` with the new hash whenever it changes (back, forward, links, typing).
/// Listening stops when the returned listener is dropped.
pub fn on_hash_change(mut f: impl FnMut(String) + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| f(current_hash()))
}

/// Scrolls the window to the top (a new page starts at its beginning).
pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Moves keyboard focus to the main region (`#main`), so that after following a link
/// the next Tab continues in the new page and screen readers announce it.
pub fn focus_main() {
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(main) = main {
        // Focus failing leaves focus where it was, which is still usable.
        let _ = main.focus();
    }
}

/// Sets the document title (shown in tabs, history and bookmarks).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Records [`RENDERED_MARK`] in the page's performance timeline.
pub fn mark_rendered() {
    mark(RENDERED_MARK);
}

/// Records a named point in the page's performance timeline (for measurement scripts).
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        // A measurement aid only: failing to set it must not disturb the page.
        let _ = perf.mark(name);
    }
}
