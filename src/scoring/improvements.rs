//! Improvements: the changes a person could make that raise the score most, each found by
//! re-scoring the changed profile.
//!
//! Only things a person can act on are tried: paying on time, bills, utilisation, applications,
//! settling broken contracts or a court judgement, regular activity, deposit-free uses, savings
//! products, paying down debt, saving, real-name verification and verifying contacts, and, for
//! a thin file, starting a repayment record. Facts that only time or life changes are never
//! suggested: age, education, occupation, years at the job or phone number, credit age, months
//! since an overdue, worst overdue, income, home, car, housing fund, business, spending mix.
//! For each field the change tried is one step: the nearest value that reaches a better bin.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

use super::score_of;
use crate::amount::fen_text;
use crate::profile::Profile;

/// At most this many improvements are given.
pub const MAX_IMPROVEMENTS: usize = 3;

/// The new value of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldValue {
    /// A whole number (a count or a percentage), serialized as a number.
    Count(u32),
    /// An amount, serialized as two-place text (`"1800.00"`).
    Amount(Decimal),
    /// A boolean.
    Flag(bool),
}

impl Serialize for FieldValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Count(n) => s.serialize_u32(*n),
            FieldValue::Amount(a) => s.serialize_str(&fen_text(*a)),
            FieldValue::Flag(b) => s.serialize_bool(*b),
        }
    }
}

/// One change to the profile and the points it would add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Improvement {
    /// The Profile field to change (API name).
    pub field: &'static str,
    /// Its new value.
    pub to: FieldValue,
    /// The score after the change minus the score now.
    pub score_gain: u32,
}

impl Improvement {
    /// The profile with this change made (the profile unchanged if the field and value do not
    /// match, which `improvements` never produces).
    pub fn apply(&self, profile: &Profile) -> Profile {
        set(profile, self.field, self.to)
    }
}

fn set(profile: &Profile, field: &str, to: FieldValue) -> Profile {
    let mut p = profile.clone();
    match (field, to) {
        ("repaymentsLast24m", FieldValue::Count(v)) => p.repayments_last24m = v,
        ("onTimeRatePct", FieldValue::Count(v)) => p.on_time_rate_pct = v,
        ("creditUtilizationPct", FieldValue::Count(v)) => p.credit_utilization_pct = v,
        ("recentApplications3m", FieldValue::Count(v)) => p.recent_applications3m = v,
        ("depositFreeUses12m", FieldValue::Count(v)) => p.deposit_free_uses12m = v,
        ("brokenContracts24m", FieldValue::Count(v)) => p.broken_contracts24m = v,
        ("dishonestDebtor", FieldValue::Flag(v)) => p.dishonest_debtor = v,
        ("activeMonths12m", FieldValue::Count(v)) => p.active_months12m = v,
        ("billsOnTimePct", FieldValue::Count(v)) => p.bills_on_time_pct = v,
        ("holdsSavingsProducts", FieldValue::Flag(v)) => p.holds_savings_products = v,
        ("monthlyDebtPayments", FieldValue::Amount(v)) => p.monthly_debt_payments = v,
        ("liquidAssets", FieldValue::Amount(v)) => p.liquid_assets = v,
        ("realNameVerified", FieldValue::Flag(v)) => p.real_name_verified = v,
        ("verifiedContacts", FieldValue::Count(v)) => p.verified_contacts = v,
        _ => {}
    }
    p
}

fn up(current: u32, edges: &[u32]) -> Vec<FieldValue> {
    edges
        .iter()
        .filter(|&&e| e > current)
        .map(|&e| FieldValue::Count(e))
        .collect()
}

/// Edges descending, so the nearest comes first.
fn down(current: u32, edges: &[u32]) -> Vec<FieldValue> {
    edges
        .iter()
        .filter(|&&e| e < current)
        .map(|&e| FieldValue::Count(e))
        .collect()
}

/// The fields tried, each with its candidate values nearest first.
fn candidates(p: &Profile) -> Vec<(&'static str, Vec<FieldValue>)> {
    let debt_edges: Vec<FieldValue> = [35, 25, 20]
        .iter()
        .map(|&pct| {
            (p.monthly_income * Decimal::from(pct) / Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(2, RoundingStrategy::ToZero)
        })
        .filter(|&d| d < p.monthly_debt_payments)
        .map(FieldValue::Amount)
        .collect();
    let asset_edges: Vec<FieldValue> = [10_000, 50_000, 200_000]
        .iter()
        .map(|&a| Decimal::from(a))
        .filter(|&a| a > p.liquid_assets)
        .map(FieldValue::Amount)
        .collect();
    let mut list = vec![
        (
            "onTimeRatePct",
            up(p.on_time_rate_pct, &[80, 90, 95, 98, 100]),
        ),
        (
            "creditUtilizationPct",
            down(p.credit_utilization_pct, &[90, 70, 50, 30]),
        ),
        (
            "recentApplications3m",
            down(p.recent_applications3m, &[6, 4, 2, 1, 0]),
        ),
        (
            "depositFreeUses12m",
            up(p.deposit_free_uses12m, &[1, 3, 6, 12, 24]),
        ),
        ("brokenContracts24m", down(p.broken_contracts24m, &[0])),
        (
            "dishonestDebtor",
            if p.dishonest_debtor {
                vec![FieldValue::Flag(false)]
            } else {
                vec![]
            },
        ),
        (
            "activeMonths12m",
            up(p.active_months12m, &[1, 4, 7, 10, 12]),
        ),
        (
            "billsOnTimePct",
            up(p.bills_on_time_pct, &[60, 80, 90, 95, 99]),
        ),
        (
            "holdsSavingsProducts",
            if p.holds_savings_products {
                vec![]
            } else {
                vec![FieldValue::Flag(true)]
            },
        ),
        ("monthlyDebtPayments", debt_edges),
        ("liquidAssets", asset_edges),
        (
            "realNameVerified",
            if p.real_name_verified {
                vec![]
            } else {
                vec![FieldValue::Flag(true)]
            },
        ),
        (
            "verifiedContacts",
            up(p.verified_contacts, &[1, 20, 50, 150, 500]),
        ),
    ];
    if p.repayments_last24m == 0 {
        list.insert(0, ("repaymentsLast24m", vec![FieldValue::Count(6)]));
    }
    list
}

/// The (at most three) one-step changes that raise the score most, biggest gain first (ties
/// in the order of the fields above). Every gain is the re-scored difference.
pub fn improvements(profile: &Profile) -> Vec<Improvement> {
    let now = score_of(profile);
    let mut found: Vec<Improvement> = candidates(profile)
        .into_iter()
        .filter_map(|(field, values)| {
            values.into_iter().find_map(|to| {
                let gain = score_of(&set(profile, field, to)).saturating_sub(now);
                (gain > 0).then_some(Improvement {
                    field,
                    to,
                    score_gain: gain,
                })
            })
        })
        .collect();
    super::most_first(&mut found, |i| i.score_gain);
    found.truncate(MAX_IMPROVEMENTS);
    found
}
