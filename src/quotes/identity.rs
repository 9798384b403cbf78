//! Speakers across the corpus: the articles' entities merged into one identity per
//! person or group.
//!
//! - People merge when their surnames are spellings of one name and their first names
//!   agree (`Sergei` / `Sergey Lavrov`; never `Jake` / `John Sullivan`). Someone known only
//!   by surname joins the one person with that surname, if there is exactly one.
//! - A bare word that was not a person in its own article (`Biden` in a piece that never
//!   gives his first name) joins the one person with that surname elsewhere.
//! - Groups merge when their names are equal ignoring case and dots.
//! - Aliases declared in `catalog.toml` join everything named by any of their forms and
//!   give the identity its canonical name.
//! - The canonical name of a person is their fullest form, in the spelling the corpus
//!   uses most; of a group, its most frequent written form.

use std::collections::HashMap;

use super::names::{fold, given_compatible, group_key, similar, translit_key};
use super::resolve::Entity;
use super::{Speaker, SpeakerKind};

struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[rb.max(ra)] = rb.min(ra);
        }
    }
}

/// The merged speakers and, for each article's entity, its speaker id.
pub(crate) struct Merged {
    pub speakers: Vec<Speaker>,
    /// `map[article][entity]` is the speaker id.
    pub map: Vec<Vec<usize>>,
}

fn is_person(e: &Entity) -> bool {
    e.kind == SpeakerKind::Person && !e.anonymous && e.surname.is_some()
}

/// Merges the entities of all articles (`per_article[a]` are article `a`'s entities).
pub(crate) fn merge(per_article: &[Vec<Entity>], aliases: &[(String, Vec<String>)]) -> Merged {
    let nodes: Vec<(usize, usize, &Entity)> = per_article
        .iter()
        .enumerate()
        .flat_map(|(a, es)| es.iter().enumerate().map(move |(i, e)| (a, i, e)))
        .collect();
    let mut sets = Sets::new(nodes.len());
    let surname = |e: &Entity| e.surname.clone().unwrap_or_default();

    // People with first names, bucketed by surname key; spellings one edit apart join
    // their buckets. Within a bucket, each distinct first name is one person.
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        if is_person(n.2) && !n.2.given.is_empty() {
            buckets
                .entry(translit_key(&surname(n.2)))
                .or_default()
                .push(i);
        }
    }
    let mut keys: Vec<String> = buckets.keys().cloned().collect();
    crate::sort::sort(&mut keys);
    // Each key's bucket, plus neighbouring spellings: one edit apart, so the same first
    // letter and a length within one (keys grouped by both to keep this near linear).
    let mut by_shape: HashMap<(char, usize), Vec<&String>> = HashMap::new();
    for k in &keys {
        if let Some(c) = k.chars().next() {
            by_shape.entry((c, k.chars().count())).or_default().push(k);
        }
    }
    let mut family: HashMap<String, Vec<String>> = HashMap::new();
    for a in &keys {
        let Some(c) = a.chars().next() else { continue };
        let len = a.chars().count();
        for l in [len, len + 1] {
            for &b in by_shape.get(&(c, l)).into_iter().flatten() {
                // Each pair once: within a length by order, across lengths from the shorter.
                if (b > a || l > len) && b != a && similar(a, b) {
                    family.entry(a.clone()).or_default().push(b.clone());
                    family.entry(b.clone()).or_default().push(a.clone());
                }
            }
        }
    }
    for key in &keys {
        let mut pool: Vec<usize> = buckets.get(key).cloned().unwrap_or_default();
        for k in family.get(key).into_iter().flatten() {
            pool.extend(buckets.get(k).into_iter().flatten());
        }
        let mut reps: Vec<usize> = Vec::new();
        for &i in &pool {
            match reps
                .iter()
                .find(|&&r| given_compatible(&nodes[r].2.given, &nodes[i].2.given))
            {
                Some(&r) => sets.union(r, i),
                None => reps.push(i),
            }
        }
    }
    // Surname only, or a bare word: the one person with that surname.
    for (i, n) in nodes.iter().enumerate() {
        let a = n.2;
        let name = if is_person(a) && a.given.is_empty() {
            surname(a)
        } else if a.bare {
            a.name.clone()
        } else {
            continue;
        };
        let key = translit_key(&name);
        let mut roots: Vec<usize> = Vec::new();
        let pool = buckets
            .get(&key)
            .into_iter()
            .chain(
                family
                    .get(&key)
                    .into_iter()
                    .flatten()
                    .filter_map(|k| buckets.get(k)),
            )
            .flatten();
        for &j in pool {
            let r = sets.find(j);
            if !roots.contains(&r) {
                roots.push(r);
            }
        }
        if let [only] = roots[..] {
            sets.union(i, only);
        }
    }
    // Groups (and anonymous descriptions) by name; people known only by surname, by surname.
    let mut by_name: HashMap<(u8, String), usize> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        let e = n.2;
        let key = if is_person(e) {
            if !e.given.is_empty() {
                continue;
            }
            (0, fold(&surname(e)))
        } else {
            (if e.anonymous { 1 } else { 2 }, group_key(&e.name))
        };
        match by_name.get(&key) {
            Some(&first) => sets.union(first, i),
            None => {
                by_name.insert(key, i);
            }
        }
    }
    // Catalog aliases: every entity named by one of an entry's forms joins the entry.
    let mut canonical_override: Vec<(usize, String)> = Vec::new();
    if !aliases.is_empty() {
        let mut by_form: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            for f in std::iter::once(&n.2.name).chain(n.2.forms.iter()) {
                by_form.entry(group_key(f)).or_default().push(i);
            }
        }
        for (canonical, variants) in aliases {
            let mut hits: Vec<usize> = std::iter::once(canonical)
                .chain(variants.iter())
                .filter_map(|f| by_form.get(&group_key(f)))
                .flatten()
                .copied()
                .collect();
            crate::sort::sort(&mut hits);
            hits.dedup();
            if let Some((&first, rest)) = hits.split_first() {
                for &h in rest {
                    sets.union(first, h);
                }
                canonical_override.push((first, canonical.clone()));
            }
        }
    }

    // Build one speaker per set, in order of first appearance.
    let mut root_to_id: Vec<Option<usize>> = vec![None; nodes.len()];
    let mut members: Vec<Vec<usize>> = Vec::new();
    for i in 0..nodes.len() {
        let r = sets.find(i);
        let id = match root_to_id[r] {
            Some(id) => id,
            None => {
                members.push(Vec::new());
                root_to_id[r] = Some(members.len() - 1);
                members.len() - 1
            }
        };
        members[id].push(i);
    }
    let mut speakers = Vec::with_capacity(members.len());
    for (id, ms) in members.iter().enumerate() {
        let ents: Vec<&Entity> = ms.iter().map(|&i| nodes[i].2).collect();
        let overridden = canonical_override
            .iter()
            .find(|(n, _)| ms.contains(n))
            .map(|(_, c)| c.clone());
        let kind = if ents
            .iter()
            .any(|e| is_person(e) || (e.kind == SpeakerKind::Person && e.anonymous))
        {
            SpeakerKind::Person
        } else {
            SpeakerKind::Group
        };
        let name = overridden.clone().unwrap_or_else(|| canonical_name(&ents));
        let mut roles: Vec<String> = Vec::new();
        let mut alias_list: Vec<String> = Vec::new();
        for e in &ents {
            for r in &e.roles {
                if !roles.iter().any(|x| x.eq_ignore_ascii_case(r))
                    && !r.eq_ignore_ascii_case(&name)
                {
                    roles.push(r.clone());
                }
            }
            for f in std::iter::once(&e.name).chain(e.forms.iter()) {
                if f != &name && !alias_list.contains(f) {
                    alias_list.push(f.clone());
                }
            }
        }
        if let Some((canonical, variants)) =
            aliases.iter().find(|(c, _)| Some(c) == overridden.as_ref())
        {
            for v in variants {
                if v != canonical && !alias_list.contains(v) {
                    alias_list.push(v.clone());
                }
            }
        }
        speakers.push(Speaker {
            id,
            name,
            kind,
            roles,
            aliases: alias_list,
        });
    }
    let mut map: Vec<Vec<usize>> = per_article.iter().map(|es| vec![0; es.len()]).collect();
    for (i, &(a, e, _)) in nodes.iter().enumerate() {
        let r = sets.find(i);
        map[a][e] = root_to_id[r].unwrap_or(0);
    }
    Merged { speakers, map }
}

/// The fullest name, in the spelling most used: more name parts first, then the first-name
/// and surname spellings the most articles use, then the earliest.
fn canonical_name(ents: &[&Entity]) -> String {
    let people: Vec<&&Entity> = ents.iter().filter(|e| is_person(e)).collect();
    if people.is_empty() {
        // A group: its most frequent written form.
        let mut best: Option<(&str, usize)> = None;
        for e in ents {
            let weight: usize = ents
                .iter()
                .filter(|o| o.name == e.name)
                .map(|o| o.mentions.max(1))
                .sum();
            if best.is_none_or(|(_, w)| weight > w) {
                best = Some((&e.name, weight));
            }
        }
        return best.map(|(n, _)| n.to_string()).unwrap_or_default();
    }
    let spelled = |f: fn(&Entity) -> Option<&String>, value: Option<&String>| -> usize {
        people
            .iter()
            .filter(|e| value.is_some() && f(e) == value)
            .count()
    };
    let mut best: Option<(&Entity, (usize, usize, usize))> = None;
    for e in &people {
        let key = (
            e.given.len(),
            spelled(|x| x.given.first(), e.given.first()),
            spelled(|x| x.surname.as_ref(), e.surname.as_ref()),
        );
        if best.is_none_or(|(_, k)| key > k) {
            best = Some((e, key));
        }
    }
    best.map(|(e, _)| e.name.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(given: &[&str], surname: &str, mentions: usize) -> Entity {
        let given: Vec<String> = given.iter().map(|g| g.to_string()).collect();
        let name = given
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(surname))
            .collect::<Vec<_>>()
            .join(" ");
        Entity {
            kind: SpeakerKind::Person,
            given,
            surname: Some(surname.to_string()),
            forms: vec![name.clone()],
            name,
            roles: Vec::new(),
            female: None,
            bare: false,
            anonymous: false,
            mentions,
        }
    }

    fn group(name: &str, bare: bool) -> Entity {
        Entity {
            kind: SpeakerKind::Group,
            given: Vec::new(),
            surname: None,
            name: name.to_string(),
            roles: Vec::new(),
            forms: Vec::new(),
            female: None,
            bare,
            anonymous: false,
            mentions: 1,
        }
    }

    fn names(m: &Merged) -> Vec<Vec<String>> {
        m.map
            .iter()
            .map(|es| es.iter().map(|&s| m.speakers[s].name.clone()).collect())
            .collect()
    }

    #[test]
    fn transliterated_spellings_merge_under_the_most_used_one() {
        let m = merge(
            &[
                vec![person(&["Sergei"], "Lavrov", 3)],
                vec![person(&["Sergey"], "Lavrov", 9)],
                vec![person(&["Sergei"], "Lavrov", 1)],
            ],
            &[],
        );
        assert_eq!(m.speakers.len(), 1);
        assert_eq!(m.speakers[0].name, "Sergei Lavrov");
        assert!(m.speakers[0].aliases.contains(&"Sergey Lavrov".to_string()));
    }

    #[test]
    fn same_surname_with_different_first_names_stays_apart() {
        let m = merge(
            &[
                vec![person(&["Jake"], "Sullivan", 1)],
                vec![person(&["John"], "Sullivan", 1)],
            ],
            &[],
        );
        assert_eq!(m.speakers.len(), 2);
    }

    #[test]
    fn a_bare_surname_joins_the_one_person_who_has_it() {
        let m = merge(
            &[
                vec![person(&["Joe"], "Biden", 1)],
                vec![group("Biden", true), group("Moscow", true)],
            ],
            &[],
        );
        assert_eq!(names(&m)[1], vec!["Joe Biden", "Moscow"]);
        assert_eq!(
            m.speakers
                .iter()
                .find(|s| s.name == "Joe Biden")
                .map(|s| s.kind),
            Some(SpeakerKind::Person)
        );
    }

    #[test]
    fn a_bare_surname_shared_by_two_people_joins_neither() {
        let m = merge(
            &[
                vec![
                    person(&["Jake"], "Sullivan", 1),
                    person(&["John"], "Sullivan", 1),
                ],
                vec![group("Sullivan", true)],
            ],
            &[],
        );
        assert_eq!(names(&m)[1], vec!["Sullivan"]);
    }

    #[test]
    fn groups_merge_ignoring_dots_and_take_the_most_frequent_form() {
        let mut us = group("U.S. officials", false);
        us.mentions = 4;
        let m = merge(&[vec![us], vec![group("US officials", false)]], &[]);
        assert_eq!(m.speakers.len(), 1);
        assert_eq!(m.speakers[0].name, "U.S. officials");
    }

    #[test]
    fn catalog_aliases_join_forms_and_name_the_speaker() {
        let aliases = vec![(
            "Volodymyr Zelensky".to_string(),
            vec!["Volodymyr Zelenskyy".to_string(), "Zelenskyy".to_string()],
        )];
        let m = merge(
            &[
                vec![person(&["Volodymyr"], "Zelenskyy", 5)],
                vec![group("Zelenskyy", true)],
            ],
            &aliases,
        );
        assert_eq!(
            names(&m),
            vec![vec!["Volodymyr Zelensky"], vec!["Volodymyr Zelensky"]]
        );
    }
}
