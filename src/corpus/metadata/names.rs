//! People's names: does a line look like a byline name, how to split "A and B", and when
//! two spellings ("Daniel R. De Petris", "Daniel R. DePetris") are one person.

/// Lower-case particles inside surnames ("de", "van der", "bin").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "bin",
    "ibn", "al", "el", "ter", "st.",
];

/// Capitalised words that start headlines and headers but never names.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "for", "in", "on", "to", "with", "at", "by", "from",
    "our", "your", "my", "must", "will", "can", "is", "are", "was", "why", "how", "what", "more",
    "top", "new", "read", "comments", "share",
];

/// Names are 2 to 5 words ("Nikola Mikovic", "Daniel R. De Petris").
const MAX_NAME_WORDS: usize = 5;

/// Whether `text` is shaped like one person's name: 2-5 words, each a capitalised word,
/// an initial ("R.") or a surname particle, at least two of them capitalised words, no
/// digits, no sentence punctuation.
pub(crate) fn is_person_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || words.len() > MAX_NAME_WORDS {
        return false;
    }
    let mut capitalised = 0;
    for w in &words {
        if PARTICLES.contains(&w.to_lowercase().as_str()) && !w.chars().all(char::is_uppercase) {
            continue;
        }
        if NOT_NAMES.contains(&w.to_lowercase().as_str()) {
            return false;
        }
        if is_initial(w) {
            continue;
        }
        if !is_name_word(w) {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 2
}

/// "R." or "J.R."
fn is_initial(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
    w.ends_with('.')
        && !letters.is_empty()
        && letters.len() <= 2
        && letters.iter().all(|c| c.is_uppercase())
}

/// A capitalised word of letters (hyphens and apostrophes allowed inside, as in
/// "Jean-Luc", "O’Brien"), not all capitals beyond three letters ("NATO" is no name).
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: Vec<char> = chars.collect();
    first.is_uppercase()
        && rest
            .iter()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !(rest.len() >= 3 && rest.iter().all(|c| !c.is_lowercase()))
}

/// The names in a byline: "By Jane Doe and John Roe" -> both; `None` if any part is not a
/// name (then the line is not a byline at all).
pub(crate) fn byline_names(text: &str) -> Option<Vec<String>> {
    let body = strip_by(text)?;
    split_names(body)
}

/// "By X" (any case of "by"), with nothing else before it.
fn strip_by(text: &str) -> Option<&str> {
    let t = text.trim();
    let head = t.get(..3)?;
    head.eq_ignore_ascii_case("by ").then(|| &t[3..])
}

/// Splits "A, B and C" / "A & B" into names; `None` unless every part is a name.
pub(crate) fn split_names(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for part in text.split([',', '&']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if !is_person_name(part) {
            return None;
        }
        out.push(part.to_string());
    }
    (!out.is_empty()).then_some(out)
}

/// Identity key of a person's name: letters only, lower case. "Daniel R. De Petris" and
/// "Daniel R. DePetris" share it, as do spacing and punctuation variants of any name.
pub(crate) fn person_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_bylines_are_names() {
        assert!(is_person_name("Daniel R. De Petris"));
        assert!(is_person_name("Nikola Mikovic"));
        assert!(is_person_name("Daniel R. DePetris"));
    }

    #[test]
    fn headlines_and_headers_are_not_names() {
        assert!(!is_person_name("U.S.-Russia Talks Must Continue"));
        assert!(!is_person_name("The National Interest.-10.01.2022"));
        assert!(!is_person_name("More From Our Experts"));
        assert!(!is_person_name("NATO Summit"));
        assert!(!is_person_name("Russia"));
        assert!(!is_person_name(
            "Переговори між США і Росією необхідно продовжувати"
        ));
    }

    #[test]
    fn by_lines_list_their_authors() {
        assert_eq!(
            byline_names("By Jane Doe and John Roe"),
            Some(vec!["Jane Doe".to_string(), "John Roe".to_string()])
        );
        assert_eq!(byline_names("By the way, talks failed"), None);
        assert_eq!(byline_names("Daniel R. De Petris"), None);
    }

    #[test]
    fn spacing_variants_are_one_person() {
        assert_eq!(
            person_key("Daniel R. De Petris"),
            person_key("Daniel R. DePetris")
        );
        assert_ne!(person_key("Jake Sullivan"), person_key("John Sullivan"));
    }
}
