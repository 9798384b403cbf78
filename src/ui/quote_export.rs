//! [`QuoteExport`]: download the quotes in view as CSV or JSON, with article, outlet, date
//! and offsets (the rows of [`Engine::export_rows`](crate::engine::Engine::export_rows)).

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use super::shared_engine::use_engine;
use crate::quotes::{export, QuoteId};

/// Props of [`QuoteExport`].
#[derive(Properties, PartialEq)]
pub struct QuoteExportProps {
    /// The quotes to export, in the order shown.
    pub quotes: Rc<Vec<QuoteId>>,
}

/// Two buttons that download the given quotes.
#[function_component(QuoteExport)]
pub fn quote_export(props: &QuoteExportProps) -> Html {
    let engine = use_engine();
    let make = |format: &'static str| {
        let engine = engine.clone();
        let quotes = props.quotes.clone();
        Callback::from(move |_: MouseEvent| {
            let rows = engine.export_rows(&quotes);
            match format {
                "csv" => download::offer(
                    "dossier-quotes.csv",
                    "text/csv;charset=utf-8",
                    &export::to_csv(&rows),
                ),
                _ => download::offer(
                    "dossier-quotes.json",
                    "application/json",
                    &export::to_json(&rows),
                ),
            }
        })
    };
    let disabled = props.quotes.is_empty();
    html! {
        <div class="quote-export" role="group" aria-label="Export the quotes in view">
            <span class="quote-export__label">{ format!("Export {}:", count(props.quotes.len())) }</span>
            <button type="button" data-testid="export-csv" onclick={make("csv")} {disabled}>{ "CSV" }</button>
            <button type="button" data-testid="export-json" onclick={make("json")} {disabled}>{ "JSON" }</button>
        </div>
    }
}

/// "1 quote", "12 quotes".
pub fn count(n: usize) -> String {
    if n == 1 {
        "1 quote".to_string()
    } else {
        format!("{} quotes", super::display::thousands(n))
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(count(0), "0 quotes");
        assert_eq!(count(1), "1 quote");
        assert_eq!(count(1234), "1,234 quotes");
    }
}
