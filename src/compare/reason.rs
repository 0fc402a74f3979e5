//! Reasons: why two values got their verdict, as a closed set a renderer words ("62% is 62.3%
//! rounded", "5 km is 3.1 mi", "a short ton is not a tonne"). Compare decides the reason with
//! the verdict, in the same arithmetic, so a row never says why in words that the numbers do not
//! bear out; the wording itself lives in `crate::report`.

use serde::{Deserialize, Serialize};

/// One of the two values of a pair, in the order the pair was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    First,
    Second,
}

/// Why two values agree, are compatible or diverge. Its word is snake case ("ton_and_tonne").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Reason {
    /// The same value, stated the same way (agree).
    Same,
    /// The same value in two units ("0 °C" and "32 °F"; agree).
    SameInOtherUnits,
    /// One figure is the other rounded to fewer digits: "62%" for 62.3%, "6,700" for 6,712
    /// (compatible). Names the rounded one.
    Rounded(Which),
    /// One figure is approximate ("some 4,000") and the other within its tolerance (compatible).
    Approximate(Which),
    /// One figure is a bound ("more than 50,000") that the other meets (compatible).
    Bound(Which),
    /// The intervals two figures allow overlap: ranges, vague amounts ("hundreds"), two bounds
    /// (compatible).
    Overlap,
    /// The figures meet once converted to one unit ("5 km" and "three miles"; compatible).
    Converted,
    /// The same figure in tonnes and tons: a short ton (2,000 lb) is 0.907 tonnes, but "tons"
    /// is often written for tonnes, so one figure is not two (compatible).
    TonAndTonne,
    /// The values cannot both be true, however they were stated (diverge).
    Apart,
    /// One figure went up and the other down (diverge).
    OppositeDirections,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}
