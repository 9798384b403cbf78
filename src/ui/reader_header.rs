//! [`ReaderHeader`]: the title and every known fact about the article being read.

use yew::prelude::*;

use super::display;
use super::unknown::Unknown;
use crate::corpus::Metadata;
use crate::text::lang::Lang;

/// Props of [`ReaderHeader`].
#[derive(Properties, PartialEq)]
pub struct ReaderHeaderProps {
    /// The title to show (the file name when the article has none).
    pub title: AttrValue,
    pub meta: Metadata,
    pub file_name: AttrValue,
    pub words: usize,
    pub langs: Vec<Lang>,
}

/// Title, dek and a fact list (outlet, date, authors, language, length, file, source).
/// A fact the corpus does not give reads "unknown". The source URL is a link only when
/// it is an http(s) URL; it opens in a new tab without giving that tab a handle back.
#[function_component(ReaderHeader)]
pub fn reader_header(props: &ReaderHeaderProps) -> Html {
    let meta = &props.meta;
    let unknown = || html! { <Unknown /> };
    let outlet = meta
        .outlet
        .as_ref()
        .map_or_else(unknown, |o| html! { o.clone() });
    let date = meta.date.map_or_else(
        unknown,
        |d| html! { <time datetime={d.to_string()}>{ d.to_string() }</time> },
    );
    let authors = if meta.authors.is_empty() {
        unknown()
    } else {
        html! { display::authors(&meta.authors) }
    };
    let source = match meta.url.as_deref() {
        Some(url) => match display::linkable_url(url) {
            Some(href) => html! {
                <a class="source-link" href={href.to_string()} target="_blank"
                    rel="noopener noreferrer">{ href.to_string() }</a>
            },
            None => html! { <span class="source-text">{ url.to_string() }</span> },
        },
        None => unknown(),
    };
    html! {
        <header class="reader__header">
            <h1 class="reader__title" data-testid="reader-title">{ props.title.clone() }</h1>
            if let Some(dek) = &meta.subtitle {
                <p class="reader__dek">{ dek.clone() }</p>
            }
            <dl class="facts facts--reader" data-testid="reader-meta">
                <div><dt>{ "Outlet" }</dt><dd data-field="outlet">{ outlet }</dd></div>
                <div><dt>{ "Date" }</dt><dd data-field="date">{ date }</dd></div>
                <div><dt>{ "By" }</dt><dd data-field="authors">{ authors }</dd></div>
                <div><dt>{ "Language" }</dt><dd data-field="language">{ display::languages(&props.langs) }</dd></div>
                <div><dt>{ "Length" }</dt><dd data-field="words">{ display::word_count(props.words) }</dd></div>
                <div class="facts__file"><dt>{ "File" }</dt><dd data-field="file"><code>{ props.file_name.clone() }</code></dd></div>
                <div class="facts__wide"><dt>{ "Source" }</dt><dd data-field="source">{ source }</dd></div>
            </dl>
        </header>
    }
}
