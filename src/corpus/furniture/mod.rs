//! Site furniture: text a web page wraps around an article (related-link headers, topic
//! lists, section labels, licence boxes, teasers for other stories, comment and contact
//! lines). Each family of rules lives in its own file and only re-labels blocks as
//! [`Role::Furniture`](super::block::Role::Furniture); nothing is deleted.
//!
//! The rules are phrase lists plus shape checks (short lines, position at the end), never
//! tied to one file: they are meant for any English news page scraped to text.

mod boilerplate;
mod labels;
mod licence;
mod related;
mod teasers;

use super::block::Block;

/// What furniture tells about the article besides being removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Signs {
    /// A site name from a teaser header such as "Top Stories on CFR".
    pub site: Option<String>,
}

/// Runs every furniture rule over the blocks, in an order where the greedy rules (teasers
/// run to the end of the file) go first so the others never see unrelated stories.
pub(crate) fn apply(blocks: &mut [Block]) -> Signs {
    let site = teasers::mark(blocks);
    licence::mark(blocks);
    related::mark(blocks);
    labels::mark(blocks);
    boilerplate::mark(blocks);
    Signs { site }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::corpus::block::{Block, Role};
    use crate::corpus::split;

    /// Blocks of `raw` with their text, for rule tests.
    pub fn blocks(raw: &str) -> Vec<Block> {
        split::blocks(raw)
    }

    /// The texts still in the body.
    pub fn body(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| b.role == Role::Body)
            .map(|b| b.text.as_str())
            .collect()
    }
}
