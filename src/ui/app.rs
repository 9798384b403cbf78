//! The root component.

use yew::prelude::*;

/// The whole application.
#[function_component(App)]
pub fn app() -> Html {
    html! { <main>{ "Dossier" }</main> }
}
