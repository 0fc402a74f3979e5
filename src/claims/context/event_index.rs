//! Event index: takes a sentence's event words by token position and hands on, for any token
//! range, the event classes named in it ([`Events`], in order of first appearance).
//!
//! Why: every claim asks for the events of its narrow clause, its clause and, when those name
//! none, its sentence; a scan of the range costs the number of event words in it, so a sentence
//! of 80,000 "police said N people at the rally" (issue 16) cost each of its 80,000 claims a
//! walk over 80,000 rallies. A range holding few event words is still scanned (the common case,
//! and the cheapest); past [`SCAN_MOST`], each class's first position in the range is found by a
//! binary search in that class's positions, a bounded cost whatever the range. Both give the
//! same set: the classes in the order they first appear outside the claim.

use std::ops::Range;

use strum::EnumCount;

use crate::claims::events::Events;
use crate::lexicon::EventClass;

/// Most event words in a range read by a scan rather than through the per-class positions.
pub(super) const SCAN_MOST: usize = 24;

/// A sentence's event words: in token order, and (for a sentence with many) by class.
pub(super) struct EventIndex {
    /// (token, the event class its word evokes), in token order.
    at: Vec<(usize, EventClass)>,
    /// Each class's token positions in order, indexed by the class's number; only for a
    /// sentence with more than [`SCAN_MOST`] event words (no other range can need it).
    by_class: Option<Vec<Vec<usize>>>,
}

impl EventIndex {
    pub(super) fn new(at: Vec<(usize, EventClass)>) -> EventIndex {
        let by_class = (at.len() > SCAN_MOST).then(|| {
            let mut by_class = vec![Vec::new(); EventClass::COUNT];
            for &(k, class) in &at {
                by_class[class as usize].push(k);
            }
            by_class
        });
        EventIndex { at, by_class }
    }

    /// The event words in token order.
    pub(super) fn positions(&self) -> &[(usize, EventClass)] {
        &self.at
    }

    /// The classes of the event words in token range `range`, outside `claim`'s own tokens.
    pub(super) fn events_in(&self, range: Range<usize>, claim: &Range<usize>) -> Events {
        self.events_in_counted(range, claim).0
    }

    /// [`Self::events_in`], with how many event words or positions were read to find them: the
    /// work each claim costs, bounded whatever the length of the sentence.
    pub(super) fn events_in_counted(
        &self,
        range: Range<usize>,
        claim: &Range<usize>,
    ) -> (Events, usize) {
        let first = self.at.partition_point(|(k, _)| *k < range.start);
        let last = self.at.partition_point(|(k, _)| *k < range.end);
        let mut events = Events::default();
        let Some(by_class) = self.by_class.as_ref().filter(|_| last - first > SCAN_MOST) else {
            for &(k, class) in &self.at[first..last.max(first)] {
                if !claim.contains(&k) {
                    events.push(class);
                }
            }
            return (events, last.saturating_sub(first));
        };
        // Each class's first word in the range outside the claim, then the classes in the
        // order of those words.
        let mut firsts: Vec<(usize, EventClass)> = Vec::new();
        let mut read = 0;
        for (class, positions) in by_class.iter().enumerate() {
            if positions.is_empty() {
                continue;
            }
            read += 1;
            let mut i = positions.partition_point(|&k| k < range.start);
            if positions.get(i).is_some_and(|k| claim.contains(k)) {
                i = positions.partition_point(|&k| k < claim.end);
                read += 1;
            }
            if let Some(&k) = positions.get(i).filter(|&&k| k < range.end)
                && let Some(class) = EventClass::from_repr(class)
            {
                firsts.push((k, class));
            }
        }
        firsts.sort_unstable();
        for (_, class) in firsts {
            events.push(class);
        }
        (events, read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes of `range` read by a plain scan, as before the index.
    fn scanned(at: &[(usize, EventClass)], range: Range<usize>, claim: &Range<usize>) -> Events {
        let mut events = Events::default();
        for &(k, class) in at {
            if range.contains(&k) && !claim.contains(&k) {
                events.push(class);
            }
        }
        events
    }

    #[test]
    fn the_index_gives_the_classes_a_scan_gives() {
        use strum::IntoEnumIterator;
        let classes: Vec<EventClass> = EventClass::iter().collect();
        // Every third token an event word, the classes in a shuffled, repeating order.
        let at: Vec<(usize, EventClass)> = (0..200)
            .map(|i| (3 * i, classes[(i * 7 + i / 5) % classes.len()]))
            .collect();
        let index = EventIndex::new(at.clone());
        assert!(index.by_class.is_some());
        for start in (0..620_usize).step_by(13) {
            for end in (start..620).step_by(29) {
                for claim in [start..start + 1, end.saturating_sub(2)..end + 4, 0..0] {
                    assert_eq!(
                        index.events_in(start..end, &claim),
                        scanned(&at, start..end, &claim),
                        "{start}..{end}, claim {claim:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_work_per_claim_does_not_grow_with_the_sentence() {
        // Issue 16: "police said N people at the rally" 80,000 times is one sentence whose
        // claims each read their whole clause's events.
        for rallies in [1_000, 10_000, 100_000] {
            let at: Vec<(usize, EventClass)> = (0..rallies)
                .map(|i| (8 * i + 7, EventClass::Rally))
                .collect();
            let index = EventIndex::new(at);
            let claim = 8 * (rallies / 2) + 3..8 * (rallies / 2) + 4;
            let (events, read) = index.events_in_counted(0..8 * rallies, &claim);
            assert_eq!(events, [EventClass::Rally]);
            assert!(read <= SCAN_MOST + 2 * EventClass::COUNT, "{read} read");
        }
    }
}
