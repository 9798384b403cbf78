//! [`use_quote_focus`]: when the reader is opened at a quote (`?quote=N`), bring that
//! quote into view and give it keyboard focus, which also shows its speaker callout.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::quote_marks::quote_anchor;
use crate::quotes::QuoteId;

/// Scrolls to and focuses quote `quote` of the page each time it changes.
#[hook]
pub fn use_quote_focus(quote: Option<QuoteId>) {
    use_effect_with(quote, |quote| {
        // Deferred to a task of its own: App's effect for a new page focuses `main` and
        // scrolls to the top, and it runs after this child's effect in the same render.
        // Set when the view moves on, so that a try still queued does nothing.
        let cancelled = Rc::new(Cell::new(false));
        if let Some(id) = *quote {
            schedule(cancelled.clone(), quote_anchor(id), 0, ATTEMPTS, false);
        }
        move || cancelled.set(true)
    });
}

/// How many times focusing is tried before giving up (an id from an old link).
const ATTEMPTS: u32 = 10;
/// Milliseconds between two tries.
const RETRY_MS: u32 = 30;

/// Focuses `anchor` after `delay` ms, and checks once more a moment later that it kept
/// the focus: on a loaded machine the page may still be settling (the quote not in the
/// DOM yet, or the new page's focus on `main` landing after ours). Up to `left` tries.
fn schedule(cancelled: Rc<Cell<bool>>, anchor: String, delay: u32, left: u32, held_once: bool) {
    // Forgotten rather than kept: a timer must not be dropped from its own callback, and
    // `cancelled` stops the chain.
    gloo::timers::callback::Timeout::new(delay, move || {
        if cancelled.get() {
            return;
        }
        let held = focus_anchor(&anchor);
        if left > 1 && !(held && held_once) {
            schedule(cancelled, anchor, RETRY_MS, left - 1, held);
        }
    })
    .forget();
}

/// Scrolls the quote with element id `anchor` into view and focuses it; whether it has
/// the focus now.
#[cfg(target_arch = "wasm32")]
fn focus_anchor(anchor: &str) -> bool {
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

    let Some(el) = gloo::utils::document()
        .get_element_by_id(anchor)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return false; // not rendered yet, or an id from an old link
    };
    let focused = |el: &HtmlElement| {
        gloo::utils::document()
            .active_element()
            .is_some_and(|a| a == **el)
    };
    if focused(&el) {
        return true;
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = el.focus(); // failing to focus leaves the quote in view, still usable
    focused(&el)
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_anchor(_anchor: &str) -> bool {
    true
}
