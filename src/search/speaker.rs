//! The hook through which the quotes module answers `speaker:` filters.
//!
//! Search does not know who said what; the quote index does. Whoever holds one passes
//! it to the search as a [`SpeakerDocs`]; without one, `speaker:` matches nothing and the
//! results carry a notice saying so.

/// Finds the articles in which a speaker is quoted.
pub trait SpeakerDocs {
    /// The indices (positions in the engine's article list) of the articles quoting
    /// `speaker` — a name as the user typed it, to be resolved against the speakers'
    /// canonical names and aliases — or `None` when no speaker goes by that name.
    fn articles_quoting(&self, speaker: &str) -> Option<Vec<usize>>;
}

/// Any closure `Fn(&str) -> Option<Vec<usize>>` is a provider (handy in tests).
impl<F> SpeakerDocs for F
where
    F: Fn(&str) -> Option<Vec<usize>>,
{
    fn articles_quoting(&self, speaker: &str) -> Option<Vec<usize>> {
        self(speaker)
    }
}
