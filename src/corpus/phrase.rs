//! Comparing short lines of text the way a reader would: case, spacing, curly apostrophes
//! and trailing punctuation do not matter. Used by the rules that recognise fixed phrases
//! of site furniture ("Comments are closed.", "More on:") and by duplicate detection.

/// Lower-cased, whitespace collapsed, `’` as `'`, trailing `.`, `:` and spaces removed.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            // Most words of English text: no case table, no curly marks.
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            continue;
        }
        for c in word.chars() {
            match c {
                '’' | '‘' => out.push('\''),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
    let trimmed = out.trim_end_matches(['.', ':', ' ']).len();
    out.truncate(trimmed);
    out
}

/// Whether `text`, normalised, is one of `phrases` (given already normalised).
pub(crate) fn is_one_of(text: &str, phrases: &[&str]) -> bool {
    // Furniture lines are short; skip the allocation for body paragraphs.
    if text.len() > 80 {
        return false;
    }
    let n = normalize(text);
    phrases.contains(&n.as_str())
}

/// Whether `text` has more than `n` whitespace-separated words. Stops reading at word
/// `n + 1`: the rules ask it of every paragraph, and most are long.
pub(crate) fn more_words_than(text: &str, n: usize) -> bool {
    text.split_whitespace().nth(n).is_some()
}

/// Whether `text` contains `needle` (ASCII), ignoring ASCII case.
pub(crate) fn contains_ci(text: &str, needle: &str) -> bool {
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether `text` starts, case-insensitively, with `prefix` (ASCII `prefix`).
pub(crate) fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_case_spacing_and_closing_punctuation() {
        assert_eq!(normalize("  More   on: "), "more on");
        assert_eq!(normalize("Comments are closed."), "comments are closed");
        assert_eq!(normalize("Editor’s Note"), "editor's note");
    }

    #[test]
    fn normalize_lowercases_ascii_and_other_scripts_alike() {
        assert_eq!(
            normalize("NATO Says: ЗАЯВЛЕНИЕ Kremlin’s."),
            "nato says: заявление kremlin's"
        );
    }

    #[test]
    fn contains_ci_ignores_ascii_case() {
        assert!(contains_ci("Sign up for our NEWSLETTER", "newsletter"));
        assert!(!contains_ci("news letter", "newsletter"));
        assert!(!contains_ci("", "email"));
    }

    #[test]
    fn more_words_than_counts_whitespace_separated_words() {
        assert!(!more_words_than("", 0));
        assert!(more_words_than("one", 0));
        assert!(!more_words_than(" one  two ", 2));
        assert!(more_words_than("one two three", 2));
    }

    #[test]
    fn phrase_lists_match_whole_lines_only() {
        assert!(is_one_of(
            "More From Our Experts",
            &["more from our experts"]
        ));
        assert!(!is_one_of(
            "More From Our Experts on Russia and Ukraine",
            &["more from our experts"]
        ));
    }

    #[test]
    fn prefix_match_is_case_insensitive_and_safe_on_short_text() {
        assert!(starts_with_ci("Image: Reuters.", "image:"));
        assert!(!starts_with_ci("Im", "image:"));
        assert!(!starts_with_ci("Ое", "o"));
    }
}
