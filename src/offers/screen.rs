//! The screening every product starts from: what a product reads of a score report
//! ([`Applicant`]: score, band, probability of default, knock-outs) and the set of reasons it
//! declines for ([`Declines`]), kept as bits so a whole population can be screened without an
//! allocation per person.

use rust_decimal::Decimal;

use crate::scoring::{Band, KnockOut, ScoreReport};

/// Why a product is declined. The order is the order the products find them in, so a set of
/// reasons listed in this order is the list [`super::offers`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeclineReason {
    /// On the court list of dishonest debtors (a knock-out).
    DishonestDebtor,
    /// Not real-name verified (a knock-out).
    NotRealNameVerified,
    /// The score is below the product's minimum.
    ScoreBelowMinimum,
    /// The debt-service rule leaves less than the minimum limit.
    Affordability,
    /// The business is younger than the product's minimum age.
    BusinessTooYoung,
    /// The product's own limit is below its minimum.
    LimitBelowMinimum,
}

impl DeclineReason {
    /// Every reason, in the order the products find them.
    pub const ALL: [DeclineReason; 6] = [
        DeclineReason::DishonestDebtor,
        DeclineReason::NotRealNameVerified,
        DeclineReason::ScoreBelowMinimum,
        DeclineReason::Affordability,
        DeclineReason::BusinessTooYoung,
        DeclineReason::LimitBelowMinimum,
    ];

    /// The API code (`"scoreBelowMinimum"`).
    pub fn code(self) -> &'static str {
        match self {
            DeclineReason::DishonestDebtor => "dishonestDebtor",
            DeclineReason::NotRealNameVerified => "notRealNameVerified",
            DeclineReason::ScoreBelowMinimum => "scoreBelowMinimum",
            DeclineReason::Affordability => "affordability",
            DeclineReason::BusinessTooYoung => "businessTooYoung",
            DeclineReason::LimitBelowMinimum => "limitBelowMinimum",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of decline reasons.
///
/// ```
/// use credit_sim::offers::screen::{DeclineReason, Declines};
/// let mut d = Declines::default();
/// d.insert(DeclineReason::Affordability);
/// d.insert(DeclineReason::DishonestDebtor);
/// assert_eq!(d.codes(), ["dishonestDebtor", "affordability"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Declines(u8);

impl Declines {
    /// Adds a reason.
    pub fn insert(&mut self, reason: DeclineReason) {
        self.0 |= reason.bit();
    }

    /// True when nothing declines.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when `reason` is in the set.
    pub fn contains(self, reason: DeclineReason) -> bool {
        self.0 & reason.bit() != 0
    }

    /// The reasons, in [`DeclineReason::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = DeclineReason> {
        DeclineReason::ALL
            .into_iter()
            .filter(move |r| self.contains(*r))
    }

    /// The API codes, in order (what an offer's `declineReasons` lists).
    pub fn codes(self) -> Vec<&'static str> {
        self.iter().map(DeclineReason::code).collect()
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
