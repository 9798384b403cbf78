//! Section labels ("kickers") that pages print above or beside a headline: "In Brief",
//! "Analysis", "Opinion". They name the format, not the content, and are only furniture
//! when they stand alone on a line.

use crate::corpus::block::{Block, Role};
use crate::corpus::phrase;

const LABELS: &[&str] = &[
    "in brief",
    "expert brief",
    "analysis",
    "news analysis",
    "opinion",
    "commentary",
    "editorial",
    "op-ed",
    "explainer",
    "backgrounder",
    "interview",
    "perspective",
    "feature",
    "exclusive",
    "breaking news",
    "news",
    "blog post",
    "podcast",
    "video",
    "q&a",
    "fact sheet",
    "live updates",
];

/// Marks lines that are only a section label.
pub(super) fn mark(blocks: &mut [Block]) {
    for b in blocks.iter_mut().filter(|b| b.is_body()) {
        if phrase::is_one_of(&b.text, LABELS) {
            b.role = Role::Furniture("section label");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn in_brief_label_between_the_two_titles_goes() {
        let mut b = blocks("Can U.S.-Russia Diplomacy Ease Ukraine Tensions?\n\nIn Brief\n\nCan U.S.-Russia Diplomacy Ease Ukraine Tensions?\n");
        mark(&mut b);
        assert_eq!(
            body(&b),
            [
                "Can U.S.-Russia Diplomacy Ease Ukraine Tensions?",
                "Can U.S.-Russia Diplomacy Ease Ukraine Tensions?"
            ]
        );
    }

    #[test]
    fn a_label_word_inside_a_sentence_is_text() {
        let mut b = blocks("In brief, the talks failed.\n");
        mark(&mut b);
        assert_eq!(body(&b).len(), 1);
    }
}
