//! Repeated lines. Scraped pages repeat the headline (page title and `<h1>`), the dek and
//! photo captions; a verbatim repeat of an earlier line is never new text.

use std::collections::HashMap;

use super::block::{Block, Role};
use super::phrase;

/// Marks every body block whose text (ignoring case and spacing) already appeared, as a
/// [`Role::Duplicate`] of its first occurrence.
pub(crate) fn mark(blocks: &mut [Block]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, block) in blocks.iter_mut().enumerate() {
        if !block.is_body() {
            continue;
        }
        let key = phrase::normalize(&block.text);
        match seen.get(&key) {
            Some(&first) => block.role = Role::Duplicate(first),
            None => {
                seen.insert(key, i);
            }
        }
    }
}

/// Whether block `i` was repeated somewhere later.
pub(crate) fn is_repeated(blocks: &[Block], i: usize) -> bool {
    blocks.iter().any(|b| b.role == Role::Duplicate(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    #[test]
    fn repeated_title_and_dek_keep_their_first_copy() {
        let mut b = blocks("Can Talks With Russia Diffuse the Ukraine Crisis?\n\nCan Talks With Russia Diffuse the Ukraine Crisis?\n\nAs the Ukraine crisis deepens, Russia and the West dig in for a second round of high-stakes security talks.\n\nAs the Ukraine crisis deepens, Russia and the West dig in for a second round of high-stakes security talks.\n");
        mark(&mut b);
        assert_eq!(body(&b).len(), 2);
        assert_eq!(b[1].role, Role::Duplicate(0));
        assert!(is_repeated(&b, 0));
        assert!(is_repeated(&b, 2));
    }
}
