//! [`PanicProbe`]: panics on purpose, so the end-to-end suite can prove that a panic
//! shows the error banner instead of freezing the page (route `#/__panic`).

use yew::prelude::*;

/// The message of the deliberate panic; the end-to-end test looks for it in the banner.
pub const PROBE_MESSAGE: &str = "panic probe: deliberate failure requested by #/__panic";

/// Panics after rendering. Harmless: it only stops the tab that opened the hidden URL.
#[function_component(PanicProbe)]
pub fn panic_probe() -> Html {
    // In an effect rather than during render, so the probe is also SSR-renderable. The
    // closure names its `()` return type because its body never returns.
    use_effect_with((), |_| -> () { panic!("{PROBE_MESSAGE}") });
    html! { <p class="missing">{ "Testing the error banner…" }</p> }
}
