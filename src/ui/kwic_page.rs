//! [`KwicPage`]: the concordance of a query — one table row per occurrence, left
//! context | match | right context, sortable by the word to the left or right, each
//! row linked to that occurrence in the reader, exportable as CSV.

use std::collections::HashMap;

use yew::prelude::*;

use super::route::{KwicView, ReaderView, Route, SearchView};
use super::search_dom;
use super::search_marks::{body_matches, row_match_index};
use super::shared_engine::use_engine;
use crate::search::{Concordance, KwicRow, KwicSort};
use crate::text::unicode::lowercase;

/// A concordance row with the reader link that lands on it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedRow {
    pub row: KwicRow,
    pub reader: Route,
    /// "Outlet, YYYY-MM-DD" of the article, for the source column.
    pub source: String,
}

/// Props of [`KwicPage`].
#[derive(Properties, PartialEq)]
pub struct KwicPageProps {
    pub view: KwicView,
}

/// The concordance view.
#[function_component(KwicPage)]
pub fn kwic_page(props: &KwicPageProps) -> Html {
    let engine = use_engine();
    let view = &props.view;
    let data = use_memo((engine.clone(), view.clone()), |(engine, view)| {
        let concordance = engine.concordance(&view.request());
        let mut matches = HashMap::new();
        let rows: Vec<LinkedRow> = concordance
            .rows
            .iter()
            .map(|row| {
                let list = matches
                    .entry(row.article)
                    .or_insert_with(|| body_matches(engine, row.article, &view.query));
                let reader = Route::Reader(ReaderView {
                    id: row.id.clone(),
                    query: view.query.clone(),
                    hit: row_match_index(list, row).unwrap_or(0),
                    ..ReaderView::default()
                });
                let source = engine
                    .articles()
                    .get(row.article)
                    .map_or_else(String::new, |a| {
                        let outlet = a.meta.outlet.clone().unwrap_or_else(|| a.file_name.clone());
                        match a.meta.date {
                            Some(d) => format!("{outlet}, {d}"),
                            None => outlet,
                        }
                    });
                LinkedRow {
                    row: row.clone(),
                    reader,
                    source,
                }
            })
            .collect();
        (concordance, rows)
    });
    let (concordance, rows) = &*data;
    let export = {
        let csv = concordance.clone();
        let name = csv_file_name(&view.query);
        Callback::from(move |_: MouseEvent| {
            search_dom::download_text(&name, "text/csv;charset=utf-8", &Concordance::to_csv(&csv))
        })
    };
    let sort_link = |sort: KwicSort, label: &'static str| {
        let to = Route::Kwic(KwicView {
            sort,
            ..view.clone()
        });
        let current = (view.sort == sort).then_some(AttrValue::Static("true"));
        html! { <a href={to.to_hash()} data-history="replace" aria-current={current} class="sort-choice">{ label }</a> }
    };
    html! {
        <section class="kwic" data-testid="kwic">
            <h1 class="page-title">{ "Concordance" }</h1>
            <p class="kwic__intro">
                { "Every occurrence of " }<q>{ view.query.clone() }</q>{ " with its context. " }
                <a href={Route::Search(SearchView::for_query(view.query.clone())).to_hash()}>{ "Back to the search" }</a>
            </p>
            <div class="kwic__bar">
                <p data-testid="kwic-count">
                    { match concordance.total { 1 => "1 occurrence".to_string(), n => format!("{n} occurrences") } }
                    if concordance.truncated { { format!(" (showing the first {})", rows.len()) } }
                </p>
                <nav class="kwic__sort" aria-label="Sort rows">
                    <span>{ "Sort by: " }</span>
                    { sort_link(KwicSort::Document, "article order") }
                    { sort_link(KwicSort::Left, "word to the left") }
                    { sort_link(KwicSort::Right, "word to the right") }
                </nav>
                <button type="button" class="button" onclick={export} disabled={rows.is_empty()}
                    data-testid="kwic-export">{ "Export CSV" }</button>
            </div>
            if view.query.trim().is_empty() {
                <p class="search__empty">{ "Type a word or phrase in the search first." }</p>
            } else if rows.is_empty() {
                <p class="search__empty" data-testid="kwic-empty">{ "No occurrences." }</p>
            } else {
                <div class="kwic__scroll" tabindex="0" role="region" aria-label="Concordance rows">
                    <table class="kwic__table">
                        <thead>
                            <tr>
                                <th scope="col" class="kwic__left">{ "Left context" }</th>
                                <th scope="col" class="kwic__match">{ "Match" }</th>
                                <th scope="col" class="kwic__right">{ "Right context" }</th>
                                <th scope="col" class="kwic__source">{ "Source" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(kwic_row) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn kwic_row(r: &LinkedRow) -> Html {
    html! {
        <tr data-testid="kwic-row">
            // The clip keeps the words next to the match in view when the context is
            // wider than the column (the left one is cut on its far side).
            <td class="kwic__left"><div class="kwic__clip"><span>{ r.row.left.clone() }</span></div></td>
            <td class="kwic__match">
                <a href={r.reader.to_hash()}><mark class="hit">{ r.row.matched.clone() }</mark></a>
            </td>
            <td class="kwic__right"><div class="kwic__clip">{ r.row.right.clone() }</div></td>
            <td class="kwic__source">{ r.source.clone() }</td>
        </tr>
    }
}

/// A file name for the export, from the query's letters and digits (pure).
pub fn csv_file_name(query: &str) -> String {
    let slug: String = query
        .chars()
        .flat_map(|c| {
            let keep = c.is_alphanumeric();
            lowercase(c).map(move |l| if keep { l } else { '-' })
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "concordance.csv".to_string()
    } else {
        format!("concordance-{slug}.csv")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_named_after_the_query() {
        assert_eq!(csv_file_name("\"red lines\""), "concordance-red-lines.csv");
        assert_eq!(csv_file_name("  "), "concordance.csv");
        assert_eq!(csv_file_name("Лавров"), "concordance-лавров.csv");
    }
}
