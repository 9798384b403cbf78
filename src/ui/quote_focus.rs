//! [`use_quote_focus`]: when the reader is opened at a quote (`?quote=N`), bring that
//! quote into view and give it keyboard focus, which also shows its speaker callout.

use yew::prelude::*;

use super::arrival::{self, Landing};
use super::quote_marks::quote_anchor;
use crate::quotes::QuoteId;

/// Scrolls to and focuses quote `quote` of the page each time it changes.
#[hook]
pub fn use_quote_focus(quote: Option<QuoteId>) {
    use_effect_with(quote, |quote| {
        if let Some(id) = *quote {
            arrival::land_on(Landing::focus_centered(quote_anchor(id)));
        }
    });
}
