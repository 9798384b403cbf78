//! The app-wide view state and the actions that change it (one `use_reducer` in `App`).
//!
//! The URL is the source of truth: navigation writes the hash, the browser fires
//! `hashchange`, and [`Action::HashChanged`] turns the new hash into a [`Route`]. So a
//! link, the back button, a reload and a pasted URL all take the same path.

use std::rc::Rc;

use yew::prelude::*;

use super::route::{ArticleOrder, Route};

/// What the whole page is showing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The view, parsed from the URL.
    pub route: Route,
    /// Bumped when the view moves to a different page, so the app scrolls to the top
    /// once per page change (and not on a sort change or the raw toggle).
    pub page: u32,
    /// The order the article list was last shown in, so "back to the list" keeps it.
    pub list_order: ArticleOrder,
}

/// Everything that can change [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address bar's hash is now this (from `hashchange`).
    HashChanged(String),
}

impl State {
    /// The state for a page loaded with this hash.
    pub fn from_hash(hash: &str) -> State {
        let route = Route::parse(hash);
        let list_order = match route {
            Route::Articles(order) => order,
            _ => ArticleOrder::default(),
        };
        State {
            route,
            page: 0,
            list_order,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::HashChanged(hash) => {
                let route = Route::parse(&hash);
                if route == self.route {
                    return self;
                }
                let page = if self.route.is_new_page(&route) {
                    self.page.wrapping_add(1)
                } else {
                    self.page
                };
                let list_order = match route {
                    Route::Articles(order) => order,
                    _ => self.list_order,
                };
                Rc::new(State {
                    route,
                    page,
                    list_order,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: State, hash: &str) -> State {
        (*Rc::new(state).reduce(Action::HashChanged(hash.into()))).clone()
    }

    #[test]
    fn a_new_hash_becomes_the_route() {
        let s = reduce(State::default(), "#/article/abc");
        assert_eq!(s.route, Route::reader("abc"));
    }

    #[test]
    fn only_page_changes_bump_the_page_counter() {
        let s = reduce(State::default(), "#/?sort=outlet");
        assert_eq!(s.page, 0, "a sort change stays on the page");
        let s = reduce(s, "#/article/abc");
        assert_eq!(s.page, 1);
        let s = reduce(s, "#/article/abc?raw=1");
        assert_eq!(s.page, 1, "the raw toggle stays on the page");
        let s = reduce(s, "#/");
        assert_eq!(s.page, 2);
    }

    #[test]
    fn the_list_order_is_remembered_while_reading() {
        let s = reduce(State::default(), "#/?sort=outlet&order=desc");
        let s = reduce(s, "#/article/abc");
        let expected = Route::parse("#/?sort=outlet&order=desc");
        assert_eq!(Route::Articles(s.list_order), expected);
        let s = reduce(s, "#/no/such/page");
        assert_eq!(Route::Articles(s.list_order), expected);
        assert_eq!(
            Route::Articles(State::from_hash("#/?sort=outlet").list_order),
            Route::parse("#/?sort=outlet")
        );
    }

    #[test]
    fn an_unchanged_route_keeps_the_same_state() {
        let s = Rc::new(State::from_hash("#/"));
        let same = s.clone().reduce(Action::HashChanged("#/?sort=date".into()));
        assert!(Rc::ptr_eq(&s, &same), "equivalent hashes do not re-render");
    }
}
