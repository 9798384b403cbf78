//! The Quotes view's part of the URL: `#/quotes?q=…&speaker=…&outlet=…&kind=…`.
//!
//! Facet parameters repeat (`speaker=A&speaker=B` selects A *or* B), which is why this
//! parser reads every pair instead of the first one per key as the rest of `route` does.
//! Like every route, parsing never fails: unknown keys and kinds are dropped, repeats are
//! merged, and over-long input is cut to sane limits so a pasted URL cannot make the page
//! do unbounded work.

use super::percent;
use crate::quotes::QuoteKind;

/// At most this many values per facet are read from a URL (a person ticks a handful).
const MAX_VALUES: usize = 50;

/// At most this many characters of the search text are read from a URL.
const MAX_TEXT: usize = 500;

/// The outlet value that selects articles whose outlet is unknown.
pub const UNKNOWN_OUTLET_PARAM: &str = "unknown";

/// What the Quotes view shows, as the URL says. Speakers and outlets are kept as names
/// (so links stay readable and survive a rebuild of the corpus); the view resolves them
/// against the engine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuotesView {
    /// Search text within quotes (`q=`), trimmed.
    pub q: String,
    /// Selected speakers by canonical name (`speaker=`), in the order given, no repeats.
    pub speakers: Vec<String>,
    /// Selected outlets by name (`outlet=`); [`UNKNOWN_OUTLET_PARAM`] is the unknown outlet.
    pub outlets: Vec<String>,
    /// Selected kinds (`kind=`), in [`QuoteKind::ALL`] order.
    pub kinds: Vec<QuoteKind>,
}

impl QuotesView {
    /// Reads the view from a hash's query part (after `?`). Never fails.
    pub fn parse(query: &str) -> QuotesView {
        let mut view = QuotesView::default();
        let mut q_seen = false;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent::decode_query_value(v);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match percent::decode_query_value(k).as_str() {
                "q" if !q_seen => {
                    q_seen = true;
                    view.q = value
                        .chars()
                        .take(MAX_TEXT)
                        .collect::<String>()
                        .trim()
                        .to_string();
                }
                "speaker" => push_unique(&mut view.speakers, value),
                "outlet" => push_unique(&mut view.outlets, value),
                "kind" => {
                    if let Some(k) = QuoteKind::parse(value) {
                        if !view.kinds.contains(&k) {
                            view.kinds.push(k);
                        }
                    }
                }
                _ => {}
            }
        }
        crate::sort::sort(&mut view.kinds);
        view
    }

    /// The query part for this view (without `?`), empty for the default view. Parameters
    /// come in a fixed order, so equal views have equal URLs.
    pub fn to_query(&self) -> String {
        let mut params = Vec::new();
        if !self.q.is_empty() {
            params.push(format!("q={}", percent::encode(&self.q)));
        }
        for s in &self.speakers {
            params.push(format!("speaker={}", percent::encode(s)));
        }
        for o in &self.outlets {
            params.push(format!("outlet={}", percent::encode(o)));
        }
        for k in &self.kinds {
            params.push(format!("kind={}", k.as_str()));
        }
        params.join("&")
    }

    /// This view with the search text replaced.
    pub fn with_text(&self, q: &str) -> QuotesView {
        QuotesView {
            q: q.trim().chars().take(MAX_TEXT).collect(),
            ..self.clone()
        }
    }

    /// This view with `speaker` selected if it was not, deselected if it was.
    pub fn toggle_speaker(&self, speaker: &str) -> QuotesView {
        let mut v = self.clone();
        toggle(&mut v.speakers, speaker);
        v
    }

    /// This view with `outlet` selected if it was not, deselected if it was.
    pub fn toggle_outlet(&self, outlet: &str) -> QuotesView {
        let mut v = self.clone();
        toggle(&mut v.outlets, outlet);
        v
    }

    /// This view with `kind` selected if it was not, deselected if it was.
    pub fn toggle_kind(&self, kind: QuoteKind) -> QuotesView {
        let mut v = self.clone();
        if let Some(i) = v.kinds.iter().position(|&k| k == kind) {
            v.kinds.remove(i);
        } else {
            v.kinds.push(kind);
            crate::sort::sort(&mut v.kinds);
        }
        v
    }

    /// Whether any filter or search text is set.
    pub fn is_filtered(&self) -> bool {
        *self != QuotesView::default()
    }
}

fn push_unique(values: &mut Vec<String>, value: &str) {
    if values.len() < MAX_VALUES && !values.iter().any(|v| v == value) {
        values.push(value.to_string());
    }
}

fn toggle(values: &mut Vec<String>, value: &str) {
    if let Some(i) = values.iter().position(|v| v == value) {
        values.remove(i);
    } else {
        values.push(value.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(q: &str, speakers: &[&str], outlets: &[&str], kinds: &[QuoteKind]) -> QuotesView {
        QuotesView {
            q: q.into(),
            speakers: speakers.iter().map(|s| s.to_string()).collect(),
            outlets: outlets.iter().map(|s| s.to_string()).collect(),
            kinds: kinds.to_vec(),
        }
    }

    #[test]
    fn every_parameter_is_read() {
        assert_eq!(
            QuotesView::parse(
                "q=security+guarantees&speaker=Sergei%20Lavrov&outlet=CGTN&kind=direct"
            ),
            view(
                "security guarantees",
                &["Sergei Lavrov"],
                &["CGTN"],
                &[QuoteKind::Direct]
            )
        );
    }

    #[test]
    fn repeated_facet_values_are_all_selected_once() {
        let v = QuotesView::parse(
            "speaker=Dmitry+Peskov&speaker=Sergei+Lavrov&speaker=Dmitry+Peskov&kind=indirect&kind=direct&kind=direct",
        );
        assert_eq!(v.speakers, vec!["Dmitry Peskov", "Sergei Lavrov"]);
        assert_eq!(v.kinds, vec![QuoteKind::Direct, QuoteKind::Indirect]);
    }

    #[test]
    fn views_survive_a_round_trip() {
        let views = [
            QuotesView::default(),
            view("we will not wait", &[], &[], &[]),
            view(
                "a&b=c?#% +Україна",
                &["Sergei Lavrov", "U.S. officials"],
                &["The National Interest", UNKNOWN_OUTLET_PARAM],
                &[QuoteKind::Partial, QuoteKind::Indirect],
            ),
        ];
        for v in views {
            let query = v.to_query();
            assert_eq!(QuotesView::parse(&query), v, "{query}");
        }
        assert_eq!(QuotesView::default().to_query(), "");
    }

    #[test]
    fn tampered_parameters_are_dropped() {
        assert_eq!(
            QuotesView::parse("kind=quoted&kind=%FF&speaker=&outlet=%20&q=&zzz=1&&=&q"),
            QuotesView::default()
        );
        assert_eq!(
            QuotesView::parse("kind=DIRECT").kinds,
            vec![QuoteKind::Direct]
        );
    }

    #[test]
    fn over_long_input_is_capped() {
        let many: Vec<String> = (0..1000).map(|i| format!("speaker=s{i}")).collect();
        assert_eq!(
            QuotesView::parse(&many.join("&")).speakers.len(),
            MAX_VALUES
        );
        let long = format!("q={}", "a".repeat(100_000));
        assert_eq!(QuotesView::parse(&long).q.chars().count(), MAX_TEXT);
        for q in ["%", "q=%E2%82", "q=\u{0}", "speaker=%%%"] {
            let _ = QuotesView::parse(q).to_query();
        }
    }

    #[test]
    fn toggling_selects_and_deselects() {
        let v = QuotesView::default().toggle_speaker("Sergei Lavrov");
        assert_eq!(v.speakers, vec!["Sergei Lavrov"]);
        assert!(v.toggle_speaker("Sergei Lavrov").speakers.is_empty());
        let v = v
            .toggle_kind(QuoteKind::Indirect)
            .toggle_kind(QuoteKind::Direct);
        assert_eq!(v.kinds, vec![QuoteKind::Direct, QuoteKind::Indirect]);
        assert!(v.toggle_outlet("CGTN").is_filtered());
        assert!(!QuotesView::default().is_filtered());
    }
}
