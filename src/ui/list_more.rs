//! [`list_more`]: the line under a list that shows only part of its items — how many it
//! shows, and a button for the next batch (the home list, search results).

use yew::prelude::*;

/// The next batch a "Show more" button adds: how many items, and what pressing it does.
pub struct NextBatch {
    pub count: usize,
    pub onclick: Callback<MouseEvent>,
}

/// `summary` ("Showing 20 of 45 articles."), then the button for `next`, or `hint` when
/// there is no next batch.
pub fn list_more(
    testid: &'static str,
    summary: String,
    next: Option<NextBatch>,
    hint: &str,
) -> Html {
    html! {
        <p class="list-more" data-testid={testid}>
            <span>{ summary }</span>
            if let Some(NextBatch { count, onclick }) = next {
                <button type="button" class="button" {onclick}>
                    { format!("Show {} more", super::display::thousands(count)) }
                </button>
            } else {
                <span>{ hint.to_string() }</span>
            }
        </p>
    }
}
