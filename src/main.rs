//! Browser entry point: install the panic banner, build the engine from the corpus
//! compiled into the binary, and mount the app. Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use dossier::ui::{app::App, app::AppProps, browser, panic};
    panic::install();
    let ingest = dossier::corpus::embedded();
    let engine = dossier::engine::Engine::new(ingest.corpus);
    browser::mark(browser::ENGINE_MARK);
    yew::Renderer::<App>::with_props(AppProps::new(engine, ingest.errors)).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dossier-web is the browser build; run `dossier help` for the CLI.");
}
