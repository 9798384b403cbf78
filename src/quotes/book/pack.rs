//! The [`QuoteBook`] in the corpus pack.
//!
//! Stored: the speakers and, per quote, where it is (article, paragraph, clean byte
//! range) and what the extractor said about it (kind, speaker, mention, role, cue).
//! Derived at load, as [`QuoteBook::from_extracted`] derives them: the quote's text (a
//! slice of its paragraph), its raw range (through the paragraph's span map), each
//! article's quotes, each speaker's quotes and each quote's words.

use super::{Quote, QuoteBook, QuoteKind, Speaker, SpeakerKind};
use crate::corpus::Article;
use crate::pack::codec::{Reader, Writer};
use crate::pack::PackError;

const KINDS: [QuoteKind; 3] = QuoteKind::ALL;
const SPEAKER_KINDS: [SpeakerKind; 2] = [SpeakerKind::Person, SpeakerKind::Group];

impl QuoteBook {
    /// Writes the book (see the module docs).
    pub(crate) fn write_pack(&self, w: &mut Writer) {
        w.len(self.speakers.len());
        for s in &self.speakers {
            w.str(&s.name);
            w.u8(SPEAKER_KINDS.iter().position(|&k| k == s.kind).unwrap_or(0) as u8);
            w.strs(&s.roles);
            w.strs(&s.aliases);
        }
        w.len(self.quotes.len());
        let mut article = 0;
        for q in &self.quotes {
            // Quotes come article by article: the article is a (mostly zero) step.
            w.len(q.article - article);
            article = q.article;
            w.len(q.paragraph);
            w.len(q.clean.start);
            w.len(q.clean.len());
            w.u8(KINDS.iter().position(|&k| k == q.kind).unwrap_or(0) as u8);
            w.len(q.speaker.map_or(0, |s| s + 1));
            w.opt_str(q.mention.as_deref());
            w.opt_str(q.role.as_deref());
            w.opt_str(q.cue.as_deref());
        }
    }

    /// Reads what [`QuoteBook::write_pack`] wrote for `articles`. Every quote must lie
    /// on whole characters inside its paragraph and name a known speaker.
    pub(crate) fn read_pack(r: &mut Reader, articles: &[Article]) -> Result<QuoteBook, PackError> {
        let n = r.count(4)?;
        let mut speakers = Vec::with_capacity(n);
        for id in 0..n {
            speakers.push(Speaker {
                id,
                name: r.string()?,
                kind: *SPEAKER_KINDS
                    .get(usize::from(r.u8()?))
                    .ok_or(PackError::corrupt("unknown speaker kind"))?,
                roles: r.strings()?,
                aliases: r.strings()?,
            });
        }
        let n = r.count(8)?;
        let mut quotes = Vec::with_capacity(n);
        let mut by_article = Vec::with_capacity(articles.len());
        let mut article = 0usize;
        let mut first = 0usize;
        for qi in 0..n {
            let step = r.usize()?;
            let ai = article.checked_add(step).ok_or_else(bad_quote)?;
            let a = articles.get(ai).ok_or_else(bad_quote)?;
            // Close the ranges of the articles before this quote's.
            while by_article.len() < ai {
                by_article.push(first..qi);
                first = qi;
            }
            article = ai;
            let paragraph = r.usize()?;
            let start = r.usize()?;
            let end = start.checked_add(r.usize()?).ok_or_else(bad_quote)?;
            let para = a.paragraphs.get(paragraph).ok_or_else(bad_quote)?;
            let text = para.text.get(start..end).ok_or_else(bad_quote)?;
            let (raw_start, raw_end) = para.map.range_to_raw(start, end);
            let kind = *KINDS
                .get(usize::from(r.u8()?))
                .ok_or(PackError::corrupt("unknown quote kind"))?;
            let speaker = match r.usize()? {
                0 => None,
                s if s <= speakers.len() => Some(s - 1),
                _ => return Err(PackError::corrupt("quote speaker out of range")),
            };
            quotes.push(Quote {
                article: ai,
                paragraph,
                clean: start..end,
                raw: raw_start..raw_end,
                text: text.to_string(),
                kind,
                speaker,
                mention: r.opt_string()?,
                role: r.opt_string()?,
                cue: r.opt_string()?,
            });
        }
        while by_article.len() < articles.len() {
            by_article.push(first..quotes.len());
            first = quotes.len();
        }
        Ok(QuoteBook::with_lookups(quotes, speakers, by_article))
    }
}

fn bad_quote() -> PackError {
    PackError::corrupt("quote outside its article")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article;

    #[test]
    fn quotes_speakers_and_lookups_round_trip() {
        let articles = [
            article(
                "Talks",
                &["“We will not accept this,” Lavrov told reporters in Geneva on Monday."],
            ),
            article("Nothing said", &["The weather in Kyiv was cold."]),
            article(
                "More",
                &[
                    "Kremlin spokesman Dmitry Peskov said the talks were “unsuccessful.”",
                    "“There is no progress,” Peskov said.",
                ],
            ),
        ];
        let built = QuoteBook::build(&articles, &[]);
        assert!(built.quotes().len() >= 2, "{:?}", built.quotes());
        let mut w = Writer::new();
        built.write_pack(&mut w);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let read = QuoteBook::read_pack(&mut r, &articles).expect("reads back");
        assert_eq!(r.finish(), Ok(()));
        assert_eq!(read.quotes(), built.quotes());
        assert_eq!(read.speakers(), built.speakers());
        for a in 0..articles.len() {
            assert_eq!(read.in_article(a), built.in_article(a));
        }
        for s in 0..built.speakers().len() {
            assert_eq!(read.quote_ids_of(s), built.quote_ids_of(s));
        }
        for q in 0..built.quotes().len() {
            assert_eq!(read.words_of(q), built.words_of(q));
        }
    }
}
