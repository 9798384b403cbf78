//! Article ids: stable, URL-safe, derived from the file name.

use std::collections::HashMap;

/// Ids for `names` (in the same order): the file-name stem reduced to `a-z`, `0-9`, `_`
/// and `-` (other characters become `-`), so `000_660aaf9185c519ef.txt` ->
/// `000_660aaf9185c519ef`. Ids depend only on the set of names, never on file contents:
///
/// - a stem that loses characters in the reduction (say, Cyrillic) gets a short hash of
///   the full name appended, so distinct names never collapse to one id;
/// - when two files still share an id (`a.txt`, `a.md`), each gets its extension appended,
///   and if that is not enough, the hash.
pub(crate) fn ids(names: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = names.iter().map(|n| base(n)).collect();
    for round in 0..2 {
        // Counted through a map: a corpus of ten thousand files must not compare every
        // id with every other.
        let mut counts: HashMap<&str, usize> = HashMap::with_capacity(ids.len());
        for id in &ids {
            *counts.entry(id.as_str()).or_default() += 1;
        }
        let clashing: Vec<bool> = ids.iter().map(|id| counts[id.as_str()] > 1).collect();
        for (i, clash) in clashing.into_iter().enumerate() {
            if clash {
                let suffix = match round {
                    0 => slug(extension(names[i])),
                    _ => hash_hex(names[i]),
                };
                ids[i] = format!("{}-{}", ids[i], suffix);
            }
        }
    }
    ids
}

/// The id of one name before clashes are resolved.
fn base(name: &str) -> String {
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    };
    let s = slug(stem);
    if s.is_empty() {
        format!("article-{}", hash_hex(name))
    } else if !stem.is_ascii() {
        format!("{s}-{}", hash_hex(name))
    } else {
        s
    }
}

fn extension(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

/// Lower-case ASCII letters, digits, `_` and `-`; runs of anything else become one `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// 8 hex digits of the FNV-1a hash of `s`: stable across builds and platforms.
fn hash_hex(s: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_stem_is_the_id() {
        assert_eq!(
            ids(&["000_660aaf9185c519ef.txt"]),
            vec!["000_660aaf9185c519ef"]
        );
    }

    #[test]
    fn unsafe_characters_become_dashes() {
        assert_eq!(
            ids(&["US Russia talks (draft).md"]),
            vec!["us-russia-talks-draft"]
        );
    }

    #[test]
    fn shared_stems_stay_unique() {
        let got = ids(&["talks.txt", "talks.md", "Talks.txt"]);
        assert_eq!(got.len(), 3);
        assert!(
            got[0] != got[1] && got[1] != got[2] && got[0] != got[2],
            "{got:?}"
        );
        assert!(got.iter().all(|id| id.starts_with("talks")));
    }

    #[test]
    fn non_ascii_names_get_a_hash_and_stay_distinct() {
        let got = ids(&["Переговори.txt", "Росія.txt"]);
        assert_ne!(got[0], got[1]);
        assert!(got.iter().all(|id| id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')));
    }
}
