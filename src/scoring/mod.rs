//! The scoring model: a five-dimension scorecard over every Profile field, scaled by
//! points-to-double-odds onto 350–950, with its band, probability of default, reasons and
//! improvements.
//!
//! # Public API (what the app and the JS layer call)
//! - [`score_profile`]`(&Profile) -> ScoreReport` and [`score_profile_loose`]`(&Loose)`:
//!   the whole report of API.md (`score`, `band`, `probabilityOfDefault`, `thinFile`,
//!   `knockOuts`, `dimensions`, `reasons`, `improvements`).
//! - [`score_of`]: the score alone (what improvements and journeys re-score with).
//! - [`Band`] (`Band::of(score)`), [`probability_of_default`], [`Dimension`].
//! - [`reason_text`] / [`reason_action`]`(code, Lang)`: the plain sentences, zh and en.
//! - [`Improvement::apply`]: the profile with a suggested change made ("one click to try").
//! - [`model_card`]: every characteristic's bins, points and source (MODEL.md as data).
//! - [`CHARACTERISTICS`]: the scorecard itself.
//!
//! # How the score is made
//! `score = clamp(350 + Σ points, 350, 950)`; the 30 characteristics' best bins sum to
//! exactly 600 points (history 210, behaviour 150, capacity 120, identity 90, social 30: the
//! 35/25/20/15/5 weights), so the worst profile scores 350 and a perfect one 950. Knock-outs
//! (on the dishonest-debtor list, not real-name verified) are scored like any other profile
//! and listed in `knockOuts`; the offers then make the person ineligible for every product.
//!
//! ```
//! use credit_sim::scoring::{score_profile, Band};
//! let report = score_profile(&credit_sim::default_profile());
//! assert!((350..=950).contains(&report.score));
//! assert_eq!(report.band, Band::of(report.score));
//! assert!(report.reasons.len() <= 4);
//! ```

mod bins;
mod card_words;
pub mod characteristics;
pub mod improvements;
pub mod model_card;
pub mod reasons;
pub mod scaling;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::serialize_decimal_text;
use crate::error::ValidationErrors;
use crate::input::Loose;
use crate::profile::Profile;

pub use card_words::Name;
pub use characteristics::{characteristic, Characteristic, Dimension, Source, CHARACTERISTICS};
pub use improvements::{improvements, FieldValue, Improvement};
pub use model_card::{model_card, CardBin, ModelCard};
pub use reasons::{reason_action, reason_codes, reason_text, reasons, Lang, Reason};
pub use scaling::{probability_of_default, Band, MAX_SCORE, MIN_SCORE};

/// The score before any points: the worst possible profile scores this.
pub const SCORE_OFFSET: u32 = 350;

/// A knock-out: a fact that makes a person ineligible for every product, whatever the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum KnockOut {
    /// On the court list of dishonest debtors (失信被执行人).
    DishonestDebtor,
    /// Not real-name verified.
    NotRealNameVerified,
}

/// The points of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DimensionScore {
    /// The dimension.
    pub id: Dimension,
    /// Points earned.
    pub points: u32,
    /// The most it can give.
    pub max_points: u32,
}

/// The score report of API.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreReport {
    /// 350–950.
    pub score: u32,
    /// The band of the score.
    pub band: Band,
    /// The probability of default the score stands for (8 decimal places).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub probability_of_default: Decimal,
    /// No repayment fell due in the last 24 months.
    pub thin_file: bool,
    /// Knock-outs found (empty for most people).
    pub knock_outs: Vec<KnockOut>,
    /// The five dimensions in API.md's order.
    pub dimensions: Vec<DimensionScore>,
    /// At most four reasons, most points lost first.
    pub reasons: Vec<Reason>,
    /// At most three improvements, biggest gain first.
    pub improvements: Vec<Improvement>,
}

impl ScoreReport {
    /// True when a knock-out makes the person ineligible for everything.
    pub fn knocked_out(&self) -> bool {
        !self.knock_outs.is_empty()
    }
}

/// The sum of every characteristic's points.
pub fn total_points(profile: &Profile) -> u32 {
    CHARACTERISTICS.iter().map(|c| c.points(profile)).sum()
}

/// The score alone: `clamp(350 + Σ points, 350, 950)`.
///
/// ```
/// let s = credit_sim::scoring::score_of(&credit_sim::default_profile());
/// assert!((350..=950).contains(&s));
/// ```
pub fn score_of(profile: &Profile) -> u32 {
    scaling::clamp_score(i64::from(SCORE_OFFSET) + i64::from(total_points(profile)))
}

/// The knock-outs of a profile.
pub fn knock_outs(profile: &Profile) -> Vec<KnockOut> {
    let mut found = Vec::new();
    if profile.dishonest_debtor {
        found.push(KnockOut::DishonestDebtor);
    }
    if !profile.real_name_verified {
        found.push(KnockOut::NotRealNameVerified);
    }
    found
}

/// Scores a profile: the full report.
///
/// ```
/// use credit_sim::scoring::score_profile;
/// let mut p = credit_sim::default_profile();
/// p.repayments_last24m = 0;
/// let report = score_profile(&p);
/// assert!(report.thin_file);
/// assert!(report.reasons.iter().any(|r| r.code == "thinFile"));
/// ```
pub fn score_profile(profile: &Profile) -> ScoreReport {
    let score = score_of(profile);
    let dimensions = Dimension::ALL
        .iter()
        .map(|&d| {
            let of_d = CHARACTERISTICS.iter().filter(|c| c.dimension == d);
            DimensionScore {
                id: d,
                points: of_d.clone().map(|c| c.points(profile)).sum(),
                max_points: of_d.map(Characteristic::max_points).sum(),
            }
        })
        .collect();
    ScoreReport {
        score,
        band: Band::of(score),
        probability_of_default: probability_of_default(score),
        thin_file: profile.repayments_last24m == 0,
        knock_outs: knock_outs(profile),
        dimensions,
        reasons: reasons(profile),
        improvements: improvements(profile),
    }
}

/// Validates a loose profile and scores it: the entry point of `scoreProfile()`.
pub fn score_profile_loose(value: &Loose) -> Result<ScoreReport, ValidationErrors> {
    Profile::from_loose(value).map(|p| score_profile(&p))
}
/// Sorts a short list by `key`, largest first, keeping the order of equal keys (a stable
/// insertion sort). The reports sort at most 30 items; std's stable sort would add about 3 KB
/// of code to the page's first load for each of the two (measured with `bench/size.mjs`).
fn most_first<T>(items: &mut [T], key: impl Fn(&T) -> u32) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_first_is_stable_and_descending() {
        let mut v = [(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd'), (2, 'e')];
        most_first(&mut v, |x| x.0);
        assert_eq!(v, [(3, 'b'), (3, 'd'), (2, 'e'), (1, 'a'), (1, 'c')]);
        let mut empty: [u32; 0] = [];
        most_first(&mut empty, |x| *x);
    }
}
