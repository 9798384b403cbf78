//! Reporting constructions in one of the author's sentences: who reports, with which
//! verb, and which words are the reported content.
//!
//! Shapes recognised (each with a unit test below, on real sentences):
//! - `X said (that) CLAUSE`, `X warned Y that CLAUSE`, `X made it clear that CLAUSE`,
//!   `X is insistent that CLAUSE`, `X said: “…”`;
//! - directives: `X urged / called on / asked Y to VP`;
//! - secondary predication: `X described Y as Z`;
//! - `according to X, CLAUSE` and `CLAUSE, according to X`;
//! - postposed attribution: `CLAUSE, X said.`, `“…,” X said.`, `“…,” said X, a former …`;
//! - coordinated and participial reports that take the subject of their clause
//!   (`said … but added that`, `…, adding that`, `with Blinken adding that`).
//!
//! Speech under a modal, a negation or `if` is not reported as made, passives
//! (`It should be noted that`) have no speaker, and a verb after a determiner is a noun
//! (`a warning`, `its demands`).

use std::ops::Range;

use super::lexicon::{class::*, frame, Form, VerbUse};
use super::mention::{appositive, is_head, np_back, np_fwd};
use super::para::Para;

/// How the content relates to the reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// `X said (that) CLAUSE` and kin; the content follows the verb.
    Clause,
    /// `X urged Y to VP`: the content is the infinitive, `to` included.
    Directive,
    /// `X described Y as Z`: the content is Z.
    As,
    /// `according to X`: the content is the clause the phrase attaches to.
    According,
    /// `CLAUSE, X said.`: the content precedes the attribution.
    Postposed,
    /// A speaker and a verb with no content of their own: they can only attribute a quoted
    /// fragment that follows (`Zelensky denied any “misunderstandings”`).
    Fragment,
}

/// One reporting construction.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub frame: Frame,
    /// The verb (or `according`).
    pub verb: usize,
    /// Units that make up the cue, in order (more than one range: `described ... as`).
    pub cue: Vec<Range<usize>>,
    /// The phrase naming the speaker.
    pub subject: Option<Range<usize>>,
    /// An appositive giving the speaker's role (`a former defense official`).
    pub role: Option<Range<usize>>,
    /// The reported content.
    pub content: Option<Range<usize>>,
    /// First unit of this report's own words: an earlier report's content stops here.
    pub zone: usize,
    /// The report whose content this one's speaker opens (`told CNN that Biden disagreed,
    /// telling Zelensky that …`): a report nested inside another.
    pub nested_in: Option<usize>,
    /// The subject sits in a sentence-initial subordinate clause (`While X said Y, …`).
    pub subordinate: bool,
    /// Quotes attributed after the verb (`“A,” he said, “B.”`).
    pub extra_quotes: Vec<usize>,
}

/// The auxiliaries and adverbs before a verb.
#[derive(Debug, Default, Clone, Copy)]
struct Aux {
    start: usize,
    be: bool,
    have: bool,
    modal: bool,
    neg: bool,
    to: bool,
}

fn aux_chain(p: &Para, lo: usize, v: usize) -> Aux {
    let mut a = Aux {
        start: v,
        ..Aux::default()
    };
    while a.start > lo {
        let k = a.start - 1;
        let Some(w) = p.word(k) else { break };
        if p.cap(k) && k != lo {
            break;
        }
        let e = p.lex(k);
        if w.eq_ignore_ascii_case("to") {
            a.to = true;
            a.start = k;
            break;
        }
        if e.is(NEG) || w.ends_with("n’t") || w.ends_with("n't") {
            a.neg = true;
        } else if e.is(MODAL) {
            a.modal = true;
        } else if e.is(BE) {
            a.be = true;
        } else if e.is(HAVE) {
            a.have = true;
        } else if e.is(DO) || (e.is(ADV) && !e.is(TIME)) || p.is_ly_adverb(k) {
        } else {
            break;
        }
        a.start = k;
    }
    a
}

/// Nouns for where something was said (`in an interview`, `at a briefing`).
const VENUES: &[&str] = &[
    "interview",
    "statement",
    "tweet",
    "post",
    "briefing",
    "speech",
    "conference",
    "address",
    "remarks",
    "letter",
    "email",
    "message",
    "video",
    "broadcast",
    "call",
    "conversation",
    "meeting",
    "hearing",
    "session",
    "op-ed",
    "column",
    "podcast",
    "television",
    "radio",
    "twitter",
    "facebook",
    "telegram",
    "x",
    "session",
    "release",
    "report",
    "note",
];

/// Length of a time expression at `i` (`on Friday`, `this Sunday`, `earlier this month`,
/// `on December 4`), or 0.
fn time_len(p: &Para, i: usize, hi: usize) -> usize {
    let mut j = i;
    let leaders = [
        "on", "in", "at", "since", "until", "by", "during", "over", "earlier", "later",
    ];
    if j < hi && leaders.iter().any(|w| p.is_word(j, w)) {
        j += 1;
    }
    let mut nouns = 0;
    while j < hi {
        let numeric = p
            .word(j)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if p.is(j, TIME) && !p.is_possessive(j) || numeric {
            nouns += 1;
        } else if [
            "the", "this", "last", "next", "past", "early", "late", "earlier", "later", "of",
        ]
        .iter()
        .any(|w| p.is_word(j, w))
        {
        } else {
            break;
        }
        j += 1;
    }
    while j > i && nouns > 0 && (p.is_word(j - 1, "of") || p.is(j - 1, DET)) {
        j -= 1;
    }
    if nouns > 0 {
        j - i
    } else {
        0
    }
}

/// Length of a venue phrase at `i` (`in an interview`, `on Twitter`), or 0.
fn venue_len(p: &Para, i: usize, hi: usize) -> usize {
    if !(p.is_word(i, "in") || p.is_word(i, "on") || p.is_word(i, "at") || p.is_word(i, "during")) {
        return 0;
    }
    let mut j = i + 1;
    while j < hi && j - i <= 5 {
        if let Some(w) = p.word(j) {
            if VENUES.iter().any(|v| w.eq_ignore_ascii_case(v)) {
                return j + 1 - i;
            }
            if p.is(j, DET | POSS) || is_plain_modifier(p, j) {
                j += 1;
                continue;
            }
        }
        break;
    }
    0
}

fn is_plain_modifier(p: &Para, u: usize) -> bool {
    p.word(u).is_some()
        && !p.cap(u)
        && p.lex(u).class & !(MODIFIER | ROLE | GROUP) == 0
        && p.lex(u).verb.is_none()
        || p.is(u, MODIFIER)
}

/// Skips adverbs, time expressions and venues after a verb.
fn skip_adverbials(p: &Para, mut i: usize, hi: usize) -> usize {
    while i < hi {
        if (p.is(i, ADV) && !p.is(i, TIME | PREP)) || p.is_ly_adverb(i) {
            i += 1;
            continue;
        }
        let t = time_len(p, i, hi);
        if t > 0 {
            i += t;
            continue;
        }
        let v = venue_len(p, i, hi);
        if v > 0 {
            i += v;
            continue;
        }
        // A place or a platform: `in Geneva`, `at the United Nations`, `on Truth Social`.
        if p.is_word(i, "in") || p.is_word(i, "at") || p.is_word(i, "on") {
            let mut j = i + 1;
            if p.is_word(j, "the") {
                j += 1;
            }
            let first = j;
            while j < hi && j - first < 4 && p.cap(j) && !p.is(j, TIME) && !p.is_possessive(j) {
                j += 1;
            }
            if j > first {
                i = j;
                continue;
            }
        }
        break;
    }
    i
}

/// Whether a word looks like a finite verb (for recognising a clause without `that`).
fn finite_like(p: &Para, k: usize) -> bool {
    let Some(w) = p.word(k) else { return false };
    if p.cap(k) {
        return false;
    }
    let e = p.lex(k);
    if e.is(BE | HAVE | MODAL | DO | FINITE) || w.contains("n’t") || w.contains("n't") {
        return true;
    }
    if let Some(v) = e.verb {
        if matches!(v.form, Form::Past | Form::ThirdPerson) {
            return true;
        }
    }
    if e.class == 0 && w.len() > 3 && w.ends_with("ed") {
        return true;
    }
    // Third person `-s` right after a name or a singular pronoun (`the Kremlin knows`), or
    // right before its object's determiner (`… raises the question`).
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && e.class & !(FINITE) == 0
        && k > 0
        && (p.cap(k - 1)
            || p.is_word(k - 1, "he")
            || p.is_word(k - 1, "she")
            || p.is_word(k - 1, "it")
            || p.is(k + 1, DET | POSS))
}

/// Whether a content clause (without `that`) starts at `i`.
fn clause_starts(p: &Para, i: usize, hi: usize) -> bool {
    if i >= hi {
        return false;
    }
    if p.quote(i).is_some() {
        return true;
    }
    let Some(w) = p.word(i) else { return false };
    let e = p.lex(i);
    let starts = (e.is(PRON) && !e.is(PRON_OBJ) || p.is_word(i, "it"))
        || w.eq_ignore_ascii_case("there")
        || w == "I"
        || e.is(DET | QUANT | POSS) && !p.is_word(i, "that")
        || (p.cap(i) && !e.is(PREP | SUBORD | CONJ | TIME | REL | ADV))
        || w.starts_with(|c: char| c.is_ascii_digit());
    if !starts {
        // A bare noun subject (`said wage growth had been healthy`) needs its verb right
        // after it, or it is the verb's object (`announced new measures`).
        return np_fwd(p, i, hi).is_some_and(|np| {
            let mut k = np.end;
            while k < hi && (p.is(k, ADV) || p.is_ly_adverb(k)) {
                k += 1;
            }
            k < hi && finite_like(p, k) && !p.lex(k).verb.is_some_and(|v| v.form == Form::Ing)
        });
    }
    // The first verb after `that` / `which` / `who` belongs to a relative clause
    // (`announced a new plan that would cut jobs` has no clause of its own).
    let mut relative = false;
    let mut after_relative_verb = false;
    for k in i + 1..hi.min(i + 16) {
        // The clause ends at a stop, or at `, but` / `, and` where another clause begins.
        if p.is_stop(k) || (p.is(k, CONJ) && p.is_punct(k - 1, ',')) {
            break;
        }
        if p.quote(k).is_some() {
            return true;
        }
        if p.is(k, REL) {
            relative = true;
            after_relative_verb = false;
        } else if finite_like(p, k) {
            if !relative {
                return true;
            }
            // Past the relative clause's own verb, only an unmistakable finite verb is the
            // clause's: an auxiliary (not after `to`) or `-s` before a determiner.
            let strong = (p.is(k, BE | HAVE | MODAL | DO) && !p.is_word(k - 1, "to"))
                || p.word(k).is_some_and(|w| w.ends_with('s')) && p.is(k + 1, DET | POSS);
            if after_relative_verb && strong {
                return true;
            }
            after_relative_verb = true;
        }
    }
    false
}

/// Whether unit `u` can start an infinitive after `to` (`to heed`, `to “calm down …”`).
fn infinitive_at(p: &Para, u: usize) -> bool {
    if p.quote(u).is_some() {
        return true;
    }
    p.word(u).is_some()
        && !p.cap(u)
        && !p.is(
            u,
            DET | QUANT | POSS | PRON | PRON_OBJ | PREP | TIME | CONJ | REL,
        )
        && !p
            .word(u)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Where a report's own words begin, given its first unit: back over a short adverbial
/// to the comma or conjunction that joins it to what precedes.
fn zone_of(p: &Para, lo: usize, first: usize) -> usize {
    for back in 1..=6 {
        let Some(k) = first.checked_sub(back) else {
            break;
        };
        if k < lo || p.quote(k).is_some() || p.is_stop(k) {
            break;
        }
        if p.is_punct(k, ',') || p.is_punct(k, ';') || p.is_dash(k) {
            return k;
        }
        if p.is(k, CONJ) {
            return if k > lo && p.is_punct(k - 1, ',') {
                k - 1
            } else {
                k
            };
        }
    }
    first
}

/// A phrase that ends before a parenthetical before the verb: `Lavrov, who …, added`,
/// `Jeffrey Edmonds, a former adviser, said`, `Washington, meanwhile, is`.
fn paren_subject(
    p: &Para,
    lo: usize,
    comma: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut j = comma;
    loop {
        j = j.checked_sub(1)?;
        if j < lo || p.quote(j).is_some() || p.is_stop(j) || comma - j > 24 {
            return None;
        }
        if p.is_punct(j, ',') {
            break;
        }
    }
    let f = j + 1;
    if f >= comma {
        return None;
    }
    let mut role = None;
    // `Labour's shadow home secretary, Yvette Cooper, said`: a name in apposition to a
    // role is the speaker, and the phrase before it their role.
    let name_only = comma - f <= 4
        && (f..comma).all(|k| p.cap(k) && !p.is(k, DET | PREP | CONJ | SUBORD | ADV));
    if name_only {
        if let Some(before) = np_back(p, lo, j) {
            if p.is(before.end - 1, ROLE) && !p.cap(before.end - 1) {
                return Some((f..comma, Some(before)));
            }
        }
    }
    if p.is(f, REL) && (p.is_word(f, "who") || p.is_word(f, "which")) {
    } else if p.is(f, DET) && !p.is_word(f, "this") && !p.is_word(f, "that")
        || p.is_word(f, "former")
        || (p.is(f, ROLE) && !p.cap(f))
    {
        let (r, _) = appositive(p, j, comma + 1)?;
        role = Some(r);
    } else if comma - f <= 3
        && (f..comma).all(|k| {
            !p.is(k, BE | HAVE | MODAL)
                && p.lex(k).verb.is_none()
                && (p.cap(k)
                    || p.word(k)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                    || p.is_punctuation(k))
        })
    {
        // `Smith, 44, said`, `Chuck Schumer, D-N.Y., told`: an age or a party code.
    } else if comma - f <= 3
        && (f..comma).all(|k| {
            p.is(k, ADV)
                || p.is_ly_adverb(k)
                || p.is_word(k, "however")
                || p.is(k, PREP | DET | POSS)
                || p.is_word(k, "example")
                || p.is_word(k, "part")
                || p.is_word(k, "turn")
        })
    {
    } else {
        return None;
    }
    let np = np_back(p, lo, j)?;
    Some((np, role))
}

/// A speaker phrase starting at `s` and followed by something verb-like.
fn subject_at(p: &Para, s: usize, limit: usize) -> Option<Range<usize>> {
    if s >= limit
        || p.quote(s).is_some()
        || p.is(s, SUBORD | PREP | CONJ | REL | ADV)
        || p.is_punctuation(s)
    {
        return None;
    }
    let np = np_fwd(p, s, limit)?;
    let after = np.end;
    let verbish = after < limit
        && (p.is_punct(after, ',')
            || p.is(after, BE | HAVE | MODAL | DO | ADV | NEG | FINITE)
            || p.lex(after).verb.is_some()
            || p.is_ly_adverb(after)
            || finite_like(p, after));
    (verbish && is_head(p, np.end - 1) && !p.is(np.end - 1, PRON_OBJ)).then_some(np)
}

/// The subject of the sentence's main clause, for coordinated and participial reports:
/// the first speaker phrase at a clause start that is followed by a verb.
fn main_subject(p: &Para, lo: usize, limit: usize) -> Option<Range<usize>> {
    std::iter::once(lo)
        .chain((lo..limit).filter(|&k| p.is_punct(k, ',')).map(|k| k + 1))
        .find_map(|s| subject_at(p, s, limit))
}

/// The subject of the clause that contains unit `at`: the last speaker phrase before it
/// that opens a clause (at the sentence start, after a comma or a subordinating word).
pub(crate) fn clause_subject(p: &Para, lo: usize, at: usize) -> Option<Range<usize>> {
    (lo..at)
        .rev()
        .filter(|&s| s == lo || p.is_punct(s - 1, ',') || p.is(s - 1, SUBORD))
        .find_map(|s| subject_at(p, s, at))
}

/// Whether units from `start` are `NP [adverbs] VERB` ending right before `end`
/// (`Biden disagreed,`): a short clause a participle can hang on.
fn short_clause(p: &Para, start: usize, end: usize) -> Option<Range<usize>> {
    let np = np_fwd(p, start, end)?;
    let mut k = np.end;
    while k < end && (p.is(k, ADV) || p.is_ly_adverb(k)) {
        k += 1;
    }
    (k + 1 == end && finite_like(p, k) && is_head(p, np.end - 1)).then_some(np)
}

/// What follows a verb: where the content starts and in which frame.
struct After {
    frame: Frame,
    start: usize,
    /// The cue's extra units: a particle (`called on`) or `as` (`described ... as`).
    cue_extra: Option<Range<usize>>,
    /// Cue continues through the recipient (`told reporters`).
    cue_end: usize,
}

fn content_after(p: &Para, v: usize, hi: usize, vu: VerbUse) -> Option<After> {
    let f = vu.frames;
    let mut i = v + 1;
    let mut cue_end = v + 1;
    let mut directive_ok = f & frame::DIRECTIVE != 0;
    if vu.lemma == "call" {
        directive_ok = false;
        if p.is_word(i, "on") || p.is_word(i, "upon") {
            directive_ok = true;
            i += 1;
            cue_end = i;
        }
    } else if vu.lemma == "insist" && p.is_word(i, "on") {
        // `insists on` takes a noun phrase: it can only own a quoted fragment.
        return None;
    }
    i = skip_adverbials(p, i, hi);
    let clause_ok = f & (frame::CLAUSE | frame::RECIPIENT) != 0;
    let found = |frame: Frame, start: usize| After {
        frame,
        start,
        cue_extra: None,
        cue_end,
    };
    if clause_ok && p.is_word(i, "that") && i + 1 < hi {
        return Some(found(Frame::Clause, i + 1));
    }
    if f & frame::CLAUSE != 0 {
        if p.quote(i).is_some() {
            return Some(found(Frame::Clause, i));
        }
        if (p.is_punct(i, ':') || p.is_punct(i, ',')) && p.quote(i + 1).is_some() {
            return Some(found(Frame::Clause, i + 1));
        }
    }
    if f & (frame::RECIPIENT | frame::DIRECTIVE) != 0
        || (f & frame::CLAUSE != 0 && p.is_word(i, "to"))
    {
        let o_start = if p.is_word(i, "to") && !directive_ok {
            i + 1
        } else {
            i
        };
        if let Some(o) = np_fwd(p, o_start, hi) {
            let j = skip_adverbials(p, o.end, hi);
            let recipient_words = p.is(o.end - 1, GROUP) && o.len() == 1;
            let cue_end = if recipient_words { o.end } else { cue_end };
            let found = |frame: Frame, start: usize| After {
                frame,
                start,
                cue_extra: None,
                cue_end,
            };
            if clause_ok && p.is_word(j, "that") {
                return Some(found(Frame::Clause, j + 1));
            }
            if directive_ok && p.is_word(j, "to") && infinitive_at(p, j + 1) {
                return Some(found(Frame::Directive, j));
            }
            if f & frame::RECIPIENT != 0 {
                if (p.is_punct(j, ':') || p.is_punct(j, ',')) && p.quote(j + 1).is_some() {
                    return Some(found(Frame::Clause, j + 1));
                }
                if vu.lemma == "tell" && clause_starts(p, j, hi) {
                    return Some(found(Frame::Clause, j));
                }
            }
            if recipient_words && j >= hi.saturating_sub(1) {
                // `told reporters Thursday.`: no content here; the cue keeps its recipient.
                return None;
            }
        }
    }
    if f & frame::AS != 0 {
        for k in i + 1..hi.min(i + 18) {
            if p.is_stop(k) || p.quote(k).is_some() || p.is_punct(k, ',') {
                break;
            }
            if p.is_word(k, "as") && k + 1 < hi {
                return Some(After {
                    frame: Frame::As,
                    start: k + 1,
                    cue_extra: Some(k..k + 1),
                    cue_end,
                });
            }
        }
    }
    // Verbs that mostly take a noun phrase take a clause without `that` only when it opens
    // with a pronoun (`denied he had`, `announced it would`).
    let pronoun_start = p.is(i, PRON) && !p.is(i, POSS) || p.is_word(i, "there");
    if f & frame::CLAUSE != 0
        && (f & frame::THAT_ONLY == 0 || pronoun_start)
        && clause_starts(p, i, hi)
    {
        return Some(found(Frame::Clause, i));
    }
    None
}

/// Whether a postposed attribution can end at verb `v`: nothing but adverbials, a time or
/// circumstance phrase (`said after meeting …`), a comma or the sentence end follows
/// (`Rayner wrote about growing up …` is not an attribution).
fn ends_attribution(p: &Para, v: usize, hi: usize, recipient: bool) -> bool {
    let mut k = skip_adverbials(p, v + 1, hi);
    // `told CNN.`, `told the BBC on Monday.`
    if recipient {
        if let Some(o) = np_fwd(p, k, hi) {
            k = skip_adverbials(p, o.end, hi);
        }
    }
    let circumstance = [
        "after",
        "before",
        "during",
        "while",
        "following",
        "when",
        "in",
        "at",
        "on",
        "as",
        "to",
        "from",
        "via",
    ];
    k >= hi
        || p.is_stop(k)
        || p.is_punct(k, ',')
        || p.quote(k).is_some()
        || circumstance.iter().any(|w| p.is_word(k, w))
        || (p.is(k, GROUP) && k + 1 >= hi.saturating_sub(1))
}

/// Whether content `c` (before a postposed attribution) is something said: a quotation,
/// or a clause with a verb.
fn sayable(p: &Para, c: &Range<usize>) -> bool {
    c.clone().any(|k| p.quote(k).is_some() || finite_like(p, k))
}

/// The speaker phrase of a verb whose auxiliaries start at `a`.
enum Subject {
    /// A phrase before the verb; `postposable` when a comma or a quote precedes it.
    Before {
        np: Range<usize>,
        role: Option<Range<usize>>,
        postposable: bool,
    },
    /// `said X`: the phrase follows the verb.
    Inverted {
        np: Range<usize>,
        role: Option<Range<usize>>,
    },
    /// Coordinated or participial: the subject of another clause.
    Inherit,
}

/// Verbs that put the speaker after them in news attributions.
const INVERTING: &[&str] = &[
    "say", "add", "ask", "write", "explain", "recall", "reply", "note", "insist", "argue",
    "continue", "declare", "state",
];

fn subject_of(
    p: &Para,
    lo: usize,
    hi: usize,
    a: usize,
    v: usize,
    form: Form,
    lemma: &str,
) -> Option<Subject> {
    let mut b = a;
    // `Mr. Lavrov on Friday said`: a time expression between subject and verb.
    if b > lo && p.is(b - 1, TIME) && p.cap(b - 1) {
        b -= 1;
        if b > lo && (p.is_word(b - 1, "on") || p.is_word(b - 1, "in")) {
            b -= 1;
        }
    }
    let prev = b.checked_sub(1).filter(|&k| k >= lo)?;
    // `“…,” adding that`: a participle after a quotation hangs on the clause before it.
    if form == Form::Ing && p.quote(prev).is_some() {
        return Some(Subject::Inherit);
    }
    let inverted = |after: usize| -> Option<Subject> {
        // Only verbs of saying invert (`said Smith`, `asked the reporter`); `told X` and
        // `warned X` name the listener.
        if !INVERTING.contains(&lemma) {
            return None;
        }
        let np = np_fwd(p, after, hi)?;
        let role = appositive(p, np.end, hi).map(|(r, _)| r);
        Some(Subject::Inverted { np, role })
    };
    if p.quote(prev).is_some() {
        return inverted(v + 1);
    }
    if p.is_punct(prev, ',') {
        if prev > lo && p.quote(prev - 1).is_some() {
            return inverted(v + 1);
        }
        if let Some((np, role)) = paren_subject(p, lo, prev) {
            let postposable =
                np.start > lo && (p.is_punct(np.start - 1, ',') || p.quote(np.start - 1).is_some());
            return Some(Subject::Before {
                np,
                role,
                postposable,
            });
        }
        if matches!(form, Form::Past | Form::ThirdPerson) {
            if let Some(np) = np_fwd(p, v + 1, hi) {
                let after = appositive(p, np.end, hi).map_or(np.end, |(_, next)| next);
                if after >= hi || p.is_stop(after) || p.is_punct(after, ',') {
                    return inverted(v + 1);
                }
            }
        }
        return Some(Subject::Inherit);
    }
    if p.is(prev, CONJ) {
        return Some(Subject::Inherit);
    }
    let np = match np_back(p, lo, b) {
        Some(np) => np,
        // `A study published in Nature found`: a source noun with a participle after it.
        None => {
            let k = (b.saturating_sub(8).max(lo)..b).rev().find(|&k| {
                p.is(k, SOURCE)
                    && !p.cap(k)
                    && p.word(k + 1)
                        .is_some_and(|w| w.ends_with("ed") && !p.cap(k + 1))
            })?;
            np_back(p, lo, k + 1)?
        }
    };
    let np = if p.is(np.start, REL) {
        // `Lavrov, who …`: the relative pronoun stands for the phrase before its comma.
        let c = np
            .start
            .checked_sub(1)
            .filter(|&c| c > lo && p.is_punct(c, ','))?;
        np_back(p, lo, c)?
    } else {
        np
    };
    if np.start > lo && p.is(np.start - 1, HYPOTHETICAL) {
        return None;
    }
    // A phrase after a preposition is its object, not a subject (`negotiate on key Moscow
    // demands`); `with` opens an absolute clause (`with Blinken adding that`).
    if np.start > lo
        && p.is(np.start - 1, PREP)
        && !p.is(np.start - 1, SUBORD)
        && !(form == Form::Ing && p.is_word(np.start - 1, "with"))
    {
        return None;
    }
    let postposable =
        np.start > lo && (p.is_punct(np.start - 1, ',') || p.quote(np.start - 1).is_some());
    Some(Subject::Before {
        np,
        role: None,
        postposable,
    })
}

/// A report found before its content's end is known.
fn report(frame: Frame, verb: usize, cue: Vec<Range<usize>>, zone: usize) -> Report {
    Report {
        frame,
        verb,
        cue,
        subject: None,
        role: None,
        content: None,
        zone,
        nested_in: None,
        subordinate: false,
        extra_quotes: Vec::new(),
    }
}

/// `according to X`.
fn according(p: &Para, lo: usize, hi: usize, v: usize) -> Option<Report> {
    let src_start = v + 2;
    let mut src_end = src_start;
    while src_end < hi
        && !p.is_punct(src_end, ',')
        && !p.is_stop(src_end)
        && !p.is_dash(src_end)
        && p.quote(src_end).is_none()
        && src_end - src_start < 20
    {
        src_end += 1;
    }
    if src_end == src_start {
        return None;
    }
    let mut r = report(
        Frame::According,
        v,
        std::iter::once(v..v + 2).collect(),
        zone_of(p, lo, v),
    );
    r.subject = Some(src_start..src_end);
    let before_is_open =
        v == lo || p.is_dash(v - 1) || p.is_punct(v - 1, ';') || p.is_punct(v - 1, ':');
    // `According to Smith, a former official, the plan failed`: an appositive only when a
    // clause still follows it (`According to police, the suspect fled` has none).
    let (role, after) = match appositive(p, src_end, hi) {
        Some((role, next)) if !before_is_open || (next < hi && p.is_punct(next, ',')) => {
            (Some(role), next)
        }
        _ => (None, src_end),
    };
    r.role = role;
    let after_comma = if after < hi && p.is_punct(after, ',') {
        after + 1
    } else {
        after
    };
    if before_is_open {
        if after_comma < hi && !p.is_stop(after_comma) {
            r.content = Some(after_comma..hi);
        }
    } else {
        let mut end = v;
        while end > lo && (p.is_punct(end - 1, ',') || p.is_dash(end - 1)) {
            end -= 1;
        }
        // The clause starts after the last dash or semicolon before the phrase.
        let start = (lo..end)
            .rev()
            .find(|&k| p.is_dash(k) || p.is_punct(k, ';'))
            .map_or(lo, |k| k + 1);
        if end > start {
            r.content = Some(start..end);
        }
    }
    Some(r)
}

/// `made (it) (abundantly) clear (that)`, `is insistent that`.
fn stance(p: &Para, lo: usize, u: usize) -> Option<(usize, usize)> {
    let mut k = u;
    while k > lo && (p.is(k - 1, ADV) || p.is_ly_adverb(k - 1)) {
        k -= 1;
    }
    if p.is_word(u, "clear") {
        if k > lo && p.is_word(k - 1, "it") {
            k -= 1;
        }
        let make = k.checked_sub(1).filter(|&m| m >= lo)?;
        let w = p.word(make)?.to_ascii_lowercase();
        if !["made", "make", "makes", "making"].contains(&w.as_str()) {
            return None;
        }
        Some((make, u))
    } else {
        let be = k.checked_sub(1).filter(|&m| m >= lo && p.is(m, BE))?;
        Some((be, u))
    }
}

/// Finds the reporting constructions of sentence `sent` (a unit range of `p`).
pub(crate) fn find(p: &Para, sent: Range<usize>) -> Vec<Report> {
    let (lo, hi) = (sent.start, sent.end);
    let mut out: Vec<Report> = Vec::new();
    for v in lo..hi {
        if p.word(v).is_none() {
            continue;
        }
        if p.is_word(v, "according") && p.is_word(v + 1, "to") {
            if let Some(r) = according(p, lo, hi, v) {
                out.push(r);
            }
            continue;
        }
        // A verb, or the head of a stance phrase.
        let (vu, verb_first) = if let Some(vu) = p.lex(v).verb {
            if p.cap(v) && v != lo {
                continue;
            }
            (vu, v)
        } else if p.is_word(v, "clear") || p.is(v, STANCE_ADJ) {
            match stance(p, lo, v) {
                Some((first, _)) => (
                    VerbUse {
                        lemma: "state",
                        frames: frame::CLAUSE,
                        form: Form::Past,
                    },
                    first,
                ),
                None => continue,
            }
        } else {
            continue;
        };
        let aux = aux_chain(p, lo, verb_first);
        if aux.neg || aux.modal || aux.to {
            continue;
        }
        let stance_phrase = verb_first != v;
        match vu.form {
            Form::Past | Form::Participle if aux.be && !stance_phrase => continue,
            // A bare past participle is an adjective (`a formal, written guarantee`).
            Form::Participle if !aux.have => continue,
            Form::Past | Form::Participle if p.is_word(v + 1, "by") => continue,
            Form::Ing if !aux.be => {
                let prev = aux.start.checked_sub(1).filter(|&k| k >= lo);
                match prev {
                    Some(k) if p.is_punct(k, ',') || is_head(p, k) || p.quote(k).is_some() => {}
                    _ => continue,
                }
            }
            Form::Base if !stance_phrase => {
                let prev = aux.start.checked_sub(1).filter(|&k| k >= lo);
                let plural_subject = prev.is_some_and(|k| {
                    p.is(k, GROUP)
                        || ["they", "we", "you", "i"].iter().any(|w| p.is_word(k, w))
                        || (p.cap(k)
                            && !p.is_possessive(k)
                            && p.word(k).is_some_and(|w| w.ends_with('s')))
                });
                if !plural_subject {
                    continue;
                }
            }
            _ => {}
        }
        // A verb after a determiner is a noun (`a warning`, `its demands`).
        if aux.start > lo && p.is(aux.start - 1, DET | POSS) && !p.is(aux.start - 1, PRON) {
            continue;
        }
        let Some(subject) = subject_of(p, lo, hi, aux.start, verb_first, vu.form, vu.lemma) else {
            continue;
        };
        let after = content_after(p, v, hi, vu);
        // With no content after it, the cue still keeps a bare recipient (`told reporters`).
        let bare_recipient =
            vu.frames & frame::RECIPIENT != 0 && v + 1 < hi && p.is(v + 1, GROUP) && !p.cap(v + 1);
        let cue_end = after
            .as_ref()
            .map_or(if bare_recipient { v + 2 } else { v + 1 }, |a| {
                a.cue_end.max(v + 1)
            });
        let mut cue: Vec<Range<usize>> = std::iter::once(aux.start..cue_end).collect();
        if let Some(extra) = after.as_ref().and_then(|a| a.cue_extra.clone()) {
            cue.push(extra);
        }
        let mut r = report(Frame::Fragment, v, cue, aux.start);
        if let Some(a) = &after {
            r.frame = a.frame;
            r.content = Some(a.start..hi);
        }
        let source_only = vu.frames & frame::SOURCE_ONLY != 0;
        // Only verbs of saying stand after what was said (`…, officials said`).
        let can_postpose = vu.frames & (frame::CLAUSE | frame::RECIPIENT) != 0 && !source_only;
        match subject {
            Subject::Before {
                np,
                role,
                postposable,
            } => {
                r.zone = zone_of(p, lo, np.start);
                r.subordinate = p.is(lo, SUBORD) && !(lo..np.start).any(|k| p.is_punct(k, ','));
                // `“A,” Powell said, “and B.”`: the quote after the verb continues the
                // first; both are attributed here.
                let continues_quote = after.as_ref().is_some_and(|a| {
                    a.start > v + 1
                        && p.quote(a.start).is_some()
                        && p.is_punct(a.start - 1, ',')
                        && a.start + 1 >= hi.min(a.start + 1)
                }) && np.start > lo
                    && p.quote(np.start - 1).is_some();
                if continues_quote {
                    if let Some(a) = &after {
                        r.extra_quotes.push(a.start);
                    }
                    r.frame = Frame::Fragment;
                    r.content = None;
                }
                if (after.is_none() || continues_quote)
                    && postposable
                    && can_postpose
                    && ends_attribution(
                        p,
                        cue_end.max(v + 1) - 1,
                        hi,
                        vu.frames & frame::RECIPIENT != 0,
                    )
                {
                    let mut end = np.start;
                    while end > lo && p.is_punct(end - 1, ',') {
                        end -= 1;
                    }
                    if end > lo && sayable(p, &(lo..end)) {
                        r.frame = Frame::Postposed;
                        r.content = Some(lo..end);
                    }
                }
                r.subject = Some(np);
                r.role = role;
            }
            Subject::Inverted { np, role } => {
                if !can_postpose {
                    continue;
                }
                r.frame = Frame::Postposed;
                let mut end = aux.start;
                while end > lo && p.is_punct(end - 1, ',') {
                    end -= 1;
                }
                r.content = (end > lo).then_some(lo..end);
                let tail = role
                    .as_ref()
                    .and_then(|_| appositive(p, np.end, hi).map(|(_, n)| n))
                    .unwrap_or(np.end);
                if p.is_punct(tail, ',') && p.quote(tail + 1).is_some() {
                    r.extra_quotes.push(tail + 1);
                }
                r.subject = Some(np);
                r.role = role;
            }
            Subject::Inherit => {
                // A participle hangs on the nearest clause when that clause is just
                // `NP VERB` inside an earlier report's content (`Biden disagreed, telling`).
                let mut found = None;
                if vu.form == Form::Ing && aux.start > lo && p.is_punct(aux.start - 1, ',') {
                    if let Some((ri, prev)) = out.iter().enumerate().rev().find(|(_, o)| o.verb < v)
                    {
                        if let Some(c) = prev.content.as_ref().filter(|c| c.start < aux.start) {
                            if let Some(np) = short_clause(p, c.start, aux.start - 1) {
                                found = Some((np, None));
                                r.nested_in = Some(ri);
                            }
                        }
                    }
                }
                if found.is_none() {
                    found = out
                        .iter()
                        .rev()
                        .find(|o| o.verb < v && o.subject.is_some() && o.frame != Frame::According)
                        .map(|o| (o.subject.clone().unwrap_or(0..0), o.role.clone()));
                }
                if found.is_none() {
                    found = main_subject(p, lo, aux.start).map(|np| (np, None));
                }
                let Some((np, role)) = found else { continue };
                r.subject = Some(np);
                r.role = role;
                r.zone = zone_of(p, lo, aux.start);
            }
        }
        if source_only && !r.subject.as_ref().is_some_and(|s| p.is(s.end - 1, SOURCE)) {
            continue;
        }
        // `“A,” he said, “B.”`: a quote after the attribution is the same speaker's.
        if r.frame == Frame::Postposed && r.extra_quotes.is_empty() {
            let k = skip_adverbials(p, cue_end, hi);
            if p.is_punct(k, ',') && p.quote(k + 1).is_some() {
                r.extra_quotes.push(k + 1);
            }
        }
        out.push(r);
    }
    close_contents(p, hi, &mut out);
    out
}

/// Purpose adjuncts the author adds to a directive (`in the hopes it will deter …`).
fn purpose_at(p: &Para, k: usize) -> bool {
    p.is_word(k, "in")
        && (p.is_word(k + 1, "hopes")
            || (p.is_word(k + 1, "the") && (p.is_word(k + 2, "hope") || p.is_word(k + 2, "hopes")))
            || (p.is_word(k + 1, "an")
                && (p.is_word(k + 2, "effort") || p.is_word(k + 2, "attempt")))
            || (p.is_word(k + 1, "a") && p.is_word(k + 2, "bid"))
            || p.is_word(k + 1, "order"))
}

/// Ends each content where the next construction, a clause boundary or a gloss begins,
/// and drops punctuation outside quote marks at its end.
fn close_contents(p: &Para, hi: usize, out: &mut [Report]) {
    // A report whose speaker opens another report's content is nested in it.
    for i in 0..out.len() {
        if out[i].nested_in.is_some() {
            continue;
        }
        let Some(s) = out[i].subject.clone() else {
            continue;
        };
        if let Some(j) = (0..out.len()).find(|&j| {
            j != i
                && out[j].frame != Frame::Postposed
                && out[j].content.as_ref().is_some_and(|c| c.start == s.start)
        }) {
            out[i].nested_in = Some(j);
        }
    }
    // A report with no content of its own cuts an earlier content only where it opens a
    // new clause (`…, and Z denied`), not inside it (`to heed what he described as …`).
    let zones: Vec<(usize, Option<usize>)> = out
        .iter()
        .map(|r| {
            let opens_clause = p.is_punct(r.zone, ',')
                || p.is_punct(r.zone, ';')
                || p.is_dash(r.zone)
                || p.is(r.zone, CONJ);
            let zone = if r.frame == Frame::Fragment && !opens_clause {
                usize::MAX
            } else {
                r.zone
            };
            (zone, r.nested_in)
        })
        .collect();
    for (i, r) in out.iter_mut().enumerate() {
        let Some(c) = r.content.clone() else { continue };
        if matches!(r.frame, Frame::Postposed) {
            r.content = trim(p, c);
            continue;
        }
        if r.frame == Frame::According && c.end <= r.verb {
            r.content = trim(p, c);
            continue;
        }
        let directive = r.frame == Frame::Directive;
        let mut end = c.end.min(hi);
        let mut k = c.start;
        while k < end {
            let gloss = p.is_dash(k)
                && k > c.start
                && p.is(k + 1, DET)
                && !(k + 1..hi).any(|m| p.is_dash(m));
            // `…, without evidence`: the author's comment on the claim.
            let author_note = p.is_punct(k, ',') && p.is_word(k + 1, "without");
            if p.is_stop(k)
                || author_note
                || (k > c.start && p.is_word(k, "according") && p.is_word(k + 1, "to"))
                || ((directive || r.subordinate) && p.is_punct(k, ','))
                || (directive && purpose_at(p, k))
                || gloss
            {
                end = k;
                break;
            }
            k += 1;
        }
        for (j, &(zone, nested)) in zones.iter().enumerate() {
            if j != i && zone > c.start && zone < end && nested != Some(i) {
                end = zone;
            }
        }
        r.content = trim(p, c.start..end);
    }
}

/// Drops trailing commas, periods, dashes and conjunctions (never quote marks).
fn trim(p: &Para, c: Range<usize>) -> Option<Range<usize>> {
    let mut end = c.end;
    while end > c.start
        && (p.is_punct(end - 1, ',')
            || p.is_stop(end - 1)
            || p.is_punct(end - 1, ':')
            || p.is_dash(end - 1)
            || p.is(end - 1, CONJ))
    {
        end -= 1;
    }
    (end > c.start).then_some(c.start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (speaker phrase, cue, content) of every report in `text`'s first sentence.
    fn reports(text: &str) -> Vec<(String, String, String)> {
        let p = Para::new(text);
        let sent = p.sents[0].clone();
        find(&p, sent)
            .into_iter()
            .filter(|r| r.frame != Frame::Fragment)
            .map(|r| {
                let cue = r
                    .cue
                    .iter()
                    .map(|c| p.text_of(c.clone()))
                    .collect::<Vec<_>>()
                    .join(" ... ");
                (
                    r.subject
                        .map(|s| p.text_of(s).to_string())
                        .unwrap_or_default(),
                    cue,
                    r.content
                        .map(|c| p.text_of(c).to_string())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let rs = reports(text);
        assert_eq!(rs.len(), 1, "{rs:?}");
        rs.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn said_with_that_clause_after_a_time_expression() {
        let r = one("Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience.");
        assert_eq!(r.0, "Russian Foreign Minister Sergei Lavrov");
        assert_eq!(r.2, "Moscow was running out of patience");
    }

    #[test]
    fn said_without_that() {
        let r = one("U.S. officials say the threat of a Russian invasion of Ukraine is real.");
        assert_eq!(
            (r.0.as_str(), r.2.as_str()),
            (
                "U.S. officials",
                "the threat of a Russian invasion of Ukraine is real"
            )
        );
    }

    #[test]
    fn a_relative_clause_verb_does_not_make_a_clause() {
        let rs = reports("The company announced a new plan that would cut 500 jobs.");
        assert!(rs.is_empty(), "{rs:?}");
        let r = one("Jeffrey Edmonds said Moscow’s insistence on security demands that the Kremlin knows to be unworkable raises the question whether the talks were a pretext.");
        assert!(r.2.starts_with("Moscow’s insistence"), "{r:?}");
    }

    #[test]
    fn said_followed_by_a_preposition_has_no_clause() {
        let rs = reports("Mr. Danylyuk said in an interview.");
        assert!(rs.iter().all(|r| r.2.is_empty()), "{rs:?}");
    }

    #[test]
    fn coordinated_reports_split_the_content_and_share_the_subject() {
        let rs = reports("Foreign Minister Sergey Lavrov said Moscow will honor Washington’s request but added that the Kremlin reserves the right to communicate the “essence” of the response to the Russian public.");
        assert_eq!(rs.len(), 2, "{rs:?}");
        assert_eq!(rs[0].2, "Moscow will honor Washington’s request");
        assert_eq!(rs[1].0, "Foreign Minister Sergey Lavrov");
        assert_eq!(rs[1].2, "the Kremlin reserves the right to communicate the “essence” of the response to the Russian public");
    }

    #[test]
    fn a_new_subject_ends_the_previous_content() {
        let rs = reports("Ukraine said it was targeted by a massive cyberattack that it attributed to Russia, and the White House said it had intelligence that Moscow had planned “false-flag” operations.");
        assert_eq!(rs.len(), 2, "{rs:?}");
        assert_eq!(
            rs[0].2,
            "it was targeted by a massive cyberattack that it attributed to Russia"
        );
        assert_eq!(rs[1].0, "the White House");
    }

    #[test]
    fn participle_takes_the_main_subject() {
        let r = one("Mr. Lavrov on Friday blamed Washington for a lack of progress, saying U.S. officials should have been ready to negotiate on key Moscow demands.");
        assert_eq!(r.0, "Mr. Lavrov");
        assert_eq!(
            r.2,
            "U.S. officials should have been ready to negotiate on key Moscow demands"
        );
    }

    #[test]
    fn participle_after_a_short_reported_clause_is_nested() {
        let rs = reports("The Ukrainian official told CNN that Biden disagreed, telling Zelensky that a Russian invasion of Ukraine is now a virtual certainty once the ground freezes later in February.");
        assert_eq!(rs.len(), 2, "{rs:?}");
        assert!(rs[0]
            .2
            .starts_with("Biden disagreed, telling Zelensky that"));
        assert_eq!(rs[1].0, "Biden");
        assert_eq!(rs[1].2, "a Russian invasion of Ukraine is now a virtual certainty once the ground freezes later in February");
    }

    #[test]
    fn relative_clause_between_subject_and_verb_is_skipped() {
        let r = one("Lavrov, who previously appeared to downplay the significance of the OSCE as a venue for productive dialogue, added that Moscow intends to press its Western counterparts for concrete answers.");
        assert_eq!(r.0, "Lavrov");
    }

    #[test]
    fn directive_content_starts_at_to_and_ends_at_a_comma() {
        let rs = reports("Over the past year, Zelensky has cracked down on Russia-supported political forces inside Ukraine, pressed NATO to accelerate movement on membership, and rallied international opposition.");
        assert_eq!(rs.len(), 1, "{rs:?}");
        assert_eq!(rs[0].0, "Zelensky");
        assert_eq!(rs[0].2, "to accelerate movement on membership");
    }

    #[test]
    fn according_to_after_the_clause() {
        let r = one("One option is a large-scale operation aimed at seizing the eastern half of Ukraine, according to Oleksandr Danylyuk, a former secretary of Ukraine’s national security council.");
        assert_eq!(r.0, "Oleksandr Danylyuk");
        assert_eq!(
            r.2,
            "One option is a large-scale operation aimed at seizing the eastern half of Ukraine"
        );
    }

    #[test]
    fn according_to_before_the_clause() {
        let r = one("According to a CNN’s account of the phone call, Zelensky expressed hope for a diplomatic solution to the Ukraine crisis.");
        assert_eq!(r.0, "a CNN’s account of the phone call");
        assert_eq!(
            r.2,
            "Zelensky expressed hope for a diplomatic solution to the Ukraine crisis"
        );
    }

    #[test]
    fn postposed_attribution_takes_the_clause_before_it() {
        let r = one("The U.S. diplomats left the meetings pessimistic about Moscow’s intentions and lack of flexibility, senior U.S. officials said.");
        assert_eq!(r.0, "senior U.S. officials");
        assert_eq!(r.2, "The U.S. diplomats left the meetings pessimistic about Moscow’s intentions and lack of flexibility");
    }

    #[test]
    fn inverted_attribution_after_a_quote_with_appositive_role() {
        let t = "“The diplomacy may not have run its course,” said Mr. Vershbow, a Russia expert at the Atlantic Council, a Washington think tank.";
        let p = Para::new(t);
        let rs = find(&p, p.sents[0].clone());
        assert_eq!(rs.len(), 1);
        assert_eq!(
            p.text_of(rs[0].subject.clone().unwrap_or(0..0)),
            "Mr. Vershbow"
        );
        assert_eq!(
            p.text_of(rs[0].role.clone().unwrap_or(0..0)),
            "Russia expert at the Atlantic Council"
        );
        assert_eq!(rs[0].content, Some(0..1));
    }

    #[test]
    fn made_it_clear_and_is_insistent_are_reports() {
        let r = one("Moscow has made it abundantly clear that it expects significant concessions in return for a withdrawal.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("Moscow", "has made it abundantly clear")
        );
        let r = one("Washington, meanwhile, [is insistent](#) that many of the items included in Russia's draft treaty are non-starters.");
        assert_eq!(r.0, "Washington");
        assert_eq!(
            r.2,
            "many of the items included in Russia's draft treaty are non-starters"
        );
    }

    #[test]
    fn modal_negated_passive_and_hypothetical_speech_is_not_reported() {
        assert!(
            reports("US officials announced that Biden would demand that Russia withdraw troops.")
                .len()
                == 1
        );
        assert!(reports("It should be noted that their virtual meeting convened late.").is_empty());
        assert!(reports("Moscow is prepared to make concessions if Washington promises there will be no NATO expansion.").is_empty());
    }

    #[test]
    fn verb_after_a_determiner_is_a_noun() {
        let rs = reports("Moscow restated its demands that the U.S. and NATO have rejected.");
        assert!(
            rs.iter().all(|r| r.0 != "Moscow" && r.2.is_empty()),
            "{rs:?}"
        );
    }

    #[test]
    fn subordinate_clause_report_ends_at_its_comma() {
        let rs = reports("While Russian officials have said Moscow doesn’t intend to invade Ukraine, the Kremlin has made clear it has no intention of pulling its troops back from the border.");
        assert_eq!(rs.len(), 2, "{rs:?}");
        assert_eq!(rs[0].2, "Moscow doesn’t intend to invade Ukraine");
        assert_eq!(rs[1].0, "the Kremlin");
        assert_eq!(
            rs[1].2,
            "it has no intention of pulling its troops back from the border"
        );
    }

    #[test]
    fn secondary_predication_takes_the_as_phrase() {
        let r = one("Washington described this week’s discussions as a way to air differences and see what might be possible in future talks.");
        assert_eq!(r.1, "described ... as");
        assert_eq!(
            r.2,
            "a way to air differences and see what might be possible in future talks"
        );
    }

    #[test]
    fn dash_gloss_is_cut_from_the_content() {
        let rs = reports("In a phone call with Blinken, Chinese foreign minister Wang Yi said Russia’s “reasonable security concerns should be taken seriously and resolved,” adding that Beijing fully supports the implementation of the Minsk Agreements—a framework for the reincorporation of the breakaway republics.");
        assert_eq!(rs.len(), 2, "{rs:?}");
        assert_eq!(
            rs[0].2,
            "Russia’s “reasonable security concerns should be taken seriously and resolved,”"
        );
        assert_eq!(rs[1].0, "Chinese foreign minister Wang Yi");
        assert_eq!(
            rs[1].2,
            "Beijing fully supports the implementation of the Minsk Agreements"
        );
    }
}
