//! Decides whether corpus input is usable at all: each file's bytes and the catalog's TOML.
//!
//! This file is deliberately self-contained (std + `toml` only, no `crate::` paths): `build.rs`
//! includes it with `#[path = "src/corpus/validate.rs"]`, so the build and `dossier check`
//! reject exactly the same files with exactly the same messages.

use std::fmt;

/// Largest corpus file Dossier accepts: 5 MiB. A news article is a few tens of KB; anything
/// this big is almost certainly a wrong file (a PDF, an archive, a dump) and would bloat the
/// wasm bundle, which carries every article.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The name of the optional metadata file in the corpus folder.
pub const CATALOG_FILE: &str = "catalog.toml";

/// Share of control characters (other than tab, newline, carriage return and form feed)
/// above which a UTF-8 file is treated as binary rather than text.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// A problem that stops one file (or the catalog) from being used. Its `Display` always
/// names the file and says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    /// The file is not valid UTF-8; `byte` is the offset of the first bad byte.
    NotUtf8 { file: String, byte: usize },
    /// The file has no text at all, or only whitespace.
    Empty { file: String },
    /// The file holds NUL bytes or mostly control characters: not an article.
    Binary { file: String },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge { file: String, bytes: u64 },
    /// The file could not be read (permissions, vanished, ...).
    Unreadable { file: String, why: String },
    /// `catalog.toml` is not valid TOML.
    CatalogSyntax { line: usize, message: String },
    /// A catalog entry names a file that is not in the corpus folder.
    CatalogMissingFile { file: String, line: usize },
    /// A catalog `date` is not a real calendar date in the form `YYYY-MM-DD`.
    CatalogBadDate {
        file: String,
        line: usize,
        value: String,
    },
    /// A catalog key is unknown or its value has the wrong type.
    CatalogBadField {
        file: String,
        line: usize,
        why: String,
    },
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::NotUtf8 { file, byte } => write!(
                f,
                "{file}: not UTF-8 text (invalid byte at offset {byte}); save it as UTF-8"
            ),
            CorpusError::Empty { file } => write!(f, "{file}: empty file (no text at all)"),
            CorpusError::Binary { file } => write!(
                f,
                "{file}: binary data (NUL bytes or mostly control characters), not an article"
            ),
            CorpusError::TooLarge { file, bytes } => write!(
                f,
                "{file}: too large ({bytes} bytes; the limit is {MAX_FILE_BYTES} bytes = 5 MiB)"
            ),
            CorpusError::Unreadable { file, why } => write!(f, "{file}: cannot be read ({why})"),
            CorpusError::CatalogSyntax { line, message } => {
                write!(f, "{CATALOG_FILE}:{line}: not valid TOML: {message}")
            }
            CorpusError::CatalogMissingFile { file, line } => write!(
                f,
                "{CATALOG_FILE}:{line}: entry [\"{file}\"] names a file that is not in the corpus folder"
            ),
            CorpusError::CatalogBadDate { file, line, value } => write!(
                f,
                "{CATALOG_FILE}:{line}: entry [\"{file}\"]: date `{value}` is not a calendar date YYYY-MM-DD"
            ),
            CorpusError::CatalogBadField { file, line, why } => {
                write!(f, "{CATALOG_FILE}:{line}: entry [\"{file}\"]: {why}")
            }
        }
    }
}

impl std::error::Error for CorpusError {}

/// Checks one corpus file and returns its text, or the reason it cannot be used.
///
/// Order matters for the message: size first (cheap, and a huge file is wrong whatever it
/// holds), then NUL bytes (a PNG or PDF is "binary", not "not UTF-8 at byte 0"), then UTF-8,
/// then control characters, then emptiness. A leading byte-order mark is kept in the text
/// (offsets must stay exact) but does not count as content.
pub fn check_file<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, CorpusError> {
    let file = name.to_string();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(CorpusError::TooLarge {
            file,
            bytes: bytes.len() as u64,
        });
    }
    if bytes.contains(&0) {
        return Err(CorpusError::Binary { file });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| CorpusError::NotUtf8 {
        file: name.to_string(),
        byte: e.valid_up_to(),
    })?;
    if mostly_control(text) {
        return Err(CorpusError::Binary { file });
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(CorpusError::Empty { file });
    }
    Ok(text)
}

/// True when more than [`MAX_CONTROL_SHARE`] of the characters are control characters that
/// never occur in prose.
fn mostly_control(text: &str) -> bool {
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            control += 1;
        }
    }
    total > 0 && control as f64 > MAX_CONTROL_SHARE * total as f64
}

/// A calendar date checked for month length and leap years: `(year, month, day)`.
pub type CalendarDate = (u16, u8, u8);

/// One `["file name"]` table of the catalog, checked. `None` = not set (keep what the
/// text says); `Some("")` / `Some(vec![])` = set to unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogEntry {
    pub file: String,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub outlet: Option<String>,
    /// `Some(None)` clears the date (`date = ""`).
    pub date: Option<Option<CalendarDate>>,
    pub authors: Option<Vec<String>>,
    pub url: Option<String>,
}

/// The catalog, checked: per-file entries (in file-name order) and speaker aliases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub entries: Vec<CatalogEntry>,
    /// Canonical speaker name -> its variants, in name order.
    pub aliases: Vec<(String, Vec<String>)>,
}

/// Keys an entry may set (documented in `catalog.rs`).
const ENTRY_KEYS: &[&str] = &["title", "subtitle", "outlet", "date", "authors", "url"];

/// Parses and checks `catalog.toml` against the names of the corpus files.
///
/// Returns everything usable plus one error per problem; a syntax error yields an empty
/// catalog. Entries naming missing files are reported and dropped.
pub fn parse_catalog(text: &str, files: &[&str]) -> (Catalog, Vec<CorpusError>) {
    let mut catalog = Catalog::default();
    let mut errors = Vec::new();
    let lines = &LineIndex::new(text);
    let root = match toml::de::DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let line = e.span().map_or(1, |s| lines.line(s.start));
            errors.push(CorpusError::CatalogSyntax {
                line,
                message: e.message().trim().to_string(),
            });
            return (catalog, errors);
        }
    };
    for (key, value) in root.get_ref().iter() {
        let name = key.get_ref().as_ref();
        let line = lines.line(key.span().start);
        let toml::de::DeValue::Table(table) = value.get_ref() else {
            errors.push(CorpusError::CatalogBadField {
                file: name.to_string(),
                line,
                why: format!(
                    "expected a table [\"{name}\"] (or [aliases]), found a {}",
                    value.get_ref().type_str()
                ),
            });
            continue;
        };
        if name == "aliases" {
            parse_aliases(lines, table, &mut catalog, &mut errors);
        } else if !files.contains(&name) {
            errors.push(CorpusError::CatalogMissingFile {
                file: name.to_string(),
                line,
            });
        } else if let Some(entry) = parse_entry(lines, name, table, &mut errors) {
            catalog.entries.push(entry);
        }
    }
    (catalog, errors)
}

/// Reads one per-file table; `None` when any field is wrong (the whole entry is then
/// ignored, so a half-applied correction never reaches the site).
fn parse_entry(
    lines: &LineIndex,
    file: &str,
    table: &toml::de::DeTable<'_>,
    errors: &mut Vec<CorpusError>,
) -> Option<CatalogEntry> {
    let mut entry = CatalogEntry {
        file: file.to_string(),
        ..CatalogEntry::default()
    };
    let before = errors.len();
    for (key, value) in table.iter() {
        let line = lines.line(key.span().start);
        let bad = |why: String| CorpusError::CatalogBadField {
            file: file.to_string(),
            line,
            why,
        };
        let k = key.get_ref().as_ref();
        let v = value.get_ref();
        match k {
            "title" | "subtitle" | "outlet" | "url" => match v.as_str() {
                Some(s) => {
                    let s = Some(s.trim().to_string());
                    match k {
                        "title" => entry.title = s,
                        "subtitle" => entry.subtitle = s,
                        "outlet" => entry.outlet = s,
                        _ => entry.url = s,
                    }
                }
                None => errors.push(bad(format!(
                    "`{k}` must be a string, found a {}",
                    v.type_str()
                ))),
            },
            "date" => match date_value(v) {
                Ok(d) => entry.date = Some(d),
                Err(value) => errors.push(CorpusError::CatalogBadDate {
                    file: file.to_string(),
                    line,
                    value,
                }),
            },
            "authors" => match string_list(v) {
                Some(list) => entry.authors = Some(list),
                None => errors.push(bad(
                    "`authors` must be a string or an array of strings".to_string()
                )),
            },
            _ => errors.push(bad(format!(
                "unknown key `{k}` (known: {})",
                ENTRY_KEYS.join(", ")
            ))),
        }
    }
    (errors.len() == before).then_some(entry)
}

/// Reads the `[aliases]` table: canonical name = [variants] (or one string).
fn parse_aliases(
    lines: &LineIndex,
    table: &toml::de::DeTable<'_>,
    catalog: &mut Catalog,
    errors: &mut Vec<CorpusError>,
) {
    for (key, value) in table.iter() {
        let name = key.get_ref().trim().to_string();
        match string_list(value.get_ref()) {
            Some(variants) if !name.is_empty() => catalog.aliases.push((name, variants)),
            _ => errors.push(CorpusError::CatalogBadField {
                file: "aliases".to_string(),
                line: lines.line(key.span().start),
                why: format!(
                    "alias `{name}` must map a non-empty name to a string or an array of strings"
                ),
            }),
        }
    }
}

/// A string or an array of strings, trimmed, empties dropped.
fn string_list(v: &toml::de::DeValue<'_>) -> Option<Vec<String>> {
    let mut out = Vec::new();
    if let Some(s) = v.as_str() {
        out.push(s.trim().to_string());
    } else {
        for item in v.as_array()?.iter() {
            out.push(item.get_ref().as_str()?.trim().to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    Some(out)
}

/// A `date` value: a TOML local date (`2022-01-10`), the same as a string, or `""` (unknown).
/// The error carries the value as written, for the message.
fn date_value(v: &toml::de::DeValue<'_>) -> Result<Option<CalendarDate>, String> {
    if let toml::de::DeValue::Datetime(dt) = v {
        let written = dt.to_string();
        return match (dt.date, dt.time) {
            (Some(d), None) => calendar_date(d.year, d.month, d.day)
                .map(Some)
                .ok_or(written),
            _ => Err(written),
        };
    }
    let Some(s) = v.as_str() else {
        return Err(format!("a {}", v.type_str()));
    };
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    parse_iso_date(s).map(Some).ok_or_else(|| s.to_string())
}

/// Parses `YYYY-MM-DD` into a real calendar date.
pub fn parse_iso_date(s: &str) -> Option<CalendarDate> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return None;
    }
    calendar_date(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `(year, month, day)` when that day exists in the Gregorian calendar.
pub fn calendar_date(year: u16, month: u8, day: u8) -> Option<CalendarDate> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (day >= 1 && day <= days).then_some((year, month, day))
}

/// Line numbers of byte offsets in one text, found by binary search: the catalog of a
/// large corpus has thousands of keys, and counting newlines for each was quadratic.
struct LineIndex {
    /// Byte offsets of the text's newlines, ascending.
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        LineIndex {
            newlines: text.match_indices('\n').map(|(at, _)| at).collect(),
        }
    }

    /// 1-based line number of byte offset `at`.
    fn line(&self, at: usize) -> usize {
        self.newlines.partition_point(|&nl| nl < at) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_numbers_lines_from_one() {
        let lines = LineIndex::new("a\nbc\n\nd");
        let got: Vec<usize> = [0, 1, 2, 4, 5, 6, 99]
            .iter()
            .map(|&at| lines.line(at))
            .collect();
        assert_eq!(got, [1, 1, 2, 2, 3, 4, 4]);
    }

    const SEED: &[u8] = "Can U.S.-Russia Diplomacy Ease Ukraine Tensions?\n\nIn Brief\n".as_bytes();

    #[test]
    fn a_seed_article_passes() {
        assert!(check_file("003.txt", SEED).is_ok());
    }

    #[test]
    fn latin1_text_is_not_utf8_with_the_offset_of_the_bad_byte() {
        // "Russia’s" saved as Windows-1252: the apostrophe is the single byte 0x92.
        let bytes = b"Last weekend, Russia\x92s military pressure";
        let err = check_file("latin1.txt", bytes).unwrap_err();
        assert_eq!(
            err,
            CorpusError::NotUtf8 {
                file: "latin1.txt".into(),
                byte: 20
            }
        );
        assert!(err.to_string().contains("latin1.txt"));
        assert!(err.to_string().contains("offset 20"));
    }

    #[test]
    fn empty_and_whitespace_only_files_are_empty() {
        for bytes in [&b""[..], b"  \n\n\t \r\n", "\u{feff}\n".as_bytes()] {
            assert_eq!(
                check_file("blank.txt", bytes),
                Err(CorpusError::Empty {
                    file: "blank.txt".into()
                })
            );
        }
    }

    #[test]
    fn nul_bytes_make_a_file_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(
            check_file("photo.txt", png),
            Err(CorpusError::Binary {
                file: "photo.txt".into()
            })
        );
    }

    #[test]
    fn mostly_control_characters_make_a_file_binary() {
        let bytes = b"\x01\x02\x03\x04abc\x05\x06";
        assert!(matches!(
            check_file("x.md", bytes),
            Err(CorpusError::Binary { .. })
        ));
        // A stray control character in prose is not enough.
        assert!(check_file("y.md", b"Comments are closed.\x07 Really.").is_ok());
    }

    #[test]
    fn files_over_the_limit_are_too_large() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let err = check_file("dump.txt", &big).unwrap_err();
        assert!(matches!(err, CorpusError::TooLarge { .. }));
        assert!(err.to_string().starts_with("dump.txt: too large"));
    }

    #[test]
    fn catalog_syntax_error_names_the_line() {
        let text = "[\"000.txt\"]\ntitle = \"U.S.-Russia Talks Must Continue\"\noutlet = \n";
        let (_, errors) = parse_catalog(text, &["000.txt"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(matches!(
            errors[0],
            CorpusError::CatalogSyntax { line: 3, .. }
        ));
        assert!(errors[0]
            .to_string()
            .starts_with("catalog.toml:3: not valid TOML"));
    }

    #[test]
    fn catalog_entry_for_a_missing_file_is_an_error() {
        let text = "# header\n[\"gone.txt\"]\noutlet = \"CGTN\"\n";
        let (catalog, errors) = parse_catalog(text, &["004.txt"]);
        assert!(catalog.entries.is_empty());
        assert_eq!(
            errors,
            vec![CorpusError::CatalogMissingFile {
                file: "gone.txt".into(),
                line: 2
            }]
        );
        assert!(errors[0].to_string().contains("gone.txt"));
    }

    #[test]
    fn catalog_bad_dates_are_errors() {
        for date in ["\"10.01.2022\"", "\"2022-02-30\"", "2022-13-01", "12"] {
            let text = format!("[\"000.txt\"]\ndate = {date}\n");
            let (catalog, errors) = parse_catalog(&text, &["000.txt"]);
            assert!(catalog.entries.is_empty(), "{date}");
            assert!(
                matches!(
                    errors.as_slice(),
                    [CorpusError::CatalogBadDate { line: 2, .. }]
                        | [CorpusError::CatalogSyntax { line: 2, .. }]
                ),
                "{date}: {errors:?}"
            );
        }
    }

    #[test]
    fn catalog_unknown_keys_and_wrong_types_are_errors() {
        let text = "[\"002.txt\"]\nautor = \"Mark Episkopos\"\ntitle = 3\n";
        let (catalog, errors) = parse_catalog(text, &["002.txt"]);
        assert!(catalog.entries.is_empty());
        assert_eq!(errors.len(), 2);
        assert!(errors
            .iter()
            .any(|e| e.to_string().contains("unknown key `autor`")));
    }

    #[test]
    fn a_full_catalog_entry_and_aliases_parse() {
        let text = r#"
["000.txt"]
title = "U.S.-Russia Talks Must Continue"
outlet = "The National Interest"
date = 2022-01-10
authors = "Daniel R. DePetris"
url = "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"

["001.txt"]
date = "2022-01-14"
authors = []
outlet = ""

[aliases]
"Volodymyr Zelensky" = ["Volodymyr Zelenskyy", "Zelenskyy"]
"#;
        let (catalog, errors) = parse_catalog(text, &["000.txt", "001.txt"]);
        assert!(errors.is_empty(), "{errors:?}");
        let e0 = &catalog.entries[0];
        assert_eq!(e0.date, Some(Some((2022, 1, 10))));
        assert_eq!(e0.authors, Some(vec!["Daniel R. DePetris".to_string()]));
        let e1 = &catalog.entries[1];
        assert_eq!(e1.date, Some(Some((2022, 1, 14))));
        assert_eq!(e1.authors, Some(vec![]));
        assert_eq!(e1.outlet, Some(String::new()));
        assert_eq!(
            catalog.aliases,
            vec![(
                "Volodymyr Zelensky".to_string(),
                vec!["Volodymyr Zelenskyy".to_string(), "Zelenskyy".to_string()]
            )]
        );
    }

    #[test]
    fn calendar_dates_respect_month_length_and_leap_years() {
        assert_eq!(parse_iso_date("2022-01-10"), Some((2022, 1, 10)));
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2100-02-29"), None);
        assert_eq!(parse_iso_date("2022-1-10"), None);
        assert_eq!(parse_iso_date("+022-01-10"), None);
    }
}
