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
