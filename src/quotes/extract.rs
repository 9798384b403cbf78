//! From a paragraph's quotations and reporting constructions to extracted items: direct
//! and partial quotes, reported (indirect) clauses, each with what names its speaker.
//!
//! Decisions, in order, for each quotation:
//! 1. inside a report's content it is that report's words (the innermost report wins);
//!    a content that is only the quotation (apart from `that`, `to`, an article) adds no
//!    indirect item, otherwise the content is also an indirect item (mixed quotation);
//! 2. after a noun that introduces a title (`the film “…”`, `titled “…”`) it is a title,
//!    not speech;
//! 3. a fragment after a reporting verb in the same clause is that speaker's wording
//!    (`Zelensky denied any “misunderstandings”`, `what officials call the “…”`);
//! 4. after `the phrase` / `the term` it is the wording of the clause's subject;
//! 5. a quotation that is a sentence on its own continues the previous speaker;
//! 6. anything else is a scare quote or a term of art: not speech.

use std::ops::Range;

use super::lexicon::class::*;
use super::mention::{self, Mention};
use super::para::Para;
use super::report::{self, Frame, Report};
use super::QuoteKind;

/// Longest sentence read for attributions, in units (words, punctuation, quotations).
const MAX_SENTENCE_UNITS: usize = 400;

/// Who an item is attributed to, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SpeakerRef {
    /// A phrase in the text.
    Said(Mention),
    /// No attribution of its own: the previous item's speaker.
    Previous,
    /// No speaker can be named.
    Unknown,
}

/// One extracted quotation or reported clause, in paragraph coordinates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub paragraph: usize,
    /// Clean byte range in the paragraph.
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: SpeakerRef,
    /// A role given beside the speaker (an appositive).
    pub role: Option<String>,
    pub cue: Option<String>,
    /// Not a quote: a speaker named by a reporting verb with nothing quoted
    /// (`Rayner wrote about …`), kept so that a later `she` can find them.
    pub silent: bool,
}

fn cue_text(p: &Para, r: &Report) -> Option<String> {
    let parts: Vec<&str> = r
        .cue
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| p.text_of(c.clone()))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" ... "))
}

/// The speaker phrase of `according to X`: a published source is named by its publisher
/// (`recent polling from the Convention of States Action` → the Convention …).
fn source_mention(p: &Para, r: Range<usize>, lo: usize) -> Option<Mention> {
    let text = p.text_of(r.clone()).to_string();
    let mut range = r.clone();
    if let Some(k) = r.clone().find(|&k| p.is(k, SOURCE) && !p.cap(k)) {
        if p.is_word(k + 1, "from") || p.is_word(k + 1, "by") {
            range = k + 2..r.end;
        } else {
            range = r.start..k + 1;
        }
    }
    let mut m = mention::parse(p, range, lo)?;
    m.text = text;
    Some(m)
}

fn speaker_of(p: &Para, r: &Report, lo: usize) -> SpeakerRef {
    let Some(s) = r.subject.clone() else {
        return SpeakerRef::Unknown;
    };
    let m = if r.frame == Frame::According {
        source_mention(p, s, lo)
    } else {
        mention::parse(p, s, lo)
    };
    m.map_or(SpeakerRef::Unknown, SpeakerRef::Said)
}

/// Whether content `c` is one quotation apart from `that`, `to` or an article and
/// trailing punctuation.
fn quote_only(p: &Para, c: &Range<usize>) -> bool {
    let mut units = c.clone().filter(|&u| !p.is_punctuation(u));
    let mut first = units.next();
    while let Some(u) = first {
        if p.is_word(u, "that") || p.is_word(u, "to") || p.is(u, DET) {
            first = units.next();
        } else {
            break;
        }
    }
    matches!(first, Some(u) if p.quote(u).is_some()) && units.next().is_none()
}

/// Direct when the quotation opens its sentence (or follows a colon, or `said,`) and starts
/// with a capital; partial when it is part of the author's sentence.
fn quote_kind(p: &Para, q: usize, lo: usize) -> QuoteKind {
    let Some(qi) = p.quote(q) else {
        return QuoteKind::Partial;
    };
    let inner = &p.text[p.quotes[qi].inner.clone()];
    let capital = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '…');
    let opens = match q.checked_sub(1).filter(|&k| k >= lo) {
        None => true,
        Some(k) => {
            p.is_punct(k, ':')
                || (p.is_punct(k, ',') && k > lo && p.lex(k - 1).verb.is_some())
                || (lo..q).all(|u| p.is_punctuation(u) || p.is(u, CONJ))
        }
    };
    if capital && opens {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// A title, a name or a scare quote by its introducer: a title noun (`the book “…”`,
/// `titled “…”`, `her memoir, “…”`), `known as`, `so-called`; unless the introducer is the
/// verb of a report (`officials called it “…”`).
fn title_before(p: &Para, q: usize, lo: usize, reports: &[Report]) -> bool {
    let mut k = q;
    while k > lo && (p.is(k - 1, DET) || p.is_punct(k - 1, ',')) {
        k -= 1;
    }
    let Some(t) = k.checked_sub(1).filter(|&t| t >= lo) else {
        return false;
    };
    let known_as = p.is_word(t, "as") && t > lo && p.is_word(t - 1, "known");
    (p.is(t, TITLE_NOUN) || known_as)
        && !p.is(t, PHRASE_NOUN)
        && !reports.iter().any(|r| r.verb == t && r.subject.is_some())
}

/// The nearest report before the quotation in the same clause whose speaker can own a
/// quoted fragment.
fn fragment_owner(p: &Para, q: usize, reports: &[Report]) -> Option<usize> {
    let (ri, r) = reports
        .iter()
        .enumerate()
        .rev()
        .find(|(_, r)| r.verb < q && r.subject.is_some())?;
    if q - r.verb > 16 {
        return None;
    }
    let blocked =
        (r.verb + 1..q).any(|k| p.is_stop(k) || p.is(k, HYPOTHETICAL) || p.quote(k).is_some());
    (!blocked).then_some(ri)
}

/// `the phrase “…”`: the subject of the clause the phrase is in.
fn phrase_owner(p: &Para, q: usize, lo: usize) -> Option<Mention> {
    let mut k = q;
    while k > lo && p.is(k - 1, DET) {
        k -= 1;
    }
    let t = k.checked_sub(1).filter(|&t| t >= lo)?;
    if !p.is(t, PHRASE_NOUN) {
        return None;
    }
    let np = report::clause_subject(p, lo, t)?;
    mention::parse(p, np, lo)
}

/// The items of one paragraph, in text order.
pub(crate) fn paragraph_items(p: &Para, paragraph: usize) -> Vec<Item> {
    let mut items = Vec::new();
    for sent in &p.sents {
        let lo = sent.start;
        // A "sentence" of hundreds of words is not prose (a table, a list, a run-on scrape):
        // no attribution is read in it, which also bounds the work on hostile input.
        if sent.len() > MAX_SENTENCE_UNITS {
            continue;
        }
        let reports = report::find(p, sent.clone());
        silent_speakers(p, paragraph, lo, &reports, &mut items);
        // The innermost report whose content holds each quotation.
        let mut owner: Vec<(usize, usize)> = Vec::new();
        for (ri, r) in reports.iter().enumerate() {
            let Some(c) = r.content.clone() else { continue };
            if r.frame == Frame::Fragment {
                continue;
            }
            for u in c.clone().filter(|&u| p.quote(u).is_some()) {
                match owner.iter_mut().find(|(q, _)| *q == u) {
                    Some(slot) => {
                        // `according to X` names the source of everything in its clause;
                        // otherwise the innermost report's speaker said the words.
                        let holder = &reports[slot.1];
                        let current = holder.content.as_ref().map_or(usize::MAX, |c| c.len());
                        let wins = if holder.frame == Frame::According {
                            false
                        } else {
                            r.frame == Frame::According || c.len() < current
                        };
                        if wins {
                            slot.1 = ri;
                        }
                    }
                    None => owner.push((u, ri)),
                }
            }
            if !quote_only(p, &c) {
                items.push(Item {
                    paragraph,
                    span: p.span_of(c),
                    kind: QuoteKind::Indirect,
                    speaker: speaker_of(p, r, lo),
                    role: r.role.clone().map(|x| p.text_of(x).to_string()),
                    cue: cue_text(p, r),
                    silent: false,
                });
            }
        }
        for (ri, r) in reports.iter().enumerate() {
            for &u in &r.extra_quotes {
                if !owner.iter().any(|(q, _)| *q == u) {
                    owner.push((u, ri));
                }
            }
        }
        for u in sent.clone() {
            let Some(qi) = p.quote(u) else { continue };
            let span = p.quotes[qi].inner.clone();
            if title_before(p, u, lo, &reports) {
                continue;
            }
            let claimed = owner.iter().find(|(q, _)| *q == u).map(|&(_, ri)| ri);
            let ri = claimed.or_else(|| fragment_owner(p, u, &reports));
            if let Some(ri) = ri {
                let r = &reports[ri];
                // The second half of a split quote is direct even when it starts lowercase.
                let kind = if r.extra_quotes.contains(&u) {
                    QuoteKind::Direct
                } else {
                    quote_kind(p, u, lo)
                };
                items.push(Item {
                    paragraph,
                    span,
                    kind,
                    speaker: speaker_of(p, r, lo),
                    role: r.role.clone().map(|x| p.text_of(x).to_string()),
                    cue: cue_text(p, r),
                    silent: false,
                });
            } else if let Some(m) = phrase_owner(p, u, lo) {
                items.push(Item {
                    paragraph,
                    span,
                    kind: QuoteKind::Partial,
                    speaker: SpeakerRef::Said(m),
                    role: None,
                    cue: None,
                    silent: false,
                });
            } else if sent.clone().all(|k| k == u || p.is_punctuation(k)) {
                items.push(Item {
                    paragraph,
                    span,
                    kind: QuoteKind::Direct,
                    speaker: SpeakerRef::Previous,
                    role: None,
                    cue: None,
                    silent: false,
                });
            }
        }
    }
    crate::sort::sort_by_key(&mut items, |i| (i.span.start, i.span.end));
    items
}

/// Speakers of reporting verbs that report nothing quotable, as silent items.
fn silent_speakers(
    p: &Para,
    paragraph: usize,
    lo: usize,
    reports: &[Report],
    items: &mut Vec<Item>,
) {
    for r in reports.iter().filter(|r| r.frame == Frame::Fragment) {
        let Some(s) = r.subject.clone() else { continue };
        if let SpeakerRef::Said(m) = speaker_of(p, r, lo) {
            items.push(Item {
                paragraph,
                span: p.span_of(s),
                kind: QuoteKind::Partial,
                speaker: SpeakerRef::Said(m),
                role: None,
                cue: None,
                silent: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<(QuoteKind, String, String)> {
        let p = Para::new(text);
        paragraph_items(&p, 0)
            .into_iter()
            .filter(|i| !i.silent)
            .map(|i| {
                let who = match i.speaker {
                    SpeakerRef::Said(m) => m.text,
                    SpeakerRef::Previous => "<previous>".into(),
                    SpeakerRef::Unknown => "<unknown>".into(),
                };
                (i.kind, text[i.span].to_string(), who)
            })
            .collect()
    }

    #[test]
    fn split_quote_gives_two_direct_quotes() {
        let got = items("“We will not wait forever,” Mr. Lavrov said. “Our patience has run out…Everyone understands that the situation is not improving.”");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            (
                QuoteKind::Direct,
                "We will not wait forever,".into(),
                "Mr. Lavrov".into()
            )
        );
        assert_eq!(got[1].0, QuoteKind::Direct);
        assert_eq!(got[1].2, "<previous>");
    }

    #[test]
    fn mixed_quotation_gives_an_indirect_clause_and_a_partial_quote() {
        let got = items("The situation in Eastern Europe is “now at a stage where Russia could at any point launch an attack in Ukraine,” White House press secretary Jen Psaki said on Wednesday.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, QuoteKind::Indirect);
        assert!(got[0]
            .1
            .starts_with("The situation in Eastern Europe is “now"));
        assert_eq!(got[1].0, QuoteKind::Partial);
        assert_eq!(got[1].2, "White House press secretary Jen Psaki");
    }

    #[test]
    fn whole_clause_in_quotes_after_that_is_only_a_partial_quote() {
        let got = items("Ahead of their talks, Kremlin spokesman Dmitry Peskov said that “the negotiations are being conducted with one goal – to reach a compromise, taking into account the red lines of each side”.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, QuoteKind::Partial);
        assert!(got[0].1.ends_with("of each side"));
    }

    #[test]
    fn scare_quotes_are_not_speech() {
        assert!(items(
            "Thus, Putin and Biden paved the way for future talks on “strategic stability”."
        )
        .is_empty());
        assert!(items("In fact, many points of Russia’s “ultimatum” to the United States on December 17 are just a list of concessions Moscow is prepared to make if Washington promises there will be no NATO expansion to the East.").is_empty());
    }

    #[test]
    fn fragment_after_a_reporting_verb_is_partial_speech() {
        let got = items("2022 represents what Russian officials call the “moment of truth” for relations between Russia and the United States.");
        assert_eq!(
            got,
            vec![(
                QuoteKind::Partial,
                "moment of truth".into(),
                "Russian officials".into()
            )]
        );
        let got = items(
            "Yet the Kremlin insists on the “legally binding guarantees” of its Western partners.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "the Kremlin");
    }

    #[test]
    fn quoted_titles_are_not_speech() {
        assert!(items("She reviewed the film “Don’t Look Up” for the magazine.").is_empty());
    }

    #[test]
    fn the_phrase_names_its_user() {
        let got = items("While senior U.S. officials often like to invoke the phrase \"all options are on the table,\" this simply isn't the case with Ukraine.");
        assert_eq!(
            got,
            vec![(
                QuoteKind::Partial,
                "all options are on the table,".into(),
                "senior U.S. officials".into()
            )]
        );
    }

    #[test]
    fn unbalanced_quote_stays_within_its_paragraph() {
        let text = "“We will never accept this, the minister said. Talks continued for hours.";
        let p = Para::new(text);
        for i in paragraph_items(&p, 0) {
            assert!(i.span.end <= text.len());
        }
    }
}
