//! [`CorpusErrors`]: the files that could not be read, shown instead of silently dropped.

use std::rc::Rc;

use yew::prelude::*;

use crate::corpus::CorpusError;

/// Props of [`CorpusErrors`].
#[derive(Properties, PartialEq)]
pub struct CorpusErrorsProps {
    /// The ingestion errors; each message names its file.
    pub errors: Rc<Vec<CorpusError>>,
}

/// A visible panel listing corpus errors; renders nothing when there are none.
#[function_component(CorpusErrors)]
pub fn corpus_errors(props: &CorpusErrorsProps) -> Html {
    if props.errors.is_empty() {
        return Html::default();
    }
    let count = props.errors.len();
    let heading = if count == 1 {
        "1 corpus file could not be read".to_string()
    } else {
        format!("{count} corpus files could not be read")
    };
    html! {
        <section class="notice notice--error" role="alert" data-testid="corpus-errors">
            <h2>{ heading }</h2>
            <ul>
                { for props.errors.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }
            </ul>
        </section>
    }
}
