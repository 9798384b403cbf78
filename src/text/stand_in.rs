//! ASCII stand-ins: the same words, found five times faster.
//!
//! `unicode-segmentation` has a fast path for ASCII text (about 400 MB/s here) and a
//! general one (about 70 MB/s). News paragraphs are ASCII but for a few punctuation
//! marks — curly apostrophes and quotes, dashes, ellipses, no-break spaces — so nearly
//! all of them would take the slow path. Each of those marks has the same Unicode
//! word-break class as some ASCII character (`’` and `'` are both mid-word marks; `“`,
//! `—`, `…` break words like `"`, `-`, `~` do), so replacing every one of them by its
//! stand-in gives exactly the same word boundaries. The words read from the copy
//! differ from the original only in apostrophes, which [`super::normalize::fold`] maps
//! to `'` anyway: the index gets the same terms at the same positions. (The class rules
//! that tell `'` and `"` apart from their curly forms concern Hebrew letters only, and a
//! paragraph with any character outside the table, Hebrew included, is not copied.)
//!
//! Only index building uses this; anything that needs byte offsets in the original
//! (snippets, highlights, the concordance) segments the original text.

/// The stand-in of a non-ASCII character, if it has one.
fn stand_in(c: char) -> Option<char> {
    Some(match c {
        // Mid-word marks (word-break class MidNumLet), like the ASCII apostrophe.
        '\u{2019}' | '\u{2018}' => '\'',
        // Quotation marks (class Other).
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        // Dashes (class Other), like the hyphen-minus.
        '\u{2013}' | '\u{2014}' => '-',
        // Ellipsis, no-break space (class Other).
        '\u{2026}' | '\u{00A0}' => '~',
        _ => return None,
    })
}

/// Writes into `out` an ASCII copy of `text` with the same words at the same
/// positions, and returns `true`; returns `false` (with `out` unspecified) when `text`
/// has a character with no stand-in.
pub fn ascii_copy(text: &str, out: &mut String) -> bool {
    out.clear();
    let mut rest = text;
    while !rest.is_empty() {
        // Copy the ASCII run in one go, then replace the one character after it.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        match stand_in(c) {
            Some(s) => out.push(s),
            None => return false,
        }
        rest = &rest[c.len_utf8()..];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::fold;
    use crate::text::token::words;

    fn folded_words(text: &str) -> Vec<String> {
        words(text).map(|(_, w)| fold(w)).collect()
    }

    fn same_words(text: &str) {
        let mut copy = String::new();
        assert!(ascii_copy(text, &mut copy), "{text:?}");
        assert!(copy.is_ascii());
        assert_eq!(folded_words(&copy), folded_words(text), "{text:?}");
    }

    #[test]
    fn seed_sentences_keep_their_words() {
        // Seeds 001 and 004.
        same_words("“We will not wait forever,” Mr. Lavrov said. “Our patience has run out…Everyone understands that the situation is not improving.”");
        same_words("U.S. officials had hoped that carrots—the offer of fresh talks on missile deployments and troop exercises—and sticks");
        same_words("No further talks have been scheduled, and the U.S. signaled that the ball is in Russia’s court.");
        same_words("Editor’s Note: Nikola Mikovic is a freelance journalist based in Serbia.");
    }

    #[test]
    fn apostrophes_inside_and_around_words_and_numbers() {
        same_words("don’t ‘quoted’ allies’ ’90s 1’000 rock’n’roll U.S.’s");
        same_words("a\u{a0}b – c…d «e» „f“ 3–4 3…4 x’’y");
    }

    #[test]
    fn characters_without_a_stand_in_are_refused() {
        let mut out = String::new();
        assert!(!ascii_copy("Лавров said", &mut out));
        assert!(!ascii_copy("Sánchez", &mut out));
        assert!(!ascii_copy("e\u{301}", &mut out));
        assert!(ascii_copy("plain", &mut out) && out == "plain");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any mix of ASCII and stand-in characters segments into the same words.
            #[test]
            fn copies_segment_like_the_original(parts in prop::collection::vec(
                prop::sample::select(vec![
                    "a", "B", "z", "0", "7", "_", " ", ".", ",", ":", ";", "'", "\"", "-", "~",
                    "\u{2019}", "\u{2018}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{ab}", "\u{bb}",
                    "\u{2013}", "\u{2014}", "\u{2026}", "\u{a0}", "\t", "\n", "\r", "@", "$",
                ]),
                0..40,
            )) {
                same_words(&parts.concat());
            }
        }
    }
}
