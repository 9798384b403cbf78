//! Component tests: render the Yew components natively with the server-side renderer
//! and check the HTML they produce. Run with `cargo test --features ssr`.
#![cfg(feature = "ssr")]

use std::rc::Rc;

use dossier::corpus::{self, CorpusError, Date, Metadata, SourceFile};
use dossier::engine::Engine;
use dossier::text::lang::Lang;
use dossier::ui::app::{App, AppProps};
use dossier::ui::article_item::{ArticleItem, ArticleItemProps, ArticleRow};
use dossier::ui::corpus_errors::{CorpusErrors, CorpusErrorsProps};
use dossier::ui::home::{Home, PAGE_SIZE};
use dossier::ui::reader::{Reader, ReaderProps};
use dossier::ui::reader_header::{ReaderHeader, ReaderHeaderProps};
use dossier::ui::route::{ArticleOrder, Direction, ReaderView, Route, SortKey};
use dossier::ui::shared_engine::SharedEngine;
use dossier::ui::sort_bar::{SortBar, SortBarProps};
use yew::prelude::*;
use yew::LocalServerRenderer;

const ARTICLE: &str = "Russia-U.S. Talks Concluded With Posturing and Threats\n\n\
Last weekend, a senior Biden administration official looked at Russia’s military pressure on Ukraine.\n\n\
Mr. Lavrov told reporters that Moscow wanted <guarantees> & more.\n";

fn engine_with(files: &[(&str, &str)]) -> SharedEngine {
    let files = files
        .iter()
        .map(|(name, text)| SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    SharedEngine::new(Engine::new(corpus::ingest(files, None).corpus))
}

fn row() -> ArticleRow {
    ArticleRow {
        id: "001_26dff11e0349677d".into(),
        title: "Russia-U.S. Talks Concluded With Posturing and Threats".into(),
        outlet: None,
        date: None,
        authors: vec![],
        words: 1234,
        langs: vec![Lang::English],
    }
}

async fn render_item(row: ArticleRow) -> String {
    LocalServerRenderer::<ArticleItem>::with_props(ArticleItemProps { row })
        .hydratable(false)
        .render()
        .await
}

fn header_props(meta: Metadata) -> ReaderHeaderProps {
    ReaderHeaderProps {
        title: AttrValue::from(meta.title.clone()),
        meta,
        file_name: "000_660aaf9185c519ef.txt".into(),
        words: 980,
        langs: vec![Lang::English, Lang::Ukrainian],
    }
}

async fn render_header(meta: Metadata) -> String {
    LocalServerRenderer::<ReaderHeader>::with_props(header_props(meta))
        .hydratable(false)
        .render()
        .await
}

/// The text of the `<dd data-field="NAME">` element (tags stripped).
fn field(html: &str, name: &str) -> String {
    let start = html
        .find(&format!("data-field=\"{name}\""))
        .unwrap_or_else(|| panic!("no field {name} in {html}"));
    let rest = &html[start..];
    let body = &rest[rest.find('>').expect("tag ends") + 1..rest.find("</dd>").expect("dd closes")];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[tokio::test]
async fn list_item_says_unknown_for_every_missing_fact() {
    let html = render_item(row()).await;
    assert!(html.contains(r#"data-testid="article-item""#), "{html}");
    assert_eq!(field(&html, "outlet"), "unknown");
    assert_eq!(field(&html, "date"), "unknown");
    assert_eq!(field(&html, "authors"), "unknown");
    assert_eq!(field(&html, "words"), "1,234 words");
    assert_eq!(field(&html, "language"), "English");
}

#[tokio::test]
async fn list_item_shows_known_facts_and_links_to_the_reader() {
    let html = render_item(ArticleRow {
        outlet: Some("The National Interest".into()),
        date: Date::new(2022, 1, 10),
        authors: vec!["Daniel R. De Petris".into()],
        ..row()
    })
    .await;
    assert_eq!(field(&html, "outlet"), "The National Interest");
    assert!(
        html.contains(r#"<time datetime="2022-01-10">2022-01-10</time>"#),
        "{html}"
    );
    assert_eq!(field(&html, "authors"), "Daniel R. De Petris");
    assert!(
        html.contains(r##"href="#/article/001_26dff11e0349677d""##),
        "{html}"
    );
}

#[tokio::test]
async fn markup_in_a_title_is_rendered_as_text() {
    let html = render_item(ArticleRow {
        title: "<script>alert(1)</script> & <b>bold</b>".into(),
        outlet: Some("\"><img src=x onerror=alert(1)>".into()),
        ..row()
    })
    .await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
        "{html}"
    );
}

#[tokio::test]
async fn ids_with_url_characters_are_encoded_in_links() {
    let html = render_item(ArticleRow {
        id: "a b?c#d".into(),
        ..row()
    })
    .await;
    assert!(
        html.contains(r##"href="#/article/a%20b%3Fc%23d""##),
        "{html}"
    );
}

#[tokio::test]
async fn reader_header_names_every_fact_and_marks_unknowns() {
    let html = render_header(Metadata {
        title: "U.S.-Russia Talks Must Continue".into(),
        ..Metadata::default()
    })
    .await;
    assert!(html.contains(r#"data-testid="reader-title""#), "{html}");
    assert!(html.contains(r#"data-testid="reader-meta""#), "{html}");
    for name in ["outlet", "date", "authors", "source"] {
        assert_eq!(field(&html, name), "unknown", "{name}");
    }
    assert_eq!(field(&html, "language"), "English, Ukrainian");
    assert_eq!(field(&html, "file"), "000_660aaf9185c519ef.txt");
}

#[tokio::test]
async fn reader_header_shows_known_metadata() {
    let html = render_header(Metadata {
        title: "U.S.-Russia Talks Must Continue".into(),
        subtitle: Some("Diplomacy is the only way out.".into()),
        outlet: Some("The National Interest".into()),
        authors: vec!["Daniel R. De Petris".into(), "Mark Episkopos".into()],
        date: Date::new(2022, 1, 10),
        url: Some("https://nationalinterest.org/feature/x".into()),
    })
    .await;
    assert_eq!(field(&html, "outlet"), "The National Interest");
    assert_eq!(field(&html, "date"), "2022-01-10");
    assert_eq!(
        field(&html, "authors"),
        "Daniel R. De Petris and Mark Episkopos"
    );
    assert!(html.contains("Diplomacy is the only way out."), "{html}");
    assert!(
        html.contains(r#"href="https://nationalinterest.org/feature/x""#)
            && html.contains(r#"rel="noopener noreferrer""#),
        "{html}"
    );
}

#[tokio::test]
async fn a_source_url_that_is_not_http_is_shown_but_not_linked() {
    let html = render_header(Metadata {
        title: "t".into(),
        url: Some("javascript:alert(document.cookie)".into()),
        ..Metadata::default()
    })
    .await;
    assert!(!html.contains("href=\"javascript"), "{html}");
    assert_eq!(field(&html, "source"), "javascript:alert(document.cookie)");
}

#[tokio::test]
async fn corpus_errors_are_listed_by_file_and_absent_when_there_are_none() {
    let errors = vec![
        CorpusError::NotUtf8 {
            file: "broken.txt".into(),
            byte: 17,
        },
        CorpusError::Empty {
            file: "empty.md".into(),
        },
    ];
    let html = LocalServerRenderer::<CorpusErrors>::with_props(CorpusErrorsProps {
        errors: Rc::new(errors),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("2 corpus files could not be read"), "{html}");
    assert!(
        html.contains("broken.txt") && html.contains("empty.md"),
        "{html}"
    );

    let none = LocalServerRenderer::<CorpusErrors>::with_props(CorpusErrorsProps {
        errors: Rc::new(vec![]),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!none.contains("corpus-errors"), "{none}");
}

#[tokio::test]
async fn sort_bar_marks_the_active_order_and_offers_the_reverse() {
    let html = LocalServerRenderer::<SortBar>::with_props(SortBarProps {
        order: ArticleOrder::by(SortKey::Outlet),
    })
    .hydratable(false)
    .render()
    .await;
    let reverse = Route::Articles(ArticleOrder {
        key: SortKey::Outlet,
        direction: Direction::Descending,
    })
    .to_hash()
    .replace('&', "&amp;");
    assert!(html.contains(&format!(r#"href="{reverse}""#)), "{html}");
    assert!(
        html.contains(r##"href="#/""##),
        "date link goes to the default order: {html}"
    );
    assert!(
        html.contains(r#"aria-current="true""#) && html.contains("A–Z"),
        "{html}"
    );
}

#[derive(Properties, PartialEq)]
struct ReaderHarnessProps {
    engine: SharedEngine,
    view: ReaderView,
}

/// Renders the reader inside the engine context, as App does.
#[function_component(ReaderHarness)]
fn reader_harness(props: &ReaderHarnessProps) -> Html {
    let reader = ReaderProps {
        view: props.view.clone(),
        back: Route::default(),
    };
    html! {
        <ContextProvider<SharedEngine> context={props.engine.clone()}>
            <Reader ..reader />
        </ContextProvider<SharedEngine>>
    }
}

async fn render_reader(engine: SharedEngine, id: &str, raw: bool) -> String {
    let view = ReaderView {
        id: id.into(),
        raw,
        ..ReaderView::default()
    };
    LocalServerRenderer::<ReaderHarness>::with_props(ReaderHarnessProps { engine, view })
        .hydratable(false)
        .render()
        .await
}

/// `html` without its `<q …>` and `</q>` tags (their content stays).
fn without_quote_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<q ").into_iter().chain(rest.find("</q>")).min() {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn reader_shows_the_clean_paragraphs_as_text() {
    let engine = engine_with(&[("001_talks.txt", ARTICLE)]);
    let html = render_reader(engine.clone(), "001_talks", false).await;
    assert!(html.contains(r#"data-testid="reader""#), "{html}");
    assert!(!html.contains("<pre"), "{html}");
    let (_, article) = engine.article("001_talks").expect("ingested");
    // Quote marks (<q>) wrap parts of a paragraph; the text around and inside them is
    // what must come through as text.
    let html = without_quote_tags(&html);
    for p in &article.paragraphs {
        let escaped = p
            .text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            html.contains(&format!(">{escaped}</p>")),
            "paragraph {:?} in {html}",
            p.text
        );
    }
    assert!(!html.contains("<guarantees>"), "{html}");
    assert!(html.contains(r#"aria-pressed="false""#), "{html}");
}

#[tokio::test]
async fn reader_toggle_shows_the_raw_file_in_a_pre() {
    let engine = engine_with(&[("001_talks.txt", ARTICLE)]);
    let html = render_reader(engine, "001_talks", true).await;
    assert!(html.contains(r#"<pre data-testid="reader-raw""#), "{html}");
    assert!(
        html.contains("Moscow wanted &lt;guarantees&gt; &amp; more."),
        "{html}"
    );
    assert!(html.contains(r#"aria-pressed="true""#), "{html}");
}

#[tokio::test]
async fn reader_for_an_unknown_id_says_so() {
    let engine = engine_with(&[("001_talks.txt", ARTICLE)]);
    let html = render_reader(engine, "<nope>", false).await;
    assert!(html.contains(r#"data-testid="reader-missing""#), "{html}");
    assert!(html.contains("&lt;nope&gt;"), "{html}");
}

#[tokio::test]
async fn app_lists_every_article_and_reports_corpus_errors() {
    let ingest = corpus::ingest(
        vec![
            SourceFile {
                name: "a.txt".into(),
                bytes: ARTICLE.as_bytes().to_vec(),
            },
            SourceFile {
                name: "b.txt".into(),
                bytes: ARTICLE.replace("Russia-U.S.", "Second:").into_bytes(),
            },
            SourceFile {
                name: "bad.txt".into(),
                bytes: vec![0xff, 0xfe, 0x00],
            },
        ],
        None,
    );
    let props = AppProps::new(Engine::new(ingest.corpus), ingest.errors);
    let html = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert_eq!(
        html.matches(r#"data-testid="article-item""#).count(),
        2,
        "{html}"
    );
    assert!(
        html.contains(r#"data-testid="corpus-errors""#) && html.contains("bad.txt"),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-current="page""#),
        "Articles is the current section: {html}"
    );
    assert!(html.contains(r#"data-testid="corpus-summary""#), "{html}");
}

#[derive(Properties, PartialEq)]
struct HomeHarnessProps {
    engine: SharedEngine,
}

/// Renders the home view inside the engine context, as App does.
#[function_component(HomeHarness)]
fn home_harness(props: &HomeHarnessProps) -> Html {
    html! {
        <ContextProvider<SharedEngine> context={props.engine.clone()}>
            <Home order={ArticleOrder::default()} />
        </ContextProvider<SharedEngine>>
    }
}

async fn render_home(files: &[(String, String)]) -> String {
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let engine = engine_with(&files);
    LocalServerRenderer::<HomeHarness>::with_props(HomeHarnessProps { engine })
        .hydratable(false)
        .render()
        .await
}

fn numbered_articles(n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            (
                format!("a{i:04}.txt"),
                format!("Talks round {i}\n\nDiplomats met for round {i} of the talks.\n"),
            )
        })
        .collect()
}

#[tokio::test]
async fn home_lists_one_page_of_a_large_corpus_and_offers_more() {
    let n = PAGE_SIZE + 7;
    let html = render_home(&numbered_articles(n)).await;
    assert_eq!(
        html.matches(r#"class="article-item""#).count(),
        PAGE_SIZE,
        "{html}"
    );
    assert!(
        html.contains(&format!("Showing {PAGE_SIZE} of {n} articles")),
        "{html}"
    );
    assert!(html.contains("Show 7 more"), "{html}");
    // The summary still counts the whole corpus.
    assert!(html.contains(&format!("<dd>{n}</dd>")), "{html}");
}

#[tokio::test]
async fn home_groups_the_thousands_of_a_large_count() {
    let html = render_home(&numbered_articles(1234)).await;
    assert!(html.contains("<dd>1,234</dd>"), "the article count: {html}");
    assert!(html.contains("Showing 100 of 1,234 articles"), "{html}");
}

#[tokio::test]
async fn home_lists_a_small_corpus_whole_without_a_more_button() {
    let html = render_home(&numbered_articles(3)).await;
    assert_eq!(html.matches(r#"class="article-item""#).count(), 3, "{html}");
    assert!(!html.contains("list-more"), "{html}");
}
