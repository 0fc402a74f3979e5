//! How far a sentence's candidate search walks its terms' index lists: all of them for every
//! pair of `align --all-pairs`, a capped walk for one-to-one alignment and for claims' related
//! sentences.
//!
//! Takes a walk kind and a term's index list; hands [`super::search`] the part of the list to
//! walk. Why a file of its own: the caps are the cuts of the search that are not exact, and their
//! limits and where a capped walk looks are documented together here (docs/robustness.md "Cost
//! limits", docs/algorithms.md cuts 6 and 7).

/// The walk cap of [`super::SentenceScorer::best_pairs`]: a sentence's search walks the index lists
/// of its terms, rarest first, while they fit in this many entries together; the lists of its
/// commoner terms are then not walked (and a rarest list longer than the cap alone is walked
/// only in the cap's entries around the sentence's own place, see [`Walk::window`]). In an
/// article of 120,000 look-alike sentences the same actors, verbs and places recur thousands
/// of times, and walking their lists for every sentence made the comparison quadratic. The
/// result equals the uncapped one for every sentence whose terms' lists hold at most this many
/// entries together: every sentence of an ordinary article, and of the 10,000-sentence test
/// corpora (at most 6,217 entries a sentence). Beyond, see [`RELATED_SCORED`].
pub(super) const RELATED_WALK: usize = 2_048;

/// The walk cap of one-to-one alignment ([`Walk::Aligning`]): as [`RELATED_WALK`], for a search
/// that wants a sentence's best pair rather than its related sentences. In generated news copy,
/// where template words recur in a quarter of the sentences, a sentence with no counterpart
/// walked the lists of its common words whole: at 10,000 sentences a side a median of 1,882
/// entries (the longest 5,467), at 40,000 a side 9,821, and the comparison grew x2.59 then
/// x2.85 per doubling in instructions (issue 16). Capped, x2.09 then x2.05. Ordinary articles
/// (a few hundred sentences) never reach the cap, nor does any search of the project's real
/// coverage; past it, see [`ALIGN_SCORED`].
pub(super) const ALIGN_WALK: usize = 2_048;

/// When an alignment walk was cut, how many of the sentences it found are scored, highest bound
/// first, besides the sentence's copy. More than [`RELATED_SCORED`]: the best pair is the whole
/// answer here, and the bounds, holding the weight of the commonest terms, rank the candidates
/// only by their rarer terms.
pub(super) const ALIGN_SCORED: usize = 32;

/// When a related-sentence walk was cut, how many of the sentences it found are scored, those
/// of highest bound first. The bounds then hold the weight of the terms not walked, which every
/// candidate may hold, so they rank candidates by their rarer, walked terms; scoring them all
/// would cost what the walk saved.
pub(super) const RELATED_SCORED: usize = 16;

/// How far a sentence's search walks the index lists of its terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Walk {
    /// Every list: exact (every pair above a threshold, `align --all-pairs`).
    Whole,
    /// At most `entries` index entries (one-to-one alignment, [`ALIGN_WALK`]); `lefts` as
    /// for `Capped`. Unlike `Capped`, probes for a higher threshold first and scores
    /// [`ALIGN_SCORED`] of what a cut walk found.
    Aligning { entries: usize, lefts: usize },
    /// At most `entries` index entries (claims' related sentences, [`RELATED_WALK`]); `lefts`
    /// is how many left classes ask, to place a sentence in the right article.
    Capped { entries: usize, lefts: usize },
}

impl Walk {
    /// How many index entries a search walks at most.
    pub(super) fn entries(self) -> usize {
        match self {
            Walk::Whole => usize::MAX,
            Walk::Aligning { entries, .. } | Walk::Capped { entries, .. } => entries,
        }
    }

    /// How many of the sentences a cut walk found are scored (besides the sentence's copy).
    pub(super) fn scored_when_cut(self) -> usize {
        match self {
            Walk::Whole => usize::MAX,
            Walk::Aligning { .. } => ALIGN_SCORED,
            Walk::Capped { .. } => RELATED_SCORED,
        }
    }

    /// Whether the search first probes a few sentences for a higher threshold: for a
    /// sentence's best pairs (alignment), not for its related sentences, whose list is wanted
    /// whole down to the threshold.
    pub(super) fn probes(self) -> bool {
        matches!(self, Walk::Whole | Walk::Aligning { .. })
    }

    /// The part of `list` (the right classes holding a term, in order) a search walks when the
    /// list alone is longer than the cap: the cap's entries around left class `left`'s own
    /// place, scaled to the `rights` right classes. Two articles on one event tell it in
    /// roughly the same order, and a copied sentence sits at its own place; the first entries
    /// would serve every sentence the top of the other article.
    pub(super) fn window(self, list: &[u32], left: usize, rights: usize) -> &[u32] {
        let (entries, lefts) = match self {
            Walk::Whole => return list,
            Walk::Aligning { entries, lefts } | Walk::Capped { entries, lefts } => (entries, lefts),
        };
        if list.len() <= entries {
            return list;
        }
        let place = (left as u128 * rights as u128 / lefts.max(1) as u128) as usize;
        let at = list.partition_point(|&r| (r as usize) < place);
        let start = at.saturating_sub(entries / 2).min(list.len() - entries);
        &list[start..start + entries]
    }
}
