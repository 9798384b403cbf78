//! Licence and copyright boxes: "Creative Commons: Some rights reserved." through the
//! box's own buttons ("View License Detail", "Close").

use crate::corpus::block::{Block, Role};
use crate::corpus::phrase;

/// Phrases that only occur in licence or copyright notices.
const MARKERS: &[&str] = &[
    "creative commons",
    "licensed under",
    "some rights reserved",
    "all rights reserved",
    "copyright ©",
];

/// Buttons and links of a licence pop-up, left behind as lines of their own.
const CONTROLS: &[&str] = &[
    "close",
    "view license detail",
    "view licence detail",
    "view license details",
    "license",
    "licence",
    "learn more",
    "dismiss",
];

/// A notice is a short line; a long paragraph that mentions a licence is article text.
const MAX_NOTICE_WORDS: usize = 40;

/// Marks every run of licence lines (and the controls inside or right after it).
pub(super) fn mark(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].is_body() && is_notice(&blocks[i].text) {
            while i < blocks.len()
                && blocks[i].is_body()
                && (is_notice(&blocks[i].text) || phrase::is_one_of(&blocks[i].text, CONTROLS))
            {
                blocks[i].role = Role::Furniture("licence");
                i += 1;
            }
        } else {
            i += 1;
        }
    }
}

/// A short line that states a licence or copyright.
fn is_notice(text: &str) -> bool {
    if phrase::more_words_than(text, MAX_NOTICE_WORDS) {
        return false;
    }
    let n = phrase::normalize(text);
    n.starts_with('©') || n.starts_with("copyright ") || MARKERS.iter().any(|m| n.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn creative_commons_block_goes_through_its_last_close_button() {
        let mut b = blocks("The crackdown now underway is not designed so much to quell popular rebellion as to crush elite opposition.\n\nCreative Commons\nCreative Commons: Some rights reserved.\nClose\nThis work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0) License.\nView License Detail\nClose\n\nNext paragraph.\n");
        mark(&mut b);
        assert_eq!(
            body(&b),
            [
                "The crackdown now underway is not designed so much to quell popular rebellion as to crush elite opposition.",
                "Next paragraph."
            ]
        );
    }

    #[test]
    fn a_close_line_outside_a_licence_box_stays() {
        let mut b = blocks("Close\n\nThe vote was close.\n");
        mark(&mut b);
        assert_eq!(body(&b).len(), 2);
    }
}
