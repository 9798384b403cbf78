//! [`MarkedText`]: a paragraph with marked spans — search matches, quotes, concordance
//! targets — rendered as nested elements, as text (never as HTML).
//!
//! Several features mark the same paragraph at once (a search match inside a quote, a
//! partial quote inside a reported clause), so they all hand their spans to this one
//! renderer instead of each building its own. Spans nest by containment; a span that
//! crosses the end of its parent is cut in two there, so the output is always a tree.

use yew::prelude::*;

/// What a mark is, which decides its element and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    /// A search match: `<mark class="hit">`.
    Hit,
    /// The search match the reader is focused on (n / N): `<mark class="hit hit--current">`.
    CurrentHit,
    /// A quotation: `<q class="quote quote--{kind}">`, focusable, with the speaker as its title.
    Quote { kind: &'static str },
    /// The quote the reader was opened at: as [`MarkKind::Quote`], plus `quote--current`.
    CurrentQuote { kind: &'static str },
}

/// One marked span of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the paragraph text (clamped and snapped to char boundaries on render).
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
    /// Tooltip / accessible description (e.g. "Sergei Lavrov · said").
    pub title: Option<String>,
    /// Element id, so links can scroll to it (e.g. `hit-3`, `quote-12`).
    pub id: Option<String>,
    /// `data-testid` of the element.
    pub testid: Option<&'static str>,
}

impl Mark {
    /// A mark of `kind` over `start..end` with no title, id or test id.
    pub fn new(start: usize, end: usize, kind: MarkKind) -> Mark {
        Mark {
            start,
            end,
            kind,
            title: None,
            id: None,
            testid: None,
        }
    }
}

/// A piece of the rendered tree: plain text or a mark with children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(std::ops::Range<usize>),
    Marked(usize, Vec<Piece>),
}

/// Builds the nesting of `marks` over `text` (pure; unit-tested). `Piece::Marked` holds the
/// index of its mark in `marks`. Empty or out-of-range marks are dropped.
pub fn layout(text: &str, marks: &[Mark]) -> Vec<Piece> {
    let snap = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut spans: Vec<(usize, usize, usize)> = marks
        .iter()
        .enumerate()
        .map(|(i, m)| (snap(m.start), snap(m.end), i))
        .filter(|(s, e, _)| s < e)
        .collect();
    // Outer marks first: by start, then longest first, then input order (stable).
    crate::sort::sort_by(&mut spans, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    build(0, text.len(), &mut spans.into_iter().peekable())
}

type Spans = std::iter::Peekable<std::vec::IntoIter<(usize, usize, usize)>>;

/// Lays out `from..to`, consuming the spans that start inside it. A span that runs past
/// `to` is cut at `to` and its remainder is pushed back for the parent to place.
fn build(from: usize, to: usize, spans: &mut Spans) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut pos = from;
    let mut carry: Vec<(usize, usize, usize)> = Vec::new();
    while let Some(&(s, e, i)) = spans.peek() {
        if s >= to {
            break;
        }
        spans.next();
        let s = s.max(pos);
        if s >= e {
            continue;
        }
        if pos < s {
            out.push(Piece::Text(pos..s));
        }
        let end = e.min(to);
        let children = build(s, end, spans);
        out.push(Piece::Marked(i, children));
        if e > to {
            carry.push((to, e, i));
        }
        pos = end;
    }
    if pos < to {
        out.push(Piece::Text(pos..to));
    }
    // Remainders of spans cut at `to` go back in front of what is left, in order.
    if !carry.is_empty() {
        let rest: Vec<_> = carry.into_iter().chain(spans.by_ref()).collect();
        let mut rest = rest;
        crate::sort::sort_by(&mut rest, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        *spans = rest.into_iter().peekable();
    }
    out
}

/// Props of [`MarkedText`].
#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub marks: Vec<Mark>,
}

/// Renders `text` with `marks` as nested `<mark>` / `<q>` elements.
#[function_component(MarkedText)]
pub fn marked_text(props: &MarkedTextProps) -> Html {
    let pieces = layout(&props.text, &props.marks);
    render(&props.text, &props.marks, &pieces)
}

fn render(text: &str, marks: &[Mark], pieces: &[Piece]) -> Html {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(r) => html! { { text[r.clone()].to_string() } },
            Piece::Marked(i, children) => {
                let m = &marks[*i];
                let inner = render(text, marks, children);
                let title = m.title.clone();
                let id = m.id.clone();
                let testid = m.testid;
                match &m.kind {
                    MarkKind::Hit => html! {
                        <mark class="hit" {id} {title} data-testid={testid}>{ inner }</mark>
                    },
                    MarkKind::CurrentHit => html! {
                        <mark class="hit hit--current" {id} {title} data-testid={testid}>{ inner }</mark>
                    },
                    MarkKind::Quote { kind } => html! {
                        <q class={classes!("quote", format!("quote--{kind}"))} {id} {title}
                            aria-label={m.title.clone()} tabindex="0" data-testid={testid}>{ inner }</q>
                    },
                    MarkKind::CurrentQuote { kind } => html! {
                        <q class={classes!("quote", format!("quote--{kind}"), "quote--current")} {id} {title}
                            aria-label={m.title.clone()} tabindex="0" data-testid={testid}>{ inner }</q>
                    },
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(s: usize, e: usize) -> Mark {
        Mark::new(s, e, MarkKind::Hit)
    }

    #[test]
    fn no_marks_is_one_text_piece() {
        assert_eq!(layout("abc", &[]), vec![Piece::Text(0..3)]);
    }

    #[test]
    fn a_match_inside_a_quote_nests() {
        // “We will not wait forever,” Mr. Lavrov said.
        let text = "We will not wait forever, Mr. Lavrov said.";
        let marks = [
            Mark::new(0, 25, MarkKind::Quote { kind: "direct" }),
            hit(12, 16),
        ];
        assert_eq!(
            layout(text, &marks),
            vec![
                Piece::Marked(
                    0,
                    vec![
                        Piece::Text(0..12),
                        Piece::Marked(1, vec![Piece::Text(12..16)]),
                        Piece::Text(16..25)
                    ]
                ),
                Piece::Text(25..42),
            ]
        );
    }

    #[test]
    fn a_crossing_span_is_cut_at_its_parents_end() {
        let marks = [hit(0, 5), hit(3, 8)];
        assert_eq!(
            layout("0123456789", &marks),
            vec![
                Piece::Marked(
                    0,
                    vec![Piece::Text(0..3), Piece::Marked(1, vec![Piece::Text(3..5)])]
                ),
                Piece::Marked(1, vec![Piece::Text(5..8)]),
                Piece::Text(8..10),
            ]
        );
    }

    #[test]
    fn out_of_range_and_mid_char_offsets_are_safe() {
        let text = "Россия";
        let pieces = layout(text, &[hit(1, 100), hit(7, 3)]);
        assert_eq!(pieces, vec![Piece::Marked(0, vec![Piece::Text(0..12)])]);
    }
}
