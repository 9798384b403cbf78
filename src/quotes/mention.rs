//! Noun phrases that name a speaker, and what they say about the speaker.
//!
//! A news attribution names its speaker in a few regular shapes: a role before a name
//! (`Kremlin spokesman Dmitry Peskov`), an honorific (`Mr. Lavrov`), a bare surname or
//! place (`Lavrov`, `Moscow`), a role alone (`the Ukrainian president`), a group or an
//! institution (`U.S. officials`, `the White House`), a pronoun. The chunker finds the
//! phrase next to the reporting verb; [`parse`] says which shape it is.

use std::ops::Range;

use super::lexicon::class::*;
use super::para::Para;

/// Longest noun phrase the chunker accepts, in words.
const MAX_NP: usize = 12;

/// Which kind of speaker a phrase names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// `he`, `she`, `they`, `it`, `we` (lowercase).
    Pronoun(String),
    /// A named person: given names (maybe none) and a surname.
    Person {
        given: Vec<String>,
        surname: String,
        /// `Some(true)` after `Ms.`/`Mrs.`, `Some(false)` after `Mr.`.
        female: Option<bool>,
    },
    /// One capitalised word alone: a surname seen elsewhere, or a place or organisation.
    Bare(String),
    /// A role without a name (`the Kremlin spokesman`, `a senior Ukrainian official`).
    Role { words: Vec<String>, definite: bool },
    /// A group or institution, named as in the text without a leading article.
    Group(String),
}

/// A phrase naming a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The phrase as written.
    pub text: String,
    pub kind: MentionKind,
    /// The role the phrase gives the speaker (`Kremlin spokesman`), if any.
    pub role: Option<String>,
    /// The name as written, honorific included (`Mr. Lavrov`, `Sergey Lavrov`), for a
    /// person or a bare name.
    pub name: Option<String>,
}

/// A word that can be inside a name: capitalised and not a function word, title,
/// institution word or acronym.
fn is_name_word(p: &Para, u: usize) -> bool {
    let Some(w) = p.word(u) else { return false };
    if !p.cap(u)
        || p.is(
            u,
            NOT_NAME | INSTITUTION | ROLE | GROUP | HONORIFIC | SOURCE,
        )
    {
        return false;
    }
    if p.is_possessive(u) {
        return false;
    }
    let mut chars = w.chars();
    // Initials (`R.`) are name words; acronyms and dotted abbreviations are not.
    if let (Some(c), Some('.'), None) = (chars.next(), chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if w.contains('.') {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !w
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// A lowercase word that can modify a role or group head inside a noun phrase.
fn is_modifier(p: &Para, u: usize) -> bool {
    let Some(w) = p.word(u) else { return false };
    let e = p.lex(u);
    if e.is(MODIFIER | ROLE | GROUP | SOURCE) {
        return true;
    }
    let function = DET
        | QUANT
        | POSS
        | PRON
        | PRON_OBJ
        | BE
        | HAVE
        | DO
        | MODAL
        | ADV
        | NEG
        | PREP
        | SUBORD
        | CONJ
        | REL
        | HYPOTHETICAL
        | FINITE
        | TIME;
    if e.is(function) || e.verb.is_some() || p.cap(u) || p.is_ly_adverb(u) {
        return false;
    }
    !(w.ends_with("ing") || w.ends_with("ed")) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// Whether unit `u` can be the last word (head) of a speaker phrase.
pub(crate) fn is_head(p: &Para, u: usize) -> bool {
    let e = p.lex(u);
    if p.word(u).is_none() {
        return false;
    }
    if e.is(PRON) {
        return !e.is(PRON_OBJ) || p.is_word(u, "it");
    }
    if p.cap(u) {
        return !e.is(DET
            | PREP
            | SUBORD
            | CONJ
            | REL
            | ADV
            | TIME
            | QUANT
            | POSS
            | BE
            | HAVE
            | MODAL)
            || e.is(GROUP | ROLE | SOURCE);
    }
    e.is(ROLE | GROUP | SOURCE)
}

/// The speaker phrase that ends just before unit `end`, not reaching before `lo`.
pub(crate) fn np_back(p: &Para, lo: usize, end: usize) -> Option<Range<usize>> {
    let h = end.checked_sub(1)?;
    if h < lo {
        return None;
    }
    if !is_head(p, h) {
        // Any noun after a determiner can name a speaker (`one firefighter`, `a
        // resident`); the role lexicon cannot list every occupation.
        if !is_modifier(p, h) || p.cap(h) {
            return None;
        }
        let mut k = h;
        while k > lo && k + 3 > h && is_modifier(p, k - 1) {
            k -= 1;
        }
        if !(k > lo && p.is(k - 1, DET | QUANT | POSS) && !p.is_word(k - 1, "that")) {
            return None;
        }
        let s = k - 1;
        // `Residents of the estate`: the head is the group before the preposition.
        if s >= lo + 2
            && ["of", "for", "at", "from"]
                .iter()
                .any(|w| p.is_word(s - 1, w))
            && is_head(p, s - 2)
            && !p.is(s - 2, PRON | REL)
        {
            if let Some(outer) = np_back(p, lo, s - 1) {
                return Some(outer.start..h + 1);
            }
        }
        return Some(s..h + 1);
    }
    if p.is(h, PRON) || p.is(h, REL) {
        return Some(h..h + 1);
    }
    let mut start = h;
    let mut lower_run = 0;
    let mut j = h;
    while j > lo && h + 1 - j < MAX_NP {
        let k = j - 1;
        let e = p.lex(k);
        if p.word(k).is_none() {
            break;
        }
        // `a spokeswoman for the UNHCR`, `economists at Goldman Sachs`: a role or group
        // with its organisation is one phrase.
        let organisation_of = |d: usize| {
            d > lo + 1
                && ["of", "for", "at", "from"]
                    .iter()
                    .any(|w| p.is_word(d - 1, w))
                && (p.is(d - 2, ROLE | GROUP) || is_name_word(p, d - 2))
        };
        if p.is_possessive(k) {
            start = k;
            lower_run = 0;
        } else if p.cap(k) {
            if e.is(DET | QUANT | POSS) {
                start = k;
                break;
            }
            if e.is(SUBORD | PREP | CONJ | REL | ADV | PRON | BE | HAVE | MODAL | DO | HYPOTHETICAL)
                && !e.is(GROUP | ROLE)
            {
                break;
            }
            start = k;
            lower_run = 0;
        } else if e.is(DET | POSS) {
            start = k;
            if organisation_of(k) {
                j = k;
                continue;
            }
            break;
        } else if ["at", "from"].iter().any(|w| p.is_word(k, w))
            && k > lo
            && p.is(k - 1, ROLE | GROUP)
            && !p.cap(k - 1)
        {
            start = k;
        } else if e.is(QUANT) {
            start = k;
            if k > lo && p.is(k - 1, DET) {
                start = k - 1;
            }
            break;
        } else if p.is_word(k, "and") {
            let left_ok = k > lo && (p.cap(k - 1) || p.is(k - 1, ROLE | GROUP));
            if !left_ok {
                break;
            }
            start = k;
        } else if p.is_word(k, "of") || p.is_word(k, "on") || p.is_word(k, "for") {
            let left_ok = k > lo && (p.cap(k - 1) || p.is(k - 1, ROLE));
            if !left_ok {
                break;
            }
            start = k;
        } else if is_modifier(p, k) && lower_run < 4 {
            lower_run += 1;
            start = k;
        } else {
            break;
        }
        j = k;
    }
    // A phrase never starts with a connective.
    while start < h && (p.is_word(start, "and") || p.is(start, PREP)) {
        start += 1;
    }
    Some(start..h + 1)
}

/// The noun phrase starting at unit `start`, not reaching `hi` (for objects, sources and
/// inverted subjects: `said Evelyn Farkas`).
pub(crate) fn np_fwd(p: &Para, start: usize, hi: usize) -> Option<Range<usize>> {
    if start >= hi || p.word(start).is_none() {
        return None;
    }
    let e0 = p.lex(start);
    if e0.is(PRON | PRON_OBJ) && !e0.is(POSS) {
        return Some(start..start + 1);
    }
    let mut j = start;
    if p.is(j, DET | QUANT | POSS) {
        j += 1;
        if j < hi && p.is(j, QUANT) {
            j += 1;
        }
    }
    let mut last_head = None;
    while j < hi && j - start < MAX_NP {
        let e = p.lex(j);
        if p.word(j).is_none() {
            break;
        }
        if p.cap(j) {
            if e.is(SUBORD | PREP | CONJ | REL | ADV | PRON | BE | HAVE | MODAL | DO | DET)
                && !e.is(GROUP | ROLE)
                || (e.is(TIME) && !e.is(GROUP | ROLE))
            {
                break;
            }
            last_head = Some(j);
        } else if p.is_word(j, "and") {
            let next_ok =
                j + 1 < hi && (p.cap(j + 1) || is_modifier(p, j + 1) || p.is(j + 1, DET | QUANT));
            if !next_ok || last_head.is_none() {
                break;
            }
        } else if p.is_word(j, "of") || p.is_word(j, "on") || p.is_word(j, "for") {
            let prev_ok = j > start && (p.cap(j - 1) || p.is(j - 1, ROLE));
            let next_ok = j + 1 < hi && p.cap(j + 1);
            if !(prev_ok && next_ok) {
                break;
            }
        } else if p.is(j, DET) && j > start && p.is_word(j - 1, "and") {
            // `U.S. officials and the Kremlin`
        } else if is_modifier(p, j) || p.is_possessive(j) {
            // Callers that need a speaker check the head; objects can be any noun.
            last_head = Some(j);
        } else {
            break;
        }
        j += 1;
    }
    last_head.map(|h| start..h + 1)
}

/// An appositive after a phrase ending at `end` (`Jeffrey Edmonds, a former White House
/// adviser on Russia, said`): its units without the article, and the unit after it.
pub(crate) fn appositive(p: &Para, end: usize, hi: usize) -> Option<(Range<usize>, usize)> {
    if end >= hi || !p.is_punct(end, ',') {
        return None;
    }
    let first = end + 1;
    let starts_role = first < hi
        && (p.is(first, DET) && !p.is_word(first, "this") && !p.is_word(first, "that")
            || p.is_word(first, "former")
            || (p.is(first, ROLE) && !p.cap(first)));
    if !starts_role {
        return None;
    }
    let mut k = first;
    while k < hi && !p.is_punct(k, ',') && !p.is_stop(k) && p.quote(k).is_none() && !p.is_dash(k) {
        // An appositive has no verb of its own.
        if p.lex(k).verb.is_some() && !p.is(k, MODIFIER) || p.is(k, BE | HAVE | MODAL) {
            return None;
        }
        k += 1;
    }
    let body_start = if p.is(first, DET) { first + 1 } else { first };
    (k > body_start && k - first <= 14).then_some((body_start..k, k))
}

/// Reads what kind of speaker the phrase at units `r` names.
pub(crate) fn parse(p: &Para, r: Range<usize>, sentence_start: usize) -> Option<Mention> {
    let text = p.text_of(r.clone()).to_string();
    let words: Vec<usize> = r.clone().filter(|&u| p.word(u).is_some()).collect();
    let first = *words.first()?;
    let lower = |u: usize| p.word(u).unwrap_or("").to_lowercase();
    if words.len() == 1 && p.is(first, PRON) && !p.is(first, POSS) {
        return Some(Mention {
            text,
            kind: MentionKind::Pronoun(lower(first)),
            role: None,
            name: None,
        });
    }
    let mut i = 0;
    let mut definite = false;
    while i < words.len() && p.is(words[i], DET | QUANT | POSS) {
        definite |= p.is_word(words[i], "the") || p.is(words[i], POSS);
        i += 1;
    }
    let mut body = &words[i..];
    // `Jane Doe of the National Weather Service`, `a spokeswoman for the UNHCR`: a person
    // or a role with their organisation. The organisation goes to the role; a title that
    // ends in a name (`Secretary of State Antony Blinken`) is not split.
    let mut affiliation = None;
    if let Some(c) = body
        .iter()
        .position(|&u| ["of", "for", "at", "from"].iter().any(|w| p.is_word(u, w)))
    {
        let name_before = c >= 2 && is_name_word(p, body[c - 1]) && is_name_word(p, body[c - 2]);
        let role_before = c > 0 && p.is(body[c - 1], ROLE) && !p.cap(body[c - 1]);
        let det_after = body.get(c + 1).is_some_and(|&u| p.is(u, DET | POSS));
        let after = &body[c + 1..];
        let named_after =
            after.len() >= 2 && after[after.len() - 2..].iter().all(|&u| is_name_word(p, u));
        if ((name_before && det_after) || role_before) && !named_after && !after.is_empty() {
            affiliation =
                Some(p.text[p.span(body[c]).start..p.span(body[body.len() - 1]).end].to_string());
            body = &body[..c];
        }
    }
    let &last = body.last()?;
    let joined = |ws: &[usize]| -> String {
        match (ws.first(), ws.last()) {
            (Some(&a), Some(&b)) => p.text[p.span(a).start..p.span(b).end].to_string(),
            _ => String::new(),
        }
    };
    // The name run at the end of the phrase.
    let mut n = 0;
    while n < body.len().min(4) && is_name_word(p, body[body.len() - 1 - n]) {
        n += 1;
    }
    // `Meteorologist Jane Doe`: an occupation in -ist opening a three-word run is a title.
    let mut occupation = false;
    if n >= 3 {
        let first = body[body.len() - n];
        if p.word(first)
            .is_some_and(|w| w.ends_with("ist") || w.ends_with("yst"))
        {
            n -= 1;
            occupation = true;
        }
    }
    let run = &body[body.len() - n..];
    let prefix = &body[..body.len() - n];
    let honorific = prefix.last().copied().filter(|&u| p.is(u, HONORIFIC));
    let role_words: &[usize] = match honorific {
        Some(_) => &prefix[..prefix.len() - 1],
        None => prefix,
    };
    let has_role = occupation || role_words.iter().any(|&u| p.is(u, ROLE));
    if n > 0 {
        if n >= 2 || honorific.is_some() || has_role {
            let surname = p.word(run[n - 1])?.to_string();
            let given = run[..n - 1]
                .iter()
                .filter_map(|&u| p.word(u))
                .map(str::to_string)
                .collect();
            let female = honorific.map(|u| p.is(u, FEMALE));
            let mut role = (has_role && !role_words.is_empty()).then(|| joined(role_words));
            if let Some(aff) = &affiliation {
                role = Some(match role {
                    Some(r) => format!("{r} {aff}"),
                    None => match role_words.is_empty() {
                        true => aff
                            .trim_start_matches(|c: char| c.is_alphabetic())
                            .trim()
                            .to_string(),
                        false => format!("{} {aff}", joined(role_words)),
                    },
                });
            }
            let name_start = honorific.unwrap_or(run[0]);
            let name = Some(p.text[p.span(name_start).start..p.span(last).end].to_string());
            return Some(Mention {
                text,
                kind: MentionKind::Person {
                    given,
                    surname,
                    female,
                },
                role,
                name,
            });
        }
        if prefix.is_empty() {
            let word = p.word(last)?.to_string();
            return Some(Mention {
                text,
                kind: MentionKind::Bare(word.clone()),
                role: None,
                name: Some(word),
            });
        }
    }
    if n == 0 && p.is(last, ROLE) && !p.cap(last)
        || (affiliation.is_some() && !p.cap(last) && !p.is(last, GROUP))
    {
        let words = body.iter().map(|&u| lower(u)).collect();
        let role = match &affiliation {
            Some(aff) => format!("{} {aff}", joined(body)),
            None => joined(body),
        };
        return Some(Mention {
            text,
            kind: MentionKind::Role { words, definite },
            role: Some(role),
            name: None,
        });
    }
    if affiliation.is_some() {
        // A group with its organisation (`economists at Goldman Sachs`) keeps it in its name.
        body = &words[i..];
    }
    let &last = body.last()?;
    // A group or institution. A published source is named by its publisher when the
    // phrase gives one (`a Chicago Council on Global Affairs survey`, `CNN’s account`).
    let mut name_words = body.to_vec();
    if p.is(last, SOURCE) && !p.cap(last) && !name_words.iter().any(|&u| p.is_word(u, "and")) {
        if let Some(pos) = name_words.iter().position(|&u| p.is_possessive(u)) {
            name_words.truncate(pos + 1);
        } else if name_words.len() > 1 && p.cap(name_words[name_words.len() - 2]) {
            name_words.pop();
        }
    }
    let mut name = joined(&name_words);
    if let Some(stripped) = name.strip_suffix("’s").or_else(|| name.strip_suffix("'s")) {
        name = stripped.to_string();
    }
    // A common noun capitalised only because it opens the sentence is written lowercase.
    let first_body = name_words.first().copied()?;
    let common = p.is(first_body, GROUP | SOURCE | MODIFIER | ROLE) && !p.is(first_body, PROPER);
    if first_body == sentence_start && p.cap(first_body) && common {
        let mut cs = name.chars();
        if let Some(c) = cs.next() {
            name = c.to_lowercase().chain(cs).collect();
        }
    }
    Some(Mention {
        text,
        kind: MentionKind::Group(name),
        role: None,
        name: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses the phrase that ends just before the first `said` in `text`.
    fn subject(text: &str) -> Mention {
        let p = Para::new(text);
        let v = (0..p.units.len())
            .find(|&u| p.is_word(u, "said"))
            .expect("said");
        let r = np_back(&p, 0, v).expect("phrase");
        parse(&p, r, 0).expect("mention")
    }

    #[test]
    fn role_before_a_name_is_recorded() {
        let m = subject(
            "“We are talking about Russian territory,” Kremlin spokesman Dmitry Peskov said.",
        );
        assert_eq!(m.role.as_deref(), Some("Kremlin spokesman"));
        assert_eq!(
            m.kind,
            MentionKind::Person {
                given: vec!["Dmitry".into()],
                surname: "Peskov".into(),
                female: None
            }
        );
    }

    #[test]
    fn multiword_titles_stay_in_the_role() {
        let m = subject("Secretary of State Antony Blinken said the response sets out a path.");
        assert_eq!(m.role.as_deref(), Some("Secretary of State"));
        let m = subject("“Quote,” U.S. national security adviser Jake Sullivan said Thursday.");
        assert_eq!(m.role.as_deref(), Some("U.S. national security adviser"));
    }

    #[test]
    fn honorific_and_surname_is_a_person() {
        let m = subject("“We will not wait forever,” Mr. Lavrov said.");
        assert!(
            matches!(m.kind, MentionKind::Person { ref surname, female: Some(false), .. } if surname == "Lavrov")
        );
    }

    #[test]
    fn bare_capitalised_word_is_left_for_resolution() {
        assert_eq!(
            subject("Ukraine said it was targeted.").kind,
            MentionKind::Bare("Ukraine".into())
        );
    }

    #[test]
    fn institutions_and_groups_lose_their_article_and_quantifier() {
        assert_eq!(
            subject("On Friday, the White House said it had intelligence.").kind,
            MentionKind::Group("White House".into())
        );
        assert_eq!(
            subject("On the other hand, some analysts said Russia may use its military.").kind,
            MentionKind::Group("analysts".into())
        );
        assert_eq!(
            subject("The pressure grew, senior U.S. officials said.").kind,
            MentionKind::Group("senior U.S. officials".into())
        );
        assert_eq!(
            subject("Although Washington supports proposals, the Biden administration said it has ruled out intervention.").kind,
            MentionKind::Group("Biden administration".into())
        );
    }

    #[test]
    fn sentence_initial_common_noun_is_lowercased() {
        assert_eq!(
            subject("Reports said the two leaders saw areas of progress.").kind,
            MentionKind::Group("reports".into())
        );
    }

    #[test]
    fn role_alone_is_a_description() {
        let m = subject("The Ukrainian president said the state of emergency is wreaking havoc.");
        assert_eq!(
            m.kind,
            MentionKind::Role {
                words: vec!["ukrainian".into(), "president".into()],
                definite: true
            }
        );
    }

    #[test]
    fn conjoined_groups_are_one_speaker() {
        assert_eq!(
            subject("A week later, White House officials and senior diplomats said they still don’t know.").kind,
            MentionKind::Group("White House officials and senior diplomats".into())
        );
    }

    #[test]
    fn appositive_gives_a_role() {
        let t = "Jeffrey Edmonds, a former White House adviser on Russia, said Moscow’s insistence raises questions.";
        let p = Para::new(t);
        let (r, next) = appositive(&p, 2, p.units.len()).expect("appositive");
        assert_eq!(p.text_of(r), "former White House adviser on Russia");
        assert!(p.is_punct(next, ','));
    }
}
