//! What a plan may change, and how: the "now" levers (things a person can do at once) with the
//! values they can be moved to, and the fields that months of on-time repayment move (through the
//! journey's history, [`crate::journey::history::History`]).
//!
//! "Now": paying down revolving balances (utilisation), stopping applications, switching bills
//! to automatic payment (bills on time), verifying the real name, opening a savings or
//! money-market product, verifying contacts. Each is tried at the scorecard's bin edges toward
//! the better side, nearest first. Left out: what needs time or money a person may not have
//! (savings, debt, income, deposit-free uses, settling broken contracts), and what a person
//! cannot choose, which a plan never touches: age, education, occupation, the dishonest-debtor
//! list, the business.

use crate::profile::Profile;
use crate::scoring::FieldValue;

/// One "now" lever and the values it can take, nearest to the present first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lever {
    /// The Profile field (API name).
    pub field: &'static str,
    /// Better values, nearest first; the last is the best.
    pub options: Vec<FieldValue>,
}

/// The fields months of on-time repayment move, in the order a plan lists them (the on-time
/// rate before the repayments counted, so that no step of a thin file shows a loss).
pub const OVER_TIME_FIELDS: [&str; 7] = [
    "onTimeRatePct",
    "repaymentsLast24m",
    "creditAgeMonths",
    "monthsSinceOverdue",
    "worstOverdueDays",
    "activeMonths12m",
    "recentApplications3m",
];

/// The fields a plan never changes.
pub const IMMUTABLE_FIELDS: [&str; 5] = [
    "age",
    "education",
    "occupation",
    "dishonestDebtor",
    "business",
];

/// The "now" field that months of on-time repayment move too (the application window empties).
pub const APPLICATIONS: &str = "recentApplications3m";

/// The edges of `edges` above `current`, nearest first.
fn up(current: u32, edges: &[u32]) -> Vec<FieldValue> {
    edges
        .iter()
        .filter(|&&e| e > current)
        .map(|&e| FieldValue::Count(e))
        .collect()
}

/// The edges of `edges` (descending) below `current`, nearest first.
fn down(current: u32, edges: &[u32]) -> Vec<FieldValue> {
    edges
        .iter()
        .filter(|&&e| e < current)
        .map(|&e| FieldValue::Count(e))
        .collect()
}

fn switch_on(current: bool) -> Vec<FieldValue> {
    if current {
        Vec::new()
    } else {
        vec![FieldValue::Flag(true)]
    }
}

/// The "now" levers that can still improve `profile`, in a fixed order.
///
/// ```
/// use credit_sim::target::levers::levers;
/// let mut p = credit_sim::default_profile();
/// p.real_name_verified = false;
/// let fields: Vec<&str> = levers(&p).iter().map(|l| l.field).collect();
/// assert!(fields.contains(&"realNameVerified") && fields.contains(&"creditUtilizationPct"));
/// assert!(!fields.contains(&"age"));
/// ```
pub fn levers(profile: &Profile) -> Vec<Lever> {
    let p = profile;
    [
        ("realNameVerified", switch_on(p.real_name_verified)),
        (
            APPLICATIONS,
            down(p.recent_applications3m, &[6, 4, 2, 1, 0]),
        ),
        (
            "billsOnTimePct",
            up(p.bills_on_time_pct, &[60, 80, 90, 95, 99]),
        ),
        (
            "creditUtilizationPct",
            down(p.credit_utilization_pct, &[90, 70, 50, 30]),
        ),
        ("holdsSavingsProducts", switch_on(p.holds_savings_products)),
        (
            "verifiedContacts",
            up(p.verified_contacts, &[1, 20, 50, 150, 500]),
        ),
    ]
    .into_iter()
    .filter(|(_, options)| !options.is_empty())
    .map(|(field, options)| Lever { field, options })
    .collect()
}

/// The value of a lever's or an over-time field of `profile`; `None` for another field or a
/// `monthsSinceOverdue` of never.
pub fn value_of(profile: &Profile, field: &str) -> Option<FieldValue> {
    let p = profile;
    let count = |v: u32| Some(FieldValue::Count(v));
    match field {
        "realNameVerified" => Some(FieldValue::Flag(p.real_name_verified)),
        "holdsSavingsProducts" => Some(FieldValue::Flag(p.holds_savings_products)),
        "recentApplications3m" => count(p.recent_applications3m),
        "billsOnTimePct" => count(p.bills_on_time_pct),
        "creditUtilizationPct" => count(p.credit_utilization_pct),
        "verifiedContacts" => count(p.verified_contacts),
        "onTimeRatePct" => count(p.on_time_rate_pct),
        "repaymentsLast24m" => count(p.repayments_last24m),
        "creditAgeMonths" => count(p.credit_age_months),
        "monthsSinceOverdue" => p.months_since_overdue.map(FieldValue::Count),
        "worstOverdueDays" => count(p.worst_overdue_days),
        "activeMonths12m" => count(p.active_months12m),
        _ => None,
    }
}

/// Sets a lever's or an over-time field of `profile` to `to`; anything else is left alone.
pub fn set(profile: &mut Profile, field: &str, to: FieldValue) {
    let p = profile;
    match (field, to) {
        ("realNameVerified", FieldValue::Flag(v)) => p.real_name_verified = v,
        ("holdsSavingsProducts", FieldValue::Flag(v)) => p.holds_savings_products = v,
        ("recentApplications3m", FieldValue::Count(v)) => p.recent_applications3m = v,
        ("billsOnTimePct", FieldValue::Count(v)) => p.bills_on_time_pct = v,
        ("creditUtilizationPct", FieldValue::Count(v)) => p.credit_utilization_pct = v,
        ("verifiedContacts", FieldValue::Count(v)) => p.verified_contacts = v,
        ("onTimeRatePct", FieldValue::Count(v)) => p.on_time_rate_pct = v,
        ("repaymentsLast24m", FieldValue::Count(v)) => p.repayments_last24m = v,
        ("creditAgeMonths", FieldValue::Count(v)) => p.credit_age_months = v,
        ("monthsSinceOverdue", FieldValue::Count(v)) => p.months_since_overdue = Some(v),
        ("worstOverdueDays", FieldValue::Count(v)) => p.worst_overdue_days = v,
        ("activeMonths12m", FieldValue::Count(v)) => p.active_months12m = v,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levers_offer_only_better_values_nearest_first() {
        let mut p = crate::default_profile();
        p.credit_utilization_pct = 75;
        p.recent_applications3m = 0;
        p.bills_on_time_pct = 99;
        p.real_name_verified = false;
        p.holds_savings_products = true;
        p.verified_contacts = 10;
        let got: Vec<(&str, Vec<FieldValue>)> = levers(&p)
            .into_iter()
            .map(|l| (l.field, l.options))
            .collect();
        let c = FieldValue::Count;
        assert_eq!(
            got,
            [
                ("realNameVerified", vec![FieldValue::Flag(true)]),
                ("creditUtilizationPct", vec![c(70), c(50), c(30)]),
                ("verifiedContacts", vec![c(20), c(50), c(150), c(500)]),
            ]
        );
    }

    #[test]
    fn every_lever_and_over_time_field_reads_back_what_is_set() {
        let fields = levers(&crate::presets::presets()[0].profile)
            .into_iter()
            .map(|l| l.field)
            .chain(OVER_TIME_FIELDS);
        for field in fields {
            let mut p = crate::default_profile();
            let to = match value_of(&p, field) {
                Some(FieldValue::Flag(b)) => FieldValue::Flag(!b),
                _ => FieldValue::Count(7),
            };
            set(&mut p, field, to);
            assert_eq!(value_of(&p, field), Some(to), "{field}");
            assert!(!IMMUTABLE_FIELDS.contains(&field));
        }
    }
}
