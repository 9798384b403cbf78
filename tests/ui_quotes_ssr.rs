//! Component tests for the quotes UI (Quotes view, speaker page, quote marks in the
//! reader), rendered natively with Yew's server-side renderer over the seed corpus.
//! Run with `cargo test --features ssr`.
#![cfg(feature = "ssr")]

use dossier::corpus::{self, SourceFile};
use dossier::engine::Engine;
use dossier::ui::quote_item::{QuoteItem, QuoteItemProps};
use dossier::ui::quotes_page::{QuotesPage, QuotesPageProps};
use dossier::ui::reader::{Reader, ReaderProps};
use dossier::ui::route::{QuotesView, Route, Section};
use dossier::ui::shared_engine::SharedEngine;
use dossier::ui::site_header::{SiteHeader, SiteHeaderProps};
use dossier::ui::speaker_page::{SpeakerPage, SpeakerPageProps};
use yew::prelude::*;
use yew::LocalServerRenderer;

fn seeds() -> SharedEngine {
    SharedEngine::new(Engine::new(corpus::embedded().corpus))
}

fn engine_with(name: &str, text: &str) -> SharedEngine {
    let files = vec![SourceFile {
        name: name.to_string(),
        bytes: text.as_bytes().to_vec(),
    }];
    SharedEngine::new(Engine::new(corpus::ingest(files, None).corpus))
}

/// What to render inside the engine context.
#[derive(Clone, PartialEq)]
enum View {
    Quotes(QuotesView),
    Speaker(String),
    Item(usize),
    Reader(Route),
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    engine: SharedEngine,
    view: View,
}

/// Renders one component inside the engine context, as App does.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let inner = match &props.view {
        View::Quotes(view) => html! { <QuotesPage ..QuotesPageProps { view: view.clone() } /> },
        View::Speaker(name) => html! { <SpeakerPage ..SpeakerPageProps { name: name.clone() } /> },
        View::Item(id) => {
            html! { <ol><QuoteItem ..QuoteItemProps { id: *id, hide_speaker: false } /></ol> }
        }
        View::Reader(Route::Reader(view)) => html! {
            <Reader ..ReaderProps { view: view.clone(), back: Route::default() } />
        },
        View::Reader(_) => Html::default(),
    };
    html! {
        <ContextProvider<SharedEngine> context={props.engine.clone()}>{ inner }</ContextProvider<SharedEngine>>
    }
}

async fn render(engine: SharedEngine, view: View) -> String {
    LocalServerRenderer::<Harness>::with_props(HarnessProps { engine, view })
        .hydratable(false)
        .render()
        .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn the_quotes_view_lists_every_quote_with_speaker_facets_and_export() {
    let engine = seeds();
    let html = render(engine.clone(), View::Quotes(QuotesView::default())).await;
    let total = engine.quotes().len();
    assert!(
        total > 20 && total <= 300,
        "all seed quotes are shown: {total}"
    );
    assert_eq!(count(&html, r#"data-testid="quote""#), total);
    assert!(
        html.contains(r#"data-testid="speaker" data-speaker="Sergei Lavrov""#),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="export-csv""#));
    assert!(html.contains(r#"data-testid="export-json""#));
    assert!(html.contains(&format!("{total} quotes from ")), "summary");
    // Each quote links to its place in the reader.
    assert_eq!(count(&html, "?quote="), total);
    // The most quoted speaker's group comes first.
    let first_group = html.find(r#"data-testid="speaker-group""#).expect("groups");
    assert!(html[first_group..]
        .starts_with(r#"data-testid="speaker-group" data-speaker="Sergei Lavrov""#));
}

#[tokio::test]
async fn a_speaker_filter_shows_only_that_speakers_quotes() {
    let engine = seeds();
    let view = QuotesView::parse("speaker=Dmitry+Peskov");
    let html = render(engine.clone(), View::Quotes(view)).await;
    let peskov = engine
        .find_speaker("Dmitry Peskov")
        .expect("Peskov is quoted");
    let n = engine.speaker_page(peskov).expect("page").quotes.len();
    assert!(n >= 1);
    assert_eq!(count(&html, r#"data-testid="quote""#), n, "{html}");
    assert_eq!(count(&html, r#"data-testid="speaker-group""#), 1);
    assert!(
        html.contains(r#"aria-current="true""#),
        "the selected facet is marked"
    );
    // Other speakers stay in the facet (counted without the speaker filter) to switch to.
    assert!(html.contains(r#"data-speaker="Sergei Lavrov""#));
}

#[tokio::test]
async fn a_speaker_nobody_is_called_shows_nothing_and_says_so() {
    let html = render(
        seeds(),
        View::Quotes(QuotesView::parse("speaker=Nobody+Atall")),
    )
    .await;
    assert_eq!(count(&html, r#"data-testid="quote""#), 0);
    assert!(html.contains(r#"data-testid="unknown-speakers""#), "{html}");
    assert!(html.contains("Nobody Atall"));
    assert!(html.contains(r#"data-testid="quotes-empty""#));
}

#[tokio::test]
async fn quote_text_is_rendered_as_text_never_as_html() {
    let engine = engine_with(
        "001_talks.txt",
        "Talks\n\n“We want <b>guarantees</b> & more,” Mr. Lavrov said.\n",
    );
    assert_eq!(engine.quotes().len(), 1, "{:?}", engine.quotes());
    let html = render(engine.clone(), View::Quotes(QuotesView::default())).await;
    assert!(!html.contains("<b>"), "{html}");
    assert!(
        html.contains("We want &lt;b&gt;guarantees&lt;/b&gt; &amp; more,"),
        "{html}"
    );
    let reader = render(engine, View::Reader(Route::reader_at_quote("001_talks", 0))).await;
    assert!(!reader.contains("<b>"), "{reader}");
}

#[tokio::test]
async fn a_quote_item_links_to_the_reader_the_speaker_and_the_article() {
    let engine = seeds();
    let lavrov = engine.find_speaker("Sergei Lavrov").expect("Lavrov");
    let id = engine.speaker_page(lavrov).expect("page").quotes[0];
    let q = engine.quote(id).expect("quote").clone();
    let article = engine.quote_article(&q).expect("article").id.clone();
    let html = render(engine, View::Item(id)).await;
    assert!(
        html.contains(&format!(r##"href="#/article/{article}?quote={id}""##)),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#/speaker/Sergei%20Lavrov""##),
        "{html}"
    );
    assert!(html.contains(&format!(r#"data-kind="{}""#, q.kind.as_str())));
    if let Some(role) = &q.role {
        assert!(html.contains(role.as_str()), "the role is shown: {html}");
    }
}

#[tokio::test]
async fn the_speaker_page_shows_roles_aliases_outlets_and_quotes() {
    let engine = seeds();
    let html = render(engine.clone(), View::Speaker("sergey lavrov".into())).await;
    assert!(
        html.contains(r#"class="page-title">Sergei Lavrov</h1>"#),
        "{html}"
    );
    assert!(html.contains("Foreign Minister"), "roles: {html}");
    assert!(html.contains("Sergey Lavrov"), "aliases: {html}");
    assert!(
        count(&html, r#"data-testid="speaker-outlet""#) >= 2,
        "{html}"
    );
    assert!(
        html.contains(r#"data-outlet="The National Interest""#),
        "{html}"
    );
    let lavrov = engine.find_speaker("Sergei Lavrov").expect("Lavrov");
    let n = engine.speaker_page(lavrov).expect("page").quotes.len();
    assert_eq!(count(&html, r#"data-testid="quote""#), n);
}

#[tokio::test]
async fn an_unknown_speaker_page_says_so_with_the_name_as_text() {
    let html = render(seeds(), View::Speaker("<script>x</script>".into())).await;
    assert!(html.contains(r#"data-testid="speaker-missing""#), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
}

#[tokio::test]
async fn the_reader_marks_quotes_by_kind_with_the_speaker_and_the_current_one() {
    let engine = seeds();
    let lavrov = engine.find_speaker("Sergei Lavrov").expect("Lavrov");
    let id = engine.speaker_page(lavrov).expect("page").quotes[0];
    let q = engine.quote(id).expect("quote").clone();
    let article = engine.quote_article(&q).expect("article");
    let article_id = article.id.clone();
    let in_article = engine.quotes_in_article(q.article).len();
    let html = render(
        engine.clone(),
        View::Reader(Route::reader_at_quote(&article_id, id)),
    )
    .await;
    assert_eq!(
        count(&html, r#"data-testid="reader-quote""#),
        in_article,
        "{html}"
    );
    let current = format!(r#"<q id="quote-{id}" title="Sergei Lavrov"#);
    let at = html
        .find(&current)
        .unwrap_or_else(|| panic!("{current} in {html}"));
    let tag = &html[at..at + html[at..].find('>').unwrap_or(0)];
    let class = format!(r#"class="quote quote--{} quote--current""#, q.kind.as_str());
    assert!(tag.contains(&class), "{tag}");
    assert_eq!(count(&html, "quote--current"), 1);
    assert!(
        html.contains(r#"tabindex="0""#),
        "quotes take keyboard focus"
    );
    // The raw view has no marks.
    let raw = render(
        engine,
        View::Reader(Route::parse(&format!(
            "#/article/{article_id}?raw=1&quote={id}"
        ))),
    )
    .await;
    assert_eq!(count(&raw, "<q "), 0);
}

#[tokio::test]
async fn the_site_header_links_to_the_quotes_view() {
    let html = LocalServerRenderer::<SiteHeader>::with_props(SiteHeaderProps {
        current: Some(Section::Quotes),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains(r##"href="#/quotes" aria-current="page">Quotes</a>"##),
        "{html}"
    );
}
