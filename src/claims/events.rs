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
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Events {
    /// The first `len` entries are the set; the rest are filler.
    classes: [EventClass; EventClass::COUNT],
    len: u8,
}

impl Default for Events {
    fn default() -> Self {
        Events {
            classes: [EventClass::Rally; EventClass::COUNT],
            len: 0,
        }
    }
}

impl Events {
    /// Adds `class` unless it is already there.
    pub fn push(&mut self, class: EventClass) {
        if !self.contains(class) {
            self.classes[self.len as usize] = class;
            self.len += 1;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = EventClass> + '_ {
        self.classes[..self.len as usize].iter().copied()
    }

    pub fn contains(&self, class: EventClass) -> bool {
        self.classes[..self.len as usize].contains(&class)
    }

    pub fn first(&self) -> Option<EventClass> {
        self.iter().next()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
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
