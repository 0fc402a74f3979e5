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
/// Packed in one `u64`, four bits a class (its variant number) after four bits of length:
/// twelve classes fit in 52 bits, and a claim's context is eight bytes smaller than with an
/// array of classes and a length (issue 13, a long article's peak memory). Unused bits stay
/// zero, so two sets are equal exactly when they hold the same classes in the same order.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Events {
    bits: u64,
}

/// Bits per class, and the mask of one class (or of the length).
const CLASS_BITS: u32 = 4;
const MASK: u64 = (1 << CLASS_BITS) - 1;

// Every class fits in its four bits, and every set with its length in the 64.
const _: () = assert!(EventClass::COUNT < 1 << CLASS_BITS);
const _: () = assert!((EventClass::COUNT as u32 + 1) * CLASS_BITS <= u64::BITS);

impl Events {
    /// Adds `class` unless it is already there.
    pub fn push(&mut self, class: EventClass) {
        if !self.contains(class) {
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
