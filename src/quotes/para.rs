//! One paragraph as the attribution rules see it: tokens, quotations, and the author's
//! sentences, in which each quotation is a single opaque unit (so a quote of three
//! sentences followed by `he said.` is one sentence of the author's).

use std::ops::Range;

use crate::text::sentences;

use super::lexicon::{class, Entry};
use super::marks::{self, QuoteSpan};
use super::token::{self, Kind, Tok};

/// A token outside quotations, or a whole quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Tok(usize),
    Quote(usize),
}

/// A paragraph, analysed.
#[derive(Debug, Clone)]
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub quotes: Vec<QuoteSpan>,
    pub units: Vec<Unit>,
    /// The author's sentences as unit ranges.
    pub sents: Vec<Range<usize>>,
}

impl<'a> Para<'a> {
    /// Tokenises `text`, pairs its quote marks and splits it into sentences.
    pub fn new(text: &'a str) -> Para<'a> {
        let toks = token::tokenize(text);
        let quotes = marks::pair(text, &toks);
        let mut units = Vec::with_capacity(toks.len());
        let mut qi = 0;
        let mut i = 0;
        while i < toks.len() {
            if let Some(q) = quotes.get(qi).filter(|q| q.open == i) {
                units.push(Unit::Quote(qi));
                i = q.close.map_or(toks.len(), |c| c + 1);
                qi += 1;
            } else {
                units.push(Unit::Tok(i));
                i += 1;
            }
        }
        // Sentence ends inside a quotation are the speaker's, not the author's. Quotations
        // are in text order and do not overlap, so one pass over both lists suffices.
        let mut bounds = Vec::new();
        let mut qs = quotes.iter().peekable();
        for b in sentences::boundaries(text) {
            while qs.peek().is_some_and(|q| q.outer.end <= b) {
                qs.next();
            }
            if qs.peek().is_none_or(|q| q.outer.start >= b) {
                bounds.push(b);
            }
        }
        let mut para = Para {
            text,
            toks,
            quotes,
            units,
            sents: Vec::new(),
        };
        let mut start = 0;
        let mut next_bound = bounds.iter().copied().peekable();
        for u in 0..para.units.len() {
            let at = para.span(u).start;
            let mut crossed = false;
            while next_bound.peek().is_some_and(|&b| b <= at) {
                next_bound.next();
                crossed = true;
            }
            if crossed && u > start {
                para.sents.push(start..u);
                start = u;
            }
        }
        if start < para.units.len() {
            para.sents.push(start..para.units.len());
        }
        para
    }

    /// Bytes covered by unit `u` (a quotation includes its marks).
    pub fn span(&self, u: usize) -> Range<usize> {
        match self.units.get(u) {
            Some(Unit::Tok(t)) => self.toks[*t].start..self.toks[*t].end,
            Some(Unit::Quote(q)) => self.quotes[*q].outer.clone(),
            None => self.text.len()..self.text.len(),
        }
    }

    /// Bytes covered by units `r` (empty at the end of the text when `r` is empty).
    pub fn span_of(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() {
            let at = self.span(r.start).start;
            return at..at;
        }
        self.span(r.start).start..self.span(r.end - 1).end
    }

    /// The text of units `r`.
    pub fn text_of(&self, r: Range<usize>) -> &'a str {
        let s = self.span_of(r);
        &self.text[s]
    }

    /// The token of unit `u`, if it is one.
    pub fn tok(&self, u: usize) -> Option<&Tok> {
        match self.units.get(u) {
            Some(Unit::Tok(t)) => self.toks.get(*t),
            _ => None,
        }
    }

    /// The quotation index of unit `u`, if it is one.
    pub fn quote(&self, u: usize) -> Option<usize> {
        match self.units.get(u) {
            Some(Unit::Quote(q)) => Some(*q),
            _ => None,
        }
    }

    /// The word at unit `u`, if it is a word.
    pub fn word(&self, u: usize) -> Option<&'a str> {
        self.tok(u)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &self.text[t.start..t.end])
    }

    /// The lexicon entry of unit `u` (empty for anything but a word).
    pub fn lex(&self, u: usize) -> Entry {
        self.tok(u).map(|t| t.lex).unwrap_or_default()
    }

    /// Whether unit `u` is a word of any of `classes`.
    pub fn is(&self, u: usize, classes: u32) -> bool {
        self.lex(u).is(classes)
    }

    /// Whether unit `u` is a word that starts with a capital letter.
    pub fn cap(&self, u: usize) -> bool {
        self.tok(u).is_some_and(|t| t.cap && t.kind == Kind::Word)
    }

    /// Whether unit `u` is the word `w` (ASCII case-insensitive).
    pub fn is_word(&self, u: usize, w: &str) -> bool {
        // Called in every rule's inner loop: compare lengths before touching the text.
        match self.tok(u) {
            Some(t) if t.end - t.start == w.len() && t.kind == Kind::Word => {
                self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes())
            }
            _ => false,
        }
    }

    /// Whether unit `u` is the punctuation character `c`.
    pub fn is_punct(&self, u: usize, c: char) -> bool {
        self.tok(u).is_some_and(|t| t.is_punct(c))
    }

    /// Whether unit `u` is a dash.
    pub fn is_dash(&self, u: usize) -> bool {
        self.tok(u).is_some_and(|t| t.kind == Kind::Dash)
    }

    /// Whether unit `u` is sentence punctuation that ends a clause (`.` `!` `?` `;`).
    pub fn is_stop(&self, u: usize) -> bool {
        self.tok(u)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';')))
    }

    /// Whether unit `u` is any punctuation, dash or ellipsis (not a word, not a quote).
    pub fn is_punctuation(&self, u: usize) -> bool {
        self.tok(u).is_some_and(|t| t.kind != Kind::Word)
    }

    /// Whether unit `u` is a possessive (`Russia’s`, `CNN's`).
    pub fn is_possessive(&self, u: usize) -> bool {
        self.word(u)
            .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s") || w.ends_with("‘s"))
    }

    /// Whether unit `u` is a lowercase adverb ending in `-ly` (`reportedly`, `cryptically`).
    pub fn is_ly_adverb(&self, u: usize) -> bool {
        self.word(u).is_some_and(|w| {
            w.len() > 4
                && w.ends_with("ly")
                && !self.cap(u)
                && !self.is(u, class::ROLE | class::GROUP)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multi_sentence_quote_is_one_unit_of_one_sentence() {
        let t = "“Our patience has run out. The potential for conflict is growing,” he said. Talks ended.";
        let p = Para::new(t);
        assert_eq!(p.sents.len(), 2);
        assert_eq!(p.units[0], Unit::Quote(0));
        assert_eq!(
            p.text_of(p.sents[0].clone()),
            "“Our patience has run out. The potential for conflict is growing,” he said."
        );
    }

    #[test]
    fn split_quote_makes_two_sentences() {
        let t = "“We will not wait forever,” Mr. Lavrov said. “Our patience has run out.”";
        let p = Para::new(t);
        assert_eq!(p.sents.len(), 2);
        assert_eq!(p.quotes.len(), 2);
    }
}
