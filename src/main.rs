//! Browser entry point: install the panic banner, build the engine from the corpus
//! compiled into the binary, and mount the app. Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use dossier::ui::shared_engine::SharedEngine;
    use dossier::ui::{app::App, app::AppProps, browser, js_api, panic};
    panic::install();
    // Marks that split start-up for e2e/measure-startup.mjs and docs/startup-at-scale.md:
    // wasm loaded and started -> corpus ingested -> engine built -> first render.
    browser::mark("dossier-started");
    let ingest = dossier::corpus::embedded();
    browser::mark("dossier-ingested");
    let engine = SharedEngine::new(dossier::engine::Engine::new(ingest.corpus));
    browser::mark(browser::ENGINE_MARK);
    // One engine for the page: the app renders from it and scripts search it.
    js_api::share_engine(engine.clone());
    let props = AppProps {
        engine,
        errors: Rc::new(ingest.errors),
    };
    yew::Renderer::<App>::with_props(props).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dossier-web is the browser build; run `dossier help` for the CLI.");
}
