//! The synthetic corpus's vocabulary: real English function and news words at the head
//! of a Zipf distribution, generated pseudo-words in its long tail, and the names,
//! roles, outlets and reporting verbs that make quotations.

use super::rng::SplitMix64;

/// Function words, most frequent first (they take the head of the Zipf curve).
pub const FUNCTION: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "it", "with", "as", "was",
    "by", "at", "be", "this", "from", "has", "have", "are", "not", "but", "its", "an", "or",
    "their", "will", "which", "they", "would", "more", "been", "were", "had", "than", "also",
    "after", "about", "over", "into", "could", "other", "any", "some", "there", "no", "what",
    "only", "if", "can", "all", "who", "when", "such", "while", "since", "before", "between",
    "should", "against", "both", "under", "we", "our", "his", "her", "those", "these", "them",
    "may", "most", "even", "still", "through", "during", "without", "so", "much", "where",
    "because", "now", "then", "how", "very", "well", "many", "each", "just", "yet", "another",
];

/// News vocabulary (the benchmark queries use these, so they are always present).
pub const NEWS: &[&str] = &[
    "security",
    "talks",
    "government",
    "officials",
    "minister",
    "foreign",
    "military",
    "president",
    "sanctions",
    "diplomacy",
    "agreement",
    "border",
    "troops",
    "alliance",
    "economic",
    "crisis",
    "negotiations",
    "policy",
    "administration",
    "countries",
    "region",
    "international",
    "defense",
    "war",
    "conflict",
    "peace",
    "energy",
    "gas",
    "oil",
    "markets",
    "trade",
    "election",
    "parliament",
    "ministry",
    "spokesman",
    "statement",
    "meeting",
    "summit",
    "proposal",
    "demands",
    "guarantees",
    "expansion",
    "missile",
    "weapons",
    "nuclear",
    "forces",
    "invasion",
    "pressure",
    "threat",
    "intelligence",
    "officials",
    "report",
    "analysts",
    "experts",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "people",
    "public",
    "state",
    "states",
    "national",
    "european",
    "western",
    "eastern",
    "russian",
    "american",
    "ukrainian",
    "chinese",
    "british",
    "german",
    "french",
    "capital",
    "city",
    "cities",
    "province",
    "territory",
    "sovereignty",
    "independence",
    "treaty",
    "organization",
    "council",
    "committee",
    "court",
    "law",
    "rights",
    "freedom",
    "media",
    "press",
    "journalists",
    "reporters",
    "interview",
    "television",
    "newspaper",
    "budget",
    "billion",
    "million",
    "percent",
    "growth",
    "inflation",
    "prices",
    "bank",
    "currency",
    "investment",
    "companies",
    "industry",
    "workers",
    "jobs",
    "strike",
    "protest",
    "protesters",
    "police",
    "arrest",
    "investigation",
    "prosecutors",
    "judge",
    "trial",
    "sentence",
    "prison",
    "refugees",
    "humanitarian",
    "aid",
    "assistance",
    "support",
    "cooperation",
    "dialogue",
    "channel",
    "signal",
    "warning",
    "response",
    "reaction",
    "decision",
    "strategy",
    "plan",
    "future",
    "history",
    "relations",
    "partners",
    "allies",
    "rivals",
    "adversaries",
    "leaders",
    "leadership",
    "power",
    "influence",
    "stability",
    "risk",
    "escalation",
    "deterrence",
    "exercise",
    "exercises",
    "deployment",
    "deployments",
    "ceasefire",
    "violation",
    "violations",
    "attack",
    "attacks",
    "cyberattack",
    "hackers",
    "network",
    "infrastructure",
    "pipeline",
    "supply",
    "shortage",
    "winter",
    "summer",
    "spring",
    "autumn",
    "morning",
    "evening",
    "official",
    "senior",
    "former",
    "deputy",
    "chief",
    "head",
    "director",
    "secretary",
    "ambassador",
    "envoy",
    "delegation",
    "mission",
    "vote",
    "votes",
    "majority",
    "opposition",
    "coalition",
    "party",
    "candidate",
    "campaign",
    "poll",
    "polls",
    "voters",
    "reform",
    "reforms",
    "corruption",
    "scandal",
    "bill",
    "legislation",
    "constitution",
    "referendum",
    "accord",
    "deal",
    "framework",
    "compromise",
    "concessions",
    "red",
    "lines",
    "line",
    "ball",
    "court",
    "path",
    "choice",
    "patience",
    "posturing",
    "threats",
    "movement",
    "standoff",
    "positions",
    "orientation",
    "buildup",
    "satellite",
    "commitment",
    "reassurance",
    "transparency",
    "verification",
    "control",
    "arms",
    "inspections",
    "drills",
    "borders",
    "airspace",
    "navy",
    "army",
    "soldiers",
    "casualties",
    "civilians",
    "shelling",
    "frontline",
    "offensive",
    "retreat",
    "advance",
    "village",
    "town",
];

/// First names (English, Russian, Ukrainian, others, as English news spells them).
pub const FIRST_NAMES: &[&str] = &[
    "Sergei",
    "Dmitry",
    "Vladimir",
    "Anna",
    "Olga",
    "Volodymyr",
    "Oleksii",
    "Iryna",
    "Antony",
    "Jake",
    "Wendy",
    "Joe",
    "Ned",
    "Karen",
    "Maria",
    "Jens",
    "Emmanuel",
    "Olaf",
    "Boris",
    "Liz",
    "Xi",
    "Wang",
    "Nikola",
    "Daniel",
    "Evelyn",
    "Thomas",
    "Andrew",
    "Natalia",
    "Yulia",
    "Mikhail",
    "Alexei",
    "Ursula",
    "Josep",
    "Charles",
    "Fiona",
    "Samuel",
    "Priya",
    "Hiroshi",
    "Carlos",
    "Amira",
];

/// Surnames.
pub const LAST_NAMES: &[&str] = &[
    "Lavrov",
    "Peskov",
    "Putin",
    "Zelenskyy",
    "Kuleba",
    "Blinken",
    "Sullivan",
    "Sherman",
    "Biden",
    "Price",
    "Stoltenberg",
    "Macron",
    "Scholz",
    "Johnson",
    "Truss",
    "Mikovic",
    "Petris",
    "Farkas",
    "Ryabkov",
    "Grushko",
    "Shoigu",
    "Gerasimov",
    "Reznikov",
    "Yermak",
    "Danilov",
    "Podolyak",
    "Borrell",
    "Leyen",
    "Michel",
    "Guterres",
    "Kirby",
    "Psaki",
    "Austin",
    "Milley",
    "Nuland",
    "Carpenter",
    "Kimmage",
    "Charap",
    "Kofman",
    "Galeotti",
    "Stanovaya",
    "Trenin",
    "Lukyanov",
    "Karaganov",
    "Kortunov",
    "Markov",
    "Baunov",
    "Gabuev",
    "Zakharova",
    "Nebenzya",
    "Antonov",
    "Polyanskiy",
    "Medvedev",
    "Volodin",
    "Matviyenko",
    "Naryshkin",
    "Bortnikov",
    "Patrushev",
    "Nabiullina",
    "Siluanov",
];

/// Roles that follow a name in apposition ("Name, the ROLE, said …").
pub const ROLES: &[&str] = &[
    "foreign minister",
    "deputy foreign minister",
    "Kremlin spokesman",
    "defense minister",
    "national security adviser",
    "secretary of state",
    "NATO secretary general",
    "ambassador to the United Nations",
    "senior fellow at the Council on Foreign Relations",
    "former defense official",
    "chief negotiator",
    "presidential adviser",
    "analyst",
    "spokeswoman for the ministry",
    "head of the delegation",
];

/// Reporting verbs for "…," Name VERB.
pub const VERBS: &[&str] = &[
    "said",
    "said",
    "said",
    "warned",
    "added",
    "insisted",
    "stressed",
    "noted",
    "argued",
    "told reporters",
    "declared",
    "explained",
];

/// Outlets.
pub const OUTLETS: &[&str] = &[
    "The National Interest",
    "CGTN",
    "Council on Foreign Relations",
    "The Daily Ledger",
    "Eastern Review",
    "Global Courier",
    "The Atlantic Observer",
    "Kyiv Independent Digest",
    "Moscow Evening Post",
    "Baltic Times Weekly",
    "The Policy Brief",
    "World Affairs Monitor",
    "Continental Herald",
    "The Strategic Post",
    "Meridian News",
];

/// Builds `n` pseudo-words (1–3 syllables), distinct from each other and from the real
/// word lists, deterministically from `rng`.
pub fn pseudo_words(rng: &mut SplitMix64, n: usize) -> Vec<String> {
    const ONSETS: &[&str] = &[
        "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
        "cr", "dr", "gr", "pr", "tr", "st", "sp", "sk", "pl", "bl", "fl", "ch", "sh", "th",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "a", "e", "i", "o", "ea", "ou"];
    const CODAS: &[&str] = &["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk"];
    let mut seen: std::collections::HashSet<String> =
        FUNCTION.iter().chain(NEWS).map(|s| s.to_string()).collect();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        // Mostly two syllables: English running text averages about five letters a word.
        let syllables = *rng.pick(&[1, 2, 2, 2, 3, 3]);
        let mut w = String::new();
        for _ in 0..syllables {
            w.push_str(rng.pick::<&str>(ONSETS));
            w.push_str(rng.pick::<&str>(VOWELS));
        }
        w.push_str(rng.pick::<&str>(CODAS));
        if w.len() >= 3 && seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

/// Samples ranks `0..n` with probability proportional to `1 / (rank + 2.7)^s`
/// (Zipf–Mandelbrot, the shape of word frequencies in running text).
#[derive(Debug, Clone)]
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    /// A sampler over `n` ranks with exponent `s`.
    pub fn new(n: usize, s: f64) -> Zipf {
        let mut cdf = Vec::with_capacity(n);
        let mut total = 0.0;
        for r in 0..n {
            total += 1.0 / (r as f64 + 2.7).powf(s);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Zipf { cdf }
    }

    /// A rank.
    pub fn sample(&self, rng: &mut SplitMix64) -> usize {
        let u = rng.unit();
        self.cdf
            .partition_point(|&c| c < u)
            .min(self.cdf.len().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_words_are_distinct_and_new() {
        let mut r = SplitMix64::new(3);
        let ws = pseudo_words(&mut r, 2000);
        let set: std::collections::HashSet<&String> = ws.iter().collect();
        assert_eq!(set.len(), 2000);
        assert!(!ws.iter().any(|w| NEWS.contains(&w.as_str())));
    }

    #[test]
    fn zipf_favours_low_ranks() {
        let z = Zipf::new(1000, 1.0);
        let mut r = SplitMix64::new(9);
        let mut head = 0;
        for _ in 0..10_000 {
            if z.sample(&mut r) < 10 {
                head += 1;
            }
        }
        // The top 1% of ranks take about a quarter of the draws.
        assert!((1500..4000).contains(&head), "{head}");
    }
}
