//! [`QuoteItem`]: one quote in a list — its words, who said it (and in what role), the kind
//! of speech, and where: article, outlet, date, with a link to its place in the reader.

use yew::prelude::*;

use super::display;
use super::route::Route;
use super::shared_engine::use_engine;
use crate::quotes::{QuoteId, QuoteKind, UNKNOWN_SPEAKER};

/// Props of [`QuoteItem`].
#[derive(Properties, PartialEq)]
pub struct QuoteItemProps {
    pub id: QuoteId,
    /// Leave out the speaker's name (on the speaker's own page it would repeat on every
    /// quote); the role is still shown.
    #[prop_or_default]
    pub hide_speaker: bool,
}

/// A list item for quote `id`; nothing for an unknown id.
#[function_component(QuoteItem)]
pub fn quote_item(props: &QuoteItemProps) -> Html {
    let engine = use_engine();
    let Some(q) = engine.quote(props.id) else {
        return Html::default();
    };
    let Some(article) = engine.quote_article(q) else {
        return Html::default();
    };
    let speaker = q.speaker.and_then(|s| engine.speaker(s));
    let who = match speaker {
        Some(s) if !props.hide_speaker => html! {
            <a href={Route::Speaker(s.name.clone()).to_hash()} class="quote-item__speaker">{ s.name.clone() }</a>
        },
        Some(_) => Html::default(),
        None => html! { <span class="quote-item__speaker unknown">{ UNKNOWN_SPEAKER }</span> },
    };
    let role = q
        .role
        .as_ref()
        .map(|r| html! { <span class="quote-item__role">{ r.clone() }</span> });
    // Outlet and date sit side by side without labels, so a missing one says which it is.
    let outlet = engine.quote_outlet(q).map_or_else(
        || html! { <span class="unknown">{ "outlet unknown" }</span> },
        |o| html! { o.to_string() },
    );
    let date = match article.meta.date {
        Some(d) => html! { <time datetime={d.to_string()}>{ d.to_string() }</time> },
        None => html! { <span class="unknown">{ "date unknown" }</span> },
    };
    // Direct and partial quotes are the speaker's words and get quote marks; an indirect
    // quote is the author's paraphrase and must not look like a quotation.
    let text = match q.kind {
        QuoteKind::Direct | QuoteKind::Partial => format!("“{}”", q.text),
        QuoteKind::Indirect => q.text.clone(),
    };
    let kind = q.kind.as_str();
    html! {
        <li class={classes!("quote-item", format!("quote-item--{kind}"))} data-testid="quote"
            data-kind={kind} data-outlet={engine.quote_outlet(q).unwrap_or(display::UNKNOWN).to_string()}>
            <blockquote class="quote-item__text" lang="en">{ text }</blockquote>
            <p class="quote-item__who">
                { who }{ role }
                <span class={classes!("kind-badge", format!("kind-badge--{kind}"))}>{ kind }</span>
                if let Some(cue) = &q.cue {
                    <span class="quote-item__cue">{ cue.clone() }</span>
                }
            </p>
            <p class="quote-item__source">
                <a href={Route::reader(article.id.clone()).to_hash()} class="quote-item__article">
                    { display::title(article).to_string() }
                </a>
                <span class="quote-item__outlet" data-field="outlet">{ outlet }</span>
                <span class="quote-item__date" data-field="date">{ date }</span>
                <a href={Route::reader_at_quote(article.id.clone(), props.id).to_hash()} class="quote-item__open">
                    <span data-testid="quote-link">{ "Show in article →" }</span>
                </a>
            </p>
        </li>
    }
}
