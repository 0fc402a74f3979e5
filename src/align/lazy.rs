//! Lazy one-to-one matching: the greedy matching of every pair above the threshold, without
//! holding every pair and without scoring a repeated sentence more than once.
//!
//! Takes the prepared run and two of its articles, hands on the kept [`Edge`]s (sentences,
//! not classes). Each class of identical left sentences (`repeats`) finds its few best classes
//! of identical right sentences once and offers each as one pair: its first free sentence with
//! the right class's first free sentence. Why: a page of "Yes. No." or a scraped
//! "Advertisement." line gives thousands of equal pairs; greedy matching over all of them costs
//! the square of the copies (issue 16), while only the first free copy of a class can be taken,
//! so neither the work nor the memory need grow with the copies.

use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

use super::matching::Edge;
use super::repeats::Classes;
use super::{Accumulator, Prepared, Queued, RightIndex, Walk};

/// How many classes each left class offers at first; more are asked for (twice as many each
/// time) only when all of a class's offers were taken by others. One: most sentences get
/// their best pair, and a search for the single best stops soonest (`raised_threshold` sets it
/// at the best score probed, 1.0 for an identical sentence). With 4, a 120,000-sentence
/// look-alike article against itself took 33 s instead of 15 s.
const FIRST: usize = 1;

/// Each class's pairs found so far and how many were asked for: fewer found than asked means
/// there are no more.
struct Offers {
    first: super::FlatLists<Edge>,
    more: FxHashMap<u32, Vec<Edge>>,
    asked: FxHashMap<u32, usize>,
}

impl Offers {
    fn of(&self, class: u32) -> &[Edge] {
        self.more
            .get(&class)
            .map_or(&self.first[class as usize], Vec::as_slice)
    }

    fn asked(&self, class: u32) -> usize {
        self.asked.get(&class).copied().unwrap_or(FIRST)
    }

    /// Whether `class`'s list holds every pair it has: its search found fewer than asked. (A
    /// list can hold more than asked: a cut search's new pairs follow the ones offered before.)
    fn complete(&self, class: u32) -> bool {
        self.of(class).len() < self.asked(class)
    }
}

/// How many sentences of each class are taken. A kept pair always takes its two classes' first
/// free sentences, so a class's sentences are taken in order and a count is all there is to
/// know: no flag a sentence (issue 16: 250,000 "Yes." and "No." held 0.5 MB of them).
struct Taken {
    counts: Vec<u32>,
}

impl Taken {
    fn new(classes: &Classes) -> Taken {
        Taken {
            counts: vec![0; classes.len()],
        }
    }

    /// The first sentence of `class` not taken yet.
    fn first_free(&self, classes: &Classes, class: usize) -> Option<u32> {
        classes.member(class, self.counts[class] as usize)
    }

    fn take(&mut self, class: usize) {
        self.counts[class] += 1;
    }
}

/// What the matching of one pair of articles reads.
struct Run<'a> {
    prepared: &'a Prepared,
    left: usize,
    index: RightIndex,
    lefts: Classes,
    threshold: f32,
}

impl Run<'_> {
    /// A class pair as the pair of left sentence `l` (its class's first free sentence) with the
    /// right class's first sentence; the queue moves both on to the first free ones.
    fn pair(&self, l: usize, class_edge: &Edge) -> Queued {
        Queued(Edge {
            left: l as u32,
            right: self.index.classes.first(class_edge.right as usize) as u32,
            score: class_edge.score,
        })
    }

    /// The right classes left class `class` offers after those it offered, as pairs of its
    /// sentence `l`: from a search for twice as many; none when its list was complete (fewer
    /// found than asked for).
    fn offer_more(
        &self,
        offers: &mut Offers,
        acc: &mut Accumulator,
        class: u32,
        l: usize,
    ) -> Vec<Queued> {
        if offers.complete(class) {
            return Vec::new();
        }
        let offered = offers.of(class).len();
        let asked = offered * 2;
        let terms = &self.prepared.terms[self.left][self.lefts.first(class as usize)];
        let found = self.prepared.edges_of(
            &self.index,
            acc,
            class as usize,
            terms,
            self.threshold,
            asked,
        );
        let list = extended(offers.of(class), found);
        offers.asked.insert(class, asked);
        offers.more.insert(class, list);
        offers.of(class)[offered..]
            .iter()
            .map(|e| self.pair(l, e))
            .collect()
    }
}

/// The pairs offered so far, then those of a wider search that were not among them. An exact
/// search for more pairs finds the earlier ones again, first; a cut one (past
/// [`super::walk::ALIGN_WALK`]) may not, as it scores only a few of what it walks, and a pair
/// once offered is in the queue already: it must stay where it is in the list.
pub(super) fn extended(offered: &[Edge], found: Vec<Edge>) -> Vec<Edge> {
    if found.starts_with(offered) {
        return found;
    }
    let known: rustc_hash::FxHashSet<u32> = offered.iter().map(|e| e.right).collect();
    let mut list = offered.to_vec();
    list.extend(found.into_iter().filter(|e| !known.contains(&e.right)));
    list
}

impl Prepared {
    /// Greedy one-to-one matching, best pair first (ties by position), each sentence used once;
    /// each search's walk capped at `entries` index entries ([`super::walk::ALIGN_WALK`] for alignment).
    ///
    /// The queue holds, for each left class and each right class it was offered, the pair of
    /// the two classes' first free sentences as they were when queued. A popped pair whose left
    /// or right sentence has been taken since goes back with its class's new first free
    /// sentence, a later position: pairs still leave the queue in the order of
    /// [`super::matching::by_score_then_position`] over all pairs, exactly as in greedy
    /// matching over every pair (tests check it). Copies of a left sentence offer the same
    /// pairs and only the first free one can take one, so a class queues each pair once (issue
    /// 16: a pair a copy held 5 MB for 250,000 "Yes." and "No."). A class is offered more right
    /// classes when its offers are used up, or when the pair about to be kept ties the last
    /// class offered and its class's first sentence is taken (an unoffered class of the same
    /// score may then hold an earlier free sentence).
    pub(super) fn matched(
        &self,
        left: usize,
        right: usize,
        threshold: f32,
        entries: usize,
    ) -> Matched {
        let lefts = Classes::new(&self.terms[left]);
        let index = RightIndex::aligning(self, right, lefts.len(), entries);
        let mut offers = Offers {
            first: self.class_edges(left, &index, &lefts, threshold, FIRST),
            more: FxHashMap::default(),
            asked: FxHashMap::default(),
        };
        let best_of_left = (0..lefts.len() as u32)
            .map(|class| offers.of(class).first().map_or(0.0, |e| e.score))
            .collect();
        let run = Run {
            prepared: self,
            left,
            index,
            lefts,
            threshold,
        };
        let mut right_taken = Taken::new(&run.index.classes);
        let mut left_taken = Taken::new(&run.lefts);
        // Each left class's pairs in the queue, counted in `u32` as sentence numbers are.
        let mut waiting: Vec<u32> = (0..run.lefts.len() as u32)
            .map(|class| offers.of(class).len() as u32)
            .collect();
        let run = &run;
        let mut queue: BinaryHeap<Queued> = (0..run.lefts.len())
            .flat_map(|class| {
                let l = run.lefts.first(class);
                offers.of(class as u32).iter().map(move |e| run.pair(l, e))
            })
            .collect();
        let mut acc = Accumulator::new(run.index.len());
        let mut kept = Vec::new();
        while let Some(Queued(edge)) = queue.pop() {
            #[cfg(test)]
            super::tests::QUEUED.with(|most| most.set(most.get().max(queue.len() + 1)));
            let class_of_l = run.lefts.of(edge.left as usize);
            let for_copy = |l: u32| Queued(Edge { left: l, ..edge });
            let first_copy = left_taken.first_free(&run.lefts, class_of_l as usize);
            if first_copy != Some(edge.left) {
                // Its sentence took another pair: the class's next free copy offers this one.
                queue.extend(first_copy.map(for_copy));
                continue;
            }
            let class = run.index.classes.of(edge.right as usize) as usize;
            let Some(r) = right_taken.first_free(&run.index.classes, class) else {
                // Every sentence of this class is taken: one offer fewer.
                let waiting = &mut waiting[class_of_l as usize];
                *waiting -= 1;
                if *waiting == 0 {
                    let more =
                        run.offer_more(&mut offers, &mut acc, class_of_l, edge.left as usize);
                    *waiting += more.len() as u32;
                    queue.extend(more);
                }
                continue;
            };
            if r != edge.right {
                queue.push(Queued(Edge { right: r, ..edge }));
                continue;
            }
            let list = offers.of(class_of_l);
            let more_may_exist = !offers.complete(class_of_l);
            // Unoffered classes tying this one come after it, so their first sentences too:
            // they can hold an earlier free sentence only once this class's first is taken.
            let class_moved_on = r as usize != run.index.classes.first(class);
            let ties_last_offered = || list[list.len() - 1].score == edge.score;
            if more_may_exist && class_moved_on && ties_last_offered() {
                let more = run.offer_more(&mut offers, &mut acc, class_of_l, edge.left as usize);
                waiting[class_of_l as usize] += more.len() as u32;
                queue.extend(more);
                queue.push(Queued(edge));
                continue;
            }
            left_taken.take(class_of_l as usize);
            right_taken.take(class);
            kept.push(edge);
            // The class's next free copy offers this pair too.
            queue.extend(
                left_taken
                    .first_free(&run.lefts, class_of_l as usize)
                    .map(for_copy),
            );
        }
        Matched { kept, best_of_left }
    }
}

#[cfg(test)]
impl Prepared {
    /// Greedy matching's pairs alone, with alignment's walk cap.
    pub(super) fn one_to_one(&self, left: usize, right: usize, threshold: f32) -> Vec<Edge> {
        self.one_to_one_walking(left, right, threshold, super::walk::ALIGN_WALK)
    }

    /// Greedy matching's pairs alone, each search's walk capped at `entries` index entries.
    pub(super) fn one_to_one_walking(
        &self,
        left: usize,
        right: usize,
        threshold: f32,
        entries: usize,
    ) -> Vec<Edge> {
        self.matched(left, right, threshold, entries).kept
    }
}

impl RightIndex {
    /// The index of article `right` for alignment's searches from `lefts` classes of another,
    /// each walk capped at `entries` index entries.
    pub(super) fn aligning(
        prepared: &Prepared,
        right: usize,
        lefts: usize,
        entries: usize,
    ) -> RightIndex {
        RightIndex {
            walk: Walk::Aligning { entries, lefts },
            ..RightIndex::new(prepared, right)
        }
    }
}

/// What greedy matching hands on.
pub(super) struct Matched {
    /// The pairs kept, as sentences.
    pub(super) kept: Vec<Edge>,
    /// Each left class's best score with any right sentence, taken or not (0 when none reaches
    /// the threshold): the first pair its search offered, found anyway.
    pub(super) best_of_left: Vec<f32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edges(rights: std::ops::Range<u32>) -> Vec<Edge> {
        rights
            .map(|right| Edge {
                left: 0,
                right,
                score: 0.5,
            })
            .collect()
    }

    #[test]
    fn a_list_is_complete_only_when_its_search_found_fewer_than_asked() {
        let mut offers = Offers {
            first: [edges(0..1), edges(0..0)].into_iter().collect(),
            more: FxHashMap::default(),
            asked: FxHashMap::default(),
        };
        // Asked for one: one found may have more behind it, none found is all there is.
        assert!(!offers.complete(0));
        assert!(offers.complete(1));
        // A cut search asked for 4 found 4 new pairs behind the 2 offered: 6 held, not complete
        // (gen_corpus 10,000: a sentence left without its pair, above the threshold and free).
        offers.asked.insert(0, 4);
        offers.more.insert(0, edges(0..6));
        assert!(!offers.complete(0));
        offers.more.insert(0, edges(0..3));
        assert!(offers.complete(0));
    }
}
