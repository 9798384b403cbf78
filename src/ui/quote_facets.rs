//! [`QuoteFacets`]: the speaker, outlet and kind facets of the Quotes view, each value a
//! link that selects or deselects it (values of one facet are alternatives; facets
//! combine), with the number of quotes it would show.

use yew::prelude::*;

use super::display;
use super::quotes_route::{QuotesView, UNKNOWN_OUTLET_PARAM};
use super::route::Route;
use crate::quotes::{FacetCount, QuoteFacets as Facets};

/// Speakers shown before "Show all" on a wide screen: the main voices of a story. The
/// stylesheet shows them (and fewer on a phone) from the list rendered in full.
const SPEAKERS_SHOWN: usize = 20;

/// Speakers shown before "Show all" on a phone (must match style.css).
const SPEAKERS_SHOWN_PHONE: usize = 8;

/// Speakers rendered at most, even after "Show all": beyond this, search narrows faster.
const SPEAKERS_MAX: usize = 500;

/// Props of [`QuoteFacets`].
#[derive(Properties, PartialEq)]
pub struct QuoteFacetsProps {
    pub view: QuotesView,
    pub facets: Facets,
}

/// The facet sidebar.
#[function_component(QuoteFacets)]
pub fn quote_facets(props: &QuoteFacetsProps) -> Html {
    let show_all = use_state(|| false);
    let view = &props.view;
    let f = &props.facets;
    let speakers: Vec<&FacetCount<usize>> = f
        .speakers
        .iter()
        .enumerate()
        .filter(|(i, c)| *i < SPEAKERS_MAX || c.selected)
        .map(|(_, c)| c)
        .collect();
    let list_class = classes!(
        "facet__values",
        (!*show_all).then_some("facet__values--collapsed")
    );
    let more_class = classes!(
        "facet__more",
        (f.speakers.len() <= SPEAKERS_SHOWN).then_some("facet__more--phone")
    );
    let toggle_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    html! {
        <aside class="facets" aria-label="Filter quotes" data-testid="quote-facets">
            <section class="facet" aria-labelledby="facet-speakers">
                <h2 id="facet-speakers" class="facet__title">{ "Speakers" }</h2>
                if f.speakers.is_empty() {
                    <p class="facet__empty">{ "No named speaker." }</p>
                }
                <ul class={list_class} data-testid="speaker-list">
                    { for speakers.into_iter().map(|c| html! {
                        <li class={c.selected.then_some("facet__selected")} data-testid="speaker" data-speaker={c.label.clone()} data-count={c.count.to_string()}>
                            { value(Route::Quotes(view.toggle_speaker(&c.label)), &c.label, c.count, c.selected) }
                        </li>
                    }) }
                </ul>
                if f.speakers.len() > SPEAKERS_SHOWN_PHONE {
                    <button type="button" class={more_class} onclick={toggle_all} aria-expanded={show_all.to_string()}>
                        { if *show_all { "Show fewer".to_string() } else { format!("Show all {} speakers", f.speakers.len()) } }
                    </button>
                }
            </section>
            <section class="facet" aria-labelledby="facet-outlets">
                <h2 id="facet-outlets" class="facet__title">{ "Outlets" }</h2>
                <ul class="facet__values" data-testid="outlet-list">
                    { for f.outlets.iter().map(|c| {
                        let param = c.value.as_deref().unwrap_or(UNKNOWN_OUTLET_PARAM);
                        html! {
                            <li data-testid="outlet" data-outlet={c.label.clone()}>
                                { value(Route::Quotes(view.toggle_outlet(param)), &c.label, c.count, c.selected) }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section class="facet" aria-labelledby="facet-kinds">
                <h2 id="facet-kinds" class="facet__title">{ "Kind" }</h2>
                <ul class="facet__values" data-testid="kind-list">
                    { for f.kinds.iter().map(|c| html! {
                        <li data-testid="kind" data-kind={c.label.clone()}>
                            { value(Route::Quotes(view.toggle_kind(c.value)), &c.label, c.count, c.selected) }
                        </li>
                    }) }
                </ul>
            </section>
        </aside>
    }
}

/// One facet value: a link toggling it, with a tick when selected and its count.
fn value(to: Route, label: &str, count: usize, selected: bool) -> Html {
    let current = selected.then_some(AttrValue::Static("true"));
    let class = classes!("facet__value", selected.then_some("facet__value--selected"));
    html! {
        <a href={to.to_hash()} aria-current={current} {class}>
            <span class="facet__tick" aria-hidden="true">{ if selected { "☑" } else { "☐" } }</span>
            <span class="facet__label">{ label.to_string() }</span>
            <span class="facet__count">{ display::thousands(count) }</span>
        </a>
    }
}
