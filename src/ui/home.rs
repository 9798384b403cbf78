//! [`Home`]: the corpus summary and the list of every article.

use yew::prelude::*;

use super::article_item::{ArticleItem, ArticleRow};
use super::article_order;
use super::corpus_summary::CorpusSummary;
use super::route::ArticleOrder;
use super::shared_engine::use_engine;
use super::sort_bar::SortBar;

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
    let articles = engine.articles();
    let rows = article_order::arrange(articles, props.order)
        .into_iter()
        .map(|i| ArticleRow::of(&articles[i]));
    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="page-title">{ "Articles" }</h1>
            <CorpusSummary summary={engine.summary()} />
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
            }
        </section>
    }
}
