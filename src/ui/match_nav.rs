//! [`MatchNav`]: the reader's bar for a search — "match 2 of 7" (announced to screen
//! readers), previous / next buttons, and the scroll to the current match.

use yew::prelude::*;

use super::arrival::{self, Landing};
use super::browser::{self, History};
use super::route::{ReaderView, Route, SearchView};
use super::search_keys::step_match;
use super::search_marks::hit_id;

/// Props of [`MatchNav`].
#[derive(Properties, PartialEq)]
pub struct MatchNavProps {
    /// The reader's state (query and current match).
    pub view: ReaderView,
    /// How many matches the article body has.
    pub total: usize,
}

/// The wording of the position, e.g. "match 2 of 7" (pure, for tests and aria-live).
pub fn position_text(hit: usize, total: usize) -> String {
    match total {
        0 => "no matches in the text".to_string(),
        _ => format!("match {} of {}", hit.min(total - 1) + 1, total),
    }
}

/// The match bar shown above a searched article.
#[function_component(MatchNav)]
pub fn match_nav(props: &MatchNavProps) -> Html {
    let view = &props.view;
    let total = props.total;
    // The current match in the middle of the window, after the app's own scroll to the
    // top of a new page.
    use_effect_with(
        (view.id.clone(), view.query.clone(), view.hit, total),
        |(_, _, hit, total)| {
            if *total > 0 {
                arrival::land_on(Landing::centered(hit_id((*hit).min(total - 1))));
            }
        },
    );
    let go = |forward: bool| {
        let next = step_match(view, total, forward);
        Callback::from(move |_: MouseEvent| {
            browser::navigate(&Route::Reader(next.clone()), History::Replace)
        })
    };
    html! {
        <div class="match-nav" data-testid="match-nav">
            <span class="match-nav__query">{ "Searching for " }<q>{ view.query.clone() }</q></span>
            <span class="match-nav__position" aria-live="polite" aria-atomic="true" data-testid="match-position">
                { position_text(view.hit, total) }
            </span>
            <span class="match-nav__buttons">
                <button type="button" class="button" onclick={go(false)} disabled={total < 2}
                    aria-keyshortcuts="Shift+N" data-testid="match-previous">{ "↑ Previous" }</button>
                <button type="button" class="button" onclick={go(true)} disabled={total < 2}
                    aria-keyshortcuts="n" data-testid="match-next">{ "↓ Next" }</button>
            </span>
            <a href={Route::Search(SearchView::for_query(view.query.clone())).to_hash()} class="match-nav__results">
                { "Search results" }
            </a>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_is_counted_from_one_and_clamped() {
        assert_eq!(position_text(1, 7), "match 2 of 7");
        assert_eq!(position_text(40, 7), "match 7 of 7");
        assert_eq!(position_text(0, 0), "no matches in the text");
    }
}
