//! Stop words: words too common to narrow a search by themselves.
//!
//! They are still indexed with their positions, so they never break a phrase
//! (`"the ball is in Russia's court"` matches word for word); the query planner only
//! drops them from plain word lists when other words remain, so `the talks` searches for
//! `talks`. The lists are short on purpose: a word such as `not` or `war` changes meaning.

/// English stop words (folded).
const ENGLISH: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
    "them", "they", "this", "to", "was", "were", "which", "with",
];

/// Russian stop words (folded).
const RUSSIAN: &[&str] = &[
    "а", "в", "во", "да", "для", "же", "за", "и", "из", "к", "как", "на", "о", "об", "от", "по",
    "с", "со", "то", "у", "что", "это",
];

/// Ukrainian stop words (folded).
const UKRAINIAN: &[&str] = &[
    "в", "від", "до", "з", "за", "зі", "і", "із", "й", "на", "по", "про", "та", "у", "це", "що",
    "як",
];

/// Whether a folded word is a stop word in English, Russian or Ukrainian.
pub fn is_stop_word(folded: &str) -> bool {
    ENGLISH.contains(&folded) || RUSSIAN.contains(&folded) || UKRAINIAN.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_function_words_are_stop_words() {
        assert!(is_stop_word("the"));
        assert!(is_stop_word("що"));
        assert!(is_stop_word("что"));
    }

    #[test]
    fn meaning_words_are_not() {
        assert!(!is_stop_word("not"));
        assert!(!is_stop_word("war"));
        assert!(!is_stop_word("nato"));
    }
}
