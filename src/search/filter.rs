//! Metadata filters from the query (`outlet:`, `author:`, `lang:`, `speaker:`, `after:`,
//! `before:`) and the request's date range, applied as one article mask.
//!
//! Several filters on the same field are OR-ed (`outlet:CGTN outlet:"National Interest"`
//! means either outlet), different fields are AND-ed, a negated filter excludes what it
//! matches. Date bounds are inclusive and combine to their intersection; an article
//! with no known date fails any date bound, since Dossier never guesses a date.

use super::facets::FacetTable;
use super::query::Filter;
use super::results::Notice;
use super::speaker::SpeakerDocs;
use crate::corpus::Date;
use crate::text::lang::Lang;

/// Inclusive date bounds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    pub after: Option<Date>,
    pub before: Option<Date>,
}

impl DateRange {
    fn narrow(&mut self, other: DateRange) {
        self.after = self.after.max(other.after);
        self.before = match (self.before, other.before) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    fn is_open(&self) -> bool {
        self.after.is_none() && self.before.is_none()
    }

    fn contains(&self, date: Option<Date>) -> bool {
        match date {
            Some(d) => self.after.is_none_or(|a| d >= a) && self.before.is_none_or(|b| d <= b),
            None => self.is_open(),
        }
    }
}

/// Which articles pass `filters` and `range`; `None` when nothing is filtered.
pub fn allowed(
    filters: &[(Filter, bool)],
    range: DateRange,
    table: &FacetTable,
    docs: usize,
    speakers: Option<&dyn SpeakerDocs>,
    notices: &mut Vec<Notice>,
) -> Option<Vec<bool>> {
    let mut range = range;
    let mut pass = vec![true; docs];
    let mut any = false;
    // Positive filters per field: (field has one, the OR of its matches).
    let mut outlets: Option<Vec<bool>> = None;
    let mut authors: Option<Vec<bool>> = None;
    let mut langs: Option<u8> = None;
    let mut speakers_ok: Option<Vec<bool>> = None;
    let or_into = |acc: &mut Option<Vec<bool>>, m: Vec<bool>| match acc {
        Some(a) => a.iter_mut().zip(m).for_each(|(x, y)| *x |= y),
        None => *acc = Some(m),
    };
    for (filter, negated) in filters {
        any = true;
        match (filter, negated) {
            (Filter::After(d), false) => range.narrow(DateRange {
                after: Some(*d),
                before: None,
            }),
            (Filter::Before(d), false) => range.narrow(DateRange {
                after: None,
                before: Some(*d),
            }),
            (Filter::After(d), true) => {
                exclude(&mut pass, |i| table.date(i).is_some_and(|x| x >= *d))
            }
            (Filter::Before(d), true) => {
                exclude(&mut pass, |i| table.date(i).is_some_and(|x| x <= *d))
            }
            (Filter::Outlet(v), neg) => {
                let m = table.outlets_matching(v);
                let docs_m: Vec<bool> = (0..docs).map(|i| table.has_outlet(i, &m)).collect();
                if *neg {
                    exclude(&mut pass, |i| docs_m[i]);
                } else {
                    or_into(&mut outlets, docs_m);
                }
            }
            (Filter::Author(v), neg) => {
                let m = table.authors_matching(v);
                let docs_m: Vec<bool> = (0..docs).map(|i| table.has_author(i, &m)).collect();
                if *neg {
                    exclude(&mut pass, |i| docs_m[i]);
                } else {
                    or_into(&mut authors, docs_m);
                }
            }
            (Filter::Lang(code), neg) => {
                let mask = match Lang::from_code(code) {
                    Some(l) => FacetTable::lang_mask(l),
                    None => {
                        notices.push(Notice::UnknownLanguage {
                            value: code.clone(),
                        });
                        0
                    }
                };
                if *neg {
                    exclude(&mut pass, |i| table.has_lang(i, mask));
                } else {
                    *langs.get_or_insert(0) |= mask;
                }
            }
            (Filter::Speaker(name), neg) => {
                let quoted = speaker_docs(name, docs, speakers, notices);
                if *neg {
                    exclude(&mut pass, |i| quoted[i]);
                } else {
                    or_into(&mut speakers_ok, quoted);
                }
            }
        }
    }
    if !any && range.is_open() {
        return None;
    }
    for (i, p) in pass.iter_mut().enumerate() {
        *p = *p
            && range.contains(table.date(i))
            && outlets.as_ref().is_none_or(|m| m[i])
            && authors.as_ref().is_none_or(|m| m[i])
            && langs.is_none_or(|m| table.has_lang(i, m))
            && speakers_ok.as_ref().is_none_or(|m| m[i]);
    }
    Some(pass)
}

fn exclude(pass: &mut [bool], hit: impl Fn(usize) -> bool) {
    for (i, p) in pass.iter_mut().enumerate() {
        if hit(i) {
            *p = false;
        }
    }
}

/// The articles quoting `name`, as a mask; all false (with a notice) when unknown.
fn speaker_docs(
    name: &str,
    docs: usize,
    speakers: Option<&dyn SpeakerDocs>,
    notices: &mut Vec<Notice>,
) -> Vec<bool> {
    let mut m = vec![false; docs];
    let speaker = name.to_string();
    match speakers.map(|s| s.articles_quoting(name)) {
        None => notices.push(Notice::SpeakerFilterUnavailable { speaker }),
        Some(None) => notices.push(Notice::UnknownSpeaker { speaker }),
        Some(Some(ids)) => {
            for i in ids {
                if let Some(x) = m.get_mut(i) {
                    *x = true;
                }
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::test_support::article_with;

    fn table() -> FacetTable {
        FacetTable::build(&[
            article_with(
                "a",
                "CGTN",
                &["Nikola Mikovic"],
                Some((2022, 1, 5)),
                "Talks.",
            ),
            article_with(
                "b",
                "The National Interest",
                &["Daniel R. De Petris"],
                Some((2022, 1, 10)),
                "Talks.",
            ),
            article_with("c", "", &[], None, "Переговори між США і Росією."),
        ])
    }

    fn run(
        filters: &[(Filter, bool)],
        speakers: Option<&dyn SpeakerDocs>,
    ) -> (Option<Vec<bool>>, Vec<Notice>) {
        let mut notices = Vec::new();
        let a = allowed(
            filters,
            DateRange::default(),
            &table(),
            3,
            speakers,
            &mut notices,
        );
        (a, notices)
    }

    fn date(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).expect("valid date")
    }

    #[test]
    fn no_filter_is_none() {
        assert_eq!(run(&[], None).0, None);
    }

    #[test]
    fn same_field_filters_or() {
        let f = [
            (Filter::Outlet("cgtn".into()), false),
            (Filter::Outlet("National Interest".into()), false),
        ];
        assert_eq!(run(&f, None).0, Some(vec![true, true, false]));
    }

    #[test]
    fn different_fields_and() {
        let f = [
            (Filter::Outlet("cgtn".into()), false),
            (Filter::Author("De Petris".into()), false),
        ];
        assert_eq!(run(&f, None).0, Some(vec![false, false, false]));
    }

    #[test]
    fn negation_excludes() {
        let f = [(Filter::Outlet("CGTN".into()), true)];
        assert_eq!(run(&f, None).0, Some(vec![false, true, true]));
    }

    #[test]
    fn dates_are_inclusive_and_unknown_dates_fail() {
        let f = [(Filter::After(date(2022, 1, 10)), false)];
        assert_eq!(run(&f, None).0, Some(vec![false, true, false]));
        let f = [
            (Filter::Before(date(2022, 1, 10)), false),
            (Filter::After(date(2022, 1, 5)), false),
        ];
        assert_eq!(run(&f, None).0, Some(vec![true, true, false]));
    }

    #[test]
    fn lang_filter_and_unknown_language() {
        let f = [(Filter::Lang("uk".into()), false)];
        assert_eq!(run(&f, None).0, Some(vec![false, false, true]));
        let (a, n) = run(&[(Filter::Lang("klingon".into()), false)], None);
        assert_eq!(a, Some(vec![false, false, false]));
        assert_eq!(
            n,
            vec![Notice::UnknownLanguage {
                value: "klingon".into()
            }]
        );
    }

    #[test]
    fn speaker_without_provider_matches_nothing_and_says_so() {
        let (a, n) = run(&[(Filter::Speaker("Sergei Lavrov".into()), false)], None);
        assert_eq!(a, Some(vec![false, false, false]));
        assert_eq!(
            n,
            vec![Notice::SpeakerFilterUnavailable {
                speaker: "Sergei Lavrov".into()
            }]
        );
    }

    #[test]
    fn speaker_provider_is_asked() {
        let provider = |name: &str| (name == "Lavrov").then(|| vec![1, 99]);
        let (a, _) = run(
            &[(Filter::Speaker("Lavrov".into()), false)],
            Some(&provider),
        );
        assert_eq!(a, Some(vec![false, true, false]));
        let (a, n) = run(
            &[(Filter::Speaker("Nobody".into()), false)],
            Some(&provider),
        );
        assert_eq!(a, Some(vec![false, false, false]));
        assert_eq!(
            n,
            vec![Notice::UnknownSpeaker {
                speaker: "Nobody".into()
            }]
        );
    }
}
