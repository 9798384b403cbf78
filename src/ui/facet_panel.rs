//! [`FacetPanel`]: the search filters — outlet, author, language and month checkboxes
//! with the engine's counts, and a date range. Every change is a new URL (a history
//! entry), so Back undoes a filter.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::{self, History};
use super::route::{Route, SearchView};
use super::search_route::{is_date, FacetName};
use crate::search::{FacetValue, Facets};

/// Props of [`FacetPanel`].
#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    /// The search as in the URL (selections and dates).
    pub view: SearchView,
    /// Counts from the engine for the current query.
    pub facets: Facets,
}

/// The filter sidebar. On small screens it folds behind a "Filters" button.
#[function_component(FacetPanel)]
pub fn facet_panel(props: &FacetPanelProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let view = &props.view;
    let selected = view.facets.outlet.len()
        + view.facets.author.len()
        + view.facets.lang.len()
        + view.facets.month.len()
        + usize::from(view.after.is_some())
        + usize::from(view.before.is_some());
    let groups = [
        (FacetName::Outlet, &props.facets.outlet),
        (FacetName::Author, &props.facets.author),
        (FacetName::Lang, &props.facets.lang),
        (FacetName::Month, &props.facets.month),
    ];
    let clear = {
        let view = SearchView::for_query(view.query.clone());
        let view = SearchView {
            sort: props.view.sort,
            ..view
        };
        Callback::from(move |_: MouseEvent| {
            browser::navigate(&Route::Search(view.clone()), History::Push)
        })
    };
    html! {
        <aside class={classes!("facets", open.then_some("facets--open"))} aria-label="Filters" data-testid="facets">
            <button type="button" class="button facets__toggle" aria-expanded={open.to_string()}
                aria-controls="facet-groups" onclick={toggle}>
                { if selected > 0 { format!("Filters ({selected})") } else { "Filters".to_string() } }
            </button>
            <div id="facet-groups" class="facets__groups">
                { for groups.into_iter().map(|(name, values)| html! {
                    <FacetGroup view={view.clone()} {name} values={values.clone()} />
                }) }
                { date_range(view) }
                if selected > 0 {
                    <button type="button" class="button facets__clear" onclick={clear}>{ "Clear filters" }</button>
                }
            </div>
        </aside>
    }
}

/// Values a facet shows before "Show all": a large corpus has dozens of authors and
/// months, and the list must not push the date range and the results' filters out of
/// reach. Selected values are always shown.
pub const VALUES_SHOWN: usize = 10;

/// Props of [`FacetGroup`].
#[derive(Properties, PartialEq)]
struct FacetGroupProps {
    view: SearchView,
    name: FacetName,
    values: Vec<FacetValue>,
}

/// One facet's checkboxes, folded to [`VALUES_SHOWN`] until "Show all".
#[function_component(FacetGroup)]
fn facet_group(props: &FacetGroupProps) -> Html {
    let expanded = use_state(|| false);
    let (view, name, values) = (&props.view, props.name, &props.values);
    if values.is_empty() {
        return html! {};
    }
    let folds = values.len() > VALUES_SHOWN;
    let shown = values
        .iter()
        .enumerate()
        .filter(|(i, v)| *expanded || !folds || *i < VALUES_SHOWN || v.selected)
        .map(|(_, v)| v);
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    html! {
        <fieldset class="facet" data-facet={name.label().to_ascii_lowercase()}>
            <legend>{ name.label() }</legend>
            <ul>
                { for shown.map(|v| facet_option(view, name, v)) }
            </ul>
            if folds {
                <button type="button" class="facet__more" onclick={toggle} aria-expanded={expanded.to_string()}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", values.len()) } }
                </button>
            }
        </fieldset>
    }
}

fn facet_option(view: &SearchView, name: FacetName, value: &FacetValue) -> Html {
    let next = view.toggled(name, &value.value);
    let onchange = Callback::from(move |_: Event| {
        browser::navigate(&Route::Search(next.clone()), History::Push)
    });
    let empty = value.count == 0 && !value.selected;
    html! {
        <li>
            <label class={classes!("facet__option", empty.then_some("facet__option--empty"))}
                data-testid="facet-option" data-value={value.value.clone()}>
                <input type="checkbox" checked={value.selected} {onchange} />
                <span class="facet__label">{ value.label.clone() }</span>
                <span class="facet__count" data-testid="facet-count">{ value.count }</span>
            </label>
        </li>
    }
}

fn date_range(view: &SearchView) -> Html {
    let on_date = |after: bool| {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let value = is_date(&value).then_some(value);
            let mut next = view.first_page();
            if after {
                next.after = value;
            } else {
                next.before = value;
            }
            browser::navigate(&Route::Search(next), History::Push);
        })
    };
    html! {
        <fieldset class="facet facet--dates">
            <legend>{ "Published" }</legend>
            <label class="facet__date">
                <span>{ "From" }</span>
                <input type="date" data-testid="date-after" value={view.after.clone().unwrap_or_default()}
                    onchange={on_date(true)} />
            </label>
            <label class="facet__date">
                <span>{ "To" }</span>
                <input type="date" data-testid="date-before" value={view.before.clone().unwrap_or_default()}
                    onchange={on_date(false)} />
            </label>
        </fieldset>
    }
}
