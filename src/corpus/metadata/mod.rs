//! Metadata read from the text itself: title, dek, outlet, authors, date, source URL.
//!
//! [`read`] walks the blocks once the furniture, captions and duplicates are marked: the
//! head of the file (header, byline, headline, dek) and the prose that talks about the
//! author and publisher (editor's note, disclaimer, closing bio). Each finding is a claim
//! with a [`Source`]; [`Claims::resolve`] settles them (see `claims.rs` for the order).

mod bio;
pub(crate) mod claims;
mod dates;
mod header;
mod names;
pub(crate) mod outlets;
mod title;

pub(crate) use claims::{Claims, Source};

use super::block::{body_indices, Block, Role};
use super::duplicates;
use crate::text::lang;

/// Metadata lines sit in the first few lines; deeper down the text is the article.
const HEAD_BLOCKS: usize = 8;
/// A closing bio is one of the last two paragraphs.
const BIO_BLOCKS: usize = 2;
/// A views disclaimer outside an editor's note sits among the first or last three.
const DISCLAIMER_BLOCKS: usize = 3;

/// Reads every metadata claim from the blocks, re-labelling the lines that only carry
/// metadata (URL, header, byline, title, dek) so they leave the body. `site` is a site
/// name found in the page furniture.
pub(crate) fn read(blocks: &mut [Block], site: Option<String>) -> Claims {
    let mut claims = Claims::default();
    read_url_lines(blocks, &mut claims);
    read_head(blocks, &mut claims);
    read_prose(blocks, &mut claims);
    if let Some(site) = site {
        claims.outlets.push((Source::SiteName, site));
    }
    claims
}

/// Rule: lines that are only a web address give the source URL (and, for known outlets,
/// the outlet by its domain).
fn read_url_lines(blocks: &mut [Block], claims: &mut Claims) {
    for b in blocks.iter_mut().filter(|b| b.is_body()) {
        if let Some(url) = header::url_line(&b.text) {
            if let Some(outlet) = outlets::by_url(&url) {
                claims.outlets.push((Source::UrlDomain, outlet.to_string()));
            }
            claims.urls.push(url);
            b.role = Role::Meta;
        }
    }
}

/// Walks the first lines: header lines and bylines (before or after the headline), the
/// headline (first line that is none of those), then the dek.
///
/// Dek rule: the line after the headline is a dek when it is one sentence of 4-50 words in
/// the headline's language, and the page shows it is display text: either the dek itself
/// is repeated, or the headline is (a page title plus an `<h1>`, with the standfirst under
/// it). Without that evidence the first line after the headline is the lede and stays.
fn read_head(blocks: &mut [Block], claims: &mut Claims) {
    let body = body_indices(blocks);
    let mut title: Option<usize> = None;
    let mut dek_open = false;
    for (n, &i) in body.iter().enumerate().take(HEAD_BLOCKS) {
        let text = blocks[i].text.clone();
        let more_follows = n + 1 < body.len();
        if let Some(h) = header::header_line(&text) {
            claims.dates.push((Source::Header, h.date));
            if let Some(o) = h.outlet {
                claims.outlets.push((Source::Header, o));
            }
            if let Some(a) = h.author {
                claims.authors.push((Source::Byline, a));
            }
            blocks[i].role = Role::Meta;
        } else if let Some(names) = names::byline_names(&text) {
            claims
                .authors
                .extend(names.into_iter().map(|a| (Source::Byline, a)));
            blocks[i].role = Role::Meta;
        } else if names::is_person_name(&text) && (title.is_some() || more_follows) {
            claims.authors.push((Source::Byline, text));
            blocks[i].role = Role::Meta;
        } else if title.is_none() {
            if !title::is_title_shaped(&text) {
                break;
            }
            blocks[i].role = Role::Title;
            claims.title = Some(text);
            title = Some(i);
            dek_open = true;
        } else if let (true, Some(t)) = (dek_open, title) {
            dek_open = false;
            let display = duplicates::is_repeated(blocks, i) || duplicates::is_repeated(blocks, t);
            let same_lang = lang::detect(&text) == lang::detect(&blocks[t].text);
            if display && same_lang && more_follows && title::is_dek_shaped(&text) {
                blocks[i].role = Role::Subtitle;
                claims.subtitle = Some(text);
            } else {
                break;
            }
        } else {
            break;
        }
    }
}

/// Reads the editor's note, views disclaimer and closing bio (these stay in the body: they
/// are the outlet's own words, and a reader may want them).
fn read_prose(blocks: &[Block], claims: &mut Claims) {
    let body = body_indices(blocks);
    let n = body.len();
    for (k, &i) in body.iter().enumerate() {
        let text = &blocks[i].text;
        let note = bio::editors_note(text);
        if let Some(b) = &note {
            claims.authors.push((Source::EditorsNote, b.name.clone()));
            if let Some(o) = &b.outlet {
                claims.outlets.push((Source::EditorsNote, o.clone()));
            }
        }
        if note.is_some() || k < DISCLAIMER_BLOCKS || k + DISCLAIMER_BLOCKS >= n {
            if let Some(o) = bio::disclaimer_outlet(text) {
                claims.outlets.push((Source::Disclaimer, o));
            }
        }
        if note.is_none() && k + BIO_BLOCKS >= n {
            if let Some(b) = bio::bio(text) {
                claims.authors.push((Source::Bio, b.name));
                if let Some(o) = b.outlet {
                    claims.outlets.push((Source::Bio, o));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{duplicates, split};

    /// Blocks of `raw` after duplicate marking, and the claims read from them.
    fn read_text(raw: &str) -> (Vec<Block>, Claims) {
        let mut blocks = split::blocks(raw);
        duplicates::mark(&mut blocks);
        let claims = read(&mut blocks, None);
        (blocks, claims)
    }

    const LEDE: &str = "After two months in which another Russian invasion of Ukraine looked probable, if not imminent, there are signs of a diplomatic climbdown from the recent tensions.";

    #[test]
    fn header_and_byline_before_the_headline_leave_the_body() {
        let raw = format!("The National Interest.-10.01.2022\n\nDaniel R. De Petris\n\nU.S.-Russia Talks Must Continue\n\n{LEDE}\n");
        let (blocks, claims) = read_text(&raw);
        assert_eq!(
            claims.title.as_deref(),
            Some("U.S.-Russia Talks Must Continue")
        );
        assert_eq!(
            claims.authors,
            [(Source::Byline, "Daniel R. De Petris".to_string())]
        );
        assert_eq!(
            claims.outlets,
            [(Source::Header, "The National Interest".to_string())]
        );
        let roles: Vec<Role> = blocks.iter().map(|b| b.role).collect();
        assert_eq!(roles, [Role::Meta, Role::Meta, Role::Title, Role::Body]);
    }

    #[test]
    fn the_line_after_an_unrepeated_headline_is_the_lede_not_a_dek() {
        let raw = "Russia-U.S. Talks Concluded With Posturing and Threats, but No Movement on Either Side\nLast weekend, a senior Biden administration official looked at Russia’s military pressure on Ukraine and said the coming week of talks would offer President Vladimir Putin a choice between diplomacy and withering economic penalties.\nA week later, White House officials said they still don’t know which path Moscow will take.\n";
        let (blocks, claims) = read_text(raw);
        assert_eq!(claims.subtitle, None);
        assert_eq!(blocks[1].role, Role::Body);
    }

    #[test]
    fn the_sentence_under_a_repeated_headline_is_the_dek() {
        let raw = "Can U.S.-Russia Diplomacy Ease Ukraine Tensions?\n\nCan U.S.-Russia Diplomacy Ease Ukraine Tensions?\n\nRussia has demanded security guarantees that U.S. and NATO officials cannot accept, but there could still be room for building a sustainable dialogue on European security.\n\nThe latest U.S.-Russia talks show few signs of progress on easing tensions over Ukraine. What will it take to de-escalate the situation?\n";
        let (blocks, claims) = read_text(raw);
        assert!(claims
            .subtitle
            .is_some_and(|s| s.starts_with("Russia has demanded")));
        assert_eq!(blocks[3].role, Role::Body);
    }

    #[test]
    fn a_translated_headline_is_not_a_dek() {
        let raw = format!("U.S.-Russia Talks Must Continue\n\nU.S.-Russia Talks Must Continue\n\nПереговори між США і Росією необхідно продовжувати\n\n{LEDE}\n");
        let (blocks, claims) = read_text(&raw);
        assert_eq!(claims.subtitle, None);
        assert_eq!(blocks[2].role, Role::Body);
    }

    #[test]
    fn url_line_gives_url_and_outlet_by_domain() {
        let raw = format!("U.S.-Russia Talks Must Continue\n\n<https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263>\n\n{LEDE}\n");
        let (blocks, claims) = read_text(&raw);
        assert_eq!(claims.urls.len(), 1);
        assert_eq!(
            claims.outlets,
            [(Source::UrlDomain, "The National Interest".to_string())]
        );
        assert_eq!(blocks[1].role, Role::Meta);
    }

    #[test]
    fn closing_bio_and_editors_note_name_authors_and_stay_in_the_body() {
        let raw = format!("Title Of The Piece\n\nEditor’s Note: Nikola Mikovic is a freelance journalist based in Serbia. The article reflects the views of the author, and not necessarily those of CGTN.\n\n{LEDE}\n\nMark Episkopos is a national security reporter for the National Interest.\n");
        let (blocks, claims) = read_text(&raw);
        let authors: Vec<&str> = claims.authors.iter().map(|(_, a)| a.as_str()).collect();
        assert_eq!(authors, ["Nikola Mikovic", "Mark Episkopos"]);
        assert!(claims
            .outlets
            .contains(&(Source::Disclaimer, "CGTN".to_string())));
        assert!(claims
            .outlets
            .contains(&(Source::Bio, "the National Interest".to_string())));
        assert_eq!(blocks.iter().filter(|b| b.is_body()).count(), 3);
    }

    #[test]
    fn a_bio_sentence_mid_article_is_not_read_as_the_authors() {
        let raw = format!("Title Of The Piece\n\nSergei Ryabkov is a deputy foreign minister for Russia.\n\n{LEDE}\n\n{LEDE} Again.\n\n{LEDE} And again.\n");
        let (_, claims) = read_text(&raw);
        assert!(claims.authors.is_empty());
    }
}
