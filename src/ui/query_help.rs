//! [`QueryHelp`]: the query language and the keyboard shortcuts, as a panel the search
//! view opens with its "Query help" button or the `?` key.

use yew::prelude::*;

/// One line of the help: what to type, what it does, an example from the corpus.
pub const SYNTAX: [(&str, &str, &str); 11] = [
    (
        "words",
        "Articles containing all the words (any form: talks, talk, talking)",
        "Lavrov Blinken",
    ),
    (
        "\"exact phrase\"",
        "The words together, in this order",
        "\"red lines\"",
    ),
    (
        "-word",
        "Leave out articles with the word (or -\"phrase\")",
        "NATO -Lavrov",
    ),
    (
        "a OR b",
        "Either word (OR in capitals)",
        "Geneva OR Brussels",
    ),
    ("prefix*", "Words starting with the prefix", "sanction*"),
    (
        "outlet:name",
        "Only this outlet (quote names with spaces)",
        "outlet:CGTN",
    ),
    (
        "author:name",
        "Only this author",
        "author:\"Mark Episkopos\"",
    ),
    (
        "lang:code",
        "Only articles in a language (en, ru, uk)",
        "lang:uk",
    ),
    (
        "speaker:name",
        "Only articles quoting this speaker (any spelling of the name)",
        "speaker:Lavrov",
    ),
    (
        "after:date",
        "Published on or after YYYY-MM-DD",
        "after:2022-01-10",
    ),
    (
        "before:date",
        "Published on or before YYYY-MM-DD",
        "before:2022-01-31",
    ),
];

/// The keyboard shortcuts listed under the syntax.
pub const KEYS: [(&str, &str); 6] = [
    ("/", "Focus the search box, from any page"),
    ("j / k", "Next / previous result; Enter opens it"),
    ("n / N", "Next / previous match in the article"),
    ("?", "Show or hide this help"),
    ("Esc", "Leave the search box; again to go back"),
    ("Tab", "Move through results, filters and links"),
];

/// Props of [`QueryHelp`].
#[derive(Properties, PartialEq)]
pub struct QueryHelpProps {
    /// Called by the panel's close button.
    pub on_close: Callback<()>,
}

/// The help panel (rendered only while open).
#[function_component(QueryHelp)]
pub fn query_help(props: &QueryHelpProps) -> Html {
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section id="search-help" class="search-help" data-testid="search-help" aria-labelledby="search-help-title">
            <div class="search-help__head">
                <h2 id="search-help-title">{ "Query language" }</h2>
                <button type="button" class="button" onclick={close}>{ "Close" }</button>
            </div>
            <p>{ "Case, accents and curly or straight quote marks do not matter. A misspelt word is replaced by the closest word in the articles, and the page says so. Anything that does not parse is searched as plain words." }</p>
            <table class="search-help__table">
                <thead><tr><th scope="col">{ "Type" }</th><th scope="col">{ "Finds" }</th><th scope="col">{ "Example" }</th></tr></thead>
                <tbody>
                    { for SYNTAX.iter().map(|(syntax, meaning, example)| html! {
                        <tr><td><code>{ *syntax }</code></td><td>{ *meaning }</td><td><code>{ *example }</code></td></tr>
                    }) }
                </tbody>
            </table>
            <h3>{ "Keyboard" }</h3>
            <dl class="search-help__keys">
                { for KEYS.iter().map(|(key, what)| html! {
                    <><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></>
                }) }
            </dl>
        </section>
    }
}
