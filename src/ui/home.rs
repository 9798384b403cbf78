//! [`Home`]: the corpus summary and the list of articles, a page at a time.
//!
//! The list renders [`PAGE_SIZE`] articles and a button for the next page: a corpus of
//! ten thousand articles must not cost ten thousand list items before the page can be
//! used, and a reader looking for one article among thousands searches for it.

use yew::prelude::*;

use super::article_item::{ArticleItem, ArticleRow};
use super::article_order;
use super::corpus_summary::CorpusSummary;
use super::display;
use super::list_more::{list_more, NextBatch};
use super::route::ArticleOrder;
use super::shared_engine::use_engine;
use super::sort_bar::SortBar;

/// Articles shown at first, and added by each press of "Show more".
pub const PAGE_SIZE: usize = 100;

/// Props of [`Home`].
#[derive(Properties, PartialEq)]
pub struct HomeProps {
    /// The list order, from the URL.
    pub order: ArticleOrder,
}

/// The home view.
#[function_component(Home)]
pub fn home(props: &HomeProps) -> Html {
    let engine = use_engine();
    // Both depend only on the corpus (and the order): computed once, not at every render.
    let summary = use_memo(engine.clone(), |engine| engine.summary());
    let order = use_memo((engine.clone(), props.order), |(engine, order)| {
        article_order::arrange(engine.articles(), *order)
    });
    let shown = use_state(|| PAGE_SIZE);
    {
        // A new order starts again from its first page.
        let shown = shown.clone();
        use_effect_with(props.order, move |_| shown.set(PAGE_SIZE));
    }
    let articles = engine.articles();
    let total = order.len();
    let visible = (*shown).min(total);
    let rows = order[..visible]
        .iter()
        .map(|&i| ArticleRow::of(&articles[i]));
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_SIZE))
    };
    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="page-title">{ "Articles" }</h1>
            <CorpusSummary summary={(*summary).clone()} />
            <SortBar order={props.order} />
            if articles.is_empty() {
                <p class="empty">{ "The corpus has no readable articles." }</p>
            } else {
                <ol class="article-list" data-testid="article-list">
                    { for rows.map(|row| {
                        let key = row.id.clone();
                        html! { <ArticleItem {key} {row} /> }
                    }) }
                </ol>
                if visible < total {
                    { list_more(
                        "list-more",
                        format!("Showing {} of {} articles. Search to find one quickly.", display::thousands(visible), display::thousands(total)),
                        Some(NextBatch { count: PAGE_SIZE.min(total - visible), onclick: show_more }),
                        "",
                    ) }
                }
            }
        </section>
    }
}
