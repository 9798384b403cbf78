//! Teaser blocks: a header such as "Top Stories on CFR" followed by headlines and blurbs of
//! unrelated stories, up to the end of the page.

use crate::corpus::block::{Block, Role};
use crate::corpus::phrase;

/// Teaser headers, whole line. Those with "X" name the site: "Top Stories on CFR".
const HEADERS: &[&str] = &[
    "top stories",
    "most popular",
    "most read",
    "popular now",
    "trending",
    "trending now",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended for you",
    "editor's picks",
    "what to read next",
    "read next",
    "latest news",
    "latest stories",
];

/// Headers that end in the site's name.
const SITE_HEADERS: &[&str] = &[
    "top stories on ",
    "top stories from ",
    "more from ",
    "latest from ",
    "most popular on ",
    "most read on ",
    "trending on ",
];

/// Site names in headers are short ("CFR", "The National Interest").
const MAX_SITE_WORDS: usize = 5;

/// Marks a teaser header and everything after it. Returns the site name the header gives.
///
/// A teaser block is the page's tail, so it is only believed when it is the smaller part:
/// fewer words follow the header than precede it. A stray "Trending" line mid-article
/// therefore never swallows the rest of the text.
pub(super) fn mark(blocks: &mut [Block]) -> Option<String> {
    let words: Vec<usize> = blocks.iter().map(Block::words).collect();
    let total: usize = words.iter().sum();
    let mut before = 0;
    for i in 0..blocks.len() {
        let after = total - before - words[i];
        if after < before && blocks[i].is_body() {
            if let Some(site) = header(&blocks[i].text) {
                for b in &mut blocks[i..] {
                    b.role = Role::Furniture("teasers");
                }
                return site;
            }
        }
        before += words[i];
    }
    None
}

/// `Some(site)` when `text` is a teaser header (`site` is `None` when it names none).
fn header(text: &str) -> Option<Option<String>> {
    if phrase::is_one_of(text, HEADERS) {
        return Some(None);
    }
    if text.len() > 80 {
        return None;
    }
    let n = phrase::normalize(text);
    let prefix = SITE_HEADERS.iter().find(|p| n.starts_with(*p))?;
    // Cut by words, not bytes: normalising changed case and spacing, not the word count.
    let skip = prefix.split_whitespace().count();
    let words: Vec<&str> = text.split_whitespace().skip(skip).collect();
    let site = words.join(" ");
    let site = site.trim_end_matches([':', '.']);
    let capitalised = site.chars().next().is_some_and(char::is_uppercase);
    ((1..=MAX_SITE_WORDS).contains(&words.len()) && capitalised).then(|| Some(site.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::furniture::test_support::{blocks, body};

    const CFR_TAIL: &str = "Moscow’s intervention ensured the success of the current rulers. The crackdown now underway is not designed so much to quell popular rebellion as to crush elite opposition.\n\nTop Stories on CFR\n\nSyria\n\nChina\n\nZoe Liu, the Maurice R. Greenberg Senior Fellow for China Studies at CFR, sits down with James M. Lindsay.\n\nFrance\n";

    #[test]
    fn top_stories_and_everything_after_it_go_and_name_the_site() {
        let mut b = blocks(CFR_TAIL);
        assert_eq!(mark(&mut b), Some("CFR".to_string()));
        assert_eq!(body(&b).len(), 1);
        assert!(body(&b)[0].starts_with("Moscow’s intervention"));
    }

    #[test]
    fn a_teaser_header_near_the_top_is_not_believed() {
        let mut b = blocks("Trending\n\nRussia has demanded security guarantees that U.S. and NATO officials cannot accept.\n");
        assert_eq!(mark(&mut b), None);
        assert_eq!(body(&b).len(), 2);
    }

    #[test]
    fn site_names_must_look_like_names() {
        assert_eq!(header("More from our experts"), None);
        assert_eq!(header("Most Popular"), Some(None));
        assert_eq!(
            header("Top  Stories on  CFR:"),
            Some(Some("CFR".to_string()))
        );
        assert_eq!(
            header("More From The National Interest"),
            Some(Some("The National Interest".to_string()))
        );
    }
}
