//! Related-link furniture: headers of link boxes ("More From Our Experts", "Read more") whose
//! links did not survive scraping, and topic lists ("More on:" followed by short topic lines).

use crate::corpus::block::{Block, Role};
use crate::corpus::phrase;

/// Headers of related-link boxes. The links themselves are gone, so only the header line is
/// furniture: on CFR pages real article text follows it.
const LINK_BOX_HEADERS: &[&str] = &[
    "more from our experts",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related stories",
    "related reading",
    "read more",
    "read also",
    "also read",
    "see also",
    "recommended",
    "recommended reading",
    "further reading",
    "more on this story",
    "more on this topic",
];

/// Openings of a single related-story link written inline: "Read more: Why Putin …".
const LINK_PREFIXES: &[&str] = &[
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "see also:",
];

/// A related-story link is a headline, not a paragraph.
const MAX_LINK_WORDS: usize = 25;

/// Headers that introduce a list of topic tags.
const TOPIC_HEADERS: &[&str] = &[
    "more on",
    "topics",
    "tags",
    "related topics",
    "filed under",
    "categories",
];

/// Topic tags are short names, not sentences.
const MAX_TOPIC_WORDS: usize = 6;

/// Marks link-box headers and topic lists.
pub(super) fn mark(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        if !blocks[i].is_body() {
            i += 1;
            continue;
        }
        if phrase::is_one_of(&blocks[i].text, LINK_BOX_HEADERS) {
            blocks[i].role = Role::Furniture("related-links header");
        } else if is_inline_link(&blocks[i].text) {
            blocks[i].role = Role::Furniture("related-story link");
        } else if phrase::is_one_of(&blocks[i].text, TOPIC_HEADERS) {
            blocks[i].role = Role::Furniture("topic list");
            while i + 1 < blocks.len() && is_topic(&blocks[i + 1].text) {
                i += 1;
                blocks[i].role = Role::Furniture("topic list");
            }
        }
        i += 1;
    }
}

/// Rule: "Read more: <headline>" on a line of its own is a link to another story.
fn is_inline_link(text: &str) -> bool {
    // The prefix test first: it looks at a few bytes, the word count at the whole line.
    LINK_PREFIXES
        .iter()
        .any(|p| phrase::starts_with_ci(text, p))
        && !phrase::more_words_than(text, MAX_LINK_WORDS)
}

/// A topic tag: a few words, starting with a capital or digit, not ending like a sentence
/// (an abbreviation such as "U.S." may end with a full stop).
fn is_topic(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let starts_well = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ends_like_sentence = match text.chars().next_back() {
        Some('?' | '!' | ',' | ';' | ':') => true,
        Some('.') => words.last().is_some_and(|w| w.matches('.').count() < 2),
        _ => false,
    };
    !words.is_empty() && words.len() <= MAX_TOPIC_WORDS && starts_well && !ends_like_sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn more_from_our_experts_header_goes_and_the_text_after_it_stays() {
        let mut b = blocks("For Russia, what’s at stake is much more than Ukraine’s geopolitical orientation.\n\nMore From Our Experts\n\nThe Kremlin is demanding that Washington agree to legally binding guarantees of Russian security in Europe.\n");
        mark(&mut b);
        assert_eq!(
            body(&b),
            [
                "For Russia, what’s at stake is much more than Ukraine’s geopolitical orientation.",
                "The Kremlin is demanding that Washington agree to legally binding guarantees of Russian security in Europe."
            ]
        );
    }

    #[test]
    fn more_on_takes_its_topic_list_with_it() {
        let mut b = blocks("More on:\n\nRussia\n\nUkraine\n\nNATO (North Atlantic Treaty Organization)\n\nUnited States\n\nU.S. Foreign Policy\n\nThe Kremlin almost certainly understands that the United States—and its NATO allies—will never accede to these demands.\n");
        mark(&mut b);
        assert_eq!(
            body(&b),
            ["The Kremlin almost certainly understands that the United States—and its NATO allies—will never accede to these demands."]
        );
    }

    #[test]
    fn inline_read_more_links_go() {
        assert!(is_inline_link(
            "Read more: Can Talks With Russia Diffuse the Ukraine Crisis?"
        ));
        assert!(!is_inline_link(
            "Related: the talks in Geneva, Brussels and Vienna, which officials said were the most serious in years, yielded posturing and threats but concluded with the two sides no closer."
        ));
    }

    #[test]
    fn a_short_question_ends_a_topic_list() {
        assert!(!is_topic("Why now?"));
        assert!(is_topic("U.S."));
        assert!(!is_topic("He left."));
    }
}
