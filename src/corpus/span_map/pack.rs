//! A paragraph's [`SpanMap`] in the corpus pack, with the paragraph's clean text.
//!
//! The clean text is almost all verbatim copies of the raw file, which the pack holds
//! anyway (citations need it). So when a map spells its text exactly — every verbatim
//! run is the raw bytes it points to and every synthetic run carries its own few bytes —
//! only the runs are stored and the text is rebuilt at load: the corpus text is not
//! carried twice. A paragraph whose map does not spell it exactly stores its text.

use super::SpanMap;
use crate::pack::codec::{Reader, Writer};
use crate::pack::PackError;

/// The text is rebuilt from the runs.
const REBUILT: u8 = 0;
/// The text is stored before the runs.
const STORED: u8 = 1;

impl SpanMap {
    /// Whether `text` is exactly what this map's runs spell out of `raw`.
    pub(crate) fn spells(&self, text: &str, raw: &str) -> bool {
        self.clean_len == text.len()
            && self
                .runs
                .iter()
                .all(|r| match text.get(r.clean..r.clean + r.len) {
                    Some(clean) => !r.verbatim || raw.get(r.raw..r.raw + r.len) == Some(clean),
                    None => false,
                })
    }

    /// Writes the map and what is needed to get `text` back (see the module docs).
    pub(crate) fn write_pack(&self, text: &str, raw: &str, w: &mut Writer) {
        let rebuilt = self.spells(text, raw);
        if rebuilt {
            w.u8(REBUILT);
        } else {
            w.u8(STORED);
            w.str(text);
        }
        w.len(self.runs.len());
        // Raw offsets are written relative to where the previous run ended: runs mostly
        // follow each other in the file, so the gaps are small.
        let mut raw_end = 0usize;
        for r in &self.runs {
            w.var(((r.len as u64) << 1) | u64::from(!r.verbatim));
            w.signed(r.raw as i64 - raw_end as i64);
            if !r.verbatim {
                w.len(r.raw_len);
                if rebuilt {
                    // `spells` checked that this slice exists.
                    let own = text.get(r.clean..r.clean + r.len).unwrap_or_default();
                    w.raw_bytes(own.as_bytes());
                }
            }
            raw_end = r.raw + r.raw_len;
        }
    }

    /// Reads what [`SpanMap::write_pack`] wrote: the map and the paragraph's text.
    /// Every run must point at whole characters inside `raw`, so the map never sends a
    /// citation outside the file or into the middle of a character.
    pub(crate) fn read_pack(r: &mut Reader, raw: &str) -> Result<(SpanMap, String), PackError> {
        let stored = match r.u8()? {
            REBUILT => None,
            STORED => Some(r.string()?),
            _ => return Err(PackError::corrupt("bad paragraph text flag")),
        };
        let runs = r.count(2)?;
        let mut map = SpanMap::new();
        map.runs.reserve(runs);
        // Each run's text, borrowed from the raw text or the pack, joined once the
        // length is known (one allocation per paragraph, no regrowing).
        let mut pieces: Vec<&str> = Vec::with_capacity(runs);
        let mut raw_end = 0usize;
        for _ in 0..runs {
            let head = r.var()?;
            let len = usize::try_from(head >> 1).map_err(|_| bad_run())?;
            let synthetic = head & 1 == 1;
            let start = i64::try_from(raw_end)
                .ok()
                .and_then(|end| end.checked_add(r.signed().ok()?))
                .and_then(|s| usize::try_from(s).ok())
                .ok_or_else(bad_run)?;
            let raw_len = if synthetic { r.usize()? } else { len };
            let end = start.checked_add(raw_len).ok_or_else(bad_run)?;
            if len == 0 || !raw.is_char_boundary(start) || !raw.is_char_boundary(end) {
                return Err(bad_run());
            }
            if synthetic {
                if stored.is_none() {
                    pieces.push(r.str_of_len(len)?);
                }
                map.push_synthetic(start, end, len);
            } else {
                if stored.is_none() {
                    pieces.push(raw.get(start..end).ok_or_else(bad_run)?);
                }
                map.push_copy(start, len);
            }
            raw_end = end;
        }
        let text = stored.unwrap_or_else(|| {
            let mut text = String::with_capacity(map.clean_len);
            pieces.iter().for_each(|p| text.push_str(p));
            text
        });
        if map.clean_len != text.len() {
            return Err(PackError::corrupt("span map does not cover its paragraph"));
        }
        Ok((map, text))
    }
}

fn bad_run() -> PackError {
    PackError::corrupt("span map run outside the raw text")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(map: &SpanMap, text: &str, raw: &str) -> (SpanMap, String, usize) {
        let mut w = Writer::new();
        map.write_pack(text, raw, &mut w);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let (m, t) = SpanMap::read_pack(&mut r, raw).expect("reads back");
        assert_eq!(r.finish(), Ok(()));
        (m, t, bytes.len())
    }

    #[test]
    fn text_spelt_by_its_runs_is_rebuilt_not_stored() {
        // raw: "Lavrov \\$5 [said](#) it" -> clean: "Lavrov $5 said it"
        let raw = "Lavrov \\$5 [said](#) it";
        let text = "Lavrov $5 said it";
        let mut m = SpanMap::new();
        m.push_copy(0, 7); // "Lavrov "
        m.push_synthetic(7, 9, 1); // "$" for "\$"
        m.push_copy(9, 2); // "5 "
        m.push_copy(12, 4); // "said"
        m.push_copy(20, 3); // " it"
        assert!(m.spells(text, raw));
        let (back, t, len) = round_trip(&m, text, raw);
        assert_eq!((back, t.as_str()), (m, text));
        assert!(len < text.len(), "{len} bytes: the text was stored");
    }

    #[test]
    fn text_the_runs_do_not_spell_is_stored() {
        // A map that claims a copy of bytes the text does not hold.
        let raw = "Peskov said";
        let text = "Peskov SAID";
        let m = SpanMap::identity(0, text.len());
        assert!(!m.spells(text, raw));
        let (back, t, _) = round_trip(&m, text, raw);
        assert_eq!((back, t.as_str()), (m, text));
    }

    #[test]
    fn a_run_outside_the_raw_text_is_an_error() {
        let raw = "Kyiv";
        let m = SpanMap::identity(0, 4);
        let mut w = Writer::new();
        m.write_pack("Kyiv", raw, &mut w);
        let bytes = w.into_bytes();
        assert!(SpanMap::read_pack(&mut Reader::new(&bytes), "Kyi").is_err());
        // Into the middle of a character.
        assert!(SpanMap::read_pack(&mut Reader::new(&bytes), "Kyi\u{456}").is_err());
    }
}
