//! The panic hook: a panic shows a banner with its message instead of a frozen page.
//!
//! A panic in the wasm module cannot be recovered from (the release build aborts), so the
//! best the page can do is say so plainly: what went wrong, and that a reload starts over.
//! The banner is built with plain DOM calls, not Yew, because Yew may be what panicked.

use std::panic::PanicHookInfo;

use gloo::utils::document;
use wasm_bindgen::JsValue;

/// The id of the banner element (also its `data-testid`).
pub const BANNER_ID: &str = "panic-banner";

/// Installs the hook. Call once, before the app is rendered. It goes through Yew so
/// that Yew's renderer keeps it instead of installing its own console-only hook.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(report));
}

fn report(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&JsValue::from_str(&format!("Dossier panicked: {message}")));
    // Never panic inside the panic hook: every step that can fail is skipped instead.
    let _ = show_banner(&message);
}

fn show_banner(message: &str) -> Option<()> {
    let doc = document();
    let banner = match doc.get_element_by_id(BANNER_ID) {
        Some(existing) => existing,
        None => {
            let el = doc.create_element("div").ok()?;
            el.set_id(BANNER_ID);
            el.set_attribute("data-testid", BANNER_ID).ok()?;
            el.set_attribute("role", "alert").ok()?;
            el.set_class_name("panic-banner");
            doc.body()?.prepend_with_node_1(&el).ok()?;
            el
        }
    };
    // Text only: the message may quote user input, so it must never be parsed as HTML.
    banner.set_text_content(None);
    let title = doc.create_element("strong").ok()?;
    title.set_text_content(Some(
        "Dossier stopped working. Reload the page to start again.",
    ));
    let detail = doc.create_element("p").ok()?;
    detail.set_text_content(Some(message));
    banner.append_child(&title).ok()?;
    banner.append_child(&detail).ok()?;
    Some(())
}
