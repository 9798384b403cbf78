//! [`SiteHeader`]: the product name and the main navigation.

use yew::prelude::*;

use super::browser;
use super::route::{Route, SearchView, Section};

/// Props of [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The section being shown, highlighted in the navigation (none on error pages).
    pub current: Option<Section>,
}

/// The banner at the top of every view. Search and quotes add their entries to the
/// navigation list.
#[function_component(SiteHeader)]
pub fn site_header(props: &SiteHeaderProps) -> Html {
    let current =
        |section: Section| (props.current == Some(section)).then_some(AttrValue::Static("page"));
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <div class="site-header__inner">
                <a href={Route::default().to_hash()} class="brand">
                    <span class="brand__name">{ "Dossier" }</span>
                    <span class="brand__tag">{ "news articles, read closely" }</span>
                </a>
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        <li>
                            <a href={Route::default().to_hash()} aria-current={current(Section::Articles)}>
                                { "Articles" }
                            </a>
                        </li>
                        <li>
                            <a href={Route::Search(SearchView::default()).to_hash()} aria-current={current(Section::Search)}>
                                { "Search" }
                            </a>
                        </li>
                        <li>
                            <a href={Route::Quotes(Default::default()).to_hash()} aria-current={current(Section::Quotes)}>
                                { "Quotes" }
                            </a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// Moves keyboard focus to the main region without touching the hash (which holds the
/// view state, so `#main` must never end up in it).
fn skip_to_main(e: MouseEvent) {
    e.prevent_default();
    browser::focus_main();
}
