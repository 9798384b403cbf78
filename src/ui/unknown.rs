//! [`Unknown`]: how a missing fact looks, the same everywhere.

use yew::prelude::*;

use super::display::UNKNOWN;

/// The word "unknown", styled apart from real values so it is never mistaken for one.
#[function_component(Unknown)]
pub fn unknown() -> Html {
    html! { <span class="unknown">{ UNKNOWN }</span> }
}
