//! Sentence splitting for English news prose.
//!
//! Rules, in the order they are applied at each `.`, `!`, `?` or `…`:
//! 1. closing quote marks and brackets right after the stop stay with the sentence;
//! 2. a boundary needs whitespace and then an uppercase letter, a digit or an opening
//!    quote mark or bracket (so `…Everyone` inside a quote and `p.m. when` do not split);
//! 3. a period that ends a title or an initial (`Mr.`, `Gen.`, `R.`) never ends a sentence;
//! 4. a period that ends an ambiguous abbreviation (`U.S.`, `Inc.`, `Jan.`) ends one only
//!    when the next word is a typical sentence opener (`The`, `He`, `But`, …).
//!
//! A line break always ends a sentence. Offsets are byte offsets into the text given.

use std::ops::Range;

/// How an abbreviation's final period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Always followed by more of the same sentence: titles (`Mr.`, `Gen.`), initials
    /// (`R.`), `e.g.`, `vs.`.
    Title,
    /// Usually inside a sentence but may end one (`U.S.`, `Inc.`, `Jan.`, `a.m.`);
    /// the next word decides.
    Ambiguous,
}

/// Titles and short forms after which a sentence never ends (lowercase, without the period).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
    "col", "capt", "cmdr", "adm", "sgt", "maj", "brig", "rev", "hon", "pres", "atty", "supt",
    "insp", "fr", "st", "mt", "ft", "no", "nos", "vs", "v", "cf", "approx", "ave", "blvd", "dept",
    "est", "fig", "gens", "lieut", "msgr", "pvt", "cpl", "e.g", "i.e",
];

/// Short forms that may end a sentence (lowercase, without the final period).
const AMBIGUOUS: &[&str] = &[
    "inc", "corp", "ltd", "co", "jr", "sr", "bros", "llc", "plc", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k",
    "u.n", "e.u", "d.c", "ph.d", "al",
];

/// Words that typically open a sentence; after an ambiguous abbreviation they signal
/// that the abbreviation's period also ended the sentence.
const OPENERS: &[&str] = &[
    "a",
    "after",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "but",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "many",
    "most",
    "now",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "we",
    "what",
    "when",
    "while",
    "yet",
];

/// Classifies `word` (which must include its final `.`) as an abbreviation, or `None`
/// when the period is ordinary punctuation.
pub fn abbreviation(word: &str) -> Option<Abbrev> {
    let stem = word.strip_suffix('.')?;
    if stem.is_empty() || stem.len() > 12 {
        return None;
    }
    let mut chars = stem.chars();
    // A single capital letter is an initial (`Daniel R. DePetris`).
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase().then_some(Abbrev::Title);
    }
    if !stem.is_ascii() {
        return None;
    }
    if TITLES.iter().any(|t| t.eq_ignore_ascii_case(stem)) {
        return Some(Abbrev::Title);
    }
    if AMBIGUOUS.iter().any(|t| t.eq_ignore_ascii_case(stem)) {
        return Some(Abbrev::Ambiguous);
    }
    // Dotted letter groups (`U.S`, `N.Y`, `a.m`, `D-N.Y`) are abbreviations of the
    // ambiguous kind.
    let dotted = stem.contains('.')
        && stem
            .split(['.', '-'])
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_alphabetic()));
    dotted.then_some(Abbrev::Ambiguous)
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | '»' | '›' | ')' | ']' | '}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '‹' | '„' | '(' | '[')
}

/// The word ending at byte `end` (exclusive), scanning back to whitespace or an opening mark.
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opener(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// The first word starting at byte `start`, letters only.
fn word_after(text: &str, start: usize) -> &str {
    let tail = &text[start..];
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(tail.len(), |(i, _)| i);
    &tail[..end]
}

/// Byte offsets at which a new sentence starts (never 0, strictly increasing).
pub fn boundaries(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Only stops and line breaks matter: jump between them instead of decoding every char
    // (`…` is the only non-ASCII stop, E2 80 A6 in UTF-8).
    let interesting = |b: u8| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2);
    let mut from = 0;
    while let Some(off) = bytes
        .get(from..)
        .and_then(|r| r.iter().position(|&b| interesting(b)))
    {
        let i = from + off;
        from = i + 1;
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            continue;
        };
        if c == '\n' {
            let next = text[i..]
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace())
                .map(|(j, _)| i + j);
            if let Some(k) = next {
                if out.last().is_none_or(|&l| l < k) && k > 0 {
                    out.push(k);
                }
            }
            continue;
        }
        if !is_stop(c) {
            continue;
        }
        // Rule 1: further stops and closing marks stay with this sentence.
        let mut j = i + c.len_utf8();
        while let Some(d) = text.get(j..).and_then(|s| s.chars().next()) {
            if is_stop(d) || is_closer(d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        from = from.max(j);
        // Rule 2: whitespace, then something that can open a sentence.
        let rest = &text[j..];
        let Some(first) = rest.chars().next() else {
            continue;
        };
        if !first.is_whitespace() || first == '\n' {
            continue;
        }
        let Some((skip, next)) = rest.char_indices().find(|&(_, d)| !d.is_whitespace()) else {
            continue;
        };
        if rest[..skip].contains('\n') {
            continue; // the line break rule handles it
        }
        let k = j + skip;
        if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
            continue;
        }
        // Rules 3 and 4: abbreviations.
        if c == '.' && j == i + 1 {
            match abbreviation(word_before(text, i + 1)) {
                Some(Abbrev::Title) => continue,
                Some(Abbrev::Ambiguous) => {
                    let w = word_after(text, k);
                    if !is_opener(next) && !OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)) {
                        continue;
                    }
                }
                None => {}
            }
        }
        out.push(k);
    }
    out
}

/// The sentences of `text` as byte ranges, in order, without surrounding whitespace.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let ends = boundaries(text);
    for b in ends.iter().copied().chain(std::iter::once(text.len())) {
        let piece = &text[start..b];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
        start = b;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_a_period_before_a_capital() {
        let t = "Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience. Russia had asked the U.S. in December to respond in writing.";
        assert_eq!(sents(t).len(), 2);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let t = "“We are past that stage.” U.S. officials say the threat is real.";
        assert_eq!(
            sents(t),
            vec![
                "“We are past that stage.”",
                "U.S. officials say the threat is real."
            ]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let t = "“We will not wait forever,” Mr. Lavrov said. Daniel R. DePetris is a fellow.";
        assert_eq!(sents(t).len(), 2);
    }

    #[test]
    fn dotted_abbreviation_ends_a_sentence_only_before_an_opener() {
        let t = "Russia had asked the U.S. in December to respond. The U.S. Senate met.";
        assert_eq!(sents(t).len(), 2);
        let t2 = "The talks ended in the U.S. The next round is in Geneva.";
        assert_eq!(sents(t2).len(), 2);
    }

    #[test]
    fn party_and_state_codes_are_abbreviations() {
        assert_eq!(abbreviation("D-N.Y."), Some(Abbrev::Ambiguous));
        let t = "Senate Majority Leader Chuck Schumer, D-N.Y., told reporters.";
        assert_eq!(sents(t).len(), 1);
    }

    #[test]
    fn comma_inside_a_quote_does_not_split() {
        let t = "“We’re equally prepared if Russia chooses a different path,” he said.";
        assert_eq!(sents(t).len(), 1);
    }

    #[test]
    fn ellipsis_without_space_does_not_split() {
        let t =
            "“Our patience has run out…Everyone understands that the situation is not improving.”";
        assert_eq!(sents(t).len(), 1);
    }

    #[test]
    fn lowercase_after_a_question_mark_in_a_quote_continues() {
        let t = "“Why now?” he asked. Nobody knew.";
        assert_eq!(sents(t), vec!["“Why now?” he asked.", "Nobody knew."]);
    }

    #[test]
    fn time_abbreviation_before_a_capitalised_noun_continues() {
        let t =
            "The meeting convened at 3:35 p.m. Eastern Standard Time, or 11:35 p.m. Moscow time.";
        assert_eq!(sents(t).len(), 1);
    }

    #[test]
    fn no_break_space_separates_sentences() {
        let t = "said Ukrainian president Volodymyr Zelensky.\u{a0} “There is a feeling abroad.”";
        assert_eq!(sents(t).len(), 2);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in ["", ".", "…", "a.\n", "\u{a0}.\u{a0}X", "Mr.", "“.” ”"] {
            let _ = split(t);
        }
    }
}
