//! The URL state of the search and concordance views ([`SearchView`], [`KwicView`]),
//! parsed from and formatted to the hash's query part by [`super::route::Route`].
//!
//! Every value is validated on the way in: a date that is not `YYYY-MM-DD`, a month that
//! is not `YYYY-MM`, an unknown sort, an empty or absurdly long facet value are dropped
//! (the view falls back to its default), so a tampered URL still opens a working page.

use super::percent;
use super::route::Params;
use crate::search::request::DEFAULT_LIMIT;
use crate::search::{ConcordanceRequest, FacetSelection, KwicSort, SearchRequest, SortOrder};

/// Longest query kept from a URL, in bytes (the engine reads any length, but a URL this
/// long is a paste accident, and every keystroke re-runs the search).
pub const MAX_QUERY_BYTES: usize = 2_000;
/// Longest facet value kept from a URL, in bytes.
const MAX_VALUE_BYTES: usize = 200;
/// Most values kept per facet.
const MAX_VALUES: usize = 50;
/// Most "Show more" pages kept from a URL: the list then holds 1,000 hits at most.
pub const MAX_MORE: usize = 49;

/// The search view: query, facet selections, date range and order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchView {
    /// The query text, in the query language (`q=`).
    pub query: String,
    /// Selected facet values (`outlet=`, `author=`, `lang=`, `month=`, each repeatable).
    pub facets: FacetSelection,
    /// Earliest publication date, `YYYY-MM-DD` (`after=`).
    pub after: Option<String>,
    /// Latest publication date, `YYYY-MM-DD` (`before=`).
    pub before: Option<String>,
    /// Order of the hits (`sort=relevance|newest|oldest`).
    pub sort: SortOrder,
    /// Pages of hits shown after the first, one per press of "Show more" (`more=`).
    pub more: usize,
}

/// The concordance view: the query and the row order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KwicView {
    /// The query whose words and phrases are listed (`q=`).
    pub query: String,
    /// Row order (`sort=left|right`; absent = corpus order).
    pub sort: KwicSort,
}

impl SearchView {
    /// A search for `query` with no facets, in relevance order.
    pub fn for_query(query: impl Into<String>) -> SearchView {
        SearchView {
            query: query.into(),
            ..SearchView::default()
        }
    }

    /// The `q=` value, cut to [`MAX_QUERY_BYTES`] at a character boundary.
    pub(crate) fn query_param(value: Option<&str>) -> String {
        let q = value.unwrap_or_default();
        let mut end = q.len().min(MAX_QUERY_BYTES);
        while !q.is_char_boundary(end) {
            end -= 1;
        }
        q[..end].to_string()
    }

    pub(crate) fn from_params(params: &Params) -> SearchView {
        let values = |key: &str, valid: fn(&str) -> bool| {
            let mut out: Vec<String> = Vec::new();
            for v in params.all(key) {
                let v = v.trim();
                if !v.is_empty()
                    && v.len() <= MAX_VALUE_BYTES
                    && valid(v)
                    && !out.iter().any(|o| o == v)
                {
                    out.push(v.to_string());
                }
            }
            out.truncate(MAX_VALUES);
            out
        };
        let date = |key: &str| params.get(key).filter(|d| is_date(d)).map(str::to_string);
        SearchView {
            query: SearchView::query_param(params.get("q")),
            facets: FacetSelection {
                outlet: values("outlet", |_| true),
                author: values("author", |_| true),
                lang: values("lang", is_lang_code),
                month: values("month", is_month),
            },
            after: date("after"),
            before: date("before"),
            sort: params
                .get("sort")
                .and_then(sort_from_param)
                .unwrap_or_default(),
            more: params
                .get("more")
                .and_then(|m| m.parse::<usize>().ok())
                .filter(|&m| m <= MAX_MORE)
                .unwrap_or(0),
        }
    }

    /// The query part of the canonical hash; defaults are left out.
    pub(crate) fn params(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut push = |k: &str, v: &str| out.push(format!("{k}={}", percent::encode(v)));
        if !self.query.is_empty() {
            push("q", &self.query);
        }
        for (key, values) in [
            ("outlet", &self.facets.outlet),
            ("author", &self.facets.author),
            ("lang", &self.facets.lang),
            ("month", &self.facets.month),
        ] {
            for v in values {
                push(key, v);
            }
        }
        if let Some(d) = &self.after {
            push("after", d);
        }
        if let Some(d) = &self.before {
            push("before", d);
        }
        if self.sort != SortOrder::default() {
            push("sort", sort_param(self.sort));
        }
        if self.more > 0 {
            push("more", &self.more.to_string());
        }
        out
    }

    /// The engine request this view asks for (first page).
    pub fn request(&self) -> SearchRequest {
        SearchRequest {
            query: self.query.clone(),
            facets: self.facets.clone(),
            after: self.after.clone(),
            before: self.before.clone(),
            sort: self.sort,
            limit: self.limit(),
            ..SearchRequest::default()
        }
    }

    /// How many hits the list shows: a page, and a page more per "Show more".
    pub fn limit(&self) -> usize {
        DEFAULT_LIMIT * (1 + self.more.min(MAX_MORE))
    }

    /// This view with one more page of hits, if the URL may say so.
    pub fn with_more(&self) -> SearchView {
        SearchView {
            more: (self.more + 1).min(MAX_MORE),
            ..self.clone()
        }
    }

    /// This view back at the first page of hits: what a new query, filter or order
    /// starts from (the pages shown belonged to the old result list).
    pub fn first_page(&self) -> SearchView {
        SearchView {
            more: 0,
            ..self.clone()
        }
    }

    /// This view with `value` of `facet` selected if it was not, and unselected if it was.
    pub fn toggled(&self, facet: FacetName, value: &str) -> SearchView {
        let mut next = self.first_page();
        let list = facet.values_mut(&mut next.facets);
        if let Some(i) = list.iter().position(|v| v == value) {
            list.remove(i);
        } else {
            list.push(value.to_string());
        }
        next
    }

    /// Whether any facet value or date bound is selected.
    pub fn has_filters(&self) -> bool {
        !self.facets.is_empty() || self.after.is_some() || self.before.is_some()
    }
}

impl KwicView {
    pub(crate) fn from_params(params: &Params) -> KwicView {
        KwicView {
            query: SearchView::query_param(params.get("q")),
            sort: match params.get("sort") {
                Some("left") => KwicSort::Left,
                Some("right") => KwicSort::Right,
                _ => KwicSort::Document,
            },
        }
    }

    pub(crate) fn params(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.query.is_empty() {
            out.push(format!("q={}", percent::encode(&self.query)));
        }
        match self.sort {
            KwicSort::Left => out.push("sort=left".into()),
            KwicSort::Right => out.push("sort=right".into()),
            KwicSort::Document => {}
        }
        out
    }

    /// The engine request this view asks for.
    pub fn request(&self) -> ConcordanceRequest {
        ConcordanceRequest {
            sort: self.sort,
            ..ConcordanceRequest::new(self.query.clone())
        }
    }
}

/// The four facets, for toggling a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetName {
    Outlet,
    Author,
    Lang,
    Month,
}

impl FacetName {
    /// The selected values of this facet.
    pub fn values_mut(self, sel: &mut FacetSelection) -> &mut Vec<String> {
        match self {
            FacetName::Outlet => &mut sel.outlet,
            FacetName::Author => &mut sel.author,
            FacetName::Lang => &mut sel.lang,
            FacetName::Month => &mut sel.month,
        }
    }

    /// The heading shown above the facet.
    pub fn label(self) -> &'static str {
        match self {
            FacetName::Outlet => "Outlet",
            FacetName::Author => "Author",
            FacetName::Lang => "Language",
            FacetName::Month => "Month",
        }
    }
}

/// The `sort=` value of a search order.
pub fn sort_param(sort: SortOrder) -> &'static str {
    match sort {
        SortOrder::Relevance => "relevance",
        SortOrder::Newest => "newest",
        SortOrder::Oldest => "oldest",
    }
}

/// The search order named by a `sort=` value.
pub fn sort_from_param(s: &str) -> Option<SortOrder> {
    match s {
        "relevance" => Some(SortOrder::Relevance),
        "newest" => Some(SortOrder::Newest),
        "oldest" => Some(SortOrder::Oldest),
        _ => None,
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY-MM` with a month from 01 to 12.
fn is_month(s: &str) -> bool {
    match s.split_once('-') {
        Some((y, m)) => {
            y.len() == 4
                && digits(y)
                && m.len() == 2
                && digits(m)
                && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
        }
        None => false,
    }
}

/// `YYYY-MM-DD` with a plausible month and day (what `<input type=date>` produces).
pub fn is_date(s: &str) -> bool {
    s.len() == 10
        && s.is_char_boundary(7)
        && is_month(&s[..7])
        && s.as_bytes()[7] == b'-'
        && digits(&s[8..])
        && (1..=31).contains(&s[8..].parse::<u8>().unwrap_or(0))
}

/// A language code as the facet lists them: a few ASCII letters.
fn is_lang_code(s: &str) -> bool {
    (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::super::route::Route;
    use super::*;

    fn search(hash: &str) -> SearchView {
        match Route::parse(hash) {
            Route::Search(v) => v,
            other => panic!("{hash} parsed as {other:?}"),
        }
    }

    #[test]
    fn more_pages_round_trip_and_a_tampered_count_falls_back_to_one_page() {
        let v = search("#/search?q=NATO&more=2");
        assert_eq!(v.more, 2);
        assert_eq!(v.limit(), 3 * DEFAULT_LIMIT);
        assert_eq!(search(&Route::Search(v.clone()).to_hash()), v);
        for bad in ["more=-1", "more=x", "more=50", "more=99999999999999999999"] {
            let v = search(&format!("#/search?q=NATO&{bad}"));
            assert_eq!(v.more, 0, "{bad}");
        }
        assert!(!Route::Search(SearchView::for_query("NATO"))
            .to_hash()
            .contains("more"));
    }

    #[test]
    fn show_more_stops_at_the_cap_and_refining_starts_from_the_first_page() {
        let mut v = SearchView::for_query("NATO");
        for _ in 0..100 {
            v = v.with_more();
        }
        assert_eq!(v.more, MAX_MORE);
        assert_eq!(v.first_page().more, 0);
        assert_eq!(v.toggled(FacetName::Outlet, "CGTN").more, 0);
    }

    #[test]
    fn a_search_url_is_read_in_full() {
        let v = search("#/search?q=NATO+-Lavrov&outlet=CGTN&outlet=The%20National%20Interest&author=Ted%20Galen%20Carpenter&lang=en&month=2022-01&after=2022-01-10&before=2022-01-31&sort=newest");
        assert_eq!(v.query, "NATO -Lavrov");
        assert_eq!(v.facets.outlet, ["CGTN", "The National Interest"]);
        assert_eq!(v.facets.author, ["Ted Galen Carpenter"]);
        assert_eq!(v.facets.lang, ["en"]);
        assert_eq!(v.facets.month, ["2022-01"]);
        assert_eq!(v.after.as_deref(), Some("2022-01-10"));
        assert_eq!(v.before.as_deref(), Some("2022-01-31"));
        assert_eq!(v.sort, SortOrder::Newest);
    }

    #[test]
    fn search_and_kwic_views_survive_a_round_trip() {
        let mut full =
            SearchView::for_query("\"red lines\" OR Lavr* -NATO author:\"Carpenter\" &=#%+");
        full.facets.outlet = vec!["CGTN".into(), "A & B / C".into()];
        full.facets.lang = vec!["uk".into()];
        full.facets.month = vec!["2022-01".into()];
        full.after = Some("2022-01-10".into());
        full.sort = SortOrder::Oldest;
        let routes = [
            Route::Search(SearchView::default()),
            Route::Search(SearchView::for_query("Лавров")),
            Route::Search(full),
            Route::Kwic(KwicView::default()),
            Route::Kwic(KwicView {
                query: "red lines".into(),
                sort: KwicSort::Left,
            }),
            Route::Kwic(KwicView {
                query: "x".into(),
                sort: KwicSort::Right,
            }),
            Route::Reader(super::super::route::ReaderView {
                id: "004_x".into(),
                query: "\"red lines\"".into(),
                hit: 2,
                ..Default::default()
            }),
        ];
        for route in routes {
            let hash = route.to_hash();
            assert_eq!(Route::parse(&hash), route, "{hash}");
        }
    }

    #[test]
    fn defaults_are_left_out() {
        assert_eq!(Route::Search(SearchView::default()).to_hash(), "#/search");
        assert_eq!(
            Route::parse("#/search?q=a&sort=relevance").to_hash(),
            "#/search?q=a"
        );
        assert_eq!(
            Route::parse("#/article/x?q=a&m=1").to_hash(),
            "#/article/x?q=a"
        );
    }

    #[test]
    fn tampered_search_parameters_fall_back_to_defaults() {
        let v = search("#/search?after=2022-13-01&before=yesterday&month=2022-1&month=abcd-ef&lang=%00&lang=english-and-more&sort=best&outlet=&outlet=%20");
        assert_eq!(v, SearchView::default());
        let v = search("#/search?outlet=CGTN&outlet=CGTN&after=2022-01-32");
        assert_eq!(v.facets.outlet, ["CGTN"], "repeats are kept once");
        assert_eq!(v.after, None);
        let long = format!("#/search?q={}", "Ж".repeat(5_000));
        assert!(search(&long).query.len() <= MAX_QUERY_BYTES);
        for hash in [
            "#/search?q=%",
            "#/search?&&=&q",
            "#/kwic?sort=%FF",
            "#/article/x?m=-1&q=",
        ] {
            let _ = Route::parse(hash).to_hash();
        }
        assert_eq!(
            Route::parse("#/kwic?q=a&sort=up"),
            Route::Kwic(KwicView {
                query: "a".into(),
                sort: KwicSort::Document
            })
        );
    }

    #[test]
    fn a_bad_match_number_means_the_first_match() {
        for m in ["0", "-3", "two", "99999999999999999999999"] {
            match Route::parse(&format!("#/article/x?q=a&m={m}")) {
                Route::Reader(v) => assert_eq!(v.hit, 0, "{m}"),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn toggling_a_facet_value_adds_then_removes_it() {
        let v = SearchView::for_query("NATO");
        let on = v.toggled(FacetName::Outlet, "CGTN");
        assert_eq!(on.facets.outlet, ["CGTN"]);
        assert!(on.has_filters());
        assert_eq!(on.toggled(FacetName::Outlet, "CGTN"), v);
    }
}
