//! [`SortBar`]: chooses the order of the home list. Each choice is a link to the URL of
//! that order, so sorted views can be bookmarked and shared.

use yew::prelude::*;

use super::route::{ArticleOrder, Direction, Route, SortKey};

/// Props of [`SortBar`].
#[derive(Properties, PartialEq)]
pub struct SortBarProps {
    /// The order currently shown.
    pub order: ArticleOrder,
}

/// "Sort by: Date · Outlet". Choosing the active key again reverses the direction.
#[function_component(SortBar)]
pub fn sort_bar(props: &SortBarProps) -> Html {
    let option = |key: SortKey, label: &'static str| {
        let active = props.order.key == key;
        let target = if active {
            ArticleOrder {
                key,
                direction: props.order.direction.flipped(),
            }
        } else {
            ArticleOrder::by(key)
        };
        let shown = if active {
            props.order.direction
        } else {
            key.natural_direction()
        };
        let hint = direction_hint(key, shown);
        html! {
            <li>
                <a href={Route::Articles(target).to_hash()}
                    aria-current={active.then_some(AttrValue::Static("true"))}
                    class={classes!("sort-option", active.then_some("sort-option--active"))}>
                    { label }
                    if active {
                        <span class="sort-option__hint">{ format!(" ({hint})") }</span>
                    }
                </a>
            </li>
        }
    };
    html! {
        <nav class="sort-bar" aria-label="Sort articles" data-testid="sort-bar">
            <span class="sort-bar__label" aria-hidden="true">{ "Sort by" }</span>
            <ul>
                { option(SortKey::Date, "Date") }
                { option(SortKey::Outlet, "Outlet") }
            </ul>
        </nav>
    }
}

/// How the list reads in this order, in words ("newest first", "A–Z").
fn direction_hint(key: SortKey, direction: Direction) -> &'static str {
    match (key, direction) {
        (SortKey::Date, Direction::Descending) => "newest first",
        (SortKey::Date, Direction::Ascending) => "oldest first",
        (SortKey::Outlet, Direction::Ascending) => "A–Z",
        (SortKey::Outlet, Direction::Descending) => "Z–A",
    }
}
