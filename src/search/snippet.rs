//! Snippets: the best passage of an article for a query, with its matches marked.
//!
//! The best passage is the window of at most [`SnippetOptions::max_words`] words, inside
//! one paragraph, that holds the most *different* query atoms, then the most matches,
//! then comes first. A reader scanning results wants to see the words they asked for
//! together, not the paragraph that repeats one of them most.

use super::index::DocStats;
use super::locate::{merge_ranges, PositionSpan};
use super::results::{ByteRange, Snippet};
use crate::corpus::Article;
use crate::text::token::word_ranges;

/// How long snippets are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnippetOptions {
    /// Words in a snippet at most (about two lines of a results list).
    pub max_words: usize,
    /// Words kept before the first match when the passage has room.
    pub words_before: usize,
}

impl Default for SnippetOptions {
    fn default() -> Self {
        SnippetOptions {
            max_words: 32,
            words_before: 8,
        }
    }
}

/// The best window so far: its score (distinct atoms, matches), paragraph, the
/// paragraph's matches, and the window as a range of them.
struct Window {
    score: (usize, usize),
    paragraph: usize,
    matches: Vec<WordMatch>,
    from: usize,
    to: usize,
}

/// A match as word indices in its paragraph.
#[derive(Clone, Copy)]
struct WordMatch {
    first: usize,
    last: usize,
    atom: usize,
}

/// Builds the snippet of `article` from its matches as word positions (sorted, as
/// [`super::locate::spans_in`] gives them). The window is chosen on positions alone,
/// so only the chosen paragraph is re-tokenised. Without a body match, the snippet is
/// the opening of the first paragraph.
pub fn snippet(
    article: &Article,
    stats: &DocStats,
    spans: &[PositionSpan],
    opts: SnippetOptions,
) -> Snippet {
    let max_words = opts.max_words.max(1);
    // Group the body matches by paragraph (spans are sorted, so paragraphs are too).
    let mut by_paragraph: Vec<(usize, Vec<WordMatch>)> = Vec::new();
    for s in spans {
        let (Some(p), first) = stats.segment_of(s.start) else {
            continue;
        };
        let m = WordMatch {
            first: first as usize,
            last: (first + s.width.max(1) - 1) as usize,
            atom: s.atom,
        };
        match by_paragraph.last_mut() {
            Some((q, ms)) if *q == p => ms.push(m),
            _ => by_paragraph.push((p, vec![m])),
        }
    }
    let mut best: Option<Window> = None;
    for (p, mut ms) in by_paragraph {
        crate::sort::sort_by_key(&mut ms, |m| (m.first, m.last));
        // Slide a window over the matches: from match i, take every match ending
        // within max_words words of its start.
        let mut para_best: Option<((usize, usize), usize, usize)> = None;
        for i in 0..ms.len() {
            let mut atoms: Vec<usize> = Vec::new();
            let mut j = i;
            while j < ms.len() && ms[j].last < ms[i].first + max_words {
                if !atoms.contains(&ms[j].atom) {
                    atoms.push(ms[j].atom);
                }
                j += 1;
            }
            let score = (atoms.len(), j - i);
            if para_best.is_none_or(|b| score > b.0) {
                para_best = Some((score, i, j));
            }
        }
        if let Some((score, from, to)) = para_best {
            if best.as_ref().is_none_or(|b| score > b.score) {
                best = Some(Window {
                    score,
                    paragraph: p,
                    matches: ms,
                    from,
                    to,
                });
            }
        }
    }
    let Some(Window {
        paragraph: p,
        matches: ms,
        from: i,
        to: j,
        ..
    }) = best
    else {
        return lead(article, max_words);
    };
    let Some(text) = article.paragraphs.get(p).map(|p| p.text.as_str()) else {
        return lead(article, max_words);
    };
    let words: Vec<(usize, usize)> = word_ranges(text).collect();
    let first = ms[i].first;
    if first >= words.len() {
        // Positions that do not fit the text: an index built from another article.
        return lead(article, max_words);
    }
    let last = ms[i..j].iter().map(|m| m.last).max().unwrap_or(first);
    let spare = max_words.saturating_sub(last - first + 1);
    let lead_in = first.saturating_sub(opts.words_before.min(spare));
    // Start at the sentence the match is in when it begins within the lead-in, so the
    // passage does not open mid-sentence.
    let sentence = (lead_in..=first)
        .rev()
        .find(|&k| starts_sentence(text, &words, k));
    let mut start = sentence.unwrap_or(lead_in);
    let mut end = (start + max_words - 1)
        .max(last)
        .min(words.len().saturating_sub(1));
    // Near the paragraph's end, spend the unused words before the match instead.
    if sentence.is_none() && end + 1 - start < max_words {
        start = (end + 1).saturating_sub(max_words).min(start);
        end = end.max(start);
    }
    let from = if start == 0 { 0 } else { words[start].0 };
    let to = passage_end(text, &words, end);
    let highlights = merge_ranges(
        ms.iter()
            .filter(|m| m.first >= start && m.last <= end)
            .filter_map(|m| {
                let (s, _) = words.get(m.first)?;
                let (_, e) = words.get(m.last)?;
                Some(ByteRange::new(s - from, e - from))
            })
            .collect(),
    );
    Snippet {
        paragraph: Some(p),
        text: text[from..to].to_string(),
        offset: from,
        highlights,
        cut_start: from > 0,
        cut_end: to < text.len(),
    }
}

/// Whether word `k` opens a sentence: the first word, or a capitalised word (or one
/// after an opening quote) following `.`, `!` or `?`. "U.S. officials" is not a
/// boundary; "U.S. President" is taken as one, which costs a few words of context.
fn starts_sentence(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    let Some(&(start, _)) = words.get(k) else {
        return false;
    };
    if k == 0 {
        return true;
    }
    let gap = &text[words[k - 1].1..start];
    let capital = text[start..].chars().next().is_some_and(char::is_uppercase);
    capital && gap.contains(['.', '!', '?']) && gap.chars().any(char::is_whitespace)
}

/// Where a passage ending with word `end` stops: after the punctuation that follows the
/// word (a comma, a full stop, a closing quote), before the next word.
fn passage_end(text: &str, words: &[(usize, usize)], end: usize) -> usize {
    match (words.get(end), words.get(end + 1)) {
        (_, None) => text.len(),
        (Some(&(_, e)), Some(&(next, _))) => e + text[e..next].trim_end().len(),
        (None, Some(_)) => text.len(),
    }
}

/// The opening words of the first paragraph, unhighlighted.
fn lead(article: &Article, max_words: usize) -> Snippet {
    let Some(first) = article.paragraphs.first() else {
        return Snippet {
            paragraph: None,
            text: String::new(),
            offset: 0,
            highlights: Vec::new(),
            cut_start: false,
            cut_end: false,
        };
    };
    let text = &first.text;
    let words: Vec<(usize, usize)> = word_ranges(text).collect();
    let to = if words.len() <= max_words {
        text.len()
    } else {
        passage_end(text, &words, max_words - 1)
    };
    Snippet {
        paragraph: Some(0),
        text: text[..to].to_string(),
        offset: 0,
        highlights: Vec::new(),
        cut_start: false,
        cut_end: to < text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::Index;
    use crate::search::locate::spans_in;
    use crate::search::planner::Plan;
    use crate::search::query::Query;
    use crate::search::test_support::article;

    fn snip(a: &Article, q: &str, opts: SnippetOptions) -> Snippet {
        let idx = Index::build(std::slice::from_ref(a));
        let plan = Plan::new(&idx, &Query::parse(q), q);
        snippet(a, idx.doc(0), &spans_in(&plan, 0), opts)
    }

    // Seed 001.
    const LAVROV: &str = "Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience. Russia had asked the U.S. in December to respond in writing to its demands of the North Atlantic Treaty Organization.";

    #[test]
    fn short_paragraph_is_whole_with_highlights() {
        let a = article("t", &["No further talks have been scheduled, and the U.S. signaled that the ball is in Russia’s court."]);
        let s = snip(&a, "talks", SnippetOptions::default());
        assert_eq!(
            s.bracketed(),
            "No further [talks] have been scheduled, and the U.S. signaled that the ball is in Russia’s court."
        );
        assert!(!s.cut_start && !s.cut_end);
    }

    #[test]
    fn long_paragraph_is_cut_around_the_match() {
        let a = article("t", &[LAVROV]);
        let opts = SnippetOptions {
            max_words: 10,
            words_before: 3,
        };
        let s = snip(&a, "December", opts);
        assert_eq!(
            s.bracketed(),
            "the U.S. in [December] to respond in writing to its"
        );
        assert!(s.cut_start && s.cut_end);
        assert_eq!(
            &a.paragraphs[0].text[s.offset..s.offset + s.text.len()],
            s.text
        );
    }

    #[test]
    fn starts_at_the_sentence_of_the_match() {
        // Seed 002.
        let a = article("t", &["Washington has asked Russia that the document’s contents not be made public, with Blinken adding that “diplomacy has the best chance to succeed if we provide space for confidential talks.” Foreign Minister Sergey Lavrov said Moscow will honor Washington’s request."]);
        let s = snip(
            &a,
            "Lavrov",
            SnippetOptions {
                max_words: 12,
                words_before: 8,
            },
        );
        assert_eq!(
            s.bracketed(),
            "Foreign Minister Sergey [Lavrov] said Moscow will honor Washington’s request."
        );
        assert!(s.cut_start && !s.cut_end);
    }

    #[test]
    fn abbreviations_are_not_sentence_ends() {
        let a = article(
            "t",
            &["Talks with U.S. officials ended on Friday in Geneva without any agreement."],
        );
        let s = snip(
            &a,
            "Friday",
            SnippetOptions {
                max_words: 6,
                words_before: 4,
            },
        );
        assert_eq!(s.bracketed(), "U.S. officials ended on [Friday] in");
    }

    #[test]
    fn prefers_the_passage_with_the_most_different_words() {
        let a = article(
            "t",
            &[
                "Moscow, Moscow and Moscow again.",
                "Lavrov said Moscow was running out of patience.",
            ],
        );
        let s = snip(&a, "moscow lavrov", SnippetOptions::default());
        assert_eq!(s.paragraph, Some(1));
        assert_eq!(
            s.bracketed(),
            "[Lavrov] said [Moscow] was running out of patience."
        );
    }

    #[test]
    fn phrase_is_one_highlight() {
        let a = article("t", &["Russia drew red lines over NATO expansion."]);
        let s = snip(&a, "\"red lines\" NATO", SnippetOptions::default());
        assert_eq!(
            s.bracketed(),
            "Russia drew [red lines] over [NATO] expansion."
        );
    }

    #[test]
    fn title_only_match_gives_the_lead() {
        let a = article("Kremlin speaks", &[LAVROV, "Second paragraph."]);
        let s = snip(
            &a,
            "kremlin",
            SnippetOptions {
                max_words: 4,
                words_before: 2,
            },
        );
        assert_eq!(s.text, "Russian Foreign Minister Sergei");
        assert!(s.highlights.is_empty() && s.cut_end);
    }

    #[test]
    fn near_the_end_the_window_shifts_back() {
        let a = article("t", &["one two three four five six seven eight nine ten"]);
        let s = snip(
            &a,
            "ten",
            SnippetOptions {
                max_words: 4,
                words_before: 1,
            },
        );
        assert_eq!(s.bracketed(), "seven eight nine [ten]");
    }
}
