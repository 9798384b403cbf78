//! Browser entry point: mount the Yew app. Natively this binary does nothing (use `dossier`).

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<dossier::ui::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dossier-web is the browser build; run `dossier help` for the CLI.");
}
