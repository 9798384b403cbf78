//! Client-side downloads: a text made in the page handed to the browser as a file
//! (Blob + object URL + `<a download>`), so exports need no server.

/// Offers `contents` as a file named `file_name` of type `mime`. Failures are reported on
/// the console; they cannot lose data, the user can simply try again.
#[cfg(target_arch = "wasm32")]
pub fn offer(file_name: &str, mime: &str, contents: &str) {
    if let Err(e) = try_offer(file_name, mime, contents) {
        gloo::console::error!("download failed", e);
    }
}

#[cfg(target_arch = "wasm32")]
fn try_offer(file_name: &str, mime: &str, contents: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&a)?;
    a.click();
    a.remove();
    // The browser reads the blob after this task; release it a little later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Natively (SSR tests) there is no browser to download into.
#[cfg(not(target_arch = "wasm32"))]
pub fn offer(_file_name: &str, _mime: &str, _contents: &str) {}
