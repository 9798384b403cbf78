//! The browser calls the search views make outside rendering: a clock for the time a
//! search took, focus and scroll by element id, going back, and downloading a file made
//! in the page. Like [`super::browser`], everything but [`now_ms`] runs only in effects
//! and event callbacks.

use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::browser::{self, History};
use super::route::Route;

/// Milliseconds from `performance.now()` (0 natively, where nothing is timed).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        window().performance().map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

fn element(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}

/// Focuses the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        // Focus failing leaves it where it was, which is still usable.
        let _ = el.focus();
    }
}

/// Scrolls the element with this id to the middle of the window.
pub fn scroll_to_middle(id: &str) {
    if let Some(el) = element(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        options.set_behavior(ScrollBehavior::Instant);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The id of the focused element ("" when none has one).
pub fn focused_id() -> String {
    document()
        .active_element()
        .map(|el| el.id())
        .unwrap_or_default()
}

/// Whether keyboard input is going to a text field (so letter shortcuts must not fire).
pub fn typing_in_field() -> bool {
    document().active_element().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el
                .dyn_ref::<HtmlElement>()
                .is_some_and(HtmlElement::is_content_editable)
    })
}

/// Takes focus out of the focused field, so the page's letter shortcuts work again.
pub fn blur_field() {
    if let Some(el) = document()
        .active_element()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

/// Goes back one page, or to `fallback` when this tab has no page to go back to.
pub fn back_or(fallback: &Route) {
    let history = window().history();
    match history {
        Ok(h) if h.length().unwrap_or(0) > 1 => {
            if h.back().is_err() {
                browser::navigate(fallback, History::Push);
            }
        }
        _ => browser::navigate(fallback, History::Push),
    }
}

/// Offers `text` as a file download named `file_name`, made entirely in the page
/// (a Blob, an object URL and a temporary `<a download>`): nothing goes to a server.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    if let Err(e) = try_download(file_name, mime, text) {
        gloo::console::error!("download failed", e);
    }
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document().body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoked on the next tick: the click has started the download by then.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
