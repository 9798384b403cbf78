//! Browser entry point: install the panic banner, load the engine compiled into the
//! binary (`dossier::pack::embedded_engine`), and mount the app. Natively this binary
//! does nothing.

/// The allocator: Talc, made for WebAssembly, instead of Rust's default dlmalloc: 2.7 KB
/// less gzip in the bundle, and start-up with 10,000 articles measured the same
/// (`docs/startup-at-scale.md`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use dossier::ui::shared_engine::SharedEngine;
    use dossier::ui::{app::App, app::AppProps, browser, js_api, panic};
    panic::install();
    // Marks that split start-up for e2e/bench/startup.mjs and docs/startup-at-scale.md:
    // wasm loaded and started -> engine ready (read from the compiled-in corpus pack, or
    // ingested and built when there is none) -> first render.
    browser::mark("dossier-started");
    let loaded = match dossier::pack::embedded_engine() {
        Ok(loaded) => loaded,
        // Only a broken build gets here (`dossier pack` reads its pack back before the
        // build embeds it); the panic hook shows the message instead of a blank page.
        Err(e) => panic!("{e}"),
    };
    let engine = SharedEngine::new(loaded.engine);
    browser::mark(browser::ENGINE_MARK);
    // One engine for the page: the app renders from it and scripts search it.
    js_api::share_engine(engine.clone());
    let props = AppProps {
        engine,
        errors: Rc::new(loaded.errors),
    };
    yew::Renderer::<App>::with_props(props).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dossier-web is the browser build; run `dossier help` for the CLI.");
}
