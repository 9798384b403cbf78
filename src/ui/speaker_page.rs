//! [`SpeakerPage`]: one speaker across the corpus — names and roles seen, the outlets
//! quoting them and how often, and every quote, each linking to its place in the reader.

use std::rc::Rc;

use yew::prelude::*;

use super::display;
use super::quote_export::{count, QuoteExport};
use super::quote_item::QuoteItem;
use super::quotes_route::QuotesView;
use super::route::Route;
use super::shared_engine::use_engine;
use crate::quotes::SpeakerKind;

/// Props of [`SpeakerPage`].
#[derive(Properties, PartialEq)]
pub struct SpeakerPageProps {
    /// The name from the URL: canonical, or any alias.
    pub name: String,
}

/// The speaker page, or a "no such speaker" message.
#[function_component(SpeakerPage)]
pub fn speaker_page(props: &SpeakerPageProps) -> Html {
    let engine = use_engine();
    let Some(page) = engine
        .find_speaker(&props.name)
        .and_then(|id| engine.speaker_page(id))
    else {
        return html! {
            <section class="missing" data-testid="speaker-missing">
                <h1 class="page-title">{ "No such speaker" }</h1>
                <p>{ "No one called " }<q>{ props.name.clone() }</q>{ " is quoted in this corpus." }</p>
                <p><a href={Route::Quotes(QuotesView::default()).to_hash()}>{ "All quotes" }</a></p>
            </section>
        };
    };
    let s = &page.speaker;
    let kind = match s.kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Group => "group or institution",
    };
    let list = |items: &[String]| -> Html {
        if items.is_empty() {
            html! { <span class="unknown">{ "none" }</span> }
        } else {
            html! { items.join("; ") }
        }
    };
    let kinds = page
        .kinds
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", k.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let ids = Rc::new(page.quotes.clone());
    html! {
        <article class="speaker-page" data-testid="speaker-page" aria-labelledby="speaker-name">
            <nav class="reader__nav" aria-label="Speaker">
                <a href={Route::Quotes(QuotesView::default()).to_hash()} class="back-link">{ "← All quotes" }</a>
            </nav>
            <h1 id="speaker-name" class="page-title" data-testid="speaker-name">{ s.name.clone() }</h1>
            <p class="speaker-page__summary">
                { format!("{} ({kinds}) in {} · a {kind}", count(page.quotes.len()),
                    articles(page.articles.len())) }
            </p>
            <dl class="facts speaker-page__facts">
                <div><dt>{ "Roles seen" }</dt><dd data-field="roles">{ list(&page.roles) }</dd></div>
                <div><dt>{ "Also called" }</dt><dd data-field="aliases">{ list(&s.aliases) }</dd></div>
            </dl>
            <section aria-labelledby="speaker-outlets-title">
                <h2 id="speaker-outlets-title" class="section-title">{ "Outlets quoting them" }</h2>
                <ul class="speaker-page__outlets" data-testid="speaker-outlets">
                    { for page.outlets.iter().map(|(o, n)| {
                        let label = o.clone().unwrap_or_else(|| display::UNKNOWN.to_string());
                        html! {
                            <li data-testid="speaker-outlet" data-outlet={label.clone()} data-count={n.to_string()}>
                                <span class="facet__label">{ label }</span>
                                <span class="facet__count">{ count(*n) }</span>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <div class="quotes-page__bar">
                <QuoteExport quotes={ids} />
                <a href={Route::Quotes(QuotesView::default().toggle_speaker(&s.name)).to_hash()}>
                    { "Filter in the Quotes view" }
                </a>
            </div>
            <section aria-labelledby="speaker-quotes-title">
                <h2 id="speaker-quotes-title" class="section-title">{ "Quotes" }</h2>
                <ol class="quote-list">
                    { for page.quotes.iter().map(|&id| html! { <QuoteItem key={id} {id} hide_speaker=true /> }) }
                </ol>
            </section>
        </article>
    }
}

/// "1 article", "3 articles".
fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    }
}
