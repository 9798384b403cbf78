//! The URL <-> view state contract. Every view has a hash URL; the hash is parsed once
//! into a validated [`Route`] and the UI renders from that value only.
//!
//! Hash routing (`#/...`) keeps deep links working on static hosts (GitHub Pages serves
//! no rewrites) and under any sub-path, because the part after `#` never reaches a server.
//!
//! | hash                          | route                                      |
//! |-------------------------------|--------------------------------------------|
//! | `#/` (or empty)               | [`Route::Articles`] sorted by date, newest first |
//! | `#/?sort=outlet&order=desc`   | [`Route::Articles`] with that order        |
//! | `#/article/<id>`              | [`Route::Reader`] showing the clean text   |
//! | `#/article/<id>?raw=1`        | [`Route::Reader`] showing the raw file     |
//! | `#/article/<id>?q=…&m=N`      | [`Route::Reader`] with the query's matches highlighted, at the N-th |
//! | `#/search?q=…&outlet=…&author=…&lang=…&month=…&after=…&before=…&sort=…` | [`Route::Search`] |
//! | `#/kwic?q=…&sort=left\|right` | [`Route::Kwic`] (concordance)              |
//! | `#/article/<id>?quote=N`      | [`Route::Reader`] at quote N, highlighted  |
//! | `#/quotes?q=…&speaker=…&outlet=…&kind=…` | [`Route::Quotes`] (see [`quotes_route`](super::quotes_route)) |
//! | `#/speaker/<canonical name>`  | [`Route::Speaker`]                         |
//! | `#/__panic`                   | [`Route::PanicProbe`] (test hook)          |
//!
//! Parsing never fails: unknown or malformed parameters fall back to their defaults, and
//! an unknown path becomes [`Route::NotFound`]. Search, quotes and speaker pages add
//! their own variants and `parse_*` arms here (`#/search?q=…`, `#/quotes`,
//! `#/speaker/<name>`).

use super::percent;
pub use super::quotes_route::QuotesView;
pub use super::search_route::{KwicView, SearchView};

/// What the page shows. Built only by [`Route::parse`] or by the UI; formatting it with
/// [`Route::to_hash`] and parsing the result gives the same value back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The home view: corpus summary and the list of articles.
    Articles(ArticleOrder),
    /// One article in the reader.
    Reader(ReaderView),
    /// Full-text search with facets.
    Search(SearchView),
    /// Concordance (key word in context) of a query.
    Kwic(KwicView),
    /// Every quote of the corpus, searched and filtered.
    Quotes(QuotesView),
    /// One speaker's page, by canonical name (or any alias).
    Speaker(String),
    /// A path Dossier does not know; holds the decoded path for the message.
    NotFound(String),
    /// Deliberately panics, so the end-to-end suite can prove the panic banner works.
    /// Harmless: it only stops the tab that opened it.
    PanicProbe,
}

/// Which article property the home list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Date,
    Outlet,
}

/// Ascending or descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// How the home list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleOrder {
    pub key: SortKey,
    pub direction: Direction,
}

/// The reader's state: which article, whether the raw file is shown instead of the
/// clean text, and the search whose matches are highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReaderView {
    pub id: String,
    pub raw: bool,
    /// The query whose matches are highlighted (`q=`); empty for none.
    pub query: String,
    /// The match the reader is at, counted from 0 (`m=` counts from 1; absent = first).
    pub hit: usize,
    /// A quote ([`QuoteId`](crate::quotes::QuoteId)) to scroll to and highlight.
    pub quote: Option<usize>,
}

impl SortKey {
    /// The value used in the `sort=` parameter.
    pub fn param(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Outlet => "outlet",
        }
    }

    fn from_param(s: &str) -> Option<SortKey> {
        match s {
            "date" => Some(SortKey::Date),
            "outlet" => Some(SortKey::Outlet),
            _ => None,
        }
    }

    /// The direction a reader expects first: newest news first, outlets A to Z.
    pub fn natural_direction(self) -> Direction {
        match self {
            SortKey::Date => Direction::Descending,
            SortKey::Outlet => Direction::Ascending,
        }
    }
}

impl Direction {
    /// The value used in the `order=` parameter.
    pub fn param(self) -> &'static str {
        match self {
            Direction::Ascending => "asc",
            Direction::Descending => "desc",
        }
    }

    fn from_param(s: &str) -> Option<Direction> {
        match s {
            "asc" => Some(Direction::Ascending),
            "desc" => Some(Direction::Descending),
            _ => None,
        }
    }

    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }
}

impl ArticleOrder {
    /// Sorted by `key` in its natural direction.
    pub fn by(key: SortKey) -> ArticleOrder {
        ArticleOrder {
            key,
            direction: key.natural_direction(),
        }
    }
}

impl Default for ArticleOrder {
    fn default() -> Self {
        ArticleOrder::by(SortKey::default())
    }
}

impl Default for Route {
    fn default() -> Self {
        Route::Articles(ArticleOrder::default())
    }
}

impl Route {
    /// Opens the reader on the clean text of article `id`.
    pub fn reader(id: impl Into<String>) -> Route {
        Route::Reader(ReaderView {
            id: id.into(),
            ..ReaderView::default()
        })
    }

    /// Opens the reader on article `id` at quote `quote`.
    pub fn reader_at_quote(id: impl Into<String>, quote: usize) -> Route {
        Route::Reader(ReaderView {
            id: id.into(),
            quote: Some(quote),
            ..ReaderView::default()
        })
    }

    /// Parses `location.hash` (with or without the leading `#`). Never fails.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let params = Params::parse(query);
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent::decode_segment)
            .collect();
        match segments.as_slice() {
            [] => Route::Articles(parse_article_order(&params)),
            [article, id] if article == "article" => Route::Reader(ReaderView {
                id: id.clone(),
                raw: params.flag("raw"),
                query: SearchView::query_param(params.get("q")),
                hit: params
                    .get("m")
                    .and_then(|m| m.parse::<usize>().ok())
                    .map_or(0, |m| m.saturating_sub(1)),
                quote: params.get("quote").and_then(|n| n.parse().ok()),
            }),
            [search] if search == "search" => Route::Search(SearchView::from_params(&params)),
            [kwic] if kwic == "kwic" => Route::Kwic(KwicView::from_params(&params)),
            [quotes] if quotes == "quotes" => Route::Quotes(QuotesView::parse(query)),
            [speaker, name] if speaker == "speaker" && !name.trim().is_empty() => {
                Route::Speaker(name.clone())
            }
            [probe] if probe == "__panic" => Route::PanicProbe,
            _ => Route::NotFound(format!("/{}", segments.join("/"))),
        }
    }

    /// The canonical hash for this route, starting with `#/`. Default parameters are left
    /// out, so the home view is plain `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Articles(order) => {
                let mut params = Vec::new();
                if order.key != SortKey::default() {
                    params.push(format!("sort={}", order.key.param()));
                }
                if order.direction != order.key.natural_direction() {
                    params.push(format!("order={}", order.direction.param()));
                }
                with_query("#/".to_string(), &params)
            }
            Route::Reader(view) => {
                let path = format!("#/article/{}", percent::encode(&view.id));
                let mut params = if view.raw {
                    vec!["raw=1".to_string()]
                } else {
                    vec![]
                };
                if !view.query.is_empty() {
                    params.push(format!("q={}", percent::encode(&view.query)));
                    if view.hit > 0 {
                        params.push(format!("m={}", view.hit + 1));
                    }
                }
                params.extend(view.quote.map(|n| format!("quote={n}")));
                with_query(path, &params)
            }
            Route::Search(view) => with_query("#/search".to_string(), &view.params()),
            Route::Kwic(view) => with_query("#/kwic".to_string(), &view.params()),
            Route::Quotes(view) => with_query("#/quotes".to_string(), &[view.to_query()]),
            Route::Speaker(name) => format!("#/speaker/{}", percent::encode(name)),
            Route::NotFound(path) => {
                let segments: Vec<String> = path
                    .split('/')
                    .filter(|s| !s.is_empty())
                    .map(percent::encode)
                    .collect();
                format!("#/{}", segments.join("/"))
            }
            Route::PanicProbe => "#/__panic".to_string(),
        }
    }

    /// The navigation section this route belongs to, for highlighting the header link.
    pub fn section(&self) -> Option<Section> {
        match self {
            Route::Articles(_) | Route::Reader(_) => Some(Section::Articles),
            Route::Search(_) | Route::Kwic(_) => Some(Section::Search),
            Route::Quotes(_) | Route::Speaker(_) => Some(Section::Quotes),
            Route::NotFound(_) | Route::PanicProbe => None,
        }
    }

    /// True when going from `self` to `next` shows a different page (not just a different
    /// sort or the raw/clean toggle), so the view should start at the top.
    pub fn is_new_page(&self, next: &Route) -> bool {
        match (self, next) {
            (Route::Articles(_), Route::Articles(_)) => false,
            (Route::Quotes(_), Route::Quotes(_)) => false,
            (Route::Reader(a), Route::Reader(b)) => a.id != b.id,
            // Typing, facets and sorting refine the same page.
            (Route::Search(_), Route::Search(_)) | (Route::Kwic(_), Route::Kwic(_)) => false,
            _ => self != next,
        }
    }
}

/// The top-level sections in the site header's navigation. Search and quotes add theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Articles,
    Search,
    Quotes,
}

fn parse_article_order(params: &Params) -> ArticleOrder {
    let key = params
        .get("sort")
        .and_then(SortKey::from_param)
        .unwrap_or_default();
    let direction = params
        .get("order")
        .and_then(Direction::from_param)
        .unwrap_or_else(|| key.natural_direction());
    ArticleOrder { key, direction }
}

fn with_query(mut path: String, params: &[String]) -> String {
    if params.iter().any(|p| !p.is_empty()) {
        path.push('?');
        path.push_str(&params.join("&"));
    }
    path
}

/// Decoded `key=value` pairs of the hash's query part, in order.
pub(crate) struct Params(Vec<(String, String)>);

impl Params {
    fn parse(query: &str) -> Params {
        Params(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (
                        percent::decode_query_value(k),
                        percent::decode_query_value(v),
                    )
                })
                .collect(),
        )
    }

    /// The first value given for `key` (later repeats are ignored).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value given for `key`, in order (for repeatable parameters such as `outlet=`).
    pub(crate) fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean flag: `1`, `true`, `yes` or `on` mean set; anything else means unset.
    fn flag(&self, key: &str) -> bool {
        matches!(self.get(key), Some("1" | "true" | "yes" | "on"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(key: SortKey, direction: Direction) -> Route {
        Route::Articles(ArticleOrder { key, direction })
    }

    #[test]
    fn empty_hash_and_root_are_the_home_view() {
        for hash in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(hash), Route::default(), "{hash:?}");
        }
        assert_eq!(Route::default().to_hash(), "#/");
    }

    #[test]
    fn home_sort_parameters_are_read() {
        assert_eq!(
            Route::parse("#/?sort=outlet"),
            order(SortKey::Outlet, Direction::Ascending)
        );
        assert_eq!(
            Route::parse("#/?sort=outlet&order=desc"),
            order(SortKey::Outlet, Direction::Descending)
        );
        assert_eq!(
            Route::parse("#/?order=asc"),
            order(SortKey::Date, Direction::Ascending)
        );
    }

    #[test]
    fn reader_routes_are_read() {
        assert_eq!(
            Route::parse("#/article/003_115b22df84fd61fe"),
            Route::reader("003_115b22df84fd61fe")
        );
        assert_eq!(
            Route::parse("#/article/003_115b22df84fd61fe?raw=1"),
            Route::Reader(ReaderView {
                id: "003_115b22df84fd61fe".into(),
                raw: true,
                ..ReaderView::default()
            })
        );
    }

    #[test]
    fn every_route_survives_a_round_trip() {
        let routes = [
            Route::default(),
            order(SortKey::Date, Direction::Ascending),
            order(SortKey::Outlet, Direction::Ascending),
            order(SortKey::Outlet, Direction::Descending),
            Route::reader("000_660aaf9185c519ef"),
            Route::Reader(ReaderView {
                id: "odd id/with ?&#=+% and Україна".into(),
                raw: true,
                quote: Some(7),
                ..ReaderView::default()
            }),
            Route::reader_at_quote("000_660aaf9185c519ef", 0),
            Route::Quotes(QuotesView::default()),
            Route::Quotes(QuotesView::parse(
                "q=wait&speaker=Sergei+Lavrov&kind=direct",
            )),
            Route::Speaker("Sergei Lavrov".into()),
            Route::Speaker("U.S. officials/odd ?&#".into()),
            Route::NotFound("/no/such page".into()),
            Route::PanicProbe,
        ];
        for route in routes {
            let hash = route.to_hash();
            assert!(hash.starts_with("#/"), "{hash}");
            assert_eq!(Route::parse(&hash), route, "{hash}");
        }
    }

    #[test]
    fn default_parameters_are_left_out_of_the_canonical_hash() {
        assert_eq!(Route::parse("#/?sort=date&order=desc").to_hash(), "#/");
        assert_eq!(Route::parse("#/article/x?raw=0").to_hash(), "#/article/x");
    }

    #[test]
    fn tampered_parameters_fall_back_to_defaults() {
        assert_eq!(
            Route::parse("#/?sort=%00%FF&order=sideways"),
            Route::default()
        );
        assert_eq!(Route::parse("#/?sort&order=&&=&raw=1"), Route::default());
        assert_eq!(
            Route::parse("#/article/x?raw=maybe"),
            Route::reader("x"),
            "an unknown flag value means off"
        );
    }

    #[test]
    fn the_first_repeated_parameter_wins() {
        assert_eq!(
            Route::parse("#/?sort=outlet&sort=date"),
            order(SortKey::Outlet, Direction::Ascending)
        );
    }

    #[test]
    fn unknown_paths_are_not_found_and_never_panic() {
        assert_eq!(
            Route::parse("#/article"),
            Route::NotFound("/article".into())
        );
        assert_eq!(
            Route::parse("#/article/a/b"),
            Route::NotFound("/article/a/b".into())
        );
        let long = format!("#/{}?{}", "%".repeat(10_000), "&=".repeat(10_000));
        assert!(matches!(Route::parse(&long), Route::NotFound(_)));
        for hash in ["#%", "#/%E2%82", "#\u{0}/\u{FFFF}", "#/?=?=?", "##/#/"] {
            let _ = Route::parse(hash).to_hash();
        }
    }

    #[test]
    fn ids_are_decoded_so_links_from_other_tools_work() {
        assert_eq!(Route::parse("#/article/a%20b"), Route::reader("a b"));
    }

    #[test]
    fn sort_changes_and_the_raw_toggle_are_not_new_pages() {
        let home = Route::default();
        let by_outlet = order(SortKey::Outlet, Direction::Ascending);
        let clean = Route::reader("a");
        let raw = Route::Reader(ReaderView {
            id: "a".into(),
            raw: true,
            ..ReaderView::default()
        });
        assert!(!home.is_new_page(&by_outlet));
        assert!(!clean.is_new_page(&raw));
        assert!(clean.is_new_page(&Route::reader("b")));
        assert!(home.is_new_page(&clean));
    }

    #[test]
    fn quote_views_and_speaker_pages_are_read() {
        assert_eq!(
            Route::parse("#/quotes"),
            Route::Quotes(QuotesView::default())
        );
        assert_eq!(Route::parse("#/quotes").to_hash(), "#/quotes");
        assert_eq!(
            Route::parse("#/speaker/Dmitry%20Peskov"),
            Route::Speaker("Dmitry Peskov".into())
        );
        assert_eq!(
            Route::parse("#/article/x?quote=12"),
            Route::reader_at_quote("x", 12)
        );
        assert_eq!(
            Route::Quotes(QuotesView::default()).section(),
            Some(Section::Quotes)
        );
    }

    #[test]
    fn tampered_quote_routes_fall_back_to_defaults() {
        assert_eq!(Route::parse("#/article/x?quote=-1"), Route::reader("x"));
        assert_eq!(
            Route::parse("#/article/x?quote=99999999999999999999999"),
            Route::reader("x")
        );
        assert_eq!(Route::parse("#/article/x?quote=%FF"), Route::reader("x"));
        assert_eq!(
            Route::parse("#/quotes?kind=loud&speaker="),
            Route::Quotes(QuotesView::default())
        );
        assert_eq!(
            Route::parse("#/speaker/%20"),
            Route::NotFound("/speaker/ ".into())
        );
        assert_eq!(
            Route::parse("#/speaker/a/b"),
            Route::NotFound("/speaker/a/b".into())
        );
    }

    #[test]
    fn filter_changes_and_quote_jumps_are_not_new_pages() {
        let all = Route::Quotes(QuotesView::default());
        let some = Route::parse("#/quotes?kind=direct");
        assert!(!all.is_new_page(&some));
        assert!(!Route::reader("a").is_new_page(&Route::reader_at_quote("a", 3)));
        assert!(all.is_new_page(&Route::Speaker("Sergei Lavrov".into())));
    }
}
