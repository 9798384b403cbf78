//! [`Reader`]: one article, clean text or the raw file.

use yew::prelude::*;

use super::browser::{self, History};
use super::display;
use super::marks::MarkedText;
use super::match_nav::MatchNav;
use super::quote_focus::use_quote_focus;
use super::quote_marks::quote_marks;
use super::reader_header::ReaderHeader;
use super::route::{ReaderView, Route};
use super::search_marks;
use super::shared_engine::use_engine;
use crate::text::lang::Lang;

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// Which article and how to show it, from the URL.
    pub view: ReaderView,
    /// Where "back to the list" goes (the list as the reader last saw it).
    pub back: Route,
}

/// The reader: header, then the clean paragraphs (each tagged with its language) or,
/// toggled, the original file exactly as it is in the corpus.
#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let engine = use_engine();
    let view = &props.view;
    use_quote_focus(view.quote.filter(|_| !view.raw));
    let Some((index, article)) = engine.article(&view.id) else {
        return html! {
            <section class="missing" data-testid="reader-missing">
                <h1 class="page-title">{ "No such article" }</h1>
                <p>{ "There is no article with the id " }<code>{ view.id.clone() }</code>{ " in this corpus." }</p>
                <p><a href={props.back.to_hash()}>{ "Back to the articles" }</a></p>
            </section>
        };
    };
    let toggle = {
        let target = Route::Reader(ReaderView {
            raw: !view.raw,
            ..view.clone()
        });
        Callback::from(move |_: MouseEvent| browser::navigate(&target, History::Replace))
    };
    let matches = search_marks::body_matches(&engine, index, &view.query);
    let body = if view.raw {
        html! { <pre class="reader__raw" data-testid="reader-raw">{ article.raw.clone() }</pre> }
    } else {
        let mut marks = quote_marks(&engine, index, article.paragraphs.len(), view.quote);
        html! {
            <div class="reader__text" data-testid="reader-text">
                { for article.paragraphs.iter().enumerate().map(|(i, p)| {
                    let mut marks = marks.get_mut(i).map(std::mem::take).unwrap_or_default();
                    marks.extend(search_marks::paragraph_marks(&matches, i, view.hit));
                    html! { <p lang={lang_attr(p.lang)}><MarkedText text={p.text.clone()} {marks} /></p> }
                }) }
            </div>
        }
    };
    html! {
        <article class="reader" data-testid="reader">
            <nav class="reader__nav" aria-label="Article">
                <a href={props.back.to_hash()} class="back-link">{ "← All articles" }</a>
                <button type="button" class="toggle" aria-pressed={if view.raw { "true" } else { "false" }}
                    data-testid="raw-toggle" onclick={toggle}>
                    { "Original text" }
                </button>
            </nav>
            <ReaderHeader
                title={AttrValue::from(display::title(article).to_string())}
                meta={article.meta.clone()}
                file_name={AttrValue::from(article.file_name.clone())}
                words={article.word_count()}
                langs={article.langs()} />
            if !view.query.is_empty() && !view.raw {
                <MatchNav view={view.clone()} total={matches.len()} />
            }
            { body }
        </article>
    }
}

/// The `lang` attribute for a paragraph, so browsers hyphenate and screen readers
/// pronounce it right; none when the language is unknown.
fn lang_attr(lang: Lang) -> Option<AttrValue> {
    (lang != Lang::Unknown).then(|| AttrValue::Static(lang.code()))
}
