//! Facets: outlet, author, language and month, counted over a search's matching set.
//!
//! Counting is disjunctive, as in every faceted search people know: values within one
//! facet are OR-ed, facets are AND-ed, and each facet's counts are taken over the
//! articles that pass the selections of all the *other* facets. So with "CGTN" selected,
//! the outlet list still shows how many articles the other outlets would add, while the
//! author list counts only CGTN's authors.

use serde::{Deserialize, Serialize};

use super::results::{FacetValue, Facets};
use crate::corpus::{Article, Date};
use crate::text::lang::Lang;
use crate::text::normalize::fold;
use crate::text::token::words;

/// The selected values of each facet (empty = no restriction). Values are the
/// [`FacetValue::value`] keys: outlet and author names as printed, language codes
/// (`en`, `ru`, `uk`), months as `YYYY-MM`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FacetSelection {
    pub outlet: Vec<String>,
    pub author: Vec<String>,
    pub lang: Vec<String>,
    pub month: Vec<String>,
}

impl FacetSelection {
    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.outlet.is_empty()
            && self.author.is_empty()
            && self.lang.is_empty()
            && self.month.is_empty()
    }
}

/// Languages in facet order; a language's bit in [`FacetTable`] masks is its index here.
const LANGS: [Lang; 4] = [Lang::English, Lang::Russian, Lang::Ukrainian, Lang::Unknown];

fn lang_bit(l: Lang) -> u8 {
    1 << LANGS.iter().position(|&x| x == l).unwrap_or(3)
}

/// Per-article metadata values, interned, for filters and facet counts.
#[derive(Debug, Clone, Default)]
pub struct FacetTable {
    outlets: Vec<String>,
    outlet_words: Vec<Vec<String>>,
    doc_outlet: Vec<Option<u32>>,
    authors: Vec<String>,
    author_words: Vec<Vec<String>>,
    doc_authors: Vec<Vec<u32>>,
    doc_langs: Vec<u8>,
    /// Distinct `YYYY-MM`, sorted.
    months: Vec<String>,
    doc_month: Vec<Option<u32>>,
    dates: Vec<Option<Date>>,
}

fn intern(names: &mut Vec<String>, name: &str) -> u32 {
    match names.iter().position(|n| n == name) {
        Some(i) => i as u32,
        None => {
            names.push(name.to_string());
            (names.len() - 1) as u32
        }
    }
}

fn folded_words(s: &str) -> Vec<String> {
    words(s).map(|(_, w)| fold(w)).collect()
}

/// Whether `needle` occurs as a run of whole words in `hay`.
fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

impl FacetTable {
    /// Reads the metadata of every article.
    pub fn build(articles: &[Article]) -> FacetTable {
        FacetTable::build_with_langs(articles, articles.iter().map(Article::langs).collect())
    }

    /// Reads the metadata of every article, given each article's languages (as
    /// [`Article::langs`] computes them; the index builder knows them already).
    pub fn build_with_langs(articles: &[Article], langs: Vec<Vec<Lang>>) -> FacetTable {
        let mut t = FacetTable::default();
        let mut month_of: Vec<Option<String>> = Vec::with_capacity(articles.len());
        for (a, langs) in articles.iter().zip(langs) {
            let outlet = a
                .meta
                .outlet
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            t.doc_outlet.push(outlet.map(|o| intern(&mut t.outlets, o)));
            let mut ids: Vec<u32> = a
                .meta
                .authors
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(|s| intern(&mut t.authors, s))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            t.doc_authors.push(ids);
            t.doc_langs
                .push(langs.into_iter().fold(0, |m, l| m | lang_bit(l)));
            t.dates.push(a.meta.date);
            month_of.push(a.meta.date.map(|d| format!("{:04}-{:02}", d.year, d.month)));
        }
        t.outlet_words = t.outlets.iter().map(|o| folded_words(o)).collect();
        t.author_words = t.authors.iter().map(|o| folded_words(o)).collect();
        t.months = month_of.iter().flatten().cloned().collect();
        crate::sort::sort(&mut t.months);
        t.months.dedup();
        t.doc_month = month_of
            .iter()
            .map(|m| {
                m.as_ref()
                    .and_then(|m| t.months.binary_search(m).ok())
                    .map(|i| i as u32)
            })
            .collect();
        t
    }

    /// Publication date of an article, if known.
    pub fn date(&self, doc: usize) -> Option<Date> {
        self.dates.get(doc).copied().flatten()
    }

    /// Outlets whose name contains the words of `value` (case and accents ignored).
    pub(crate) fn outlets_matching(&self, value: &str) -> Vec<bool> {
        let needle = folded_words(value);
        self.outlet_words
            .iter()
            .map(|w| contains_words(w, &needle))
            .collect()
    }

    /// Authors whose name contains the words of `value`.
    pub(crate) fn authors_matching(&self, value: &str) -> Vec<bool> {
        let needle = folded_words(value);
        self.author_words
            .iter()
            .map(|w| contains_words(w, &needle))
            .collect()
    }

    /// Whether the article's outlet is one of `outlets` (by id).
    pub(crate) fn has_outlet(&self, doc: usize, outlets: &[bool]) -> bool {
        self.doc_outlet[doc].is_some_and(|o| outlets[o as usize])
    }

    /// Whether one of the article's authors is among `authors` (by id).
    pub(crate) fn has_author(&self, doc: usize, authors: &[bool]) -> bool {
        self.doc_authors[doc].iter().any(|&a| authors[a as usize])
    }

    /// Whether the article has text in one of the languages of `mask`.
    pub(crate) fn has_lang(&self, doc: usize, mask: u8) -> bool {
        self.doc_langs[doc] & mask != 0
    }

    /// The mask bit of a language.
    pub(crate) fn lang_mask(lang: Lang) -> u8 {
        lang_bit(lang)
    }

    /// Applies the facet selections to the articles of `base` (ascending ids): returns
    /// the articles passing all of them and the disjunctive counts.
    pub fn select(&self, base: &[u32], sel: &FacetSelection) -> (Vec<u32>, Facets) {
        let outlet_sel = select_names(&self.outlets, &sel.outlet);
        let author_sel = select_names(&self.authors, &sel.author);
        let month_sel = select_names(&self.months, &sel.month);
        let lang_sel = (!sel.lang.is_empty()).then(|| {
            sel.lang
                .iter()
                .filter_map(|c| Lang::from_code(c))
                .fold(0u8, |m, l| m | lang_bit(l))
        });

        let mut outlet_n = vec![0usize; self.outlets.len()];
        let mut author_n = vec![0usize; self.authors.len()];
        let mut lang_n = [0usize; 4];
        let mut month_n = vec![0usize; self.months.len()];
        let mut kept = Vec::with_capacity(base.len());
        for &doc in base {
            let d = doc as usize;
            let pass = [
                outlet_sel.as_ref().is_none_or(|s| self.has_outlet(d, s)),
                author_sel.as_ref().is_none_or(|s| self.has_author(d, s)),
                lang_sel.is_none_or(|m| self.has_lang(d, m)),
                month_sel
                    .as_ref()
                    .is_none_or(|s| self.doc_month[d].is_some_and(|m| s[m as usize])),
            ];
            let failed = pass.iter().filter(|p| !**p).count();
            if failed == 0 {
                kept.push(doc);
            }
            // A facet counts this article when every *other* facet passes.
            let counts_for = |f: usize| failed == 0 || (failed == 1 && !pass[f]);
            if counts_for(0) {
                if let Some(o) = self.doc_outlet[d] {
                    outlet_n[o as usize] += 1;
                }
            }
            if counts_for(1) {
                for &a in &self.doc_authors[d] {
                    author_n[a as usize] += 1;
                }
            }
            if counts_for(2) {
                for (i, n) in lang_n.iter_mut().enumerate() {
                    if self.doc_langs[d] & (1 << i) != 0 {
                        *n += 1;
                    }
                }
            }
            if counts_for(3) {
                if let Some(m) = self.doc_month[d] {
                    month_n[m as usize] += 1;
                }
            }
        }
        let lang_names: Vec<String> = LANGS.iter().map(|l| l.code().to_string()).collect();
        let facets = Facets {
            outlet: values(
                &self.outlets,
                &outlet_n,
                &sel.outlet,
                |v| v.to_string(),
                true,
            ),
            author: values(
                &self.authors,
                &author_n,
                &sel.author,
                |v| v.to_string(),
                true,
            ),
            lang: values(&lang_names, &lang_n, &sel.lang, lang_label, true),
            month: values(&self.months, &month_n, &sel.month, |v| v.to_string(), false),
        };
        (kept, facets)
    }
}

fn lang_label(code: &str) -> String {
    Lang::from_code(code).map_or_else(|| code.to_string(), |l| l.name().to_string())
}

/// Which interned names are selected; `None` when the facet has no selection.
fn select_names(names: &[String], selected: &[String]) -> Option<Vec<bool>> {
    (!selected.is_empty()).then(|| names.iter().map(|n| selected.contains(n)).collect())
}

/// The facet's values with a count or a selection, most frequent first (or in
/// calendar order for months). Selected values the corpus lacks are listed with 0 so
/// the page can still show them as selected and let the user clear them.
fn values(
    names: &[String],
    counts: &[usize],
    selected: &[String],
    label: impl Fn(&str) -> String,
    by_count: bool,
) -> Vec<FacetValue> {
    let mut out: Vec<FacetValue> = names
        .iter()
        .zip(counts)
        .filter(|(n, &c)| c > 0 || selected.contains(n))
        .map(|(n, &c)| FacetValue {
            value: n.clone(),
            label: label(n),
            count: c,
            selected: selected.contains(n),
        })
        .collect();
    for s in selected {
        if !names.contains(s) && !out.iter().any(|v| &v.value == s) {
            out.push(FacetValue {
                value: s.clone(),
                label: label(s),
                count: 0,
                selected: true,
            });
        }
    }
    if by_count {
        crate::sort::sort_by(&mut out, |a, b| {
            b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label))
        });
    } else {
        crate::sort::sort_by(&mut out, |a, b| a.value.cmp(&b.value));
    }
    out
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
                "Talks in Geneva.",
            ),
            article_with(
                "b",
                "CGTN",
                &["Jane Roe"],
                Some((2022, 2, 1)),
                "Talks in Brussels.",
            ),
            article_with(
                "c",
                "The National Interest",
                &["Daniel R. De Petris"],
                Some((2022, 1, 10)),
                "Talks must continue.",
            ),
            article_with(
                "d",
                "The National Interest",
                &["Jane Roe", "Nikola Mikovic"],
                None,
                "Переговори між США і Росією.",
            ),
        ])
    }

    fn counts(v: &[FacetValue]) -> Vec<(&str, usize)> {
        v.iter().map(|f| (f.value.as_str(), f.count)).collect()
    }

    #[test]
    fn counts_without_selection() {
        let (kept, f) = table().select(&[0, 1, 2, 3], &FacetSelection::default());
        assert_eq!(kept, vec![0, 1, 2, 3]);
        assert_eq!(
            counts(&f.outlet),
            [("CGTN", 2), ("The National Interest", 2)]
        );
        assert_eq!(
            counts(&f.author),
            [
                ("Jane Roe", 2),
                ("Nikola Mikovic", 2),
                ("Daniel R. De Petris", 1)
            ]
        );
        assert_eq!(counts(&f.month), [("2022-01", 2), ("2022-02", 1)]);
        assert_eq!(counts(&f.lang), [("en", 3), ("uk", 1)]);
    }

    #[test]
    fn selection_narrows_other_facets_but_not_its_own() {
        let sel = FacetSelection {
            outlet: vec!["CGTN".into()],
            ..FacetSelection::default()
        };
        let (kept, f) = table().select(&[0, 1, 2, 3], &sel);
        assert_eq!(kept, vec![0, 1]);
        // Own facet: counted as if unselected, so the other outlet still shows 2.
        assert_eq!(
            counts(&f.outlet),
            [("CGTN", 2), ("The National Interest", 2)]
        );
        // Other facets: only CGTN articles.
        assert_eq!(counts(&f.author), [("Jane Roe", 1), ("Nikola Mikovic", 1)]);
        assert!(f.outlet[0].selected && !f.outlet[1].selected);
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let sel = FacetSelection {
            author: vec!["Jane Roe".into(), "Daniel R. De Petris".into()],
            month: vec!["2022-01".into()],
            ..FacetSelection::default()
        };
        let (kept, f) = table().select(&[0, 1, 2, 3], &sel);
        // Jane Roe OR De Petris: b, c, d; AND January: c only (d has no date).
        assert_eq!(kept, vec![2]);
        // Month counts over the author selection: b is February, c January, d unknown.
        assert_eq!(counts(&f.month), [("2022-01", 1), ("2022-02", 1)]);
        // Author counts over January articles (a, c); the selected Jane Roe stays
        // listed with 0.
        assert_eq!(
            counts(&f.author),
            [
                ("Daniel R. De Petris", 1),
                ("Nikola Mikovic", 1),
                ("Jane Roe", 0)
            ]
        );
    }

    #[test]
    fn counts_only_the_base_set() {
        let (kept, f) = table().select(&[2, 3], &FacetSelection::default());
        assert_eq!(kept, vec![2, 3]);
        assert_eq!(counts(&f.outlet), [("The National Interest", 2)]);
    }

    #[test]
    fn unknown_selected_value_matches_nothing_and_is_listed() {
        let sel = FacetSelection {
            outlet: vec!["Pravda".into()],
            ..FacetSelection::default()
        };
        let (kept, f) = table().select(&[0, 1, 2, 3], &sel);
        assert!(kept.is_empty());
        assert!(f
            .outlet
            .iter()
            .any(|v| v.value == "Pravda" && v.selected && v.count == 0));
    }

    #[test]
    fn outlet_filter_matches_whole_words() {
        let t = table();
        assert_eq!(t.outlets_matching("national interest"), vec![false, true]);
        assert_eq!(t.outlets_matching("nation"), vec![false, false]);
        assert_eq!(t.authors_matching("mikovic"), vec![true, false, false]);
    }
}
