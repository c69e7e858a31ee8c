//! Early-warning signals (预警) a lender watches: utilisation above 90 %, debt service above
//! half of income, a fall of more than 30 points in a month, many applications in three months;
//! and, first of all, a payment past due.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::offers::ProductRules;
use crate::profile::Profile;

use super::rules::JourneyRules;

/// One early-warning signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Warning {
    /// A payment is past due this month (逾期).
    Overdue,
    /// Utilisation above the rule's percentage (90 %).
    HighUtilization,
    /// What fell due this month plus other debt service above the rule's share of income (50 %).
    HighDebtService,
    /// The score fell by more than the rule's points (30) this month.
    ScoreDrop,
    /// Many credit applications in three months (多头借贷).
    ManyApplications,
}

impl Warning {
    /// The API name (`"scoreDrop"`).
    pub fn api_name(self) -> &'static str {
        match self {
            Warning::Overdue => "overdue",
            Warning::HighUtilization => "highUtilization",
            Warning::HighDebtService => "highDebtService",
            Warning::ScoreDrop => "scoreDrop",
            Warning::ManyApplications => "manyApplications",
        }
    }
}

/// What the warnings look at in one month.
#[derive(Debug, Clone)]
pub struct Signals<'a> {
    /// The profile after the month (utilisation, applications, income).
    pub profile: &'a Profile,
    /// Debt service without this loan.
    pub other_debt: Decimal,
    /// What this loan asked for this month (instalment plus arrears).
    pub due: Decimal,
    /// Days past due at the end of the month.
    pub days_past_due: u32,
    /// The score before the month.
    pub score_before: u32,
    /// The score after it.
    pub score_after: u32,
}

/// The warnings of one month, in [`Warning`]'s order.
pub fn warnings(s: &Signals<'_>, rules: &ProductRules, j: &JourneyRules) -> Vec<Warning> {
    let mut found = Vec::new();
    if s.days_past_due > 0 {
        found.push(Warning::Overdue);
    }
    if s.profile.credit_utilization_pct > j.utilization_warning_pct {
        found.push(Warning::HighUtilization);
    }
    let service = s.other_debt + s.due;
    if service > Decimal::ZERO
        && service > s.profile.monthly_income * rules.credit_loan.max_debt_service_ratio
    {
        found.push(Warning::HighDebtService);
    }
    if s.score_before > s.score_after.saturating_add(j.score_drop_warning) {
        found.push(Warning::ScoreDrop);
    }
    if s.profile.recent_applications3m >= j.applications_warning {
        found.push(Warning::ManyApplications);
    }
    found
}
