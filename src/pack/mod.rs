//! The corpus pack: an [`Engine`] built at compile time, stored compactly, and read back
//! in the browser without ingesting or indexing anything.
//!
//! `dossier pack DIR FILE` ingests a corpus folder, builds the engine and writes
//! [`write`]'s bytes; the site build embeds them and the app calls [`read`] (through
//! [`embedded_engine`]). The engine read back answers every query exactly as the engine
//! it was written from.
//!
//! What is stored is what costs time to compute: the articles (raw text, metadata, span
//! maps; clean paragraph text is rebuilt from the raw text, see
//! `corpus::span_map::pack`), the index's postings and positions (delta-coded varints),
//! the quotes and speakers. What is cheap to derive is derived at load instead: term and
//! facet tables, the surface vocabulary's filters, each quote's text, raw range and words.
//!
//! The index is stored only for a large corpus ([`IndexStorage::for_articles`]): for a
//! small one, rebuilding it in the page costs little start-up (about 15 ms for the seed
//! corpus on a cold page, measured A/B in `docs/startup-at-scale.md`), while its postings
//! would be the largest part of the download (22 of the seed corpus's 38 KB gzip).
//!
//! Sections, in payload order: articles, aliases, corpus errors, index storage tag and
//! (when stored) the index, quote book.
//! The header ([`header`]) names the format version and the corpus folder's stamp, and
//! holds a checksum of the payload, so a damaged pack fails at once with a clear error.

mod articles;
pub(crate) mod codec;
pub mod header;

use crate::corpus::{Article, Corpus, CorpusError};
use crate::engine::Engine;
use crate::quotes::QuoteBook;
use crate::search::Index;
use codec::{Reader, Writer};
use header::{Header, HeaderError, HEADER_LEN};

/// Why a pack could not be read. Reading never panics, whatever the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The header is missing, foreign or of another format version.
    Header(HeaderError),
    /// The bytes end before the pack does.
    Truncated,
    /// The payload's checksum does not match: the file was damaged.
    Checksum,
    /// The payload is well formed but says something impossible (an index out of
    /// range, text that is not UTF-8, ...).
    Corrupt(&'static str),
}

impl PackError {
    pub(crate) fn corrupt(why: &'static str) -> PackError {
        PackError::Corrupt(why)
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Header(e) => write!(f, "corpus pack: {e}"),
            PackError::Truncated => write!(f, "corpus pack: truncated"),
            PackError::Checksum => {
                write!(f, "corpus pack: checksum mismatch (the file is damaged)")
            }
            PackError::Corrupt(why) => write!(f, "corpus pack: corrupt ({why})"),
        }
    }
}

impl std::error::Error for PackError {}

/// What a pack holds: the engine and the errors the corpus folder had when it was packed
/// (files that could not be used, shown by the app's corpus-errors notice).
pub struct Unpacked {
    /// The engine, as built from the folder.
    pub engine: Engine,
    /// The folder's ingest errors.
    pub errors: Vec<CorpusError>,
}

/// Whether a pack carries the search index or leaves it to the reader to rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexStorage {
    /// The postings are in the pack: reading them is faster than indexing a large corpus.
    Stored,
    /// The reader rebuilds the index from the articles ([`Index::build`], the same code
    /// that built it before packing, so the result is the same index).
    Rebuilt,
}

/// Body words from which a corpus's pack stores its index.
///
/// Why this figure: the browser indexes about 3 million words a second (the benchmark's
/// synthetic corpora: 870 k words in 0.29 s, 8.7 M words in 2.0 s; `docs/benchmarks.md`),
/// so below it rebuilding costs under about 70 ms of start-up, plus what a cold page adds
/// (code runs slower before Chromium optimises it: the seed corpus's 5,200 words cost
/// about 15 ms). The stored index costs about
/// 4 bytes of gzip transfer a word (22 KB for the seed corpus's 5,200 words): 800 KB at
/// this size, longer to download than to rebuild on most connections. Beyond it start-up
/// time is what matters (issue 5: 10,000 articles interactive in 2 s), and reading the
/// stored index is more than twice as fast as building it.
pub const STORE_INDEX_FROM_WORDS: usize = 200_000;

impl IndexStorage {
    /// The choice for a corpus of `articles`: [`IndexStorage::Stored`] from
    /// [`STORE_INDEX_FROM_WORDS`] body words.
    pub fn for_articles(articles: &[Article]) -> IndexStorage {
        let words: usize = articles.iter().map(Article::word_count).sum();
        if words >= STORE_INDEX_FROM_WORDS {
            IndexStorage::Stored
        } else {
            IndexStorage::Rebuilt
        }
    }
}

/// The pack of `engine`, with the ingest `errors` of its folder and the folder's
/// [`header::corpus_stamp`]; the index is stored as [`IndexStorage::for_articles`] says.
pub fn write(engine: &Engine, errors: &[CorpusError], stamp: u64) -> Vec<u8> {
    let storage = IndexStorage::for_articles(engine.articles());
    write_with(engine, errors, stamp, storage)
}

/// [`write`] with the index storage chosen by the caller.
pub fn write_with(
    engine: &Engine,
    errors: &[CorpusError],
    stamp: u64,
    storage: IndexStorage,
) -> Vec<u8> {
    let mut w = Writer::new();
    articles::write_articles(engine.articles(), &mut w);
    articles::write_aliases(engine.aliases(), &mut w);
    articles::write_errors(errors, &mut w);
    match storage {
        IndexStorage::Stored => {
            w.u8(1);
            engine.index().write_pack(&mut w);
        }
        IndexStorage::Rebuilt => w.u8(0),
    }
    engine.quote_book().write_pack(&mut w);
    let payload = w.into_bytes();
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&Header::for_payload(stamp, &payload).to_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Reads a pack written by [`write`]. Any damage — truncation, a flipped byte, a file
/// of another version — is an error, never a panic.
pub fn read(bytes: &[u8]) -> Result<Unpacked, PackError> {
    let header = Header::read(bytes).map_err(PackError::Header)?;
    let payload = bytes.get(HEADER_LEN..).ok_or(PackError::Truncated)?;
    if (payload.len() as u64) < header.payload_len {
        return Err(PackError::Truncated);
    }
    if payload.len() as u64 != header.payload_len {
        return Err(PackError::corrupt("trailing bytes"));
    }
    if header::hash64(payload) != header.checksum {
        return Err(PackError::Checksum);
    }
    let mut r = Reader::new(payload);
    let articles = articles::read_articles(&mut r)?;
    let aliases = articles::read_aliases(&mut r)?;
    let errors = articles::read_errors(&mut r)?;
    let index = match r.u8()? {
        1 => Index::read_pack(&mut r, &articles)?,
        0 => Index::build(&articles),
        _ => return Err(PackError::corrupt("index storage tag")),
    };
    let quotes = QuoteBook::read_pack(&mut r, &articles)?;
    r.finish()?;
    let corpus = Corpus { articles, aliases };
    Ok(Unpacked {
        engine: Engine::from_parts(corpus, index, quotes),
        errors,
    })
}

impl Engine {
    /// This engine as a pack (no corpus errors, stamp 0): see [`write`].
    pub fn to_pack(&self) -> Vec<u8> {
        write(self, &[], 0)
    }

    /// The engine stored in a pack made by [`Engine::to_pack`] or [`write`].
    pub fn from_pack(bytes: &[u8]) -> Result<Engine, PackError> {
        read(bytes).map(|u| u.engine)
    }
}

/// The engine the app was compiled with, and its corpus folder's errors.
///
/// Built with a pack (`scripts/build.sh` passes one: see `build.rs`), this reads the pack
/// compiled into the binary; the raw corpus folder is then not compiled in at all.
/// Without one (plain `cargo build`, tests), it ingests the folder compiled in by
/// [`crate::corpus::embedded`] and builds the engine, which is slow for a large corpus.
pub fn embedded_engine() -> Result<Unpacked, PackError> {
    #[cfg(dossier_pack)]
    {
        read(include_bytes!(env!("DOSSIER_PACK_FILE")))
    }
    #[cfg(not(dossier_pack))]
    {
        let ingest = crate::corpus::embedded();
        Ok(Unpacked {
            engine: Engine::new(ingest.corpus),
            errors: ingest.errors,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::from_clean_text;

    fn article_of_words(words: usize) -> Article {
        from_clean_text("a", "Title", &"word ".repeat(words))
    }

    #[test]
    fn the_index_is_stored_from_the_threshold_on() {
        let below = [article_of_words(STORE_INDEX_FROM_WORDS - 1)];
        assert_eq!(IndexStorage::for_articles(&below), IndexStorage::Rebuilt);
        let at = [
            article_of_words(STORE_INDEX_FROM_WORDS / 2),
            article_of_words(STORE_INDEX_FROM_WORDS / 2),
        ];
        assert_eq!(IndexStorage::for_articles(&at), IndexStorage::Stored);
    }

    #[test]
    fn a_small_corpus_is_packed_without_its_index() {
        let engine = Engine::new(Corpus {
            articles: vec![article_of_words(50)],
            aliases: Vec::new(),
        });
        let rebuilt = write(&engine, &[], 0);
        let stored = write_with(&engine, &[], 0, IndexStorage::Stored);
        assert_eq!(rebuilt, write_with(&engine, &[], 0, IndexStorage::Rebuilt));
        assert!(rebuilt.len() < stored.len());
        for bytes in [rebuilt, stored] {
            let read = Engine::from_pack(&bytes).expect("reads back");
            assert_eq!(read.index().term_count(), engine.index().term_count());
        }
    }

    #[test]
    fn an_unknown_index_storage_tag_is_corrupt() {
        let engine = Engine::new(Corpus {
            articles: vec![article_of_words(3)],
            aliases: Vec::new(),
        });
        let mut w = Writer::new();
        articles::write_articles(engine.articles(), &mut w);
        articles::write_aliases(engine.aliases(), &mut w);
        articles::write_errors(&[], &mut w);
        w.u8(2);
        engine.quote_book().write_pack(&mut w);
        let payload = w.into_bytes();
        let mut bytes = Header::for_payload(0, &payload).to_bytes().to_vec();
        bytes.extend_from_slice(&payload);
        assert_eq!(
            read(&bytes).err(),
            Some(PackError::corrupt("index storage tag"))
        );
    }
}
