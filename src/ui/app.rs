//! [`App`]: the root component. Owns the view state, listens to the URL and picks the view.

use std::rc::Rc;

use yew::prelude::*;

use super::arrival;
use super::browser;
use super::corpus_errors::CorpusErrors;
use super::display;
use super::home::Home;
use super::kwic_page::KwicPage;
use super::link;
use super::not_found::NotFound;
use super::panic_probe::PanicProbe;
use super::quotes_page::QuotesPage;
use super::reader::Reader;
use super::route::Route;
use super::search_keys::SearchKeys;
use super::search_page::SearchPage;
use super::shared_engine::SharedEngine;
use super::site_header::SiteHeader;
use super::speaker_page::SpeakerPage;
use super::state::{Action, State};
use crate::corpus::CorpusError;
use crate::engine::Engine;

/// Props of [`App`]: the engine, built once by the caller, and the files it could not use.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub engine: SharedEngine,
    pub errors: Rc<Vec<CorpusError>>,
}

impl AppProps {
    /// Props for an engine and the corpus errors met while building its corpus.
    pub fn new(engine: Engine, errors: Vec<CorpusError>) -> AppProps {
        AppProps {
            engine: SharedEngine::new(engine),
            errors: Rc::new(errors),
        }
    }
}

/// The whole application.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::from_hash(&browser::current_hash()));

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_hash_change(move |hash| {
                state.dispatch(Action::HashChanged(hash));
            });
            let links = link::follow_links();
            browser::mark_rendered();
            move || drop((listener, links))
        });
    }
    // Before the views render, so that what they ask for belongs to this page.
    arrival::begin_page(state.page);
    use_effect_with(state.page, |page| arrival::arrive(*page == 0));
    {
        let title = page_title(&state.route, &props.engine);
        use_effect_with(title, |title| browser::set_title(title));
    }

    let view = match &state.route {
        Route::Articles(order) => html! { <Home order={*order} /> },
        Route::Reader(view) => html! {
            <Reader view={view.clone()} back={Route::Articles(state.list_order)} />
        },
        Route::Search(view) => html! { <SearchPage view={view.clone()} /> },
        Route::Kwic(view) => html! { <KwicPage view={view.clone()} /> },
        Route::Quotes(view) => html! { <QuotesPage view={view.clone()} /> },
        Route::Speaker(name) => html! { <SpeakerPage name={name.clone()} /> },
        Route::NotFound(path) => html! { <NotFound path={AttrValue::from(path.clone())} /> },
        Route::PanicProbe => html! { <PanicProbe /> },
    };
    html! {
        <ContextProvider<SharedEngine> context={props.engine.clone()}>
            <SiteHeader current={state.route.section()} />
            <SearchKeys />
            <main id="main" class="page" tabindex="-1">
                <CorpusErrors errors={props.errors.clone()} />
                { view }
            </main>
            <footer class="site-footer">
                <p>{ "Dossier runs entirely in your browser: the articles are compiled into the page." }</p>
            </footer>
        </ContextProvider<SharedEngine>>
    }
}

/// The document title for a route: the article title in the reader, else the view name.
fn page_title(route: &Route, engine: &Engine) -> String {
    let view = match route {
        Route::Articles(_) => "Articles".to_string(),
        Route::Reader(view) => engine.article(&view.id).map_or_else(
            || "No such article".to_string(),
            |(_, a)| display::title(a).to_string(),
        ),
        Route::Search(view) if view.query.is_empty() => "Search".to_string(),
        Route::Search(view) => format!("{} – Search", view.query),
        Route::Kwic(view) => format!("{} – Concordance", view.query),
        Route::Quotes(_) => "Quotes".to_string(),
        Route::Speaker(name) => engine
            .find_speaker(name)
            .and_then(|id| engine.speaker(id))
            .map_or_else(|| "No such speaker".to_string(), |s| s.name.clone()),
        Route::NotFound(_) | Route::PanicProbe => "Page not found".to_string(),
    };
    format!("{view} · Dossier")
}
