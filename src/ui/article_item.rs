//! [`ArticleItem`]: one article in the home list.

use yew::prelude::*;

use super::display;
use super::route::Route;
use super::unknown::Unknown;
use crate::corpus::{Article, Date};
use crate::text::lang::Lang;

/// What the home list shows about an article (a small copy, so the item can be rendered
/// and tested on its own).
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<Date>,
    pub authors: Vec<String>,
    pub words: usize,
    pub langs: Vec<Lang>,
}

impl ArticleRow {
    /// The row for `article`.
    pub fn of(article: &Article) -> ArticleRow {
        ArticleRow {
            id: article.id.clone(),
            title: display::title(article).to_string(),
            outlet: article.meta.outlet.clone(),
            date: article.meta.date,
            authors: article.meta.authors.clone(),
            words: article.word_count(),
            langs: article.langs(),
        }
    }
}

/// Props of [`ArticleItem`].
#[derive(Properties, PartialEq)]
pub struct ArticleItemProps {
    pub row: ArticleRow,
}

/// A list item: the title links to the reader; outlet, date, authors, length and
/// languages follow, each saying "unknown" when the corpus does not give it.
#[function_component(ArticleItem)]
pub fn article_item(props: &ArticleItemProps) -> Html {
    let row = &props.row;
    let outlet = row
        .outlet
        .as_ref()
        .map_or_else(|| html! { <Unknown /> }, |o| html! { o.clone() });
    let date = match row.date {
        Some(d) => html! { <time datetime={d.to_string()}>{ d.to_string() }</time> },
        None => html! { <Unknown /> },
    };
    let authors = if row.authors.is_empty() {
        html! { <Unknown /> }
    } else {
        html! { display::authors(&row.authors) }
    };
    html! {
        <li class="article-item" data-testid="article-item">
            <h3 class="article-item__title">
                <a href={Route::reader(row.id.clone()).to_hash()}>{ row.title.clone() }</a>
            </h3>
            <dl class="facts">
                <div><dt>{ "Outlet" }</dt><dd data-field="outlet">{ outlet }</dd></div>
                <div><dt>{ "Date" }</dt><dd data-field="date">{ date }</dd></div>
                <div><dt>{ "By" }</dt><dd data-field="authors">{ authors }</dd></div>
                <div><dt>{ "Length" }</dt><dd data-field="words">{ display::word_count(row.words) }</dd></div>
                <div><dt>{ "Language" }</dt><dd data-field="language">{ display::languages(&row.langs) }</dd></div>
            </dl>
        </li>
    }
}
