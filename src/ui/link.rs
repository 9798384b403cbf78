//! [`Link`]: an ordinary `<a href="#/…">` that navigates in place.

use yew::prelude::*;

use super::browser::{self, History};
use super::route::Route;

/// Props of [`Link`].
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// Where the link goes.
    pub to: Route,
    /// Push a history entry (a new page) or replace the current one (a detail change).
    #[prop_or(History::Push)]
    pub history: History,
    /// Marks the link as the current item of a set (`aria-current`), e.g. `"page"`.
    #[prop_or_default]
    pub current: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// Element id (e.g. so keyboard shortcuts can focus the link).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view of the app.
///
/// The `href` is the bare hash, so opening it in a new tab or copying it works. A plain
/// click is handled here instead of by the browser because `<base href>` (needed for the
/// assets under a sub-path) makes a bare `#…` href resolve against the base URL, which
/// reloads the page when the document URL differs from it (e.g. `…/index.html`).
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let onclick = {
        let to = props.to.clone();
        let history = props.history;
        Callback::from(move |e: MouseEvent| {
            let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
            if e.button() == 0 && !modified {
                e.prevent_default();
                browser::navigate(&to, history);
            }
        })
    };
    html! {
        <a href={props.to.to_hash()} class={props.class.clone()} id={props.id.clone()}
            aria-current={props.current.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
