//! The lender's limit review after each month: raise (提额) after a run of clean months while
//! the score still qualifies, freeze after a short overdue, cut (降额) after a long one or a
//! missed payment. Amounts round down to ¥100 with the offers module's [`floor_hundred`].

use rust_decimal::Decimal;

use crate::offers::credit_loan::floor_hundred;
use crate::offers::ProductRules;

use super::rules::JourneyRules;

/// What the review did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// Nothing changed.
    Kept,
    /// Raised to the new limit.
    Raised,
    /// Frozen: kept, and the clean-month count starts again.
    Frozen,
    /// Cut to the new limit.
    Cut,
}

/// The limit and the clean months counted towards the next raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditLimit {
    /// The current limit, whole ¥100.
    pub limit: Decimal,
    /// Clean months since the last overdue or the last raise.
    pub clean_run: u32,
}

impl CreditLimit {
    /// A limit with no clean months counted yet.
    pub fn new(limit: Decimal) -> CreditLimit {
        CreditLimit {
            limit,
            clean_run: 0,
        }
    }

    /// Reviews the limit after a month that left `days_past_due` (0 = clean) and `score`;
    /// `missed` (nothing paid this month) always cuts.
    ///
    /// ```
    /// use credit_sim::journey::limit::{CreditLimit, Review};
    /// use credit_sim::journey::default_journey_rules;
    /// use credit_sim::offers::default_rules;
    /// use rust_decimal::Decimal;
    /// let (rules, j) = (default_rules(), default_journey_rules());
    /// let mut l = CreditLimit::new(Decimal::from(20_000));
    /// for _ in 0..5 { assert_eq!(l.review(0, false, 700, &rules, &j), Review::Kept); }
    /// assert_eq!(l.review(0, false, 700, &rules, &j), Review::Raised);
    /// assert_eq!(l.limit, Decimal::from(24_000));
    /// assert_eq!(l.review(45, false, 600, &rules, &j), Review::Cut);
    /// assert_eq!(l.limit, Decimal::from(12_000));
    /// assert_eq!(l.review(3, false, 600, &rules, &j), Review::Frozen);
    /// assert_eq!(l.review(30, true, 600, &rules, &j), Review::Cut);
    /// assert_eq!(l.limit, Decimal::from(6_000));
    /// ```
    pub fn review(
        &mut self,
        days_past_due: u32,
        missed: bool,
        score: u32,
        rules: &ProductRules,
        j: &JourneyRules,
    ) -> Review {
        if days_past_due > 0 {
            self.clean_run = 0;
            if !missed && days_past_due <= j.freeze_max_days {
                return Review::Frozen;
            }
            let cut = floor_hundred(self.limit * (Decimal::ONE - j.cut_share));
            if cut < self.limit {
                self.limit = cut;
                return Review::Cut;
            }
            return Review::Frozen;
        }
        self.clean_run = self.clean_run.saturating_add(1);
        let loan = &rules.credit_loan;
        if self.clean_run < j.raise_after_clean_months
            || score < loan.min_score
            || self.limit >= loan.max_limit
        {
            return Review::Kept;
        }
        let raised = floor_hundred(self.limit * (Decimal::ONE + j.raise_share))
            .max(loan.min_limit)
            .min(loan.max_limit);
        if raised > self.limit {
            self.limit = raised;
            self.clean_run = 0;
            Review::Raised
        } else {
            Review::Kept
        }
    }
}
