//! What a search returns: plain data, serialisable with serde, so the UI, the CLI
//! (`--json`) and a later JavaScript API read the same shapes.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into some text named by its owner.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct ByteRange {
    pub start: usize,
    pub end: usize,
}

impl ByteRange {
    /// The range `start..end`.
    pub fn new(start: usize, end: usize) -> ByteRange {
        ByteRange { start, end }
    }

    /// As a `std::ops::Range`, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the range is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// The results of one search (see [`super::SearchRequest`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// Articles matching the query, the facet selections and the date range.
    pub total: usize,
    /// The requested page of ranked hits (`offset .. offset + limit`).
    pub hits: Vec<Hit>,
    /// Where the page starts in the full ranking.
    pub offset: usize,
    /// The query text with each misspelt word replaced by the word searched instead
    /// ("showing results for …"); `None` when nothing was corrected.
    pub corrected_query: Option<String>,
    /// The corrections one by one.
    pub corrections: Vec<Correction>,
    /// Things the user should know about how the query was read.
    pub notices: Vec<Notice>,
    /// Facet counts over the matching articles (see [`Facets`]).
    pub facets: Facets,
}

/// One ranked article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Position of the article in the engine's article list (its handle).
    pub article: usize,
    /// The article's stable id (for URLs).
    pub id: String,
    /// BM25 score (0 when the query has no words, only filters).
    pub score: f32,
    /// Matches in the article's title, as byte ranges into `meta.title`.
    pub title_highlights: Vec<ByteRange>,
    /// The best passage of the body.
    pub snippet: Snippet,
    /// Number of matches in the whole article (title and body).
    pub match_count: usize,
}

/// A passage of one paragraph with the query's matches marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Index of the paragraph the passage comes from (`None` when the article has no body).
    pub paragraph: Option<usize>,
    /// The passage, copied verbatim from the paragraph.
    pub text: String,
    /// Byte offset of `text` within the paragraph.
    pub offset: usize,
    /// Matches, as byte ranges into `text`, sorted and non-overlapping.
    pub highlights: Vec<ByteRange>,
    /// Whether the paragraph goes on before / after the passage (show an ellipsis).
    pub cut_start: bool,
    pub cut_end: bool,
}

impl Snippet {
    /// The passage as plain text with each highlight in [brackets] (the CLI's rendering,
    /// and the easiest form to assert on). Highlights out of order or out of range are
    /// left unmarked rather than panicking.
    pub fn bracketed(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + 2 * self.highlights.len());
        let mut at = 0;
        for h in &self.highlights {
            let Some(word) = self.text.get(h.range()).filter(|_| h.start >= at) else {
                continue;
            };
            out.push_str(&self.text[at..h.start]);
            out.push('[');
            out.push_str(word);
            out.push(']');
            at = h.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// A word the engine replaced because the corpus does not contain it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// The word as typed.
    pub original: String,
    /// The vocabulary word searched instead.
    pub corrected: String,
    /// Where the word sits in the query string.
    pub span: ByteRange,
}

/// A remark about how the query was read, for the page to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// `speaker:` was used but no quote index is available, so it matched nothing.
    SpeakerFilterUnavailable { speaker: String },
    /// The quote index knows no speaker by this name.
    UnknownSpeaker { speaker: String },
    /// `lang:` named a language Dossier does not know.
    UnknownLanguage { value: String },
    /// A date in the request was not `YYYY-MM-DD` and was ignored.
    InvalidDate { value: String },
    /// Common words left out of a word list (they still count inside phrases).
    IgnoredStopWords { words: Vec<String> },
    /// A word that no article contains, with no close spelling either.
    NoSuchWord { word: String },
    /// The query was longer than the engine reads; the rest was ignored.
    QueryTruncated { ignored_clauses: usize },
}

impl Notice {
    /// The notice as one English sentence.
    pub fn message(&self) -> String {
        match self {
            Notice::SpeakerFilterUnavailable { speaker } => {
                format!("speaker:{speaker} matches nothing: quotes are not indexed")
            }
            Notice::UnknownSpeaker { speaker } => {
                format!("no quotes from a speaker named {speaker}")
            }
            Notice::UnknownLanguage { value } => format!("unknown language `{value}`"),
            Notice::InvalidDate { value } => {
                format!("ignored date `{value}`: use YYYY-MM-DD")
            }
            Notice::IgnoredStopWords { words } => {
                format!("ignored common words: {}", words.join(", "))
            }
            Notice::NoSuchWord { word } => format!("no article contains `{word}`"),
            Notice::QueryTruncated { ignored_clauses } => {
                format!("query too long: the last {ignored_clauses} terms were ignored")
            }
        }
    }
}

/// Facet counts. Each count is over the articles matching the query, the date range
/// and the selections of the *other* facets (disjunctive faceting), so selecting one
/// outlet keeps the other outlets' counts visible for an OR.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Facets {
    pub outlet: Vec<FacetValue>,
    pub author: Vec<FacetValue>,
    pub lang: Vec<FacetValue>,
    /// Publication months, `YYYY-MM`, in calendar order.
    pub month: Vec<FacetValue>,
}

/// One value of a facet with its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetValue {
    /// The key to put in a [`super::FacetSelection`] (outlet name, author name,
    /// language code, `YYYY-MM`).
    pub value: String,
    /// What to show (the language's name for languages; the value otherwise).
    pub label: String,
    /// Matching articles with this value.
    pub count: usize,
    /// Whether this value is selected in the request.
    pub selected: bool,
}

/// One match in an article, for highlighting it in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MatchPosition {
    /// Paragraph index, or `None` for the title.
    pub paragraph: Option<usize>,
    /// Byte range in the paragraph's text (or in the title).
    pub range: ByteRange,
    /// The same span in the raw file ([`crate::corpus::Article::raw`]); `None` for the
    /// title, whose text the ingester may have assembled.
    pub raw: Option<ByteRange>,
}
