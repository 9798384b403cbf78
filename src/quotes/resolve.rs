//! Speakers within one article: every item's speaker phrase becomes one of the article's
//! entities, in reading order.
//!
//! - A person is known by surname: `Mr. Lavrov` and `Lavrov` are the `Sergey Lavrov`
//!   named earlier (or later, with a title: `President Joe Biden … Biden said`).
//! - `he` / `she` is the most recent person who spoke (gender from `Mr.`/`Ms.` when known);
//!   `they` / `it` the most recent group or institution that did.
//! - A role alone (`the Kremlin spokesman`, `the Ukrainian official`) is the person who
//!   held that role earlier in the article (`Kremlin spokesman Dmitry Peskov`, `a senior
//!   Ukrainian official`): same head noun, its other words among the role's words.
//! - Groups and institutions are speakers in their own right, named as written.

use std::collections::HashMap;

use super::extract::{Item, SpeakerRef};
use super::lexicon::class::{HONORIFIC, ROLE};
use super::mention::{self, Mention, MentionKind};
use super::names::{fold, given_compatible, group_key};
use super::para::Para;
use super::SpeakerKind;

/// One speaker of an article.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entity {
    pub kind: SpeakerKind,
    /// A person's given names and surname, as written.
    pub given: Vec<String>,
    pub surname: Option<String>,
    /// The name in this article (a person's fullest form, a group as written).
    pub name: String,
    pub roles: Vec<String>,
    /// Name forms seen (`Sergey Lavrov`, `Lavrov`, `Mr. Lavrov`).
    pub forms: Vec<String>,
    pub female: Option<bool>,
    /// Known only by one capitalised word that no person in the article carries.
    pub bare: bool,
    /// Known only by a description (`senior Ukrainian official`).
    pub anonymous: bool,
    /// Items attributed to the entity.
    pub mentions: usize,
}

impl Entity {
    fn person(given: Vec<String>, surname: String) -> Entity {
        let name = given
            .iter()
            .chain(std::iter::once(&surname))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        Entity {
            kind: SpeakerKind::Person,
            given,
            surname: Some(surname),
            name,
            roles: Vec::new(),
            forms: Vec::new(),
            female: None,
            bare: false,
            anonymous: false,
            mentions: 0,
        }
    }

    fn group(name: String) -> Entity {
        Entity {
            kind: SpeakerKind::Group,
            given: Vec::new(),
            surname: None,
            name,
            roles: Vec::new(),
            forms: Vec::new(),
            female: None,
            bare: false,
            anonymous: false,
            mentions: 0,
        }
    }

    fn add_role(&mut self, role: &str) {
        let role = role.trim();
        if !role.is_empty() && !self.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
            self.roles.push(role.to_string());
        }
    }

    fn add_form(&mut self, form: &str) {
        if !form.is_empty() && !self.forms.iter().any(|f| f == form) {
            self.forms.push(form.to_string());
        }
    }

    /// Whether a role description (lowercase words, head last) fits one of this entity's roles.
    fn holds(&self, words: &[String]) -> bool {
        let Some((head, mods)) = words.split_last() else {
            return false;
        };
        self.roles.iter().any(|r| {
            let role: Vec<String> = r.split_whitespace().map(|w| w.to_lowercase()).collect();
            role.last() == Some(head)
                && mods
                    .iter()
                    .filter(|m| m.as_str() != "former")
                    .all(|m| role.contains(m))
        })
    }
}

/// A person named with a title or an honorific anywhere in the article
/// (`US President Joe Biden`), so that a later bare `Biden` or `the president` finds them.
#[derive(Debug, Clone)]
pub(crate) struct Named {
    /// Paragraph and byte offset, for "earlier in the article".
    pub at: (usize, usize),
    pub given: Vec<String>,
    pub surname: String,
    pub role: Option<String>,
    pub female: Option<bool>,
}

/// Collects the titled names of one paragraph.
pub(crate) fn named_people(p: &Para, paragraph: usize, out: &mut Vec<Named>) {
    for sent in &p.sents {
        for u in sent.clone() {
            // The last word of a capitalised run that is not followed by another.
            if !p.cap(u) || (u + 1 < sent.end && p.cap(u + 1)) {
                continue;
            }
            let Some(r) = mention::np_back(p, sent.start, u + 1) else {
                continue;
            };
            // Only a title or an honorific makes a named person worth remembering; checking
            // for one first spares parsing every capitalised run.
            if !r.clone().any(|k| p.is(k, ROLE | HONORIFIC)) {
                continue;
            }
            let Some(m) = mention::parse(p, r, sent.start) else {
                continue;
            };
            if let MentionKind::Person {
                given,
                surname,
                female,
            } = m.kind
            {
                if m.role.is_some() || female.is_some() {
                    out.push(Named {
                        at: (paragraph, p.span(u).start),
                        given,
                        surname,
                        role: m.role,
                        female,
                    });
                }
            }
        }
    }
}

/// The article's entities and, for each item, its entity.
#[derive(Debug, Clone, Default)]
pub(crate) struct Resolved {
    pub entities: Vec<Entity>,
    pub speaker_of: Vec<Option<usize>>,
}

struct Resolver<'a> {
    named: &'a [Named],
    entities: Vec<Entity>,
    /// Entity of each resolved item, in order (for pronouns and continuations).
    history: Vec<Option<usize>>,
    /// People by folded surname, and by folded first name when they have one given name.
    by_surname: HashMap<String, Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
    /// Groups by identity key.
    by_group: HashMap<String, usize>,
}

/// How far back a pronoun or a role looks for its antecedent, in items.
const LOOKBACK: usize = 60;

impl Resolver<'_> {
    /// Adds an entity and indexes it.
    fn add(&mut self, e: Entity) -> usize {
        let i = self.entities.len();
        if e.kind == SpeakerKind::Person && !e.anonymous {
            if let Some(s) = &e.surname {
                self.by_surname.entry(fold(s)).or_default().push(i);
            }
            if let [g] = &e.given[..] {
                self.by_first.entry(fold(g)).or_default().push(i);
            }
        } else if e.kind == SpeakerKind::Group {
            self.by_group.entry(group_key(&e.name)).or_insert(i);
        }
        self.entities.push(e);
        i
    }

    fn find_person(&self, given: &[String], surname: &str) -> Option<usize> {
        self.by_surname
            .get(&fold(surname))?
            .iter()
            .copied()
            .find(|&i| given_compatible(&self.entities[i].given, given))
    }

    /// A person whose name is written family name first (`Lai Ching-te` → `Lai`,
    /// `Wang Yi` → `Wang`): news refers to them by that first word.
    fn find_family_first(&self, word: &str) -> Option<usize> {
        self.by_first.get(&fold(word))?.first().copied()
    }

    fn find_group(&self, name: &str) -> Option<usize> {
        self.by_group.get(&group_key(name)).copied()
    }

    fn named_with_surname(&self, surname: &str) -> Option<&Named> {
        let key = fold(surname);
        self.named
            .iter()
            .filter(|n| !n.given.is_empty() && fold(&n.surname) == key)
            .max_by_key(|n| n.given.len())
    }

    fn person(&mut self, given: Vec<String>, surname: String, female: Option<bool>) -> usize {
        let idx = match self.find_person(&given, &surname) {
            Some(i) => i,
            None => {
                let (given, role, named_female) =
                    match (given.is_empty(), self.named_with_surname(&surname)) {
                        (true, Some(n)) => (n.given.clone(), n.role.clone(), n.female),
                        _ => (given.clone(), None, None),
                    };
                let mut e = Entity::person(given, surname.clone());
                e.female = named_female;
                if let Some(r) = role {
                    e.add_role(&r);
                }
                self.add(e)
            }
        };
        if given.len() > self.entities[idx].given.len() {
            if let [g] = &given[..] {
                self.by_first.entry(fold(g)).or_default().push(idx);
            }
            let e = &mut self.entities[idx];
            e.name = Entity::person(given.clone(), surname).name;
            e.given = given;
        }
        if female.is_some() {
            self.entities[idx].female = female;
        }
        idx
    }

    /// The most recent speaker (by items) that passes `fits`.
    fn recent(&self, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(LOOKBACK)
            .flatten()
            .copied()
            .find(|&i| fits(&self.entities[i]))
    }

    fn mention(&mut self, m: &Mention, at: (usize, usize)) -> Option<usize> {
        let idx = match &m.kind {
            MentionKind::Person {
                given,
                surname,
                female,
            } => self.person(given.clone(), surname.clone(), *female),
            MentionKind::Bare(word) => {
                if let Some(i) = self.find_person(&[], word) {
                    i
                } else if let Some(i) = self.find_family_first(word) {
                    i
                } else if self.named_with_surname(word).is_some() {
                    self.person(Vec::new(), word.clone(), None)
                } else if let Some(i) = self.find_group(word) {
                    i
                } else {
                    let mut e = Entity::group(word.clone());
                    e.bare = true;
                    self.add(e)
                }
            }
            MentionKind::Pronoun(p) => match p.as_str() {
                "he" | "she" => {
                    let female = p == "she";
                    let fits = |e: &Entity| {
                        e.kind == SpeakerKind::Person && e.female.is_none_or(|f| f == female)
                    };
                    match self.recent(fits) {
                        Some(i) => {
                            // The pronoun tells the person's gender from now on.
                            self.entities[i].female = Some(female);
                            i
                        }
                        None => {
                            let n = self
                                .named
                                .iter()
                                .rev()
                                .find(|n| n.at < at && n.female.is_none_or(|f| f == female))?
                                .clone();
                            self.person(n.given, n.surname, n.female)
                        }
                    }
                }
                "they" | "it" => self.recent(|e| e.kind == SpeakerKind::Group)?,
                _ => return None,
            },
            MentionKind::Role { words, definite } => {
                let held = self.recent(|e| e.holds(words)).or_else(|| {
                    let from = self.entities.len().saturating_sub(LOOKBACK);
                    self.entities[from..]
                        .iter()
                        .rposition(|e| e.holds(words))
                        .map(|i| i + from)
                });
                match held {
                    Some(i) if *definite || self.entities[i].anonymous => i,
                    _ => {
                        let named = self.named.iter().rev().find(|n| {
                            n.at < at
                                && n.role.as_ref().is_some_and(|r| {
                                    let mut probe = Entity::group(String::new());
                                    probe.roles.push(r.clone());
                                    probe.holds(words)
                                })
                        });
                        match named.cloned() {
                            Some(n) if *definite => {
                                let i = self.person(n.given, n.surname, n.female);
                                if let Some(r) = &n.role {
                                    self.entities[i].add_role(r);
                                }
                                i
                            }
                            _ => {
                                let desc = m.role.clone().unwrap_or_else(|| words.join(" "));
                                let mut e = Entity::group(desc.clone());
                                e.kind = SpeakerKind::Person;
                                e.anonymous = true;
                                e.add_role(&desc);
                                self.add(e)
                            }
                        }
                    }
                }
            }
            MentionKind::Group(name) => match self.find_group(name) {
                Some(i) => i,
                None => {
                    // `the ministry` after `Taiwan's defence ministry`: a definite common
                    // noun is the last group named with that head.
                    let definite = m
                        .text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                    let single =
                        !name.contains(' ') && name.chars().next().is_some_and(char::is_lowercase);
                    let head = name.to_lowercase();
                    let earlier = if definite && single {
                        self.recent(|e| {
                            e.kind == SpeakerKind::Group
                                && e.name.contains(' ')
                                && e.name
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| w.to_lowercase() == head)
                        })
                    } else {
                        None
                    };
                    match earlier {
                        Some(i) => i,
                        None => self.add(Entity::group(name.clone())),
                    }
                }
            },
        };
        let e = &mut self.entities[idx];
        if let Some(r) = &m.role {
            if e.kind == SpeakerKind::Person && !e.anonymous {
                e.add_role(r);
            }
        }
        if let Some(n) = &m.name {
            e.add_form(n);
        }
        Some(idx)
    }
}

/// Resolves the speakers of an article's items (in reading order) to its entities.
pub(crate) fn resolve(items: &[Item], named: &[Named]) -> Resolved {
    let mut r = Resolver {
        named,
        entities: Vec::new(),
        history: Vec::new(),
        by_surname: HashMap::new(),
        by_first: HashMap::new(),
        by_group: HashMap::new(),
    };
    let mut speaker_of = Vec::with_capacity(items.len());
    for item in items {
        let at = (item.paragraph, item.span.start);
        let idx = match &item.speaker {
            SpeakerRef::Said(m) => r.mention(m, at),
            SpeakerRef::Previous => r.history.iter().rev().flatten().next().copied(),
            SpeakerRef::Unknown => None,
        };
        if let (Some(i), Some(role)) = (idx, &item.role) {
            if r.entities[i].kind == SpeakerKind::Person && !r.entities[i].anonymous {
                r.entities[i].add_role(role);
            }
        }
        if let Some(i) = idx.filter(|_| !item.silent) {
            r.entities[i].mentions += 1;
        }
        r.history.push(idx);
        speaker_of.push(idx);
    }
    Resolved {
        entities: r.entities,
        speaker_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract::paragraph_items;

    /// (quoted or reported text, speaker's name in the article) for each paragraph's items.
    fn speakers(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let mut items = Vec::new();
        let mut named = Vec::new();
        let mut texts = Vec::new();
        for (i, t) in paragraphs.iter().enumerate() {
            let p = Para::new(t);
            named_people(&p, i, &mut named);
            for item in paragraph_items(&p, i) {
                texts.push(t[item.span.clone()].to_string());
                items.push(item);
            }
        }
        let r = resolve(&items, &named);
        items
            .iter()
            .zip(texts)
            .zip(r.speaker_of)
            .filter(|((item, _), _)| !item.silent)
            .map(|((_, text), s)| (text, s.map(|i| r.entities[i].name.clone())))
            .collect()
    }

    fn who<'a>(got: &'a [(String, Option<String>)], text: &str) -> Option<&'a str> {
        got.iter()
            .find(|(t, _)| t == text)
            .and_then(|(_, s)| s.as_deref())
    }

    #[test]
    fn honorific_and_surname_find_the_full_name() {
        let got = speakers(&[
            "Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience.",
            "“We will not wait forever,” Mr. Lavrov said.",
        ]);
        assert_eq!(
            who(&got, "We will not wait forever,"),
            Some("Sergei Lavrov")
        );
    }

    #[test]
    fn a_titled_name_elsewhere_completes_a_bare_surname() {
        let got = speakers(&[
            "US President Joe Biden and Russian President Vladimir Putin discussed Ukraine on December 7.",
            "It should be remembered, however, that Biden stressed on December 4 that he does not accept red lines from anyone.",
        ]);
        assert_eq!(
            who(&got, "he does not accept red lines from anyone"),
            Some("Joe Biden")
        );
    }

    #[test]
    fn pronoun_goes_to_the_most_recent_person_who_spoke() {
        let got = speakers(&[
            "Jeffrey Edmonds, a former White House adviser on Russia, said Moscow’s insistence raises the question whether the talks were a pretext.",
            "“The conduct of the Russians shows there was never any real desire to reach a negotiated position,” he said.",
        ]);
        assert_eq!(
            who(&got, "The conduct of the Russians shows there was never any real desire to reach a negotiated position,"),
            Some("Jeffrey Edmonds")
        );
    }

    #[test]
    fn role_alone_is_the_person_who_held_it_earlier() {
        let got = speakers(&[
            "“I don’t consider the situation now more tense than before,” said Ukrainian president Volodymyr Zelensky.",
            "The Ukrainian president urged his counterpart to “calm down the messaging,” telling Biden that the state of emergency is wreaking havoc.",
        ]);
        assert_eq!(
            who(&got, "calm down the messaging,"),
            Some("Volodymyr Zelensky")
        );
        assert_eq!(
            who(&got, "the state of emergency is wreaking havoc"),
            Some("Volodymyr Zelensky")
        );
    }

    #[test]
    fn a_role_description_names_an_anonymous_speaker_met_again_later() {
        let got = speakers(&[
            "The call did not go well, a senior Ukrainian official said.",
            "The Ukrainian official told CNN that Biden disagreed.",
        ]);
        assert_eq!(
            who(&got, "The call did not go well"),
            Some("senior Ukrainian official")
        );
        assert_eq!(
            who(&got, "Biden disagreed"),
            Some("senior Ukrainian official")
        );
    }

    #[test]
    fn a_quote_running_over_paragraphs_keeps_its_speaker() {
        let got = speakers(&[
            "Speaking to the Guardian, Rayner said: \"We inherited a broken system. We are going to fix it.",
            "\"Nobody should have to wait a decade for a home.\"",
        ]);
        assert_eq!(
            who(
                &got,
                "We inherited a broken system. We are going to fix it."
            ),
            Some("Rayner")
        );
        assert_eq!(
            who(&got, "Nobody should have to wait a decade for a home."),
            Some("Rayner")
        );
    }

    #[test]
    fn groups_and_institutions_are_speakers() {
        let got = speakers(&["On Friday, tensions rose, and the White House said it had intelligence that Moscow had planned operations."]);
        assert_eq!(
            who(
                &got,
                "it had intelligence that Moscow had planned operations"
            ),
            Some("White House")
        );
    }

    #[test]
    fn a_definite_common_noun_is_the_group_named_before() {
        let got = speakers(&[
            "Taiwan's defence ministry thanked Washington, saying the equipment would help it respond to threats.",
            "“The threats have never ceased,” the ministry said in a statement.",
        ]);
        assert_eq!(
            who(&got, "The threats have never ceased,"),
            Some("Taiwan's defence ministry")
        );
    }

    #[test]
    fn family_name_first_is_found_by_its_first_word() {
        let got = speakers(&[
            "Lai Ching-te, the ruling party's candidate, said he would maintain the status quo.",
            "Lai told supporters in Tainan that Taiwan would not bow to pressure.",
        ]);
        assert_eq!(
            who(&got, "Taiwan would not bow to pressure"),
            Some("Lai Ching-te")
        );
    }
}
