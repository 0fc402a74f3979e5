//! Order: takes the articles of one run in the order they were given and hands on a
//! [`SourceOrder`], the order the stages run them in, which depends on the articles alone;
//! then maps what the stages found (claims, aligned pairs, comparisons) back to the order given,
//! for display. So a comparison is a function of the SET of articles (issue 16 item 12): which
//! claims are grouped, their verdicts and outliers do not change when the files are given in
//! another order or renamed in a `check` set.
//!
//! Why canonicalise rather than make every tie-break order-free: order leaks in at many places
//! (pairs of sources taken left before right, term IDs numbered in the order met and scores
//! summed in that order, greedy one-to-one matching and grouping breaking ties on the source
//! index), and a new one would slip in with the next change. Running the stages on a content
//! order closes all of them at once, and is simple to prove: the stages are deterministic, so
//! their input being a function of the set makes their output one too.
//!
//! The key: the article's text (what every stage reads), then its metadata spans and its date
//! (which change its claims), then its outlet name, unique within a run, so the order is total.
//! Two articles the same in all but name are read the same, so which of them comes first does
//! not change any finding either.

use std::cmp::Ordering;

use crate::align::{AlignedPair, SentenceRef};
use crate::segment::Document;

use super::{ClaimRef, Comparison};

/// The order the stages run a run's articles in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOrder {
    /// `given[k]`: where the `k`th article of the content order was given.
    given: Vec<usize>,
}

impl SourceOrder {
    /// The content order of `documents` (their dates already read: the date is part of the key).
    pub fn of(documents: &[Document]) -> SourceOrder {
        let mut given: Vec<usize> = (0..documents.len()).collect();
        given.sort_by(|&a, &b| content_order(&documents[a], &documents[b]));
        SourceOrder { given }
    }

    /// The order given: nothing moves (embedding programs that order sources themselves).
    pub fn as_given(sources: usize) -> SourceOrder {
        SourceOrder {
            given: (0..sources).collect(),
        }
    }

    /// `given()[source]`: where the article at `source` of the content order was given. The
    /// diff of a quote is taken from the one given first, as its columns are shown.
    pub fn given(&self) -> &[usize] {
        &self.given
    }

    /// `items` in the order given, put in content order.
    pub fn to_content<T>(&self, items: Vec<T>) -> Vec<T> {
        let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
        self.given
            .iter()
            .map(|&g| items[g].take().expect("a permutation"))
            .collect()
    }

    /// `items` in content order, put back in the order given.
    pub fn to_given<T>(&self, items: Vec<T>) -> Vec<T> {
        let mut slots: Vec<Option<T>> = (0..items.len()).map(|_| None).collect();
        for (item, &g) in items.into_iter().zip(&self.given) {
            slots[g] = Some(item);
        }
        slots
            .into_iter()
            .map(|item| item.expect("a permutation"))
            .collect()
    }

    /// Aligned pairs found in content order, renumbered to the order given: each pair's left
    /// sentence is of the outlet given first, and pairs are sorted as `align` lists them (by
    /// pair of outlets, then by sentence).
    pub fn pairs_to_given(&self, mut pairs: Vec<AlignedPair>) -> Vec<AlignedPair> {
        let given = |r: SentenceRef| SentenceRef {
            source: self.given[r.source],
            sentence: r.sentence,
        };
        for pair in &mut pairs {
            let (left, right) = (given(pair.left), given(pair.right));
            (pair.left, pair.right) = if left.source < right.source {
                (left, right)
            } else {
                (right, left)
            };
        }
        pairs.sort_by_key(|p| {
            (
                p.left.source,
                p.right.source,
                p.left.sentence,
                p.right.sentence,
            )
        });
        pairs
    }

    /// Comparisons made in content order, renumbered to the order given: each one's claims
    /// sorted again, and the comparisons in the order [`super::compare`] gives them.
    pub fn comparisons_to_given(&self, mut comparisons: Vec<Comparison>) -> Vec<Comparison> {
        for comparison in &mut comparisons {
            for r in &mut comparison.claims {
                *r = ClaimRef::new(self.given[r.source()], r.claim());
            }
            comparison.claims.sort_unstable();
            if let Some(outlier) = &mut comparison.outlier {
                *outlier = u32::try_from(self.given[*outlier as usize])
                    .expect("fewer than 4 billion sources");
            }
        }
        super::sort_comparisons(&mut comparisons);
        comparisons
    }
}

/// Text, then metadata spans, then date, then outlet name.
fn content_order(a: &Document, b: &Document) -> Ordering {
    let (a, b) = (&a.article, &b.article);
    let spans = |article: &crate::ingest::Article| {
        article
            .metadata
            .iter()
            .map(|r| (r.start, r.end))
            .collect::<Vec<_>>()
    };
    a.text
        .cmp(&b.text)
        .then_with(|| spans(a).cmp(&spans(b)))
        .then_with(|| {
            let date = |article: &crate::ingest::Article| article.published.map(|p| p.date);
            date(a).cmp(&date(b))
        })
        .then_with(|| a.outlet.cmp(&b.outlet))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Article;

    fn documents(texts: &[(&str, &str)]) -> Vec<Document> {
        texts
            .iter()
            .map(|(outlet, text)| Document::new(Article::new(*outlet, "x.txt", *text)))
            .collect()
    }

    #[test]
    fn the_order_follows_the_texts_whatever_the_order_given() {
        let given = documents(&[("c", "Beta."), ("a", "Gamma."), ("b", "Alpha.")]);
        let order = SourceOrder::of(&given);
        assert_eq!(order.given(), &[2, 0, 1]);
        let names = |docs: Vec<Document>| -> Vec<String> {
            docs.into_iter().map(|d| d.article.outlet).collect()
        };
        let content = order.to_content(given);
        assert_eq!(names(content.clone()), ["b", "c", "a"]);
        assert_eq!(names(order.to_given(content)), ["c", "a", "b"]);
    }

    #[test]
    fn the_same_text_is_ordered_by_name() {
        let given = documents(&[("z", "Same."), ("y", "Same.")]);
        assert_eq!(SourceOrder::of(&given).given(), &[1, 0]);
    }

    #[test]
    fn pairs_are_renumbered_with_the_outlet_given_first_on_the_left() {
        let order = SourceOrder { given: vec![1, 0] };
        let at = |source, sentence| SentenceRef { source, sentence };
        let pairs = vec![
            AlignedPair {
                left: at(0, 3),
                right: at(1, 0),
                score: 0.5,
            },
            AlignedPair {
                left: at(0, 1),
                right: at(1, 2),
                score: 0.7,
            },
        ];
        let back = order.pairs_to_given(pairs);
        assert_eq!(
            back.iter().map(|p| (p.left, p.right)).collect::<Vec<_>>(),
            [(at(0, 0), at(1, 3)), (at(0, 2), at(1, 1))]
        );
    }
}
