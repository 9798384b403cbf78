//! [`QuotesPage`]: every quote of the corpus, searched within, filtered by facets and
//! grouped by speaker, with export of what is in view. All of it comes from the URL.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::{self, History};
use super::display;
use super::quote_export::{count, QuoteExport};
use super::quote_facets::QuoteFacets;
use super::quote_filter::quote_filter;
use super::quote_item::QuoteItem;
use super::quotes_route::QuotesView;
use super::route::Route;
use super::shared_engine::use_engine;
use crate::quotes::QuoteResults;

/// Quotes rendered at most; the rest are counted, exported, and reachable by narrowing.
/// Thousands of list items would make every keystroke in the search box slow.
const SHOWN: usize = 300;

/// Props of [`QuotesPage`].
#[derive(Properties, PartialEq)]
pub struct QuotesPageProps {
    /// Search text and facet selections, from the URL.
    pub view: QuotesView,
}

/// The Quotes view.
#[function_component(QuotesPage)]
pub fn quotes_page(props: &QuotesPageProps) -> Html {
    let engine = use_engine();
    let (results, unknown) = {
        let engine = engine.clone();
        let memo = use_memo(props.view.clone(), move |view| {
            let (filter, unknown) = quote_filter(&engine, view);
            let results = filter.map(|f| engine.query_quotes(&f)).unwrap_or_default();
            (Rc::new(results), unknown)
        });
        (memo.0.clone(), memo.1.clone())
    };
    let view = &props.view;
    let oninput = {
        let view = view.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // Replace, not push: one history entry per search, not per keystroke.
            browser::navigate(
                &Route::Quotes(view.with_text(&input.value())),
                History::Replace,
            );
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let ids = Rc::new(results.quotes.clone());
    html! {
        <section class="quotes-page" aria-labelledby="quotes-title">
            <h1 id="quotes-title" class="page-title">{ "Quotes" }</h1>
            <p class="quotes-page__summary" data-testid="quotes-summary">
                { summary(&results) }
            </p>
            <form class="quote-search" role="search" {onsubmit}>
                <label for="quote-q">{ "Search within quotes" }</label>
                <input id="quote-q" type="search" data-testid="quote-search" value={view.q.clone()}
                    placeholder="words the speaker used" autocomplete="off" {oninput} />
            </form>
            <div class="quotes-page__bar">
                <QuoteExport quotes={ids} />
                if view.is_filtered() {
                    <a href={Route::Quotes(QuotesView::default()).to_hash()} class="quotes-page__clear">
                        { "Clear search and filters" }
                    </a>
                }
            </div>
            if !unknown.is_empty() {
                <p class="notice" role="status" data-testid="unknown-speakers">
                    { format!("No speaker in this corpus is called {}.", unknown.join(", ")) }
                </p>
            }
            <div class="quotes-page__layout">
                <QuoteFacets view={view.clone()} facets={results.facets.clone()} />
                <div class="quotes-page__results">
                    if results.quotes.is_empty() {
                        <p class="empty" data-testid="quotes-empty">{ "No quote matches." }</p>
                    }
                    { groups(&results) }
                    if results.quotes.len() > SHOWN {
                        <p class="notice">
                            { format!("Showing the first {SHOWN} of {}. Search or pick a speaker to narrow them down; the export has them all.",
                                display::thousands(results.quotes.len())) }
                        </p>
                    }
                </div>
            </div>
        </section>
    }
}

/// "42 quotes from 7 speakers".
fn summary(r: &QuoteResults) -> String {
    let named = r.by_speaker.iter().filter(|g| g.speaker.is_some()).count();
    let speakers = if named == 1 {
        "1 speaker".to_string()
    } else {
        format!("{named} speakers")
    };
    format!("{} from {speakers}", count(r.quotes.len()))
}

/// The speaker groups, most quoted first, stopping after [`SHOWN`] quotes in all.
fn groups(r: &QuoteResults) -> Html {
    let mut budget = SHOWN;
    r.by_speaker
        .iter()
        .map_while(|g| {
            if budget == 0 {
                return None;
            }
            let shown: Vec<usize> = g.quotes.iter().take(budget).copied().collect();
            budget -= shown.len();
            let heading = match g.speaker {
                Some(_) => html! {
                    <a href={Route::Speaker(g.name.clone()).to_hash()}>{ g.name.clone() }</a>
                },
                None => html! { { g.name.clone() } },
            };
            Some(html! {
                <section class="speaker-group" data-testid="speaker-group" data-speaker={g.name.clone()}>
                    <h2 class="speaker-group__name">
                        { heading }
                        <span class="speaker-group__count">{ count(g.quotes.len()) }</span>
                    </h2>
                    <ol class="quote-list">
                        { for shown.into_iter().map(|id| html! { <QuoteItem key={id} {id} /> }) }
                    </ol>
                </section>
            })
        })
        .collect()
}
