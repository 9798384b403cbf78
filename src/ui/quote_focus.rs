//! [`use_quote_focus`]: when the reader is opened at a quote (`?quote=N`), bring that
//! quote into view and give it keyboard focus, which also shows its speaker callout.

use yew::prelude::*;

use super::quote_marks::quote_anchor;
use crate::quotes::QuoteId;

/// Scrolls to and focuses quote `quote` of the page each time it changes.
#[hook]
pub fn use_quote_focus(quote: Option<QuoteId>) {
    use_effect_with(quote, |quote| {
        // Deferred to a task of its own: App's effect for a new page focuses `main` and
        // scrolls to the top, and it runs after this child's effect in the same render.
        let pending = quote.map(|id| {
            gloo::timers::callback::Timeout::new(0, move || focus_anchor(&quote_anchor(id)))
        });
        move || drop(pending)
    });
}

#[cfg(target_arch = "wasm32")]
fn focus_anchor(anchor: &str) {
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

    let Some(el) = gloo::utils::document()
        .get_element_by_id(anchor)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return; // an id from an old link: the reader simply stays at the top
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = el.focus(); // failing to focus leaves the quote in view, still usable
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_anchor(_anchor: &str) {}
