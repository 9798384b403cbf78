//! Where the reader lands on a page: one mechanism for "after the app has started a new
//! page, put the focus or the scroll position here".
//!
//! A new page makes the app focus `main` and scroll to the top (in an effect of `App`);
//! a view may want something else: the search box focused, the reader centred on a quote
//! or a match. Views used to wait a timer tick for the app to finish, which a loaded
//! machine could reorder. Here the order does not matter: a view states its [`Landing`]
//! with [`land_on`]; if the app has already arrived at this page it lands at once,
//! otherwise [`arrive`] lands there right after its own work.

use std::cell::{Cell, RefCell};

use super::{browser, search_dom};

/// What a view wants once its page is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Landing {
    /// Element id.
    pub id: String,
    /// Give it keyboard focus.
    pub focus: bool,
    /// Scroll it to the middle of the window (else focusing scrolls it only into view).
    pub center: bool,
}

impl Landing {
    /// Focus `id`.
    pub fn focus(id: impl Into<String>) -> Landing {
        Landing {
            id: id.into(),
            focus: true,
            center: false,
        }
    }

    /// Scroll `id` to the middle of the window and focus it.
    pub fn focus_centered(id: impl Into<String>) -> Landing {
        Landing {
            id: id.into(),
            focus: true,
            center: true,
        }
    }

    /// Scroll `id` to the middle of the window; the focus stays where it is.
    pub fn centered(id: impl Into<String>) -> Landing {
        Landing {
            id: id.into(),
            focus: false,
            center: true,
        }
    }
}

thread_local! {
    /// The page `App` is rendering (its `State::page`).
    static PAGE: Cell<u32> = const { Cell::new(u32::MAX) };
    /// Whether `App` has done its new-page work for `PAGE`.
    static ARRIVED: Cell<bool> = const { Cell::new(false) };
    /// The landing a view of `PAGE` asked for.
    static LANDING: RefCell<Option<Landing>> = const { RefCell::new(None) };
}

/// Called by `App` as it renders `page`, before its views render: a new page forgets the
/// previous page's landing.
pub fn begin_page(page: u32) {
    if PAGE.with(|p| p.replace(page)) != page {
        ARRIVED.with(|a| a.set(false));
        LANDING.with(|l| l.take());
    }
}

/// `App`'s new-page work, then the landing a view asked for: focus `main` (not on the
/// page the browser has just loaded, which keeps the browser's focus) and scroll to the
/// top.
pub fn arrive(first_load: bool) {
    if !first_load {
        browser::focus_main();
    }
    // After focusing, which scrolls `main` (below the header) into view.
    browser::scroll_to_top();
    ARRIVED.with(|a| a.set(true));
    land();
}

/// Asks to land on `landing` on the current page: at once if `App` has arrived, else as
/// soon as it does.
pub fn land_on(landing: Landing) {
    LANDING.with(|l| *l.borrow_mut() = Some(landing));
    if ARRIVED.with(Cell::get) {
        land();
    }
}

fn land() {
    if let Some(landing) = LANDING.with(|l| l.borrow().clone()) {
        // A missing element (an id from an old link) is ignored by both.
        if landing.center {
            search_dom::scroll_to_middle(&landing.id);
        }
        if landing.focus {
            search_dom::focus(&landing.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> Option<Landing> {
        LANDING.with(|l| l.borrow().clone())
    }

    #[test]
    fn a_new_page_forgets_the_last_pages_landing_and_the_same_page_keeps_it() {
        begin_page(1);
        LANDING.with(|l| *l.borrow_mut() = Some(Landing::focus("search-input")));
        begin_page(1);
        assert_eq!(pending(), Some(Landing::focus("search-input")));
        begin_page(2);
        assert_eq!(pending(), None);
        assert!(!ARRIVED.with(Cell::get));
    }
}
