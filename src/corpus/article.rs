//! One file's text -> one [`Article`]: the cleaning pipeline, in order.
//!
//! 1. `split`: lines, each cleaned of inline markdown debris (`markdown`).
//! 2. `furniture`: site furniture leaves the body.
//! 3. `captions`: photo captions and credits leave the body (kept in `Article::captions`).
//! 4. `duplicates`: repeated lines leave the body.
//! 5. `metadata`: header, byline, URL, headline and dek lines leave the body; claims from
//!    them and from the prose are resolved into [`Metadata`].
//! 6. `split::paragraphs`: the remaining lines become paragraphs (cut sentences joined),
//!    each with its language and an exact map back to the raw text.

use super::model::{Article, Paragraph};
use super::{captions, duplicates, furniture, metadata, split};
use crate::text::lang;

/// Builds the article for file `file_name` with id `id` and (already validated) text `raw`.
pub(crate) fn build(id: String, file_name: String, raw: String) -> Article {
    let mut blocks = split::blocks(&raw);
    let signs = furniture::apply(&mut blocks);
    let captions = captions::mark(&mut blocks);
    duplicates::mark(&mut blocks);
    let claims = metadata::read(&mut blocks, signs.site);
    let (meta, mut warnings) = claims.resolve();
    let paragraphs: Vec<Paragraph> = split::paragraphs(&raw, &blocks)
        .into_iter()
        .map(|p| Paragraph {
            lang: lang::detect(&p.text),
            text: p.text,
            map: p.map,
        })
        .collect();
    if paragraphs.is_empty() {
        warnings.push("body: no text left after cleaning".to_string());
    }
    if raw.contains('\u{fffd}') {
        warnings.push(
            "text contains U+FFFD replacement characters: it was mis-decoded before it was saved"
                .to_string(),
        );
    }
    Article {
        id,
        file_name,
        raw,
        meta,
        words: Article::count_words(&paragraphs),
        paragraphs,
        captions,
        warnings,
    }
}
