//! The screening every product starts from: what a product reads of a score report
//! ([`Applicant`]: score, band, probability of default, knock-outs) and the set of reasons it
//! declines for ([`Declines`]), kept as bits so a whole population can be screened without an
//! allocation per person.

use rust_decimal::Decimal;

use super::decline::DeclineReason;
use crate::scoring::{Band, KnockOut, ScoreReport};

/// A reason's place in a [`Declines`] set.
fn bit(reason: DeclineReason) -> u8 {
    1 << (reason as u8)
}

/// A set of decline reasons.
///
/// ```
/// use credit_sim::offers::screen::Declines;
/// use credit_sim::offers::DeclineReason;
/// let mut d = Declines::default();
/// d.insert(DeclineReason::Affordability);
/// d.insert(DeclineReason::DishonestDebtor);
/// assert_eq!(d.to_vec(), [DeclineReason::DishonestDebtor, DeclineReason::Affordability]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Declines(u8);

impl Declines {
    /// Adds a reason.
    pub fn insert(&mut self, reason: DeclineReason) {
        self.0 |= bit(reason);
    }

    /// True when nothing declines.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when `reason` is in the set.
    pub fn contains(self, reason: DeclineReason) -> bool {
        self.0 & bit(reason) != 0
    }

    /// The reasons, in [`DeclineReason::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = DeclineReason> {
        DeclineReason::ALL
            .into_iter()
            .filter(move |r| self.contains(*r))
    }

    /// The reasons, in order (what an offer's `declineReasons` lists).
    pub fn to_vec(self) -> Vec<DeclineReason> {
        self.iter().collect()
    }
}

/// What the products read of a score report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicant {
    /// The score.
    pub score: u32,
    /// Its band.
    pub band: Band,
    /// Its probability of default.
    pub probability_of_default: Decimal,
    /// The knock-outs, as decline reasons.
    pub knock_outs: Declines,
}

impl Applicant {
    /// The facts of a full report.
    pub fn of(report: &ScoreReport) -> Applicant {
        let mut knock_outs = Declines::default();
        for k in &report.knock_outs {
            knock_outs.insert(match k {
                KnockOut::DishonestDebtor => DeclineReason::DishonestDebtor,
                KnockOut::NotRealNameVerified => DeclineReason::NotRealNameVerified,
            });
        }
        Applicant {
            score: report.score,
            band: report.band,
            probability_of_default: report.probability_of_default,
            knock_outs,
        }
    }

    /// The knock-outs and, below `min_score`, `scoreBelowMinimum`: the reasons that need no limit.
    pub fn screen(&self, min_score: u32) -> Declines {
        let mut d = self.knock_outs;
        if self.score < min_score {
            d.insert(DeclineReason::ScoreBelowMinimum);
        }
        d
    }
}
