//! The pack's corpus sections: articles, catalog aliases and the folder's ingest errors.

use super::codec::{Reader, Writer};
use super::PackError;
use crate::corpus::{Article, CorpusError, Date, Metadata, Paragraph, SpanMap};
use crate::text::lang::Lang;

/// Languages by their byte in the pack.
const LANGS: [Lang; 4] = [Lang::English, Lang::Russian, Lang::Ukrainian, Lang::Unknown];

pub(super) fn write_articles(articles: &[Article], w: &mut Writer) {
    w.len(articles.len());
    for a in articles {
        w.str(&a.id);
        w.str(&a.file_name);
        w.str(&a.raw);
        write_meta(&a.meta, w);
        w.len(a.words);
        w.len(a.paragraphs.len());
        for p in &a.paragraphs {
            w.u8(LANGS.iter().position(|&l| l == p.lang).unwrap_or(3) as u8);
            p.map.write_pack(&p.text, &a.raw, w);
        }
        w.strs(&a.captions);
        w.strs(&a.warnings);
    }
}

pub(super) fn read_articles(r: &mut Reader) -> Result<Vec<Article>, PackError> {
    // An article takes at least 9 bytes (three empty strings, metadata, counts).
    let n = r.count(9)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let file_name = r.string()?;
        let raw = r.string()?;
        let meta = read_meta(r)?;
        let words = r.usize()?;
        let count = r.count(3)?;
        let mut paragraphs = Vec::with_capacity(count);
        for _ in 0..count {
            let lang = *LANGS
                .get(usize::from(r.u8()?))
                .ok_or(PackError::corrupt("unknown language"))?;
            let (map, text) = SpanMap::read_pack(r, &raw)?;
            paragraphs.push(Paragraph { text, lang, map });
        }
        out.push(Article {
            id,
            file_name,
            raw,
            meta,
            paragraphs,
            captions: r.strings()?,
            warnings: r.strings()?,
            words,
        });
    }
    Ok(out)
}

fn write_meta(m: &Metadata, w: &mut Writer) {
    w.str(&m.title);
    w.opt_str(m.subtitle.as_deref());
    w.opt_str(m.outlet.as_deref());
    w.strs(&m.authors);
    match m.date {
        None => w.u8(0),
        Some(d) => {
            w.u8(1);
            w.var(u64::from(d.year));
            w.u8(d.month);
            w.u8(d.day);
        }
    }
    w.opt_str(m.url.as_deref());
}

fn read_meta(r: &mut Reader) -> Result<Metadata, PackError> {
    Ok(Metadata {
        title: r.string()?,
        subtitle: r.opt_string()?,
        outlet: r.opt_string()?,
        authors: r.strings()?,
        date: match r.u8()? {
            0 => None,
            1 => {
                let year = u16::try_from(r.var()?).map_err(|_| bad_date())?;
                let (month, day) = (r.u8()?, r.u8()?);
                Some(Date::new(year, month, day).ok_or_else(bad_date)?)
            }
            _ => return Err(bad_date()),
        },
        url: r.opt_string()?,
    })
}

fn bad_date() -> PackError {
    PackError::corrupt("impossible date")
}

pub(super) fn write_aliases(aliases: &[(String, Vec<String>)], w: &mut Writer) {
    w.len(aliases.len());
    for (name, variants) in aliases {
        w.str(name);
        w.strs(variants);
    }
}

pub(super) fn read_aliases(r: &mut Reader) -> Result<Vec<(String, Vec<String>)>, PackError> {
    let n = r.count(2)?;
    (0..n).map(|_| Ok((r.string()?, r.strings()?))).collect()
}

/// Error kinds by their byte in the pack.
const NOT_UTF8: u8 = 0;
const EMPTY: u8 = 1;
const BINARY: u8 = 2;
const TOO_LARGE: u8 = 3;
const UNREADABLE: u8 = 4;
const CATALOG_SYNTAX: u8 = 5;
const CATALOG_MISSING_FILE: u8 = 6;
const CATALOG_BAD_DATE: u8 = 7;
const CATALOG_BAD_FIELD: u8 = 8;

pub(super) fn write_errors(errors: &[CorpusError], w: &mut Writer) {
    w.len(errors.len());
    for e in errors {
        match e {
            CorpusError::NotUtf8 { file, byte } => {
                w.u8(NOT_UTF8);
                w.str(file);
                w.len(*byte);
            }
            CorpusError::Empty { file } => {
                w.u8(EMPTY);
                w.str(file);
            }
            CorpusError::Binary { file } => {
                w.u8(BINARY);
                w.str(file);
            }
            CorpusError::TooLarge { file, bytes } => {
                w.u8(TOO_LARGE);
                w.str(file);
                w.var(*bytes);
            }
            CorpusError::Unreadable { file, why } => {
                w.u8(UNREADABLE);
                w.str(file);
                w.str(why);
            }
            CorpusError::CatalogSyntax { line, message } => {
                w.u8(CATALOG_SYNTAX);
                w.len(*line);
                w.str(message);
            }
            CorpusError::CatalogMissingFile { file, line } => {
                w.u8(CATALOG_MISSING_FILE);
                w.str(file);
                w.len(*line);
            }
            CorpusError::CatalogBadDate { file, line, value } => {
                w.u8(CATALOG_BAD_DATE);
                w.str(file);
                w.len(*line);
                w.str(value);
            }
            CorpusError::CatalogBadField { file, line, why } => {
                w.u8(CATALOG_BAD_FIELD);
                w.str(file);
                w.len(*line);
                w.str(why);
            }
        }
    }
}

pub(super) fn read_errors(r: &mut Reader) -> Result<Vec<CorpusError>, PackError> {
    let n = r.count(2)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let e = match r.u8()? {
            NOT_UTF8 => CorpusError::NotUtf8 {
                file: r.string()?,
                byte: r.usize()?,
            },
            EMPTY => CorpusError::Empty { file: r.string()? },
            BINARY => CorpusError::Binary { file: r.string()? },
            TOO_LARGE => CorpusError::TooLarge {
                file: r.string()?,
                bytes: r.var()?,
            },
            UNREADABLE => CorpusError::Unreadable {
                file: r.string()?,
                why: r.string()?,
            },
            CATALOG_SYNTAX => CorpusError::CatalogSyntax {
                line: r.usize()?,
                message: r.string()?,
            },
            CATALOG_MISSING_FILE => CorpusError::CatalogMissingFile {
                file: r.string()?,
                line: r.usize()?,
            },
            CATALOG_BAD_DATE => CorpusError::CatalogBadDate {
                file: r.string()?,
                line: r.usize()?,
                value: r.string()?,
            },
            CATALOG_BAD_FIELD => CorpusError::CatalogBadField {
                file: r.string()?,
                line: r.usize()?,
                why: r.string()?,
            },
            _ => return Err(PackError::corrupt("unknown corpus error kind")),
        };
        out.push(e);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs whose map does not spell their text (so the pack stores the text).
    fn stored_paragraphs(articles: &[Article]) -> Vec<String> {
        articles
            .iter()
            .flat_map(|a| a.paragraphs.iter().map(move |p| (a, p)))
            .filter(|(a, p)| !p.map.spells(&p.text, &a.raw))
            .map(|(a, p)| format!("{}: {}", a.id, p.text))
            .collect()
    }

    #[test]
    fn seed_paragraphs_are_rebuilt_from_the_raw_text() {
        let seeds = crate::corpus::embedded().corpus.articles;
        assert!(seeds.len() >= 5);
        assert_eq!(stored_paragraphs(&seeds), Vec::<String>::new());
    }

    #[test]
    fn ingested_synthetic_paragraphs_are_rebuilt_from_the_raw_text() {
        let generated = crate::synth::generate(30, 7);
        let catalog = crate::synth::catalog(&generated);
        let files = generated
            .into_iter()
            .map(|a| crate::corpus::SourceFile {
                name: a.file_name,
                bytes: a.text.into_bytes(),
            })
            .collect();
        let articles = crate::corpus::ingest(files, Some(&catalog)).corpus.articles;
        assert_eq!(stored_paragraphs(&articles), Vec::<String>::new());
    }

    #[test]
    fn articles_round_trip_with_their_text_rebuilt() {
        let seeds = crate::corpus::embedded().corpus.articles;
        let mut w = Writer::new();
        write_articles(&seeds, &mut w);
        let bytes = w.into_bytes();
        let raw: usize = seeds.iter().map(|a| a.raw.len()).sum();
        // The raw text plus span maps and metadata: far less than raw + clean text.
        assert!(
            bytes.len() < raw + raw / 5,
            "{} bytes for {raw}",
            bytes.len()
        );
        let mut r = Reader::new(&bytes);
        assert_eq!(read_articles(&mut r), Ok(seeds));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn every_error_kind_round_trips() {
        let errors = vec![
            CorpusError::NotUtf8 {
                file: "a.txt".into(),
                byte: 17,
            },
            CorpusError::Empty {
                file: "b.txt".into(),
            },
            CorpusError::Binary {
                file: "c.txt".into(),
            },
            CorpusError::TooLarge {
                file: "d.txt".into(),
                bytes: 6_000_000,
            },
            CorpusError::Unreadable {
                file: "e.txt".into(),
                why: "permission denied".into(),
            },
            CorpusError::CatalogSyntax {
                line: 3,
                message: "expected `=`".into(),
            },
            CorpusError::CatalogMissingFile {
                file: "f.txt".into(),
                line: 9,
            },
            CorpusError::CatalogBadDate {
                file: "g.txt".into(),
                line: 12,
                value: "2022-02-30".into(),
            },
            CorpusError::CatalogBadField {
                file: "h.txt".into(),
                line: 14,
                why: "unknown key `autor`".into(),
            },
        ];
        let mut w = Writer::new();
        write_errors(&errors, &mut w);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(read_errors(&mut r).as_ref(), Ok(&errors));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn metadata_round_trips_and_an_impossible_date_is_refused() {
        let meta = Metadata {
            title: "Russia, US to hold talks in Geneva".into(),
            subtitle: None,
            outlet: Some("CGTN".into()),
            authors: vec!["Wang Xiaoxiao".into()],
            date: Date::new(2022, 1, 10),
            url: Some("https://news.cgtn.com/".into()),
        };
        let mut w = Writer::new();
        write_meta(&meta, &mut w);
        let mut bytes = w.into_bytes();
        assert_eq!(read_meta(&mut Reader::new(&bytes)), Ok(meta));
        // The day byte sits just before the url flag: 10 January becomes 31 February.
        let at = bytes.len() - 1 - "https://news.cgtn.com/".len() - 2;
        bytes[at - 1] = 2;
        bytes[at] = 31;
        assert_eq!(read_meta(&mut Reader::new(&bytes)), Err(bad_date()));
    }
}
