//! The [`QuoteBook`]: every quote of the corpus with its provenance, and the speakers.

mod pack; // the book in the corpus pack

use std::ops::Range;

use serde::Serialize;

use crate::corpus::Article;
use crate::text::lang::Lang;

use super::extract::{self, Item};
use super::identity;
use super::para::Para;
use super::resolve::{self, Entity, Named};

/// What kind of speech a quote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quotation set off as the speaker's own utterance (`“…,” he said.`).
    Direct,
    /// Quoted words inside the author's sentence (`called it a “non-starter”`).
    Partial,
    /// Reported speech without quote marks: the reported clause (`X said CLAUSE`).
    Indirect,
}

impl QuoteKind {
    /// All kinds, in display order.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect];

    /// The lowercase name used in JSON, CSV and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }

    /// Parses [`QuoteKind::as_str`]'s names, case-insensitively.
    pub fn parse(s: &str) -> Option<QuoteKind> {
        QuoteKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Whether a speaker is one person or a group / institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described individual (`Sergei Lavrov`, `senior Ukrainian official`).
    Person,
    /// A group, an institution or a place standing for one (`U.S. officials`, `Kremlin`).
    Group,
}

/// A speaker's position in [`QuoteBook::speakers`]: stable for one build of the book.
pub type SpeakerId = usize;

/// A speaker: one identity across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Its position in [`QuoteBook::speakers`].
    pub id: SpeakerId,
    /// The canonical name: a person's fullest form in the corpus's most used spelling,
    /// a group as written (without a leading article), or the catalog's canonical name.
    pub name: String,
    /// A person or a group.
    pub kind: SpeakerKind,
    /// Roles the articles give (`Kremlin spokesman`, `Russian Foreign Minister`), in
    /// order of first appearance.
    pub roles: Vec<String>,
    /// Other names seen for the speaker (`Sergey Lavrov`, `Mr. Lavrov`, `Lavrov`) and
    /// catalog aliases.
    pub aliases: Vec<String>,
}

impl Speaker {
    /// Whether `name` is this speaker's canonical name or one of its aliases (ignoring
    /// case and surrounding spaces).
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.trim();
        !name.is_empty()
            && std::iter::once(&self.name)
                .chain(self.aliases.iter())
                .any(|n| n.eq_ignore_ascii_case(name))
    }
}

/// One quotation or reported clause, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Index of the paragraph in the article's clean paragraphs.
    pub paragraph: usize,
    /// Byte range in the clean paragraph text.
    pub clean: Range<usize>,
    /// Byte range in the article's raw file text ([`Article::raw`]).
    pub raw: Range<usize>,
    /// The quoted words (inside the quote marks) or the reported clause, from the clean text.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speaker, when the text names one.
    pub speaker: Option<SpeakerId>,
    /// The phrase the attribution points to, as written (`Mr. Lavrov`, `he`,
    /// `The Ukrainian president`).
    pub mention: Option<String>,
    /// The speaker's role in this article, if it gives one.
    pub role: Option<String>,
    /// The reporting verb phrase as written (`said`, `told reporters`, `according to`).
    pub cue: Option<String>,
}

/// The quotes of one article, without cross-corpus speaker identities.
#[derive(Debug, Clone, Default)]
pub struct ArticleQuotes {
    items: Vec<Item>,
    entities: Vec<Entity>,
    speaker_of: Vec<Option<usize>>,
}

impl ArticleQuotes {
    /// Extracts the quotes of one article: English (or undetermined) paragraphs only,
    /// since the rules are English rules.
    pub fn extract(article: &Article) -> ArticleQuotes {
        let mut items = Vec::new();
        let mut named: Vec<Named> = Vec::new();
        for (pi, para) in article.paragraphs.iter().enumerate() {
            if !matches!(para.lang, Lang::English | Lang::Unknown) {
                continue;
            }
            let p = Para::new(&para.text);
            resolve::named_people(&p, pi, &mut named);
            items.extend(extract::paragraph_items(&p, pi));
        }
        let resolved = resolve::resolve(&items, &named);
        ArticleQuotes {
            items,
            entities: resolved.entities,
            speaker_of: resolved.speaker_of,
        }
    }

    /// Number of quotes found.
    pub fn len(&self) -> usize {
        self.items.iter().filter(|i| !i.silent).count()
    }

    /// Whether no quote was found.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Every quote in the corpus and the speakers they are attributed to.
#[derive(Debug, Clone, Default)]
pub struct QuoteBook {
    quotes: Vec<Quote>,
    speakers: Vec<Speaker>,
    /// Quote indices of each speaker, in corpus order.
    by_speaker: Vec<Vec<usize>>,
    /// Quote index range of each article.
    by_article: Vec<Range<usize>>,
    /// Each quote's folded words, for searching within quotes: made at the first such
    /// search, not at start-up (folding every quote of a 10,000-article corpus costs a
    /// tenth of a second that a page load should not pay).
    words: std::sync::OnceLock<Vec<Vec<String>>>,
}

impl QuoteBook {
    /// Extracts the quotes of every article and resolves speakers across the corpus;
    /// `aliases` (canonical name, variants) come from `catalog.toml`.
    pub fn build(articles: &[Article], aliases: &[(String, Vec<String>)]) -> QuoteBook {
        let extracted: Vec<ArticleQuotes> = articles.iter().map(ArticleQuotes::extract).collect();
        QuoteBook::from_extracted(articles, extracted, aliases)
    }

    /// Builds the book from per-article extractions (in `articles` order).
    pub fn from_extracted(
        articles: &[Article],
        extracted: Vec<ArticleQuotes>,
        aliases: &[(String, Vec<String>)],
    ) -> QuoteBook {
        let entities: Vec<Vec<Entity>> = extracted.iter().map(|x| x.entities.clone()).collect();
        let merged = identity::merge(&entities, aliases);
        let mut quotes = Vec::new();
        let mut by_article = Vec::with_capacity(articles.len());
        for (ai, (article, x)) in articles.iter().zip(&extracted).enumerate() {
            let first = quotes.len();
            for (item, local) in x.items.iter().zip(&x.speaker_of) {
                if item.silent {
                    continue;
                }
                let Some(para) = article.paragraphs.get(item.paragraph) else {
                    continue;
                };
                let Some(text) = para.text.get(item.span.clone()) else {
                    continue;
                };
                let (rs, re) = para.map.range_to_raw(item.span.start, item.span.end);
                let speaker =
                    local.and_then(|l| merged.map.get(ai).and_then(|m| m.get(l)).copied());
                let role = item.role.clone().or_else(|| {
                    local
                        .and_then(|l| x.entities.get(l))
                        .and_then(|e| e.roles.first().cloned())
                });
                let mention = match &item.speaker {
                    extract::SpeakerRef::Said(m) => Some(m.text.clone()),
                    _ => None,
                };
                quotes.push(Quote {
                    article: ai,
                    paragraph: item.paragraph,
                    clean: item.span.clone(),
                    raw: rs..re,
                    text: text.to_string(),
                    kind: item.kind,
                    speaker,
                    mention,
                    role,
                    cue: item.cue.clone(),
                });
            }
            by_article.push(first..quotes.len());
        }
        QuoteBook::with_lookups(quotes, merged.speakers, by_article)
    }

    /// The book of `quotes` (by article) and `speakers`, with the lookups derived from
    /// them: each speaker's quotes (and, when first needed, each quote's words).
    fn with_lookups(
        quotes: Vec<Quote>,
        speakers: Vec<Speaker>,
        by_article: Vec<Range<usize>>,
    ) -> QuoteBook {
        let mut by_speaker = vec![Vec::new(); speakers.len()];
        for (qi, q) in quotes.iter().enumerate() {
            if let Some(s) = q.speaker {
                if let Some(list) = by_speaker.get_mut(s) {
                    list.push(qi);
                }
            }
        }
        QuoteBook {
            quotes,
            speakers,
            by_speaker,
            by_article,
            words: std::sync::OnceLock::new(),
        }
    }

    /// All quotes, by article then position.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// All speakers, by first appearance (their position is their [`SpeakerId`]).
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The speaker with this id.
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.speakers.get(id)
    }

    /// The canonical name of a quote's speaker.
    pub fn speaker_name(&self, q: &Quote) -> Option<&str> {
        q.speaker
            .and_then(|s| self.speaker(s))
            .map(|s| s.name.as_str())
    }

    /// The quotes of one article (empty for an unknown index).
    pub fn in_article(&self, article: usize) -> &[Quote] {
        self.by_article
            .get(article)
            .and_then(|r| self.quotes.get(r.clone()))
            .unwrap_or(&[])
    }

    /// Indices (into [`QuoteBook::quotes`]) of a speaker's quotes, in corpus order.
    pub fn quote_ids_of(&self, speaker: SpeakerId) -> &[usize] {
        self.by_speaker.get(speaker).map_or(&[], Vec::as_slice)
    }

    /// The folded words of quote `id` (empty for an unknown id).
    pub(crate) fn words_of(&self, id: usize) -> &[String] {
        let words = self.words.get_or_init(|| {
            self.quotes
                .iter()
                .map(|q| super::api::quote_words(&q.text))
                .collect()
        });
        words.get(id).map_or(&[], Vec::as_slice)
    }

    /// The speakers answering to `name` (canonical name or alias, case-insensitive).
    pub fn find_speakers(&self, name: &str) -> Vec<SpeakerId> {
        self.speakers
            .iter()
            .filter(|s| s.answers_to(name))
            .map(|s| s.id)
            .collect()
    }
}
