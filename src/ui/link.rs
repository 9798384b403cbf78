//! Links to the app's views: each is a plain `<a href="#/…">` (write it with
//! [`Route::to_hash`]), and one click listener on the document ([`follow_links`]) makes a
//! plain click on any of them navigate in place.
//!
//! Why a listener at all: `<base href>` (needed for the assets under a sub-path) makes a
//! bare `#…` href resolve against the base URL, which reloads the page when the document
//! URL differs from it (e.g. `…/index.html`). Why one for the document rather than a
//! component per link: the app renders two dozen kinds of links, and a Yew component
//! with its own click callback for each was code (0.3 KB gzip of the bundle) and a
//! closure per rendered link, for markup that is nothing but an `<a>`.
//!
//! A link that changes a detail of the current page (a sort order) rather than opening a
//! new one carries `data-history="replace"`, so Back skips it.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use super::browser::{self, History};
#[cfg(doc)]
use super::route::Route;

/// The attribute that, set to `"replace"`, makes a link replace the current history entry.
const HISTORY_ATTR: &str = "data-history";

/// Which links the listener follows: those to a view of the app.
const APP_LINK: &str = "a[href^='#/']";

/// Follows plain clicks on app links (left button, no modifier key: a ctrl- or
/// middle-click still opens a new tab) until the returned listener is dropped. Clicks a
/// view's own handler has already dealt with (`preventDefault`) are left alone.
pub fn follow_links() -> EventListener {
    // Not passive (gloo's default), or `prevent_default` would be refused.
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&document(), "click", options, |e| {
        let Some(e) = e.dyn_ref::<MouseEvent>() else {
            return;
        };
        let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
        if e.default_prevented() || e.button() != 0 || modified {
            return;
        }
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest(APP_LINK).ok().flatten());
        let Some(hash) = link.as_ref().and_then(|a| a.get_attribute("href")) else {
            return;
        };
        let replace =
            link.and_then(|a| a.get_attribute(HISTORY_ATTR)).as_deref() == Some("replace");
        e.prevent_default();
        browser::navigate_to_hash(
            &hash,
            if replace {
                History::Replace
            } else {
                History::Push
            },
        );
    })
}
