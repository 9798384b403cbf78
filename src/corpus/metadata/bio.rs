//! What an article says about its author and publisher in prose: an editor's note
//! ("Editor’s Note: Nikola Mikovic is a freelance journalist …"), a closing bio ("Mark
//! Episkopos is a national security reporter for the National Interest."), and a views
//! disclaimer ("… not necessarily those of CGTN.").

use super::names;
use crate::corpus::phrase;

/// Openings of editor's notes and author boxes.
const NOTE_PREFIXES: &[&str] = &[
    "editor's note:",
    "editor’s note:",
    "editors' note:",
    "about the author:",
    "author's note:",
    "author’s note:",
];

/// Jobs of people who write for an outlet as its staff or regular contributors; a bio
/// naming one of these "for"/"at" a single outlet says where the article appeared.
const STAFF_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "contributor",
    "journalist",
    "producer",
];

/// A bio sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bio {
    /// The person the sentence is about.
    pub name: String,
    /// The outlet, when the bio ties the person to exactly one as staff.
    pub outlet: Option<String>,
}

/// "Editor’s Note: X is a …" -> the bio inside the note.
pub(crate) fn editors_note(text: &str) -> Option<Bio> {
    let prefix = NOTE_PREFIXES
        .iter()
        .find(|p| phrase::starts_with_ci(text, p))?;
    bio(text[prefix.len()..].trim_start())
}

/// "X is a/an/the … ." -> X, and the outlet when the first sentence names one affiliation
/// with a staff role: "a national security reporter for the National Interest" gives the
/// National Interest, but "a fellow at Defense Priorities and a foreign affairs columnist at
/// Newsweek" gives none (two affiliations: which one published this piece is unknowable).
pub(crate) fn bio(text: &str) -> Option<Bio> {
    let (name, rest) = text.split_once(" is ")?;
    if !names::is_person_name(name) {
        return None;
    }
    let role = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))?;
    let sentence = first_sentence(role);
    Some(Bio {
        name: name.to_string(),
        outlet: staff_outlet(sentence),
    })
}

/// The outlet of a role clause with exactly one affiliation and a staff role.
fn staff_outlet(role: &str) -> Option<String> {
    let affiliations: Vec<&str> = [" for ", " at ", " with "]
        .iter()
        .flat_map(|p| {
            role.match_indices(p)
                .map(move |(i, _)| &role[i + p.len()..])
        })
        .filter(|after| starts_with_name(after))
        .collect();
    let [after] = affiliations.as_slice() else {
        return None;
    };
    let lower = role.to_lowercase();
    if lower.contains("freelance") || !STAFF_ROLES.iter().any(|r| lower.contains(r)) {
        return None;
    }
    let name = after.trim_end_matches(['.', ' ']);
    let name = name.split([',', ';', '(']).next().unwrap_or(name).trim();
    (name.split_whitespace().count() <= 6).then(|| name.to_string())
}

/// Whether the text starts with a proper name, possibly after "the".
fn starts_with_name(text: &str) -> bool {
    let t = text.strip_prefix("the ").unwrap_or(text);
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Text up to the first full stop that ends a sentence (". " + capital, or the end); keeps
/// abbreviations such as "U.S." inside.
fn first_sentence(text: &str) -> &str {
    for (i, _) in text.match_indices(". ") {
        let next = text[i + 2..].chars().next();
        let prev_word = text[..i].split_whitespace().next_back().unwrap_or("");
        if next.is_some_and(char::is_uppercase) && !prev_word.contains('.') && prev_word.len() > 1 {
            return &text[..=i];
        }
    }
    text
}

/// "…and not necessarily those of CGTN." / "…do not necessarily reflect the views of X."
/// -> the publisher named as distinct from the author.
pub(crate) fn disclaimer_outlet(text: &str) -> Option<String> {
    let at = text.find("necessarily ")?;
    let after = &text[at..];
    let of = after.find(" of ")?;
    let name = first_sentence(&after[of + 4..])
        .trim_end_matches(['.', ' '])
        .trim();
    let words = name.split_whitespace().count();
    ((1..=6).contains(&words) && starts_with_name(name)).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTE: &str = "Editor’s Note: Nikola Mikovic is a freelance journalist based in Serbia. He mainly covers Russian, Ukrainian and Belarusian foreign policy and writes for several ezines. The article reflects the views of the author, and not necessarily those of CGTN.";

    #[test]
    fn editors_note_names_the_author() {
        assert_eq!(
            editors_note(NOTE),
            Some(Bio {
                name: "Nikola Mikovic".to_string(),
                outlet: None
            })
        );
    }

    #[test]
    fn views_disclaimer_names_the_outlet() {
        assert_eq!(disclaimer_outlet(NOTE), Some("CGTN".to_string()));
        assert_eq!(
            disclaimer_outlet(
                "These views do not necessarily reflect the views of The National Interest."
            ),
            Some("The National Interest".to_string())
        );
        assert_eq!(
            disclaimer_outlet("It is not necessarily a sign of weakness."),
            None
        );
    }

    #[test]
    fn staff_bio_names_author_and_outlet() {
        assert_eq!(
            bio("Mark Episkopos is a national security reporter for the National Interest."),
            Some(Bio {
                name: "Mark Episkopos".to_string(),
                outlet: Some("the National Interest".to_string())
            })
        );
    }

    #[test]
    fn bio_with_two_affiliations_names_no_outlet() {
        assert_eq!(
            bio("Daniel R. DePetris is a fellow at Defense Priorities and a foreign affairs columnist at Newsweek."),
            Some(Bio {
                name: "Daniel R. DePetris".to_string(),
                outlet: None
            })
        );
    }

    #[test]
    fn body_sentences_are_not_bios() {
        assert_eq!(bio("Russia is a nuclear-armed power."), None);
        assert_eq!(
            bio("“They may be able to create more divisions in the West,” said Mr. Vershbow, a Russia expert at the Atlantic Council."),
            None
        );
    }
}
