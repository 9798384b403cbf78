//! Component tests of the search UI (search view, facets, reader highlights, match bar,
//! concordance, help), rendered natively with the server-side renderer over the seed
//! corpus. Run with `cargo test --features ssr`.
#![cfg(feature = "ssr")]

use dossier::corpus;
use dossier::engine::Engine;
use dossier::ui::kwic_page::{KwicPage, KwicPageProps};
use dossier::ui::query_help::{QueryHelp, QueryHelpProps, SYNTAX};
use dossier::ui::reader::{Reader, ReaderProps};
use dossier::ui::route::Route;
use dossier::ui::search_page::{SearchPage, SearchPageProps};
use dossier::ui::shared_engine::SharedEngine;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The articles that mention Lavrov (the engine's seed tests agree).
const LAVROV: [&str; 3] = [
    "001_26dff11e0349677d",
    "002_7dc7dc72cc67e03f",
    "004_1902ac851d4e0608",
];
const CGTN: &str = "004_1902ac851d4e0608";

fn seeds() -> SharedEngine {
    SharedEngine::new(Engine::new(corpus::embedded().corpus))
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    engine: SharedEngine,
    route: Route,
}

/// Renders one view inside the engine context, as App does.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let view = match &props.route {
        Route::Search(view) => html! { <SearchPage ..SearchPageProps { view: view.clone() } /> },
        Route::Kwic(view) => html! { <KwicPage ..KwicPageProps { view: view.clone() } /> },
        Route::Reader(view) => html! {
            <Reader ..ReaderProps { view: view.clone(), back: Route::default() } />
        },
        _ => html! {},
    };
    html! {
        <ContextProvider<SharedEngine> context={props.engine.clone()}>{ view }</ContextProvider<SharedEngine>>
    }
}

async fn render(hash: &str) -> String {
    LocalServerRenderer::<Harness>::with_props(HarnessProps {
        engine: seeds(),
        route: Route::parse(hash),
    })
    .hydratable(false)
    .render()
    .await
}

/// The article ids of the results, in order.
fn result_ids(html: &str) -> Vec<String> {
    html.split(r#"data-testid="result" data-id=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn lavrov_lists_exactly_the_articles_that_mention_him_with_highlights() {
    let html = render("#/search?q=Lavrov").await;
    let mut ids = result_ids(&html);
    ids.sort();
    assert_eq!(ids, LAVROV, "{html}");
    assert!(
        html.contains(r#"data-testid="search-total">3 articles"#),
        "{html}"
    );
    assert!(
        count(&html, r#"<mark class="hit">Lavrov</mark>"#) >= 3,
        "every snippet marks the name: {html}"
    );
    assert!(
        html.contains(r#"value="Lavrov""#),
        "the box shows the query: {html}"
    );
}

#[tokio::test]
async fn a_phrase_finds_only_the_cgtn_article() {
    let html = render("#/search?q=%22red%20lines%22").await;
    assert_eq!(result_ids(&html), [CGTN], "{html}");
}

#[tokio::test]
async fn an_excluded_word_removes_its_articles() {
    let html = render("#/search?q=NATO%20-Lavrov").await;
    let ids = result_ids(&html);
    assert!(!ids.is_empty(), "{html}");
    assert!(
        ids.iter().all(|id| !LAVROV.contains(&id.as_str())),
        "{ids:?}"
    );
}

#[tokio::test]
async fn a_misspelling_shows_what_was_searched_instead() {
    let html = render("#/search?q=Lavorv").await;
    let mut ids = result_ids(&html);
    ids.sort();
    assert_eq!(ids, LAVROV);
    assert!(html.contains(r#"data-testid="search-corrected""#), "{html}");
    assert!(
        html.contains("Showing results for <strong>lavrov</strong>")
            || html.contains("Showing results for <strong>Lavrov</strong>"),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#/article/001_26dff11e0349677d?q=lavrov""##)
            || html.contains(r##"href="#/article/001_26dff11e0349677d?q=Lavrov""##),
        "results open the reader on the corrected word: {html}"
    );
}

#[tokio::test]
async fn no_results_and_the_speaker_filter_say_why() {
    let html = render("#/search?q=zzzzqqqq").await;
    assert!(html.contains(r#"data-testid="search-empty""#), "{html}");
    assert!(result_ids(&html).is_empty());
    let html = render("#/search?q=speaker%3ANobodyknown").await;
    assert!(html.contains(r#"data-testid="search-notice""#), "{html}");
    assert!(html.contains("no quotes from a speaker named"), "{html}");
}

#[tokio::test]
async fn the_speaker_filter_keeps_articles_quoting_him() {
    let html = render("#/search?q=speaker%3A%22Dmitry%20Peskov%22").await;
    let ids = result_ids(&html);
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(
        ids.iter()
            .all(|id| id.starts_with("001") || id.starts_with("004")),
        "{ids:?}"
    );
}

#[tokio::test]
async fn facets_show_counts_and_a_selection_narrows_the_results() {
    let html = render("#/search?q=Lavrov").await;
    assert!(
        html.contains(r#"data-testid="facet-option" data-value="CGTN""#),
        "{html}"
    );
    let narrowed = render("#/search?q=Lavrov&outlet=CGTN").await;
    assert_eq!(result_ids(&narrowed), [CGTN], "{narrowed}");
    assert!(narrowed.contains("Filters (1)"), "{narrowed}");
    // The selected box is checked; OR within the facet keeps the other outlets' counts.
    let option = narrowed
        .split(r#"data-value="CGTN""#)
        .nth(1)
        .and_then(|s| s.split("</label>").next())
        .unwrap_or_default();
    assert!(option.contains("checked"), "{option}");
}

#[tokio::test]
async fn the_date_range_is_shown_in_its_inputs_and_filters() {
    let html = render("#/search?after=2030-01-01").await;
    assert!(html.contains(r#"value="2030-01-01""#), "{html}");
    assert!(result_ids(&html).is_empty(), "{html}");
    let all = render("#/search").await;
    assert_eq!(
        result_ids(&all).len(),
        5,
        "an empty query lists every article"
    );
}

#[tokio::test]
async fn the_search_view_links_to_the_concordance_of_its_query() {
    let html = render("#/search?q=%22red%20lines%22").await;
    assert!(
        html.contains(r##"href="#/kwic?q=%22red%20lines%22""##),
        "{html}"
    );
}

#[tokio::test]
async fn the_reader_highlights_every_match_and_marks_the_current_one() {
    let html = render(&format!("#/article/{}?q=Lavrov&m=2", LAVROV[0])).await;
    let hits = count(&html, r#"data-testid="reader-hit""#);
    assert!(hits >= 2, "{html}");
    assert_eq!(count(&html, "hit hit--current"), 1, "{html}");
    assert!(html.contains(r#"id="hit-1""#), "{html}");
    assert!(html.contains(&format!("match 2 of {hits}")), "{html}");
    assert!(html.contains(r#"aria-live="polite""#), "{html}");
}

#[tokio::test]
async fn the_reader_without_a_query_has_no_match_bar() {
    let html = render(&format!("#/article/{CGTN}")).await;
    assert!(!html.contains("match-nav"), "{html}");
    assert!(!html.contains("<mark"), "{html}");
    let raw = render(&format!("#/article/{CGTN}?raw=1&q=Lavrov")).await;
    assert!(
        !raw.contains("match-nav"),
        "the raw file has no match positions: {raw}"
    );
}

#[tokio::test]
async fn the_concordance_has_a_row_per_occurrence_linked_to_that_match() {
    let html = render("#/kwic?q=Lavrov").await;
    let rows = count(&html, r#"data-testid="kwic-row""#);
    assert!(rows >= 3, "{html}");
    assert!(html.contains(&format!("{rows} occurrences")), "{html}");
    assert!(html.contains(r#"data-testid="kwic-export""#), "{html}");
    // Each article's second occurrence links to its second match.
    assert!(html.contains("?q=Lavrov&amp;m=2\""), "{html}");
    let sorted = render("#/kwic?q=Lavrov&sort=left").await;
    assert_eq!(count(&sorted, r#"data-testid="kwic-row""#), rows);
    let left_link = sorted
        .split(">word to the left</a>")
        .next()
        .and_then(|s| s.rsplit("<a ").next())
        .unwrap_or_default();
    assert!(left_link.contains(r#"aria-current="true""#), "{left_link}");
}

#[tokio::test]
async fn corpus_text_and_queries_are_rendered_as_text() {
    let html = render("#/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;") || html.contains("value=\"&lt;script"),
        "{html}"
    );
}

#[tokio::test]
async fn the_help_documents_every_part_of_the_query_language() {
    let html = LocalServerRenderer::<QueryHelp>::with_props(QueryHelpProps {
        on_close: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    for needle in [
        "\"exact phrase\"",
        "-word",
        "a OR b",
        "prefix*",
        "outlet:",
        "author:",
        "lang:",
        "speaker:",
        "after:",
        "before:",
    ] {
        assert!(html.contains(needle), "{needle} in {html}");
    }
    assert_eq!(count(&html, "<tr>"), SYNTAX.len() + 1);
}

/// Renders `hash` over 45 small articles that all say "talks".
async fn render_many(hash: &str) -> String {
    let files = (0..45)
        .map(|i| corpus::SourceFile {
            name: format!("a{i:02}.txt"),
            bytes: format!("Round {i}\n\nDiplomats held talks for round {i}.\n").into_bytes(),
        })
        .collect();
    let engine = SharedEngine::new(Engine::new(corpus::ingest(files, None).corpus));
    LocalServerRenderer::<Harness>::with_props(HarnessProps {
        engine,
        route: Route::parse(hash),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn a_long_result_list_shows_a_page_and_a_button_for_the_next() {
    let html = render_many("#/search?q=talks").await;
    assert_eq!(result_ids(&html).len(), 20);
    assert!(
        html.contains("Showing the best 20 of 45 articles."),
        "{html}"
    );
    assert!(html.contains("Show 20 more"), "{html}");
    let html = render_many("#/search?q=talks&more=1").await;
    assert_eq!(result_ids(&html).len(), 40);
    assert!(html.contains("Show 5 more"), "{html}");
    let html = render_many("#/search?q=talks&more=2").await;
    assert_eq!(result_ids(&html).len(), 45);
    assert!(!html.contains("search-more"), "all shown: {html}");
}

#[tokio::test]
async fn a_facet_with_many_values_shows_ten_and_a_show_all_button() {
    let mut catalog = String::new();
    let files = (0..12)
        .map(|i| {
            catalog.push_str(&format!(
                "[\"a{i:02}.txt\"]\noutlet = \"Outlet {i:02}\"\n\n"
            ));
            corpus::SourceFile {
                name: format!("a{i:02}.txt"),
                bytes: format!("Round {i}\n\nDiplomats held talks for round {i}.\n").into_bytes(),
            }
        })
        .collect();
    let engine = SharedEngine::new(Engine::new(corpus::ingest(files, Some(&catalog)).corpus));
    let render = |hash: &str| {
        LocalServerRenderer::<Harness>::with_props(HarnessProps {
            engine: engine.clone(),
            route: Route::parse(hash),
        })
        .hydratable(false)
        .render()
    };
    let outlets = |html: &str| html.matches(r#"data-value="Outlet "#).count();
    let html = render("#/search?q=talks").await;
    assert_eq!(outlets(&html), 10, "{html}");
    assert!(html.contains("Show all 12"), "{html}");
    // A selected value beyond the first ten stays in view.
    let html = render("#/search?q=talks&outlet=Outlet%2011").await;
    assert_eq!(outlets(&html), 11, "{html}");
}
