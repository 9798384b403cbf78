//! Damaged packs: reading never panics, whatever the bytes. Truncations and byte flips
//! of real packs give an error, or — when a flip happens to leave a well-formed pack
//! (the checksum is recomputed so the structural checks are what is tested) — an engine
//! that answers searches, concordances and quote queries without panicking.

use std::sync::OnceLock;

use dossier::corpus::{self, SourceFile};
use dossier::engine::Engine;
use dossier::pack::header::{hash64, Header, HEADER_LEN};
use dossier::pack::{self, IndexStorage, PackError};
use dossier::quotes::QuoteFilter;
use dossier::search::{ConcordanceRequest, SearchRequest};
use proptest::prelude::*;

fn seed_pack() -> &'static [u8] {
    static PACK: OnceLock<Vec<u8>> = OnceLock::new();
    // With the index stored, so that its reader is what the damage reaches.
    PACK.get_or_init(|| {
        let engine = Engine::new(corpus::embedded().corpus);
        pack::write_with(&engine, &[], 0, IndexStorage::Stored)
    })
}

/// A pack small enough to flip every one of its bytes: two short articles with a quote.
fn tiny_pack(storage: IndexStorage) -> Vec<u8> {
    let files = vec![
        SourceFile {
            name: "a.txt".into(),
            bytes: "Talks in Geneva\n\n“We will not accept this,” Lavrov told reporters \
                    in Geneva on Monday.\n"
                .into(),
        },
        SourceFile {
            name: "b.md".into(),
            bytes: "# Kyiv waits\n\nКиїв чекає. The **talks** ended, Peskov said.\n".into(),
        },
    ];
    let engine = Engine::new(corpus::ingest(files, None).corpus);
    pack::write_with(&engine, &[], 0, storage)
}

/// `bytes` with its header's checksum made to match the (possibly damaged) payload.
fn with_fixed_checksum(mut bytes: Vec<u8>) -> Vec<u8> {
    if let Ok(h) = Header::read(&bytes) {
        let fixed = Header {
            checksum: hash64(&bytes[HEADER_LEN..]),
            ..h
        };
        bytes[..HEADER_LEN].copy_from_slice(&fixed.to_bytes());
    }
    bytes
}

/// Uses every part of an engine the way the app does.
fn exercise(e: &Engine) {
    let _ = e.summary();
    for q in [
        "Lavrov",
        "\"red lines\"",
        "talk*",
        "Genva",
        "",
        "outlet:CGTN",
    ] {
        let r = e.search(&SearchRequest::new(q));
        for h in &r.hits {
            assert!(e.articles().get(h.article).is_some(), "hit article");
        }
        let _ = e.concordance(&ConcordanceRequest::new(q));
        for i in 0..e.articles().len() {
            let _ = e.match_positions(i, q);
        }
        let _ = e.query_quotes(&QuoteFilter {
            text: q.to_string(),
            ..QuoteFilter::default()
        });
    }
    for a in e.articles() {
        let _ = (a.word_count(), a.langs());
    }
    for q in e.quotes() {
        if let Some(a) = e.articles().get(q.article) {
            assert!(a.raw.get(q.raw.clone()).is_some(), "quote's raw range");
        }
    }
    for s in 0..e.speakers().len() {
        let _ = e.speaker_page(s);
    }
    let all: Vec<usize> = (0..e.quotes().len()).collect();
    let _ = e.export_rows(&all);
}

#[test]
fn every_truncation_is_an_error() {
    for storage in [IndexStorage::Stored, IndexStorage::Rebuilt] {
        let bytes = tiny_pack(storage);
        for len in 0..bytes.len() {
            assert!(
                pack::read(&bytes[..len]).is_err(),
                "{storage:?}, truncated to {len}"
            );
        }
    }
}

#[test]
fn a_flipped_byte_fails_the_checksum() {
    let mut bytes = tiny_pack(IndexStorage::Stored);
    let at = HEADER_LEN + 40;
    bytes[at] ^= 0x10;
    assert_eq!(pack::read(&bytes).err(), Some(PackError::Checksum));
}

#[test]
fn every_flipped_byte_of_a_small_pack_is_an_error_or_a_working_engine() {
    for storage in [IndexStorage::Stored, IndexStorage::Rebuilt] {
        let bytes = tiny_pack(storage);
        assert!(pack::read(&bytes).is_ok());
        let (mut read, mut refused) = (0, 0);
        for at in HEADER_LEN..bytes.len() {
            for mask in [0x01, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] ^= mask;
                match Engine::from_pack(&with_fixed_checksum(damaged)) {
                    Ok(e) => {
                        exercise(&e);
                        read += 1;
                    }
                    Err(_) => refused += 1,
                }
            }
        }
        // Both outcomes occur (a flipped letter still reads; a flipped count does not),
        // so both paths were exercised.
        assert!(
            read > 0 && refused > 0,
            "{storage:?}: {read} read, {refused} refused"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn truncated_seed_packs_are_errors(cut in 0usize..1_000_000) {
        let bytes = seed_pack();
        let len = cut % bytes.len();
        prop_assert!(pack::read(&bytes[..len]).is_err());
    }

    #[test]
    fn damaged_seed_packs_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..4)
    ) {
        let mut bytes = seed_pack().to_vec();
        for (at, mask) in &flips {
            let i = HEADER_LEN + at.index(bytes.len() - HEADER_LEN);
            bytes[i] ^= mask;
        }
        if let Ok(e) = Engine::from_pack(&with_fixed_checksum(bytes)) {
            exercise(&e);
        }
    }
}
