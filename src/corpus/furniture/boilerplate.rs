//! One-line page boilerplate: comment-section remnants ("Comments are closed."), sharing
//! buttons, and invitations to contact or follow the site ("(If you would like to
//! contribute …, please contact us at [email protected])").

use crate::corpus::block::{Block, Role};
use crate::corpus::phrase;

/// Whole lines left by comment sections, share bars and ad slots.
const LINES: &[&str] = &[
    "comments are closed",
    "comments",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "show comments",
    "join the conversation",
    "share",
    "share this",
    "share this article",
    "share this story",
    "print",
    "email",
    "advertisement",
    "subscribe",
    "sign up for our newsletter",
];

/// Phrases in which a site addresses its readers.
const INVITATIONS: &[&str] = &[
    "contact us",
    "email us",
    "e-mail us",
    "write to us",
    "reach us",
    "get in touch",
    "follow us on",
    "sign up for",
    "subscribe to our",
];

/// An invitation is a short line, not a paragraph quoting someone saying "contact us".
const MAX_INVITATION_WORDS: usize = 40;

/// Marks boilerplate lines.
pub(super) fn mark(blocks: &mut [Block]) {
    for b in blocks.iter_mut().filter(|b| b.is_body()) {
        if phrase::is_one_of(&b.text, LINES) {
            b.role = Role::Furniture("comments and sharing");
        } else if is_invitation(&b.text) {
            b.role = Role::Furniture("contact line");
        }
    }
}

/// A short line inviting readers to contact, follow or subscribe, shaped like a notice:
/// entirely in parentheses, or carrying an address (an `@` or Cloudflare's "[email protected]"
/// placeholder), or about a newsletter.
fn is_invitation(text: &str) -> bool {
    if phrase::more_words_than(text, MAX_INVITATION_WORDS) || !may_be_notice_shaped(text) {
        return false;
    }
    let n = phrase::normalize(text);
    let invites = INVITATIONS.iter().any(|p| n.contains(p));
    let notice_shaped = (n.starts_with('(') && n.ends_with(')'))
        || n.contains('@')
        || n.contains("email protected")
        || n.contains("newsletter");
    invites && notice_shaped
}

/// A cheap necessary condition for the notice shapes of [`is_invitation`], tested on the
/// line as it is, so that ordinary paragraphs skip normalisation.
fn may_be_notice_shaped(text: &str) -> bool {
    text.contains(['(', '@'])
        || phrase::contains_ci(text, "email")
        || phrase::contains_ci(text, "newsletter")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn comments_are_closed_goes() {
        let mut b = blocks("Sooner or later Moscow may have to choose.\n\n\nComments are closed.");
        mark(&mut b);
        assert_eq!(body(&b), ["Sooner or later Moscow may have to choose."]);
    }

    #[test]
    fn contact_line_with_protected_address_goes() {
        let mut b = blocks("(If you would like to contribute and have specific expertise, please contact us at [email\u{a0}protected])\n");
        mark(&mut b);
        assert!(body(&b).is_empty());
    }

    #[test]
    fn a_quote_that_says_contact_us_stays() {
        let mut b = blocks("“Contact us if you see troop movements,” the border guard said.\n");
        mark(&mut b);
        assert_eq!(body(&b).len(), 1);
    }
}
