//! [`Block`]: one non-blank line of a raw file after inline cleaning, and the [`Role`] the
//! cleaning rules give it. Rules never delete blocks, they re-label them, so tests (and
//! `dossier check`) can see what each rule took out of the body and why.

use super::pieces::Pieces;

/// What a line of the raw file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Article text: becomes (part of) a paragraph.
    Body,
    /// The headline.
    Title,
    /// The standfirst / dek under the headline.
    Subtitle,
    /// A line that only carries metadata (outlet/date header, byline, source URL).
    Meta,
    /// A photo caption or picture credit (kept in `Article::captions`, not in the body).
    Caption,
    /// Site furniture; the name says which rule recognised it.
    Furniture(&'static str),
    /// A repeat of the block at this index.
    Duplicate(usize),
}

/// One cleaned line.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The clean text (inline debris removed, trimmed).
    pub text: String,
    /// The verbatim raw ranges `text` is made of.
    pub pieces: Pieces,
    /// Whether a blank line (or the start of the file) comes right before this line.
    pub blank_before: bool,
    pub role: Role,
}

impl Block {
    /// Number of words (whitespace-separated tokens).
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Still part of the article body?
    pub fn is_body(&self) -> bool {
        self.role == Role::Body
    }
}

/// Indices of the blocks still in the body, in reading order.
pub(crate) fn body_indices(blocks: &[Block]) -> Vec<usize> {
    (0..blocks.len()).filter(|&i| blocks[i].is_body()).collect()
}
