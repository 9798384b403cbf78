//! Outlet names: spelling them one way, expanding well-known abbreviations, and knowing an
//! outlet by its web domain.
//!
//! The table is general knowledge about widely cited English-language outlets (not about
//! any corpus file): "CFR" is the Council on Foreign Relations wherever it appears. An
//! outlet missing from the table keeps the spelling the text gives it; the catalog can
//! always correct it.

/// A known outlet: its canonical name, other names it goes by, and its web domains.
struct Known {
    name: &'static str,
    aliases: &'static [&'static str],
    domains: &'static [&'static str],
}

#[rustfmt::skip]
const KNOWN: &[Known] = &[
    Known { name: "The National Interest", aliases: &["National Interest", "TNI"], domains: &["nationalinterest.org"] },
    Known { name: "Council on Foreign Relations", aliases: &["CFR"], domains: &["cfr.org"] },
    Known { name: "CGTN", aliases: &["China Global Television Network"], domains: &["cgtn.com"] },
    Known { name: "The Wall Street Journal", aliases: &["Wall Street Journal", "WSJ"], domains: &["wsj.com"] },
    Known { name: "The New York Times", aliases: &["New York Times", "NYT"], domains: &["nytimes.com"] },
    Known { name: "The Washington Post", aliases: &["Washington Post"], domains: &["washingtonpost.com"] },
    Known { name: "The Guardian", aliases: &["Guardian"], domains: &["theguardian.com"] },
    Known { name: "Financial Times", aliases: &["FT"], domains: &["ft.com"] },
    Known { name: "The Economist", aliases: &["Economist"], domains: &["economist.com"] },
    Known { name: "Reuters", aliases: &[], domains: &["reuters.com"] },
    Known { name: "Associated Press", aliases: &["AP", "The Associated Press"], domains: &["apnews.com"] },
    Known { name: "Bloomberg", aliases: &[], domains: &["bloomberg.com"] },
    Known { name: "BBC News", aliases: &["BBC"], domains: &["bbc.com", "bbc.co.uk"] },
    Known { name: "CNN", aliases: &[], domains: &["cnn.com"] },
    Known { name: "Newsweek", aliases: &[], domains: &["newsweek.com"] },
    Known { name: "Foreign Policy", aliases: &[], domains: &["foreignpolicy.com"] },
    Known { name: "Foreign Affairs", aliases: &[], domains: &["foreignaffairs.com"] },
    Known { name: "Politico", aliases: &[], domains: &["politico.com", "politico.eu"] },
    Known { name: "Al Jazeera", aliases: &[], domains: &["aljazeera.com"] },
    Known { name: "RT", aliases: &["Russia Today"], domains: &["rt.com"] },
    Known { name: "TASS", aliases: &[], domains: &["tass.com", "tass.ru"] },
    Known { name: "The Moscow Times", aliases: &["Moscow Times"], domains: &["themoscowtimes.com"] },
    Known { name: "The Kyiv Independent", aliases: &["Kyiv Independent"], domains: &["kyivindependent.com"] },
    Known { name: "Atlantic Council", aliases: &[], domains: &["atlanticcouncil.org"] },
    Known { name: "The Atlantic", aliases: &[], domains: &["theatlantic.com"] },
];

/// Comparison key: lower case, single spaces, no leading "the", no closing full stop.
fn key(name: &str) -> String {
    let n = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let n = n.trim_end_matches('.');
    n.strip_prefix("the ").unwrap_or(n).to_string()
}

/// The canonical spelling of an outlet named `name` in the text: the table's name when
/// known ("the National Interest" -> "The National Interest", "CFR" -> "Council on Foreign
/// Relations"), otherwise the text's own spelling with a leading lower-case "the" capitalised.
pub(crate) fn canonical(name: &str) -> String {
    let k = key(name);
    for known in KNOWN {
        if key(known.name) == k || known.aliases.iter().any(|a| key(a) == k) {
            return known.name.to_string();
        }
    }
    let trimmed = name.trim().trim_end_matches('.');
    match trimmed.strip_prefix("the ") {
        Some(rest) => format!("The {rest}"),
        None => trimmed.to_string(),
    }
}

/// Whether two outlet names denote the same outlet.
pub(crate) fn same(a: &str, b: &str) -> bool {
    key(&canonical(a)) == key(&canonical(b))
}

/// The known outlet publishing at `url`'s host (subdomains included), if any.
pub(crate) fn by_url(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    KNOWN.iter().find_map(|k| {
        k.domains
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
            .then_some(k.name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_spelling_becomes_the_canonical_name() {
        assert_eq!(canonical("the National Interest"), "The National Interest");
        assert!(same("the National Interest", "The National Interest."));
    }

    #[test]
    fn known_abbreviation_is_expanded() {
        assert_eq!(canonical("CFR"), "Council on Foreign Relations");
    }

    #[test]
    fn unknown_outlets_keep_their_spelling() {
        assert_eq!(canonical("the Kharkiv Herald"), "The Kharkiv Herald");
        assert_eq!(canonical("Defense Priorities"), "Defense Priorities");
    }

    #[test]
    fn outlet_by_domain() {
        assert_eq!(
            by_url(
                "https://nationalinterest.org/blog/skeptics/us-russia-talks-must-continue-199263"
            ),
            Some("The National Interest")
        );
        assert_eq!(
            by_url("https://www.cfr.org/in-brief/x"),
            Some("Council on Foreign Relations")
        );
        assert_eq!(by_url("https://notcfr.org/x"), None);
        assert_eq!(by_url("not a url"), None);
    }
}
