//! The pack's fixed-size header and the two hashes it carries.
//!
//! This file is deliberately self-contained (std only, no `crate::` paths): `build.rs`
//! includes it with `#[path = "src/pack/header.rs"]` to check that the pack it is given
//! was made from the corpus folder being built, with exactly the rule `dossier pack` used.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 0..8 | [`MAGIC`] |
//! | 8..12 | format [`VERSION`] |
//! | 12..20 | corpus stamp: [`corpus_stamp`] of the folder it was made from |
//! | 20..28 | payload length in bytes |
//! | 28..36 | payload checksum: [`hash64`] of the payload |
//! | 36.. | payload |

/// The first bytes of every pack.
pub const MAGIC: [u8; 8] = *b"DOSSPACK";

/// The payload format; bump it whenever the payload's layout changes, so an old pack
/// is refused instead of misread.
pub const VERSION: u32 = 2;

/// Bytes before the payload.
pub const HEADER_LEN: usize = 36;

/// What the header says about a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Payload format version.
    pub version: u32,
    /// [`corpus_stamp`] of the folder the pack was made from.
    pub stamp: u64,
    /// Payload length in bytes.
    pub payload_len: u64,
    /// [`hash64`] of the payload.
    pub checksum: u64,
}

/// Why a header was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderError {
    /// Fewer bytes than a header.
    Truncated,
    /// The bytes do not start with [`MAGIC`]: not a Dossier pack.
    NotAPack,
    /// Made by a Dossier with another payload format.
    Version(u32),
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderError::Truncated => write!(f, "too short to be a corpus pack"),
            HeaderError::NotAPack => write!(f, "not a Dossier corpus pack (bad magic bytes)"),
            HeaderError::Version(v) => write!(
                f,
                "pack format version {v}, but this Dossier reads version {VERSION}; \
                 run `dossier pack` again"
            ),
        }
    }
}

impl Header {
    /// The header for `payload`, made from a folder with stamp `stamp`.
    pub fn for_payload(stamp: u64, payload: &[u8]) -> Header {
        Header {
            version: VERSION,
            stamp,
            payload_len: payload.len() as u64,
            checksum: hash64(payload),
        }
    }

    /// The header's bytes.
    pub fn to_bytes(self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..8].copy_from_slice(&MAGIC);
        out[8..12].copy_from_slice(&self.version.to_le_bytes());
        out[12..20].copy_from_slice(&self.stamp.to_le_bytes());
        out[20..28].copy_from_slice(&self.payload_len.to_le_bytes());
        out[28..36].copy_from_slice(&self.checksum.to_le_bytes());
        out
    }

    /// Reads the header at the start of `bytes` (the payload is not checked here).
    pub fn read(bytes: &[u8]) -> Result<Header, HeaderError> {
        let field = |at: usize, len: usize| bytes.get(at..at + len).ok_or(HeaderError::Truncated);
        if field(0, 8)? != MAGIC {
            return Err(HeaderError::NotAPack);
        }
        let u64_at = |at: usize| -> Result<u64, HeaderError> {
            let mut b = [0u8; 8];
            b.copy_from_slice(field(at, 8)?);
            Ok(u64::from_le_bytes(b))
        };
        let mut v = [0u8; 4];
        v.copy_from_slice(field(8, 4)?);
        let version = u32::from_le_bytes(v);
        if version != VERSION {
            return Err(HeaderError::Version(version));
        }
        Ok(Header {
            version,
            stamp: u64_at(12)?,
            payload_len: u64_at(20)?,
            checksum: u64_at(28)?,
        })
    }
}

/// A fast 64-bit hash of `bytes` (FxHash's rotate-xor-multiply over 8-byte words, then
/// the length). Each step is a bijection of the state for a fixed word and of the word
/// for a fixed state, so two inputs of equal length that differ in one word always hash
/// differently: any single corrupted byte is caught. Not cryptographic: it guards
/// against accidents (a stale or damaged file), not against an adversary.
pub fn hash64(bytes: &[u8]) -> u64 {
    let mut h = Hash64::default();
    h.write(bytes);
    h.finish()
}

/// [`hash64`] as a running hasher, for hashing several pieces as one stream of fields.
#[derive(Debug, Default, Clone, Copy)]
pub struct Hash64 {
    state: u64,
    len: u64,
}

impl Hash64 {
    fn add(&mut self, word: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(K);
    }

    /// Mixes in `bytes` as one field (its length is mixed in too, so fields cannot run
    /// into each other).
    pub fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
        self.add(bytes.len() as u64);
        self.len += 1;
    }

    /// The hash of everything written.
    pub fn finish(&self) -> u64 {
        let mut h = *self;
        h.add(self.len);
        h.state
    }
}

/// The stamp of a corpus folder: a hash of every file's name and bytes, in name order.
/// `files` are the regular files at the top of the folder (all of them, not only the
/// ones the ingester reads, so the rule needs no knowledge of file types).
pub fn corpus_stamp<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> u64 {
    let mut files: Vec<(&str, &[u8])> = files.into_iter().collect();
    files.sort_by(|a, b| a.0.cmp(b.0));
    let mut h = Hash64::default();
    for (name, bytes) in files {
        h.write(name.as_bytes());
        h.write(bytes);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips() {
        let h = Header::for_payload(42, b"payload");
        assert_eq!(Header::read(&h.to_bytes()), Ok(h));
    }

    #[test]
    fn a_foreign_or_short_file_is_refused() {
        assert_eq!(Header::read(b"DOSS"), Err(HeaderError::Truncated));
        assert_eq!(Header::read(&[0u8; HEADER_LEN]), Err(HeaderError::NotAPack));
        let mut old = Header::for_payload(1, b"").to_bytes();
        old[8] = 0;
        assert_eq!(Header::read(&old), Err(HeaderError::Version(0)));
    }

    #[test]
    fn one_changed_byte_changes_the_hash() {
        let text = b"The talks in Geneva ended without agreement, Lavrov said.".to_vec();
        for i in 0..text.len() {
            let mut t = text.clone();
            t[i] ^= 0x20;
            assert_ne!(hash64(&t), hash64(&text), "byte {i}");
        }
        assert_ne!(hash64(b"a"), hash64(b"a\0"));
    }

    #[test]
    fn the_stamp_sees_names_contents_and_order_free_listing() {
        let a = corpus_stamp([("a.txt", &b"one"[..]), ("b.txt", &b"two"[..])]);
        let listed_backwards = corpus_stamp([("b.txt", &b"two"[..]), ("a.txt", &b"one"[..])]);
        assert_eq!(a, listed_backwards);
        assert_ne!(
            a,
            corpus_stamp([("a.txt", &b"one"[..]), ("c.txt", &b"two"[..])])
        );
        assert_ne!(
            a,
            corpus_stamp([("a.txt", &b"one"[..]), ("b.txt", &b"tw0"[..])])
        );
        // Moving bytes from one file to the next is a different folder.
        assert_ne!(
            a,
            corpus_stamp([("a.txt", &b"on"[..]), ("b.txt", &b"etwo"[..])])
        );
    }
}
