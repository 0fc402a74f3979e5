//! The event classes near a claim ([`Events`]), a small inline set over the lexicon's event
//! classes, and a shim: the word lists that lived here are in [`crate::lexicon`] now, one data
//! file each. claims/numbers.rs and compare.rs still import six of them from this path; the
//! re-exports below keep those files compiling untouched until their own lists move (then the
//! shim goes and [`Events`] keeps this file).

use std::fmt;

use crate::lexicon::EVENT_CLASSES;

// The shim: the six names claims/numbers.rs and compare.rs use, with the same call shapes.
pub use crate::lexicon::{
    COUNT_NOUNS, CROWD_NOUNS, NOUN_SYNONYMS, event_classes, is_measure_noun, is_people_noun,
};

/// The event classes near a claim, in order of appearance and without repeats.
///
/// Stored inline as positions in [`EVENT_CLASSES`]: every claim has one, and a long article
/// has tens of thousands of claims, so a heap allocation each would cost more than the list.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Events {
    classes: [u8; EVENT_CLASSES.len()],
    len: u8,
}

// Positions in `Events` are bytes.
const _: () = assert!(EVENT_CLASSES.len() <= u8::MAX as usize);

impl Events {
    /// Adds the class at `index` of [`EVENT_CLASSES`] unless it is already there.
    pub fn push_index(&mut self, index: usize) {
        let index = index as u8;
        if !self.classes[..self.len as usize].contains(&index) {
            self.classes[self.len as usize] = index;
            self.len += 1;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.classes[..self.len as usize]
            .iter()
            .map(|&index| EVENT_CLASSES[index as usize])
    }

    pub fn contains(&self, class: &str) -> bool {
        self.iter().any(|c| c == class)
    }

    pub fn first(&self) -> Option<&'static str> {
        self.iter().next()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
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

impl<const N: usize> PartialEq<[&str; N]> for Events {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl serde::Serialize for Events {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
