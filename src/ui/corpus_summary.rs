//! [`CorpusSummary`]: what the corpus holds, at a glance.

use yew::prelude::*;

use super::display;
use super::unknown::Unknown;
use crate::engine::Summary;

/// Props of [`CorpusSummary`].
#[derive(Properties, PartialEq)]
pub struct CorpusSummaryProps {
    pub summary: Summary,
}

/// Counts of articles, outlets and words, and the span of publication dates.
#[function_component(CorpusSummary)]
pub fn corpus_summary(props: &CorpusSummaryProps) -> Html {
    let s = &props.summary;
    let span = match s.date_span {
        Some((first, last)) if first == last => html! {
            <time datetime={first.to_string()}>{ first.to_string() }</time>
        },
        Some((first, last)) => html! {
            <>
                <time datetime={first.to_string()}>{ first.to_string() }</time>
                { " – " }
                <time datetime={last.to_string()}>{ last.to_string() }</time>
            </>
        },
        None => html! { <Unknown /> },
    };
    html! {
        <dl class="summary" data-testid="corpus-summary">
            <div><dt>{ "Articles" }</dt><dd>{ display::thousands(s.articles) }</dd></div>
            <div><dt>{ "Outlets" }</dt><dd>{ display::thousands(s.outlets) }</dd></div>
            <div><dt>{ "Words" }</dt><dd>{ display::thousands(s.words) }</dd></div>
            <div class="summary__span"><dt>{ "Published" }</dt><dd>{ span }</dd></div>
        </dl>
    }
}
