//! Photo captions and picture credits. A caption ends with its credit (" / AP",
//! "./CFP", "Geneva. Denis Balibouse/AFP/Getty Images"); a credit line stands alone
//! ("Image: Reuters."). Both leave the body; captions are kept for the reader.

use super::block::{Block, Role};
use super::phrase;
use super::split;

/// Line openings that announce a picture credit.
const CREDIT_PREFIXES: &[&str] = &[
    "image:",
    "images:",
    "photo:",
    "photos:",
    "photograph:",
    "picture:",
    "illustration:",
    "image credit:",
    "photo credit:",
    "credit:",
    "(photo:",
    "(image:",
    "(photo by ",
];

/// A credit line is a name or two, not a sentence.
const MAX_CREDIT_WORDS: usize = 10;
/// A credit chain segment ("Denis Balibouse", "AFP", "Getty Images") is a short name.
const MAX_SEGMENT_WORDS: usize = 4;
/// Alt text sitting right above a caption is one short description.
const MAX_ALT_WORDS: usize = 40;

/// Marks captions and credit lines; returns the caption texts, each once, in order.
///
/// The line right above a credited caption, with no blank line between, is the picture's
/// alt text (seed 003: "Wendy Sherman stands next to Sergei Ryabkov in front of U.S. and
/// Russian flags.") and goes with it. That grouping is only trusted in files that separate
/// paragraphs by blank lines; in a one-line-per-paragraph file it would eat body text.
pub(crate) fn mark(blocks: &mut [Block]) -> Vec<String> {
    let grouped = split::uses_blank_lines(blocks);
    let mut captions: Vec<String> = Vec::new();
    let keep = |text: &str, captions: &mut Vec<String>| {
        if !captions.iter().any(|c| c == text) {
            captions.push(text.to_string());
        }
    };
    for i in 0..blocks.len() {
        if !blocks[i].is_body() {
            continue;
        }
        if is_credit_line(&blocks[i].text) {
            blocks[i].role = Role::Caption;
        } else if ends_with_credit(&blocks[i].text) {
            if grouped && i > 0 && !blocks[i].blank_before {
                let alt = &mut blocks[i - 1];
                if alt.is_body() && alt.words() <= MAX_ALT_WORDS {
                    alt.role = Role::Caption;
                    keep(&alt.text, &mut captions);
                }
            }
            blocks[i].role = Role::Caption;
            keep(&blocks[i].text, &mut captions);
        }
    }
    captions
}

/// Rule: "Image: Reuters." and the like: a credit prefix and a few words.
fn is_credit_line(text: &str) -> bool {
    // The prefix test first: it looks at a few bytes, the word count at the whole line.
    CREDIT_PREFIXES
        .iter()
        .any(|p| phrase::starts_with_ci(text, p))
        && !phrase::more_words_than(text, MAX_CREDIT_WORDS)
}

/// Rule: the last sentence of the line is a credit chain: names joined by `/`, each a few
/// capitalised words ("Denis Balibouse/AFP/Getty Images"), or `/ AP` right after the
/// caption's final full stop ("June 16, 2021. / AP", "December 21, 2021./CFP").
fn ends_with_credit(text: &str) -> bool {
    let Some(at) = text.rfind(". ").into_iter().chain(text.rfind("./")).max() else {
        return false;
    };
    // The full stop must end a sentence, not an abbreviation: "the U.S./NATO" is prose.
    let last_word = text[..=at].split_whitespace().next_back().unwrap_or("");
    if last_word.matches('.').count() > 1 {
        return false;
    }
    let tail = &text[at + 1..];
    let segments: Vec<&str> = tail.split('/').map(str::trim).collect();
    if segments.len() < 2 {
        return false;
    }
    let (first, rest) = segments.split_at(1);
    (first[0].is_empty() || is_credit_name(first[0])) && rest.iter().all(|s| is_credit_name(s))
}

/// A photographer or agency name: 1-4 words, each starting with a capital letter.
fn is_credit_name(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_SEGMENT_WORDS
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn caption_with_spaced_agency_credit() {
        assert!(ends_with_credit("Russian President Vladimir Putin (left) and US President Joe Biden meet at Villa la Grange in Geneva, Switzerland, June 16, 2021. / AP"));
    }

    #[test]
    fn caption_with_glued_agency_credit() {
        assert!(ends_with_credit("Ukrainian border guards watch a special vehicle dig a trench on the Russian-Ukrainian border near Sumy, Ukraine, December 21, 2021./CFP"));
    }

    #[test]
    fn caption_with_photographer_and_agencies_takes_its_alt_text_along() {
        let mut b = blocks("For that reason, critics have argued that sanctions should be much stiffer.\n\nWendy Sherman stands next to Sergei Ryabkov in front of U.S. and Russian flags.\nU.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov attend talks on tensions over Ukraine in Geneva. Denis Balibouse/AFP/Getty Images\n\nNow, U.S. and NATO officials are threatening “devastating” sanctions.\n");
        let captions = mark(&mut b);
        assert_eq!(captions.len(), 2);
        assert!(captions[0].starts_with("Wendy Sherman stands next to"));
        assert!(captions[1].ends_with("Denis Balibouse/AFP/Getty Images"));
        assert_eq!(
            body(&b),
            [
                "For that reason, critics have argued that sanctions should be much stiffer.",
                "Now, U.S. and NATO officials are threatening “devastating” sanctions."
            ]
        );
    }

    #[test]
    fn image_credit_line_goes() {
        assert!(is_credit_line("Image: Reuters."));
        assert!(!is_credit_line(
            "Image is everything in diplomacy, and Moscow knows it well, the former ambassador said."
        ));
    }

    #[test]
    fn slashes_in_prose_are_not_credits() {
        assert!(!ends_with_credit("The talks are a 50/50 proposition."));
        assert!(!ends_with_credit(
            "Washington and/or Brussels will respond."
        ));
        assert!(!ends_with_credit("A growing rift between the U.S./NATO"));
        assert!(!ends_with_credit("He left. The U.S./NATO position is firm"));
    }

    #[test]
    fn repeated_captions_are_kept_once() {
        let line = "Russian President Vladimir Putin (left) and US President Joe Biden meet at Villa la Grange in Geneva, Switzerland, June 16, 2021. / AP";
        let mut b = blocks(&format!("{line}\n\n{line}\n"));
        assert_eq!(mark(&mut b), vec![line.to_string()]);
        assert!(body(&b).is_empty());
    }
}
