//! A deterministic synthetic corpus for benchmarks: N English news-like articles of
//! realistic length (700–1,000 words, about 5 KB each), with a Zipf-shaped vocabulary,
//! outlets, authors, dates, names and quotations.
//!
//! The same seed always gives the same corpus, on every platform, and article `i` does
//! not depend on N (the first 1,000 articles of a 10,000-article corpus are the
//! 1,000-article corpus), so figures at different sizes compare like with like.

pub mod compose; // one article: header, paragraphs, quotations
pub mod rng; // SplitMix64
pub mod words; // word lists, pseudo-words, Zipf sampler

pub use compose::SynthArticle;

use crate::corpus::{Article, Metadata, Paragraph, SourceFile, SpanMap};
use crate::text::lang;
use compose::World;
use rng::SplitMix64;

/// Pseudo-words in the vocabulary's long tail.
const TAIL_WORDS: usize = 30_000;
/// People who can be quoted.
const PEOPLE: usize = 150;
/// Authors (spread over the outlets).
const AUTHORS: usize = 60;

/// The shared vocabulary, people and outlets of the corpus for `seed`.
fn world(seed: u64) -> World {
    let mut rng = SplitMix64::new(seed);
    let mut vocab: Vec<String> = words::FUNCTION
        .iter()
        .chain(words::NEWS)
        .map(|s| s.to_string())
        .collect();
    vocab.extend(words::pseudo_words(&mut rng, TAIL_WORDS));
    let people = compose::people(&mut rng, PEOPLE);
    let outlets: Vec<&'static str> = words::OUTLETS.to_vec();
    let authors = (0..AUTHORS)
        .map(|_| {
            let name = format!(
                "{} {}",
                rng.pick(words::FIRST_NAMES),
                rng.pick(words::LAST_NAMES)
            );
            (name, rng.below(outlets.len()))
        })
        .collect();
    World {
        zipf: words::Zipf::new(vocab.len(), 1.1),
        words: vocab,
        people,
        authors,
        outlets,
    }
}

/// Generates `n` articles for `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<SynthArticle> {
    let w = world(seed);
    (0..n)
        .map(|i| {
            // Each article has its own stream, so article i is the same for any n.
            let stream = seed ^ (i as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
            compose::article(&w, i, SplitMix64::new(stream))
        })
        .collect()
}

/// The articles as corpus files (what `dossier synth` writes).
pub fn source_files(n: usize, seed: u64) -> Vec<SourceFile> {
    generate(n, seed)
        .into_iter()
        .map(|a| SourceFile {
            name: a.file_name,
            bytes: a.text.into_bytes(),
        })
        .collect()
}

/// A `catalog.toml` giving each generated file its exact metadata, so ingesting the
/// files (`dossier synth` writes both) yields the articles [`articles`] returns, whatever
/// the ingester's heuristics make of the header lines.
pub fn catalog(articles: &[SynthArticle]) -> String {
    let mut out = String::from("# Metadata of the synthetic corpus written by `dossier synth`.\n");
    for a in articles {
        let authors: Vec<String> = a.authors.iter().map(|s| toml_string(s)).collect();
        out.push_str(&format!(
            "\n[{}]\ntitle = {}\noutlet = {}\ndate = {}\nauthors = [{}]\n",
            toml_string(&a.file_name),
            toml_string(&a.title),
            toml_string(&a.outlet),
            a.date,
            authors.join(", ")
        ));
    }
    out
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The articles as ready [`Article`]s with their metadata, bypassing ingestion, for
/// benchmarks of the search engine alone.
pub fn articles(n: usize, seed: u64) -> Vec<Article> {
    generate(n, seed)
        .into_iter()
        .map(SynthArticle::into_article)
        .collect()
}

impl SynthArticle {
    /// This article as an [`Article`], paragraphs mapped to their place in the file.
    pub fn into_article(self) -> Article {
        let paragraphs = self
            .paragraphs
            .iter()
            .map(|&(s, e)| {
                let text = self.text[s..e].to_string();
                Paragraph {
                    lang: lang::detect(&text),
                    map: SpanMap::identity(s, e - s),
                    text,
                }
            })
            .collect::<Vec<Paragraph>>();
        let id = self.file_name.trim_end_matches(".txt").to_string();
        Article {
            id,
            words: Article::count_words(&paragraphs),
            meta: Metadata {
                title: self.title,
                outlet: Some(self.outlet),
                authors: self.authors,
                date: Some(self.date),
                ..Metadata::default()
            },
            file_name: self.file_name,
            raw: self.text,
            paragraphs,
            warnings: Vec::new(),
            captions: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        assert_eq!(generate(20, 42), generate(20, 42));
    }

    #[test]
    fn different_seed_different_corpus() {
        assert_ne!(generate(5, 1)[0].text, generate(5, 2)[0].text);
    }

    #[test]
    fn article_i_does_not_depend_on_n() {
        assert_eq!(generate(30, 7)[..10], generate(10, 7)[..]);
    }

    #[test]
    fn articles_have_realistic_length_and_quotes() {
        let arts = generate(50, 5);
        let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
        let avg = bytes / arts.len();
        assert!((4_000..7_000).contains(&avg), "average {avg} bytes");
        for a in &arts {
            let words = a.text.split_whitespace().count();
            assert!((700..1_200).contains(&words), "{words} words");
        }
        let quoted = arts.iter().filter(|a| a.text.contains("”")).count();
        assert!(quoted >= 45, "{quoted} of 50 articles quote someone");
    }

    #[test]
    fn files_and_catalog_ingest_to_the_generated_metadata() {
        let arts = generate(12, 3);
        let files = arts
            .iter()
            .map(|a| SourceFile {
                name: a.file_name.clone(),
                bytes: a.text.clone().into_bytes(),
            })
            .collect();
        let ingest = crate::corpus::ingest(files, Some(&catalog(&arts)));
        assert!(ingest.errors.is_empty(), "{:?}", ingest.errors);
        assert_eq!(ingest.corpus.articles.len(), arts.len());
        for (got, want) in ingest.corpus.articles.iter().zip(&arts) {
            assert_eq!(got.meta.title, want.title);
            assert_eq!(got.meta.outlet.as_deref(), Some(want.outlet.as_str()));
            assert_eq!(got.meta.date, Some(want.date));
            assert_eq!(got.meta.authors, want.authors);
        }
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }

    #[test]
    fn paragraph_ranges_and_metadata_survive_into_articles() {
        let a = articles(3, 9).remove(2);
        assert_eq!(a.id, "synth_00002");
        assert!(a.meta.outlet.is_some() && a.meta.date.is_some() && !a.meta.authors.is_empty());
        for p in &a.paragraphs {
            let (s, e) = p.map.range_to_raw(0, p.text.len());
            assert_eq!(&a.raw[s..e], p.text);
        }
        assert!(a.raw.contains(&a.meta.title));
    }
}
