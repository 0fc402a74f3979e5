//! Flat lists: many short lists (a sentence's terms, a term's sentences, a sentence's related
//! sentences) kept in two allocations, the items end to end and where each list starts.
//!
//! A long article has tens of thousands of sentences and a vocabulary as large; one `Vec` per
//! list would cost a heap block each (with its header and growth slack), more than the items
//! themselves. Lists are read by index, as slices.

use std::ops::Index;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub struct FlatLists<T> {
    /// `starts[i]..starts[i + 1]` is list `i` in `items`; always one longer than the lists.
    /// In `u32`: one a list, and a list a sentence (issue 16: 250,000 "Yes." and "No." held
    /// 2 MB of `usize` starts for their term lists). Items never number 4 billion: they are
    /// held in memory, several bytes each, for articles of megabytes.
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for FlatLists<T> {
    fn default() -> Self {
        FlatLists {
            starts: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T> FlatLists<T> {
    /// Appends one list.
    pub fn push(&mut self, list: impl IntoIterator<Item = T>) {
        self.items.extend(list);
        self.starts.push(self.items.len() as u32);
    }

    /// Appends one list and hands it back for sorting or trimming in place.
    pub fn push_mut(&mut self, list: impl IntoIterator<Item = T>) -> &mut [T] {
        let start = self.items.len();
        self.push(list);
        &mut self.items[start..]
    }

    /// The lists of `parts`, one after another, in exactly sized storage.
    pub fn concat(parts: Vec<FlatLists<T>>) -> FlatLists<T> {
        let lists = parts.iter().map(FlatLists::len).sum::<usize>();
        let items = parts.iter().map(|part| part.items.len()).sum::<usize>();
        let mut joined = FlatLists {
            starts: Vec::with_capacity(lists + 1),
            items: Vec::with_capacity(items),
        };
        joined.starts.push(0);
        for part in parts {
            let offset = joined.items.len() as u32;
            joined
                .starts
                .extend(part.starts[1..].iter().map(|start| start + offset));
            joined.items.extend(part.items);
        }
        joined
    }

    /// Gives back growth slack once every list is in.
    pub fn shrink_to_fit(&mut self) {
        self.starts.shrink_to_fit();
        self.items.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, index: usize) -> Option<&[T]> {
        (index < self.len()).then(|| &self[index])
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[T]> + Clone + '_ {
        (0..self.len()).map(|index| &self[index])
    }

    /// Every item of every list, in order.
    pub fn items(&self) -> &[T] {
        &self.items
    }
}

impl<T: Copy + Default> FlatLists<T> {
    /// Lists `0..count` where list `k` holds, in order, the `index` of every `(k, index)`
    /// given: an inverted index (for each term, the sentences holding it) in two passes.
    pub fn invert(count: usize, entries: impl Iterator<Item = (usize, T)> + Clone) -> Self {
        let mut starts = vec![0u32; count + 1];
        for (key, _) in entries.clone() {
            starts[key + 1] += 1;
        }
        for k in 0..count {
            starts[k + 1] += starts[k];
        }
        let mut next = starts.clone();
        let mut items = vec![T::default(); starts[count] as usize];
        for (key, value) in entries {
            items[next[key] as usize] = value;
            next[key] += 1;
        }
        FlatLists { starts, items }
    }
}

impl<T> Index<usize> for FlatLists<T> {
    type Output = [T];

    fn index(&self, index: usize) -> &[T] {
        &self.items[self.starts[index] as usize..self.starts[index + 1] as usize]
    }
}

impl<T, L: IntoIterator<Item = T>> FromIterator<L> for FlatLists<T> {
    fn from_iter<I: IntoIterator<Item = L>>(lists: I) -> Self {
        let mut flat = FlatLists::default();
        for list in lists {
            flat.push(list);
        }
        flat.shrink_to_fit();
        flat
    }
}

/// Lists of `u32` one an item (a sentence's terms), identical lists held once: each item
/// holds only its list's number, and none when no two lists are the same (most articles).
/// A page of 250,000 "Yes." and "No." holds two term lists (issue 16).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SharedLists {
    /// How many items.
    len: usize,
    /// The list of each item; empty when every list is distinct (`lists` are then items').
    /// Shared, not copied, with the identical-sentence classes read from it (`repeats`).
    numbers: Arc<[u32]>,
    /// The distinct lists, in order of their first item.
    lists: FlatLists<u32>,
}

impl SharedLists {
    /// How many items.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many distinct lists are held.
    pub fn distinct(&self) -> usize {
        self.lists.len()
    }

    /// Whether items hold list numbers (some lists are the same).
    pub fn numbered(&self) -> bool {
        !self.numbers.is_empty()
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[u32]> + Clone + '_ {
        (0..self.len).map(|index| &self[index])
    }

    /// The list number of each item, in order of each list's first item, handed on without a
    /// copy; `None` when every list is distinct (numbers would then be 0, 1, 2, ...).
    pub fn numbers(&self) -> Option<Arc<[u32]>> {
        self.numbered().then(|| Arc::clone(&self.numbers))
    }
}

impl Index<usize> for SharedLists {
    type Output = [u32];

    fn index(&self, index: usize) -> &[u32] {
        if self.numbers.is_empty() {
            &self.lists[index]
        } else {
            &self.lists[self.numbers[index] as usize]
        }
    }
}

impl<L: IntoIterator<Item = u32>> FromIterator<L> for SharedLists {
    /// Each list is looked up by its hash: the table holds a hash and a number a distinct list
    /// while building (16 bytes), and is dropped after. A list whose hash is another list's
    /// is held again: two numbers for one list cost room, never a wrong list.
    fn from_iter<I: IntoIterator<Item = L>>(lists: I) -> Self {
        use std::hash::BuildHasher;
        let hasher = rustc_hash::FxBuildHasher;
        let mut held: rustc_hash::FxHashMap<u64, u32> = Default::default();
        let mut shared = SharedLists::default();
        let mut numbers: Vec<u32> = Vec::new();
        let mut list: Vec<u32> = Vec::new();
        for items in lists {
            list.clear();
            list.extend(items);
            let hash = hasher.hash_one(&list);
            let number = match held.get(&hash) {
                Some(&number) if shared.lists[number as usize] == list[..] => number,
                found => {
                    let number = shared.lists.len() as u32;
                    shared.lists.push(list.iter().copied());
                    if found.is_none() {
                        held.insert(hash, number);
                    }
                    number
                }
            };
            numbers.push(number);
            shared.len += 1;
        }
        // Every list distinct: the numbers are 0, 1, 2, ... and need not be held.
        if shared.lists.len() < shared.len {
            shared.numbers = numbers.into();
        }
        shared.lists.shrink_to_fit();
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_their_items_and_order_including_empty_ones() {
        let flat: FlatLists<u32> = [vec![3, 1], vec![], vec![7]].into_iter().collect();
        assert_eq!(flat.len(), 3);
        assert_eq!(&flat[0], &[3, 1]);
        assert!(flat[1].is_empty());
        assert_eq!(flat.get(2), Some(&[7][..]));
        assert_eq!(flat.get(3), None);
        assert_eq!(flat.iter().map(<[u32]>::len).collect::<Vec<_>>(), [2, 0, 1]);
    }

    #[test]
    fn concatenated_parts_equal_one_list_built_whole() {
        let a: FlatLists<u32> = [vec![1], vec![2, 3]].into_iter().collect();
        let b: FlatLists<u32> = [vec![], vec![4, 5, 6]].into_iter().collect();
        let whole: FlatLists<u32> = [vec![1], vec![2, 3], vec![], vec![4, 5, 6]]
            .into_iter()
            .collect();
        assert_eq!(FlatLists::concat(vec![a, b]), whole);
        assert!(FlatLists::<u32>::concat(Vec::new()).is_empty());
    }

    #[test]
    fn identical_lists_are_held_once_and_read_back_for_every_item() {
        let shared: SharedLists = [vec![3, 1], vec![], vec![3, 1], vec![7]]
            .into_iter()
            .collect();
        assert_eq!((shared.len(), shared.distinct()), (4, 3));
        assert!(shared.numbered());
        let read: Vec<&[u32]> = shared.iter().collect();
        assert_eq!(read, [&[3, 1][..], &[], &[3, 1], &[7]]);
        let distinct: SharedLists = [vec![1], vec![2]].into_iter().collect();
        assert!(!distinct.numbered());
        assert_eq!(&distinct[1], &[2]);
    }

    #[test]
    fn inverting_lists_each_key_its_values_in_order() {
        let sentences: FlatLists<u32> = [vec![0, 2], vec![2], vec![1, 2]].into_iter().collect();
        let entries = sentences
            .iter()
            .enumerate()
            .flat_map(|(s, terms)| terms.iter().map(move |&t| (t as usize, s as u32)));
        let postings = FlatLists::invert(4, entries);
        assert_eq!(postings.len(), 4);
        assert_eq!(&postings[0], &[0]);
        assert_eq!(&postings[1], &[2]);
        assert_eq!(&postings[2], &[0, 1, 2]);
        assert!(postings[3].is_empty());
    }
}
