//! Quote views on the [`Engine`]: filtering with facets, grouping by speaker, speaker pages,
//! the `speaker:` search filter and export rows. The UI renders these results as they are;
//! it never re-derives them.

use std::collections::HashMap;

use serde::Serialize;

use crate::corpus::Article;
use crate::engine::Engine;

use super::export::ExportRow;
use super::names::fold;
use super::{Quote, QuoteKind, Speaker, SpeakerId};

/// Index of a quote in [`QuoteBook::quotes`](super::QuoteBook::quotes): stable for one build.
pub type QuoteId = usize;

/// What the Quotes view shows. Empty fields match everything; within one field any value
/// matches (speaker A or B), across fields all must (speaker A and kind direct).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuoteFilter {
    /// Words that must all occur in the quote's text, ignoring case and accents; the last
    /// word may be the start of a word (search as you type).
    pub text: String,
    /// Speakers to keep.
    pub speakers: Vec<SpeakerId>,
    /// Outlets by name; `None` selects articles whose outlet is unknown.
    pub outlets: Vec<Option<String>>,
    /// Kinds to keep.
    pub kinds: Vec<QuoteKind>,
    /// Only quotes from this article.
    pub article: Option<usize>,
}

/// One value of a facet with the number of quotes it would select.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount<T> {
    /// The value, as the filter takes it.
    pub value: T,
    /// What the UI shows (`unknown` for an unknown outlet).
    pub label: String,
    /// Quotes it selects under the other filters.
    pub count: usize,
    /// Whether the filter currently selects this value.
    pub selected: bool,
}

/// Facet counts for the current filter. Each facet is counted with every *other* filter
/// applied, so the alternatives to a selected value keep their counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuoteFacets {
    /// Most quoted first.
    pub speakers: Vec<FacetCount<SpeakerId>>,
    /// Most quoted first; the unknown outlet last.
    pub outlets: Vec<FacetCount<Option<String>>>,
    /// In [`QuoteKind::ALL`] order.
    pub kinds: Vec<FacetCount<QuoteKind>>,
}

/// The quotes of one speaker among the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerGroup {
    /// `None` gathers the quotes whose speaker is not named.
    pub speaker: Option<SpeakerId>,
    /// The speaker's canonical name, or [`UNKNOWN_SPEAKER`].
    pub name: String,
    /// Their matching quotes, in corpus order.
    pub quotes: Vec<QuoteId>,
}

/// The result of a quote query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuoteResults {
    /// Matching quotes in corpus order (article, then position).
    pub quotes: Vec<QuoteId>,
    /// Counts for the speaker, outlet and kind facets.
    pub facets: QuoteFacets,
    /// The matching quotes grouped by speaker, most quoted first (unnamed last).
    pub by_speaker: Vec<SpeakerGroup>,
}

/// Everything the speaker page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerPage {
    /// The speaker, with canonical name, kind and aliases.
    pub speaker: Speaker,
    /// All their quotes across outlets, in corpus order.
    pub quotes: Vec<QuoteId>,
    /// Roles the articles give them, in order of first appearance.
    pub roles: Vec<String>,
    /// Outlets quoting them with the number of quotes, most first (`None` = unknown outlet).
    pub outlets: Vec<(Option<String>, usize)>,
    /// Articles quoting them, in corpus order.
    pub articles: Vec<usize>,
    /// Number of quotes of each kind, in [`QuoteKind::ALL`] order.
    pub kinds: Vec<(QuoteKind, usize)>,
}

/// Label for an article whose outlet is not known.
pub const UNKNOWN_OUTLET: &str = "unknown";

/// Name of the group of quotes whose speaker the text does not name.
pub const UNKNOWN_SPEAKER: &str = "speaker not named";

/// A query's words, folded; the last may be a prefix.
struct TextQuery(Vec<String>);

impl TextQuery {
    fn new(text: &str) -> TextQuery {
        TextQuery(
            text.split(|c: char| !c.is_alphanumeric())
                .map(fold)
                .filter(|w| !w.is_empty())
                .collect(),
        )
    }

    /// Whether every word occurs in `words` (the quote's folded words); the last query word
    /// may be the start of a word.
    fn matches(&self, words: &[String]) -> bool {
        let last = self.0.len().saturating_sub(1);
        self.0.iter().enumerate().all(|(i, q)| {
            words
                .iter()
                .any(|w| w == q || (i == last && w.starts_with(q.as_str())))
        })
    }
}

/// The folded words of a quote's text, for searching within quotes.
pub(crate) fn quote_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Which filter fields to leave out when counting a facet.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Skip {
    None,
    Speakers,
    Outlets,
    Kinds,
}

impl Engine {
    /// All quotes of the corpus, in corpus order (their position is their [`QuoteId`]).
    pub fn quotes(&self) -> &[Quote] {
        self.quote_book().quotes()
    }

    /// The quote with this id.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.quotes().get(id)
    }

    /// All speakers (their position is their [`SpeakerId`]).
    pub fn speakers(&self) -> &[Speaker] {
        self.quote_book().speakers()
    }

    /// The speaker with this id.
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.quote_book().speaker(id)
    }

    /// The quotes of one article, in reading order (for marking them in the reader).
    pub fn quotes_in_article(&self, article: usize) -> &[Quote] {
        self.quote_book().in_article(article)
    }

    /// The outlet of a quote's article (`None` when unknown).
    pub fn quote_outlet(&self, q: &Quote) -> Option<&str> {
        self.quote_article(q).and_then(|a| a.meta.outlet.as_deref())
    }

    /// The article a quote comes from.
    pub fn quote_article(&self, q: &Quote) -> Option<&Article> {
        self.articles().get(q.article)
    }

    /// The speaker best matching `name`: a canonical name first, then an alias (both
    /// case-insensitive), then the speaker most quoted among several.
    pub fn find_speaker(&self, name: &str) -> Option<SpeakerId> {
        let book = self.quote_book();
        let name = name.trim();
        let exact = book
            .speakers()
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
            .map(|s| s.id);
        exact.or_else(|| {
            book.find_speakers(name)
                .into_iter()
                .max_by_key(|&s| book.quote_ids_of(s).len())
        })
    }

    /// Articles quoting a speaker named `name` (canonical name or alias, case-insensitive),
    /// in corpus order: what the search `speaker:` filter keeps.
    pub fn speaker_articles(&self, name: &str) -> Vec<usize> {
        let book = self.quote_book();
        let mut out: Vec<usize> = book
            .find_speakers(name)
            .into_iter()
            .flat_map(|s| {
                book.quote_ids_of(s)
                    .iter()
                    .map(|&q| book.quotes()[q].article)
            })
            .collect();
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    fn quote_matches(&self, id: QuoteId, f: &QuoteFilter, text: &TextQuery, skip: Skip) -> bool {
        let book = self.quote_book();
        let Some(q) = book.quotes().get(id) else {
            return false;
        };
        if f.article.is_some_and(|a| a != q.article) {
            return false;
        }
        if skip != Skip::Kinds && !f.kinds.is_empty() && !f.kinds.contains(&q.kind) {
            return false;
        }
        if skip != Skip::Speakers
            && !f.speakers.is_empty()
            && !q.speaker.is_some_and(|s| f.speakers.contains(&s))
        {
            return false;
        }
        if skip != Skip::Outlets && !f.outlets.is_empty() {
            let outlet = self.quote_outlet(q).map(str::to_string);
            if !f.outlets.contains(&outlet) {
                return false;
            }
        }
        text.0.is_empty() || text.matches(book.words_of(id))
    }

    /// Runs a quote query: the matching quotes, facet counts and speaker groups.
    pub fn query_quotes(&self, f: &QuoteFilter) -> QuoteResults {
        let text = TextQuery::new(&f.text);
        let all = 0..self.quotes().len();
        let quotes: Vec<QuoteId> = all
            .clone()
            .filter(|&i| self.quote_matches(i, f, &text, Skip::None))
            .collect();

        // Counted through maps: a corpus can have thousands of speakers.
        let mut speaker_counts: HashMap<SpeakerId, usize> = HashMap::new();
        let mut outlet_counts: HashMap<Option<&str>, usize> = HashMap::new();
        let mut kinds: Vec<FacetCount<QuoteKind>> = QuoteKind::ALL
            .iter()
            .map(|&k| FacetCount {
                value: k,
                label: k.as_str().to_string(),
                count: 0,
                selected: f.kinds.contains(&k),
            })
            .collect();
        for i in all {
            let q = &self.quotes()[i];
            if let Some(s) = q
                .speaker
                .filter(|_| self.quote_matches(i, f, &text, Skip::Speakers))
            {
                *speaker_counts.entry(s).or_default() += 1;
            }
            if self.quote_matches(i, f, &text, Skip::Outlets) {
                *outlet_counts.entry(self.quote_outlet(q)).or_default() += 1;
            }
            if self.quote_matches(i, f, &text, Skip::Kinds) {
                if let Some(c) = kinds.iter_mut().find(|c| c.value == q.kind) {
                    c.count += 1;
                }
            }
        }
        let mut speakers: Vec<FacetCount<SpeakerId>> = speaker_counts
            .into_iter()
            .map(|(s, count)| FacetCount {
                value: s,
                label: self.speaker(s).map(|x| x.name.clone()).unwrap_or_default(),
                count,
                selected: f.speakers.contains(&s),
            })
            .collect();
        let mut outlets: Vec<FacetCount<Option<String>>> = outlet_counts
            .into_iter()
            .map(|(o, count)| {
                let value = o.map(str::to_string);
                FacetCount {
                    label: o.unwrap_or(UNKNOWN_OUTLET).to_string(),
                    selected: f.outlets.contains(&value),
                    value,
                    count,
                }
            })
            .collect();
        // Two speakers may share a name (the same name in unrelated articles): the id
        // breaks that tie, or the order would follow the hash map's.
        crate::sort::sort_by(&mut speakers, |a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.label.cmp(&b.label))
                .then_with(|| a.value.cmp(&b.value))
        });
        crate::sort::sort_by(&mut outlets, |a, b| {
            (a.value.is_none(), std::cmp::Reverse(a.count), &a.label).cmp(&(
                b.value.is_none(),
                std::cmp::Reverse(b.count),
                &b.label,
            ))
        });

        let mut group_of: HashMap<Option<SpeakerId>, usize> = HashMap::new();
        let mut by_speaker: Vec<SpeakerGroup> = Vec::new();
        for &i in &quotes {
            let s = self.quotes()[i].speaker;
            let g = *group_of.entry(s).or_insert_with(|| {
                by_speaker.push(SpeakerGroup {
                    speaker: s,
                    name: s
                        .and_then(|s| self.speaker(s))
                        .map_or_else(|| UNKNOWN_SPEAKER.to_string(), |x| x.name.clone()),
                    quotes: Vec::new(),
                });
                by_speaker.len() - 1
            });
            by_speaker[g].quotes.push(i);
        }
        crate::sort::sort_by(&mut by_speaker, |a, b| {
            (
                a.speaker.is_none(),
                std::cmp::Reverse(a.quotes.len()),
                &a.name,
                a.speaker,
            )
                .cmp(&(
                    b.speaker.is_none(),
                    std::cmp::Reverse(b.quotes.len()),
                    &b.name,
                    b.speaker,
                ))
        });
        QuoteResults {
            quotes,
            facets: QuoteFacets {
                speakers,
                outlets,
                kinds,
            },
            by_speaker,
        }
    }

    /// Everything the speaker page shows, or `None` for an unknown id.
    pub fn speaker_page(&self, id: SpeakerId) -> Option<SpeakerPage> {
        let book = self.quote_book();
        let speaker = book.speaker(id)?.clone();
        let quotes = book.quote_ids_of(id).to_vec();
        let mut outlets: Vec<(Option<String>, usize)> = Vec::new();
        let mut articles: Vec<usize> = Vec::new();
        let mut kinds: Vec<(QuoteKind, usize)> = QuoteKind::ALL.iter().map(|&k| (k, 0)).collect();
        for &qi in &quotes {
            let q = &book.quotes()[qi];
            let o = self.quote_outlet(q).map(str::to_string);
            match outlets.iter_mut().find(|(x, _)| *x == o) {
                Some((_, n)) => *n += 1,
                None => outlets.push((o, 1)),
            }
            articles.push(q.article);
            if let Some((_, n)) = kinds.iter_mut().find(|(k, _)| *k == q.kind) {
                *n += 1;
            }
        }
        crate::sort::sort_by(&mut outlets, |a, b| {
            (a.0.is_none(), std::cmp::Reverse(a.1)).cmp(&(b.0.is_none(), std::cmp::Reverse(b.1)))
        });
        crate::sort::sort(&mut articles);
        articles.dedup();
        Some(SpeakerPage {
            roles: speaker.roles.clone(),
            speaker,
            quotes,
            outlets,
            articles,
            kinds,
        })
    }

    /// Export rows (article, outlet, date, speaker, offsets) for the given quotes, in order.
    pub fn export_rows(&self, ids: &[QuoteId]) -> Vec<ExportRow> {
        ids.iter()
            .filter_map(|&id| {
                let q = self.quote(id)?;
                let a = self.quote_article(q)?;
                Some(ExportRow::new(
                    id,
                    q,
                    a,
                    q.speaker.and_then(|s| self.speaker(s)),
                ))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_query_needs_every_word_and_allows_a_prefix_last() {
        let words = quote_words("We’re equally prepared if Russia chooses a different path.");
        assert!(TextQuery::new("russia prepared").matches(&words));
        assert!(TextQuery::new("russia prep").matches(&words));
        assert!(!TextQuery::new("prep russia").matches(&words));
        assert!(!TextQuery::new("ukraine").matches(&words));
    }

    #[test]
    fn text_query_ignores_case_and_accents() {
        let words = quote_words("Gérald Darmanin said France would act");
        assert!(TextQuery::new("GERALD").matches(&words));
    }
}
