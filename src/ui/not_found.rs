//! [`NotFound`]: the answer to a URL that names no view.

use yew::prelude::*;

use super::route::Route;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The unknown path, shown (as text) so the reader can see what was asked for.
    pub path: AttrValue,
}

/// Says the page does not exist and links home.
#[function_component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    html! {
        <section class="missing" data-testid="not-found">
            <h1 class="page-title">{ "Page not found" }</h1>
            <p>{ "Dossier has no page at " }<code>{ props.path.clone() }</code>{ "." }</p>
            <p><a href={Route::default().to_hash()}>{ "Go to the articles" }</a></p>
        </section>
    }
}
