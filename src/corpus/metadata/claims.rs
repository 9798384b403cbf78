//! Evidence about an article's metadata, and how conflicting evidence is settled.
//!
//! Each rule that reads metadata from the text files a claim with its [`Source`]. The
//! resolution is fixed and documented here, so a curator can predict it:
//! - **outlet**: the strongest source wins, in the order of [`Source`] (a header naming
//!   the outlet beats a views disclaimer, which beats a staff bio, which beats a site name
//!   in page furniture, which beats the URL's domain). Disagreeing weaker claims become a
//!   warning.
//! - **date**: the same order.
//! - **authors**: every person claimed, once, in order of first mention. Spellings of one
//!   person (same letters, ignoring spaces, punctuation and case: "De Petris" /
//!   "DePetris") merge into one author, spelt as the editor's note or bio sentence spells
//!   it: that sentence is the outlet's own prose, while a bare byline in a scraped file is
//!   often retyped (seed 000's header line mirrors the Ukrainian "Де Петріс").
//! - **url**: the first URL line; others become a warning.
//! - Nothing claimed means unknown (`None` / empty). Dossier never guesses.

use super::names;
use super::outlets;
use crate::corpus::model::{Date, Metadata};

/// Where a claim comes from, strongest first (for outlet and date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Source {
    /// A header line such as "The National Interest.-10.01.2022".
    Header,
    /// "… not necessarily those of CGTN."
    Disclaimer,
    /// "Editor’s Note: X is a …"
    EditorsNote,
    /// A closing bio: "X is a national security reporter for the National Interest."
    Bio,
    /// A bare byline line or "By X".
    Byline,
    /// A site name in page furniture: "Top Stories on CFR".
    SiteName,
    /// The domain of the source URL.
    UrlDomain,
}

impl Source {
    fn describe(self) -> &'static str {
        match self {
            Source::Header => "the header line",
            Source::Disclaimer => "the views disclaimer",
            Source::EditorsNote => "the editor's note",
            Source::Bio => "the author's bio",
            Source::Byline => "the byline",
            Source::SiteName => "the page furniture",
            Source::UrlDomain => "the URL's domain",
        }
    }

    /// How much a source's spelling of a person's name is trusted (lower = more).
    fn name_rank(self) -> u8 {
        match self {
            Source::EditorsNote | Source::Bio => 0,
            Source::Byline => 1,
            _ => 2,
        }
    }
}

/// Everything the text says about one article.
#[derive(Debug, Default)]
pub(crate) struct Claims {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub outlets: Vec<(Source, String)>,
    pub dates: Vec<(Source, Date)>,
    /// In order of appearance.
    pub authors: Vec<(Source, String)>,
    pub urls: Vec<String>,
}

impl Claims {
    /// Settles the claims into [`Metadata`], with a warning for each disagreement.
    pub(crate) fn resolve(self) -> (Metadata, Vec<String>) {
        let mut warnings = Vec::new();
        let outlet = strongest(
            self.outlets
                .into_iter()
                .map(|(s, o)| (s, outlets::canonical(&o)))
                .collect(),
            |a, b| outlets::same(a, b),
            "outlet",
            &mut warnings,
        );
        let date = strongest(self.dates, |a, b| a == b, "date", &mut warnings);
        let mut urls = self.urls.into_iter();
        let url = urls.next();
        for other in urls.filter(|u| Some(u) != url.as_ref()) {
            warnings.push(format!(
                "url: using the first URL line {}; ignoring {other}",
                url.as_deref().unwrap_or("")
            ));
        }
        let meta = Metadata {
            title: self.title.unwrap_or_default(),
            subtitle: self.subtitle,
            outlet,
            authors: merge_authors(self.authors),
            date,
            url,
        };
        (meta, warnings)
    }
}

/// The value of the strongest claim; weaker claims that disagree become warnings.
fn strongest<T: Clone + std::fmt::Display>(
    mut claims: Vec<(Source, T)>,
    same: impl Fn(&T, &T) -> bool,
    field: &str,
    warnings: &mut Vec<String>,
) -> Option<T> {
    crate::sort::sort_by_key(&mut claims, |(s, _)| *s);
    let (best_source, best) = claims.first().cloned()?;
    for (source, value) in &claims[1..] {
        if !same(value, &best) {
            warnings.push(format!(
                "{field}: using {best} from {}; {} says {value}",
                best_source.describe(),
                source.describe()
            ));
        }
    }
    Some(best)
}

/// One entry per person, in order of first mention, spelt by the most trusted source.
fn merge_authors(claims: Vec<(Source, String)>) -> Vec<String> {
    let mut people: Vec<(String, Source, String)> = Vec::new();
    for (source, name) in claims {
        let key = names::person_key(&name);
        match people.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, best, spelling)) => {
                if source.name_rank() < best.name_rank() {
                    *best = source;
                    *spelling = name;
                }
            }
            None => people.push((key, source, name)),
        }
    }
    people.into_iter().map(|(_, _, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_outlet_beats_weaker_claims_with_a_warning() {
        let claims = Claims {
            title: Some("U.S.-Russia Talks Must Continue".into()),
            outlets: vec![
                (Source::UrlDomain, "The National Interest".into()),
                (Source::Bio, "Newsweek".into()),
                (Source::Header, "The National Interest".into()),
            ],
            ..Claims::default()
        };
        let (meta, warnings) = claims.resolve();
        assert_eq!(meta.outlet.as_deref(), Some("The National Interest"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("Newsweek"));
    }

    #[test]
    fn byline_and_bio_spellings_are_one_author_spelt_as_the_bio() {
        let claims = Claims {
            title: Some("t".into()),
            authors: vec![
                (Source::Byline, "Daniel R. De Petris".into()),
                (Source::Bio, "Daniel R. DePetris".into()),
            ],
            ..Claims::default()
        };
        assert_eq!(claims.resolve().0.authors, vec!["Daniel R. DePetris"]);
    }

    #[test]
    fn nothing_claimed_stays_unknown() {
        let (meta, warnings) = Claims::default().resolve();
        assert_eq!(meta.outlet, None);
        assert_eq!(meta.date, None);
        assert!(meta.authors.is_empty());
        assert!(
            warnings.is_empty(),
            "unknown is not a problem: {warnings:?}"
        );
    }
}
