//! Puts the home list in the order the URL asks for.
//!
//! Articles with an unknown date or outlet always go last, whatever the direction: a
//! reader sorting by date wants the dated articles first, not a block of unknowns.

use std::cmp::Ordering;

use super::route::{ArticleOrder, Direction, SortKey};
use crate::corpus::Article;
use crate::text::unicode::lowercase_str;

/// Positions of `articles` in display order. Deterministic: ties are broken by date
/// (newest first), then title, then id.
pub fn arrange(articles: &[Article], order: ArticleOrder) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..articles.len()).collect();
    crate::sort::sort_by(&mut positions, |&a, &b| {
        compare(&articles[a], &articles[b], order)
    });
    positions
}

fn compare(a: &Article, b: &Article, order: ArticleOrder) -> Ordering {
    let primary = match order.key {
        SortKey::Date => known_first(a.meta.date, b.meta.date, order.direction),
        SortKey::Outlet => known_first(
            a.meta.outlet.as_deref().map(lowercase_str),
            b.meta.outlet.as_deref().map(lowercase_str),
            order.direction,
        ),
    };
    primary
        .then_with(|| known_first(a.meta.date, b.meta.date, Direction::Descending))
        .then_with(|| a.meta.title.cmp(&b.meta.title))
        .then_with(|| a.id.cmp(&b.id))
}

/// Compares two optional values in `direction`, with `None` after every `Some`.
fn known_first<T: Ord>(a: Option<T>, b: Option<T>, direction: Direction) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match direction {
            Direction::Ascending => a.cmp(&b),
            Direction::Descending => b.cmp(&a),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{self, Date, Metadata, SourceFile};

    /// An article built by the real ingester (so the test follows the model as it
    /// grows), with the metadata under test set by hand.
    fn article(id: &str, outlet: Option<&str>, date: Option<(u16, u8, u8)>) -> Article {
        let file = SourceFile {
            name: format!("{id}.txt"),
            bytes: format!("Title {id}\n\nRussia and the West dig in for talks.\n").into_bytes(),
        };
        let mut article = corpus::ingest(vec![file], None).corpus.articles.remove(0);
        article.meta = Metadata {
            title: format!("Title {id}"),
            outlet: outlet.map(String::from),
            date: date.and_then(|(y, m, d)| Date::new(y, m, d)),
            ..Metadata::default()
        };
        article
    }

    fn ids(articles: &[Article], key: SortKey, direction: Direction) -> Vec<&str> {
        arrange(articles, ArticleOrder { key, direction })
            .into_iter()
            .map(|i| articles[i].id.as_str())
            .collect()
    }

    fn seeds() -> Vec<Article> {
        vec![
            article("nti", Some("The National Interest"), Some((2022, 1, 10))),
            article("cgtn", Some("CGTN"), Some((2022, 1, 12))),
            article("anon", None, Some((2022, 1, 11))),
            article("cfr", Some("Council on Foreign Relations"), None),
        ]
    }

    #[test]
    fn date_sort_puts_undated_articles_last_in_both_directions() {
        let a = seeds();
        assert_eq!(
            ids(&a, SortKey::Date, Direction::Descending),
            ["cgtn", "anon", "nti", "cfr"]
        );
        assert_eq!(
            ids(&a, SortKey::Date, Direction::Ascending),
            ["nti", "anon", "cgtn", "cfr"]
        );
    }

    #[test]
    fn outlet_sort_ignores_case_and_puts_unknown_outlets_last() {
        let a = seeds();
        assert_eq!(
            ids(&a, SortKey::Outlet, Direction::Ascending),
            ["cgtn", "cfr", "nti", "anon"]
        );
        assert_eq!(
            ids(&a, SortKey::Outlet, Direction::Descending),
            ["nti", "cfr", "cgtn", "anon"]
        );
    }

    #[test]
    fn ties_are_broken_by_newest_date_then_title() {
        let a = vec![
            article("b", Some("CGTN"), Some((2022, 1, 10))),
            article("c", Some("CGTN"), Some((2022, 1, 14))),
            article("a", Some("CGTN"), Some((2022, 1, 10))),
        ];
        assert_eq!(
            ids(&a, SortKey::Outlet, Direction::Ascending),
            ["c", "a", "b"]
        );
    }
}
