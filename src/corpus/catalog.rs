//! `corpus/catalog.toml`: optional metadata a curator sets or corrects per file.
//!
//! # Format
//!
//! ```toml
//! # One table per corpus file, keyed by its file name (quoted: names contain dots).
//! # Every key is optional; what you set replaces what Dossier read from the text.
//! ["000_660aaf9185c519ef.txt"]
//! title    = "U.S.-Russia Talks Must Continue"
//! subtitle = "A dek or standfirst"
//! outlet   = "The National Interest"
//! date     = 2022-01-10            # a TOML date, or the string "2022-01-10"
//! authors  = ["Daniel R. DePetris"] # an array, or one string
//! url      = "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"
//!
//! # An empty value says "unknown": it removes a wrong value the text suggested.
//! ["001_26dff11e0349677d.txt"]
//! outlet  = ""
//! authors = []
//!
//! # Speaker aliases for quote attribution: canonical name = [variants].
//! [aliases]
//! "Volodymyr Zelensky" = ["Volodymyr Zelenskyy", "Zelenskyy"]
//! ```
//!
//! Rules: catalog values always win over what the text suggests. A table naming a file
//! that is not in the folder, a date that is not a real `YYYY-MM-DD` day, an unknown key
//! or a value of the wrong type is an error that names the catalog line (the build and
//! `dossier check` both fail on it); an entry with an error is ignored as a whole.
//! Parsing and checking live in `validate.rs` (shared with `build.rs`); this file applies
//! a checked entry.

use super::model::{Date, Metadata};
use super::validate::CatalogEntry;

/// Overwrites `meta` with every value `entry` sets (`""` / `[]` meaning unknown).
pub(crate) fn apply(meta: &mut Metadata, entry: &CatalogEntry) {
    let known = |s: &String| (!s.is_empty()).then(|| s.clone());
    if let Some(title) = &entry.title {
        meta.title = title.clone();
    }
    if let Some(s) = &entry.subtitle {
        meta.subtitle = known(s);
    }
    if let Some(s) = &entry.outlet {
        meta.outlet = known(s);
    }
    if let Some(s) = &entry.url {
        meta.url = known(s);
    }
    if let Some(date) = entry.date {
        meta.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
    }
    if let Some(authors) = &entry.authors {
        meta.authors = authors.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_values_win_and_empty_means_unknown() {
        let mut meta = Metadata {
            title: "Can Talks With Russia Diffuse the Ukraine Crisis?".into(),
            outlet: Some("Newsweek".into()),
            authors: vec!["Mark Episkopos".into()],
            ..Metadata::default()
        };
        let entry = CatalogEntry {
            file: "002.txt".into(),
            outlet: Some("The National Interest".into()),
            date: Some(Some((2022, 1, 27))),
            url: Some(String::new()),
            authors: Some(vec![]),
            ..CatalogEntry::default()
        };
        apply(&mut meta, &entry);
        assert_eq!(meta.outlet.as_deref(), Some("The National Interest"));
        assert_eq!(
            meta.date.map(|d| d.to_string()).as_deref(),
            Some("2022-01-27")
        );
        assert!(meta.authors.is_empty());
        assert_eq!(meta.url, None);
        assert_eq!(
            meta.title,
            "Can Talks With Russia Diffuse the Ukraine Crisis?"
        );
    }
}
