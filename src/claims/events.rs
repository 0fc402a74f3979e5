//! The event classes near a claim: takes the classes its clause evokes (from
//! [`crate::lexicon::event_class`]) in the order they appear, and hands on a small fixed set of
//! them that compare weighs and report words.
//!
//! Stored inline: every claim has one and a long article has tens of thousands of claims, so a
//! heap allocation each would cost more than the set. Order is kept (not a bit set) because the
//! first class names the comparison ("people at the rally").

use std::fmt;

use strum::EnumCount;

use crate::lexicon::EventClass;

/// The event classes near a claim, in order of appearance and without repeats.
///
/// Packed in one `u64`, five bits a class (its variant number) after five bits of length:
/// eleven classes fit in 60 bits, and a claim's context is eight bytes smaller than with an
/// array of classes and a length (issue 13, a long article's peak memory). Unused bits stay
/// zero, so two sets are equal exactly when they hold the same classes in the same order. A
/// clause evoking more than [`CAPACITY`] classes keeps its first ones: the first names the
/// comparison, and no clause of news copy names a dozen kinds of event.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Events {
    bits: u64,
}

/// Bits per class, and the mask of one class (or of the length).
const CLASS_BITS: u32 = 5;
const MASK: u64 = (1 << CLASS_BITS) - 1;
/// The most classes a set holds: as many as fit in the 64 bits after the length.
pub(crate) const CAPACITY: usize = (u64::BITS / CLASS_BITS) as usize - 1;

// Every class fits in its five bits, and a full set with its length in the 64.
const _: () = assert!(EventClass::COUNT < 1 << CLASS_BITS);
const _: () = assert!((CAPACITY as u32 + 1) * CLASS_BITS <= u64::BITS);

impl Events {
    /// Adds `class` unless it is already there or the set is full.
    pub fn push(&mut self, class: EventClass) {
        if self.len() < CAPACITY && !self.contains(class) {
            let len = self.len() as u32;
            self.bits |= (class as u64) << (CLASS_BITS * (len + 1));
            self.bits = (self.bits & !MASK) | u64::from(len + 1);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = EventClass> + '_ {
        let bits = self.bits;
        // Only classes are packed (`push`): every code reads back.
        (1..=self.len() as u32).filter_map(move |k| {
            EventClass::from_repr(((bits >> (CLASS_BITS * k)) & MASK) as usize)
        })
    }

    pub fn contains(&self, class: EventClass) -> bool {
        self.iter().any(|c| c == class)
    }

    pub fn first(&self) -> Option<EventClass> {
        self.iter().next()
    }

    pub fn len(&self) -> usize {
        (self.bits & MASK) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.bits & MASK == 0
    }

    /// Keeps the classes `keep` accepts, in their order.
    pub fn retain(&mut self, keep: impl Fn(EventClass) -> bool) {
        let mut kept = Events::default();
        for class in self.iter().filter(|&c| keep(c)) {
            kept.push(class);
        }
        *self = kept;
    }

    /// Some class of `self` is also in `other`.
    pub fn overlaps(&self, other: &Events) -> bool {
        self.iter().any(|class| other.contains(class))
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<const N: usize> PartialEq<[EventClass; N]> for Events {
    fn eq(&self, other: &[EventClass; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl serde::Serialize for Events {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::{CAPACITY, Events};
    use crate::lexicon::EventClass;
    use strum::IntoEnumIterator;

    /// Every class reads back as pushed, the last variant too; a full set keeps its first
    /// classes and ignores the rest.
    #[test]
    fn a_set_keeps_its_first_classes_in_order() {
        let all: Vec<EventClass> = EventClass::iter().collect();
        let mut events = Events::default();
        for &class in all.iter().rev() {
            events.push(class);
        }
        let kept: Vec<EventClass> = events.iter().collect();
        let expected: Vec<EventClass> = all.iter().rev().take(CAPACITY).copied().collect();
        assert_eq!(kept, expected);
        assert_eq!(events.len(), CAPACITY.min(all.len()));
        assert!(events.contains(*all.last().unwrap()));
    }
}
