//! The shapes of a headline and of a dek (standfirst).

/// Headlines are short.
const MAX_TITLE_WORDS: usize = 30;
const MAX_TITLE_CHARS: usize = 300;
/// A dek is one sentence of moderate length.
const MAX_DEK_WORDS: usize = 50;
const MIN_DEK_WORDS: usize = 4;

/// Rule: a headline is at most 30 words (and 300 characters), has letters, and does not end like a clause that
/// continues (comma, semicolon, colon, dash).
pub(crate) fn is_title_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=MAX_TITLE_WORDS).contains(&words)
        && text.chars().count() <= MAX_TITLE_CHARS
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with([',', ';', ':', '-', '—', '–'])
}

/// Rule: a dek is a single sentence of 4 to 50 words ending in sentence punctuation.
pub(crate) fn is_dek_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (MIN_DEK_WORDS..=MAX_DEK_WORDS).contains(&words)
        && text.ends_with(['.', '?', '!'])
        && sentence_count(text) == 1
}

/// Sentences in `text`: ends of sentence (`.`, `?`, `!` followed by a space and a capital
/// letter, abbreviations such as "U.S." excepted) plus one.
fn sentence_count(text: &str) -> usize {
    let mut count = 1;
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        let (w, next) = (pair[0], pair[1]);
        let ends =
            w.ends_with(['.', '?', '!']) && !(w.ends_with('.') && w[..w.len() - 1].contains('.'));
        let capital = next.chars().next().is_some_and(char::is_uppercase);
        if ends && capital && w.chars().count() > 2 {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_headlines_are_title_shaped() {
        assert!(is_title_shaped("U.S.-Russia Talks Must Continue"));
        assert!(is_title_shaped(
            "United States and Russia: Progress in Talks or Preparations for War?"
        ));
        assert!(!is_title_shaped("After two months in which another Russian invasion of Ukraine looked probable, if not imminent, there are signs of a diplomatic climbdown from the recent tensions. President Joe Biden has been working the phones in an attempt to defuse the crisis."));
    }

    #[test]
    fn a_huge_unbroken_line_is_no_title() {
        assert!(!is_title_shaped(&"[(".repeat(500)));
    }

    #[test]
    fn seed_deks_are_dek_shaped() {
        assert!(is_dek_shaped("As the Ukraine crisis deepens, Russia and the West dig in for a second round of high-stakes security talks."));
        assert!(is_dek_shaped("Russia has demanded security guarantees that U.S. and NATO officials cannot accept, but there could still be room for building a sustainable dialogue on European security."));
    }

    #[test]
    fn two_sentences_are_not_a_dek() {
        assert!(!is_dek_shaped("The latest U.S.-Russia talks show few signs of progress on easing tensions over Ukraine. What will it take to de-escalate the situation?"));
    }
}
