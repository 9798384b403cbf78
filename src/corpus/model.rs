//! The domain model every other module reads: [`Article`], [`Paragraph`], [`Metadata`].

use serde::Serialize;

use super::span_map::SpanMap;
use crate::text::lang::Lang;

/// A calendar date as an article states it (no time zone, no time of day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Builds a date, or `None` when the month or day is out of range for that month.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days_in_month).then_some(Date { year, month, day })
    }

    /// Parses ISO `YYYY-MM-DD`; anything else is `None`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What is known about an article. `None` / empty means "unknown": Dossier never guesses.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    pub title: String,
    pub subtitle: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
}

/// One clean paragraph of body text, with its language and a map back to the raw file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    /// The cleaned text (link debris and escapes removed, whitespace trimmed).
    pub text: String,
    /// The language this paragraph is written in.
    pub lang: Lang,
    /// Maps byte offsets in `text` to byte offsets in [`Article::raw`].
    #[serde(skip)]
    pub map: SpanMap,
}

/// One article of the corpus, ready to read, index and mine for quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Stable identifier derived from the file name (its stem), safe for URLs.
    pub id: String,
    /// The file name as it sits in the corpus folder.
    pub file_name: String,
    /// The file's text exactly as read (UTF-8), the ground truth for citations.
    #[serde(skip)]
    pub raw: String,
    pub meta: Metadata,
    /// The body, in reading order, with furniture and duplicates removed.
    pub paragraphs: Vec<Paragraph>,
    /// Photo captions and their alt text, taken out of the body (each once, in order).
    pub captions: Vec<String>,
    /// Things the ingester noticed but could work around (shown by `dossier check`).
    pub warnings: Vec<String>,
    /// Words in the clean body, counted once by whoever builds the article
    /// ([`Article::count_words`]) so that views and the corpus summary need not segment
    /// the whole corpus again on every render.
    #[serde(skip)]
    pub(crate) words: usize,
}

impl Article {
    /// Number of words in the clean body (Unicode word boundaries), as counted when the
    /// article was built.
    pub fn word_count(&self) -> usize {
        self.words
    }

    /// Counts the words of `paragraphs` (Unicode word boundaries): the figure
    /// [`Article::word_count`] returns, for code that builds articles.
    pub(crate) fn count_words(paragraphs: &[Paragraph]) -> usize {
        use unicode_segmentation::UnicodeSegmentation;
        paragraphs
            .iter()
            .map(|p| p.text.unicode_words().count())
            .sum()
    }

    /// The language most of the body's words are in.
    pub fn main_lang(&self) -> Lang {
        use unicode_segmentation::UnicodeSegmentation;
        // Most articles are in one language throughout: then there is nothing to count
        // (the home list asks this of every article it shows, at every render).
        let mut langs = self.paragraphs.iter().map(|p| p.lang);
        let first = langs.next();
        if langs.all(|l| Some(l) == first) {
            return first.unwrap_or(Lang::Unknown);
        }
        let mut counts: Vec<(Lang, usize)> = Vec::new();
        for p in &self.paragraphs {
            let n = p.text.unicode_words().count();
            match counts.iter_mut().find(|(l, _)| *l == p.lang) {
                Some((_, c)) => *c += n,
                None => counts.push((p.lang, n)),
            }
        }
        counts
            .into_iter()
            .max_by_key(|&(_, c)| c)
            .map(|(l, _)| l)
            .unwrap_or(Lang::Unknown)
    }

    /// All languages present in the body, main language first.
    pub fn langs(&self) -> Vec<Lang> {
        let main = self.main_lang();
        let mut out = vec![main];
        for p in &self.paragraphs {
            if !out.contains(&p.lang) && p.lang != Lang::Unknown {
                out.push(p.lang);
            }
        }
        out
    }
}
