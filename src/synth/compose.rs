//! Writes one synthetic article: header lines (outlet and date, author, title) and
//! paragraphs of Zipf-distributed words with names, and quotations in the usual news
//! patterns (`“…,” Name said.`, `“…,” said Name, the role.`, `Name said that …`,
//! `According to Name, …`, split quotes).

use super::rng::SplitMix64;
use super::words::{Zipf, ROLES, VERBS};
use crate::corpus::Date;

/// A person who can be quoted.
#[derive(Debug, Clone)]
pub struct Person {
    pub first: String,
    pub last: String,
    pub role: &'static str,
}

/// What every article of one corpus shares.
pub struct World {
    /// Words by Zipf rank.
    pub words: Vec<String>,
    pub zipf: Zipf,
    pub people: Vec<Person>,
    /// Author names with the index of their outlet.
    pub authors: Vec<(String, usize)>,
    pub outlets: Vec<&'static str>,
}

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    pub file_name: String,
    /// The whole file.
    pub text: String,
    pub title: String,
    pub outlet: String,
    pub authors: Vec<String>,
    pub date: Date,
    /// Byte ranges of the body paragraphs in `text`.
    pub paragraphs: Vec<(usize, usize)>,
}

/// Days from 2019-01-01 to a date (at most ~6 years on).
fn date_from_day(mut day: usize) -> Date {
    let mut year = 2019u16;
    loop {
        let len = if Date::new(year, 2, 29).is_some() {
            366
        } else {
            365
        };
        if day < len {
            break;
        }
        day -= len;
        year += 1;
    }
    let mut month = 1u8;
    loop {
        let len = (28..=31)
            .rev()
            .find(|&d| Date::new(year, month, d).is_some())
            .unwrap_or(28);
        if day < len as usize {
            break;
        }
        day -= len as usize;
        month += 1;
    }
    Date::new(year, month, day as u8 + 1).unwrap_or(Date {
        year,
        month: 1,
        day: 1,
    })
}

/// Builds sentences for one article, remembering who has been named already.
struct Writer<'w> {
    world: &'w World,
    rng: SplitMix64,
    cast: Vec<usize>,
    named: Vec<usize>,
}

impl Writer<'_> {
    fn word(&mut self) -> String {
        let rank = self.world.zipf.sample(&mut self.rng);
        let w = &self.world.words[rank];
        // The long tail gets inflections, so stemming has work to do.
        if rank > 400 && self.rng.chance(0.12) {
            let suffix = *self.rng.pick(&["s", "ed", "ing", "er"]);
            format!("{w}{suffix}")
        } else {
            w.clone()
        }
    }

    /// How to refer to a cast member: full name first, then surname forms.
    fn mention(&mut self, who: usize) -> String {
        let p = &self.world.people[who];
        if !self.named.contains(&who) {
            self.named.push(who);
            return format!("{} {}", p.first, p.last);
        }
        match self.rng.below(3) {
            0 => format!("Mr. {}", p.last),
            _ => p.last.clone(),
        }
    }

    fn someone(&mut self) -> usize {
        let i = self.rng.below(self.cast.len());
        self.cast[i]
    }

    /// A clause of `lo..=hi` words, no capital, no final stop.
    fn clause(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.between(lo, hi);
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push_str(if i > 3 && self.rng.chance(0.06) {
                    ", "
                } else {
                    " "
                });
            }
            if self.rng.chance(0.025) {
                let who = self.someone();
                out.push_str(&self.mention(who));
            } else {
                out.push_str(&self.word());
            }
        }
        out
    }

    fn sentence(&mut self) -> String {
        let mut s = capitalise(&self.clause(10, 26));
        s.push('.');
        s
    }

    fn narrative(&mut self) -> String {
        let n = self.rng.between(2, 4);
        (0..n)
            .map(|_| self.sentence())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn quotation(&mut self) -> String {
        let who = self.someone();
        let name = self.mention(who);
        let role = self.world.people[who].role;
        let verb = *self.rng.pick(VERBS);
        let q = capitalise(&self.clause(8, 22));
        match self.rng.below(5) {
            0 => format!("“{q},” {name} {verb}. {}", self.sentence()),
            1 => format!("“{q},” said {name}, the {role}."),
            2 => format!("{name}, the {role}, said that {}.", self.clause(10, 20)),
            3 => format!("According to {name}, {}.", self.clause(10, 20)),
            _ => {
                let q2 = capitalise(&self.clause(6, 16));
                format!("“{q},” {name} {verb}. “{q2}.”")
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes article `i` of the corpus with its own random stream.
pub fn article(world: &World, i: usize, rng: SplitMix64) -> SynthArticle {
    let mut w = Writer {
        world,
        rng,
        cast: Vec::new(),
        named: Vec::new(),
    };
    let outlet_i = w.rng.below(world.outlets.len());
    let outlet = world.outlets[outlet_i].to_string();
    let staff: Vec<&String> = world
        .authors
        .iter()
        .filter(|(_, o)| *o == outlet_i)
        .map(|(n, _)| n)
        .collect();
    let pool: Vec<&String> = if staff.is_empty() {
        world.authors.iter().map(|(n, _)| n).collect()
    } else {
        staff
    };
    let mut authors = vec![pool[w.rng.below(pool.len())].clone()];
    if w.rng.chance(0.2) {
        let second = pool[w.rng.below(pool.len())].clone();
        if !authors.contains(&second) {
            authors.push(second);
        }
    }
    let date = date_from_day(w.rng.below(6 * 365));
    let cast_n = w.rng.between(2, 5);
    while w.cast.len() < cast_n.min(world.people.len()) {
        let p = w.rng.below(world.people.len());
        if !w.cast.contains(&p) {
            w.cast.push(p);
        }
    }
    let lead = w.cast[0];
    let title_words = w.clause(4, 8);
    let title = capitalise(&format!("{} {title_words}", world.people[lead].last));

    let mut text = format!(
        "{outlet}.-{:02}.{:02}.{:04}\n\n{}\n\n{title}\n\n",
        date.day,
        date.month,
        date.year,
        authors.join(", ")
    );
    let target = w.rng.between(700, 1000);
    let mut words = 0;
    let mut paragraphs = Vec::new();
    while words < target {
        let p = if w.rng.chance(0.3) {
            w.quotation()
        } else {
            w.narrative()
        };
        words += p.split_whitespace().count();
        if !paragraphs.is_empty() {
            text.push_str("\n\n");
        }
        paragraphs.push((text.len(), text.len() + p.len()));
        text.push_str(&p);
    }
    text.push('\n');
    SynthArticle {
        file_name: format!("synth_{i:05}.txt"),
        text,
        title,
        outlet,
        authors,
        date,
        paragraphs,
    }
}

/// The people of a corpus: `n` name combinations with roles.
pub fn people(rng: &mut SplitMix64, n: usize) -> Vec<Person> {
    use super::words::{FIRST_NAMES, LAST_NAMES};
    (0..n)
        .map(|_| Person {
            first: rng.pick(FIRST_NAMES).to_string(),
            last: rng.pick(LAST_NAMES).to_string(),
            role: rng.pick::<&str>(ROLES),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(date_from_day(0).to_string(), "2019-01-01");
        assert_eq!(date_from_day(31).to_string(), "2019-02-01");
        assert_eq!(date_from_day(365 + 59).to_string(), "2020-02-29");
        assert_eq!(date_from_day(365 + 366).to_string(), "2021-01-01");
    }

    #[test]
    fn capitalises_the_first_letter() {
        assert_eq!(capitalise("élan vital"), "Élan vital");
        assert_eq!(capitalise(""), "");
    }
}
