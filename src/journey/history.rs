//! The person's credit history as the months go by: how one month's event moves every Profile
//! field that a lender's records would move (credit age, repayments and the on-time rate, the
//! worst overdue in the 24-month window and its fading, months since overdue, active months,
//! the 3-month application window, utilisation and debt service).
//!
//! Every on-time month moves each field in the direction the scorecard rewards, so a run of
//! on-time months never lowers the score.

use std::collections::VecDeque;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::profile::Profile;

use super::input::Event;

/// Months an overdue stays in the `worstOverdueDays` window.
pub const OVERDUE_WINDOW_MONTHS: i64 = 24;

/// The history counters behind the profile, exact (the on-time count may be fractional: the
/// starting profile gives only a rate).
#[derive(Debug, Clone)]
pub struct History {
    profile: Profile,
    /// Repayments that fell due, uncapped (the profile shows at most 1000).
    repayments: Decimal,
    /// Of those, paid on time.
    on_time: Decimal,
    /// Overdues still inside the 24-month window: (month, days past due).
    overdues: Vec<(i64, u32)>,
    /// Applications in the last three months, oldest first.
    applications: VecDeque<u32>,
    /// Debt service per month without this loan.
    other_debt: Decimal,
}

impl History {
    /// The history at month 0: the profile as given, with the loan's regular monthly
    /// obligation added to the debt service and utilisation from `balance` over `limit`.
    pub fn start(
        profile: &Profile,
        obligation: Decimal,
        balance: Decimal,
        limit: Decimal,
    ) -> History {
        let mut h = History::of_profile(profile);
        h.set_debt(obligation);
        h.set_utilization(balance, limit);
        h
    }

    /// The history at month 0 of the profile as given, with no loan of the journey's: debt
    /// service and utilisation stay what the profile says (what `planToTarget`'s months of
    /// on-time repayment start from).
    ///
    /// ```
    /// use credit_sim::journey::history::History;
    /// use credit_sim::journey::Event;
    /// let p = credit_sim::default_profile();
    /// let mut h = History::of_profile(&p);
    /// h.advance(1, Event::OnTime, 0);
    /// assert_eq!(h.profile().credit_age_months, p.credit_age_months + 1);
    /// assert_eq!(h.profile().credit_utilization_pct, p.credit_utilization_pct);
    /// ```
    pub fn of_profile(profile: &Profile) -> History {
        let repayments = Decimal::from(profile.repayments_last24m);
        let on_time =
            repayments * Decimal::from(profile.on_time_rate_pct.min(100)) / Decimal::ONE_HUNDRED;
        let mut overdues = Vec::new();
        if profile.worst_overdue_days > 0 {
            let since = profile.months_since_overdue.map_or(0, i64::from);
            let at = if since < OVERDUE_WINDOW_MONTHS {
                -since
            } else {
                0
            };
            overdues.push((at, profile.worst_overdue_days));
        }
        History {
            profile: profile.clone(),
            repayments,
            on_time,
            overdues,
            applications: VecDeque::from([0, 0, profile.recent_applications3m]),
            other_debt: profile.monthly_debt_payments,
        }
    }

    /// The profile as it stands.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Applies month `month`'s event, `days_past_due` being the days overdue it left (0 when
    /// paid on time).
    pub fn advance(&mut self, month: i64, event: Event, days_past_due: u32) {
        let p = &mut self.profile;
        p.credit_age_months = (p.credit_age_months + 1).min(600);

        self.repayments += Decimal::ONE;
        if event.is_on_time() {
            self.on_time += Decimal::ONE;
        }
        p.repayments_last24m = self
            .repayments
            .trunc()
            .to_u32()
            .unwrap_or(u32::MAX)
            .min(1000);
        let rate = (self.on_time * Decimal::ONE_HUNDRED / self.repayments).floor();
        p.on_time_rate_pct = rate.to_u32().unwrap_or(100).min(100);

        if days_past_due > 0 {
            self.overdues.push((month, days_past_due));
            p.months_since_overdue = Some(0);
        } else if let Some(m) = p.months_since_overdue {
            p.months_since_overdue = Some((m + 1).min(600));
        }
        self.overdues
            .retain(|&(at, _)| month - at < OVERDUE_WINDOW_MONTHS);
        p.worst_overdue_days = self
            .overdues
            .iter()
            .map(|&(_, d)| d)
            .max()
            .unwrap_or(0)
            .min(3650);

        p.active_months12m = if matches!(event, Event::Missed) {
            p.active_months12m.saturating_sub(1)
        } else {
            (p.active_months12m + 1).min(12)
        };

        self.applications.pop_front();
        self.applications
            .push_back(u32::from(matches!(event, Event::NewApplication)));
        p.recent_applications3m = self.applications.iter().sum::<u32>().min(100);
    }

    /// Sets the debt service to the other debts plus `obligation` (this loan's regular monthly
    /// payment, zero once it is repaid).
    pub fn set_debt(&mut self, obligation: Decimal) {
        self.profile.monthly_debt_payments =
            (self.other_debt + obligation).min(Decimal::from(100_000_000));
    }

    /// Sets utilisation to `balance / limit` in whole percent (half-up), 0–200.
    pub fn set_utilization(&mut self, balance: Decimal, limit: Decimal) {
        self.profile.credit_utilization_pct = utilization_pct(balance, limit);
    }
}

/// `balance / limit` in whole percent, half-up, capped at 200; 200 for a balance with no limit.
///
/// ```
/// use credit_sim::journey::history::utilization_pct;
/// use rust_decimal::Decimal;
/// assert_eq!(utilization_pct(Decimal::from(4_500), Decimal::from(10_000)), 45);
/// assert_eq!(utilization_pct(Decimal::ONE, Decimal::ZERO), 200);
/// assert_eq!(utilization_pct(Decimal::ZERO, Decimal::ZERO), 0);
/// ```
pub fn utilization_pct(balance: Decimal, limit: Decimal) -> u32 {
    if balance <= Decimal::ZERO {
        return 0;
    }
    if limit <= Decimal::ZERO {
        return 200;
    }
    let pct = (balance * Decimal::ONE_HUNDRED / limit)
        .min(Decimal::from(200))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    pct.to_u32().unwrap_or(200).min(200)
}
