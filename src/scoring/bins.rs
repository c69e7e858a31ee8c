//! How a profile's values fall into a characteristic's bins: counts against ascending or
//! descending edges, amounts, flags, and the bins that read more than one field (on-time rate
//! with the thin file, repayment depth, debt to income, business standing).

use rust_decimal::Decimal;

use crate::profile::{Education, Occupation, Profile};

/// How many of `edges` (lower bounds, ascending) `value` reaches: the bin of a "higher is
/// better" value.
pub(super) fn at_least(value: u32, edges: &[u32]) -> usize {
    edges.iter().filter(|&&e| value >= e).count()
}

/// How many of `edges` (upper bounds, descending) `value` stays within: the bin of a "lower
/// is better" value.
pub(super) fn at_most(value: u32, edges: &[u32]) -> usize {
    edges.iter().filter(|&&e| value <= e).count()
}

/// How many of `edges` (whole yuan, ascending, all positive) `value` reaches. A positive amount
/// reaches a whole number exactly when its whole part does (and a negative one reaches none), so
/// one integer division replaces a `Decimal` comparison per edge: the score of a whole
/// population spends its time here, and `Decimal`'s floor would add half a KB to the app.
pub(super) fn amount_at_least(value: Decimal, edges: &[i64]) -> usize {
    let whole = value.mantissa() / 10_i128.pow(value.scale());
    edges.iter().filter(|&&e| whole >= i128::from(e)).count()
}

pub(super) fn flag(value: bool) -> usize {
    usize::from(value)
}

/// The share of income that goes to debt service, as its bin (0 = above 35 %, 3 = at most
/// 20 %). No debt is the best bin whatever the income; debt with no income the worst. More
/// income or less debt never moves it to a worse bin.
pub(super) fn debt_to_income_bin(debt: Decimal, income: Decimal) -> usize {
    if debt <= Decimal::ZERO {
        return 3;
    }
    if income <= Decimal::ZERO {
        return 0;
    }
    let pct = debt * Decimal::ONE_HUNDRED;
    [35, 25, 20]
        .iter()
        .filter(|&&limit| pct <= income * Decimal::from(limit))
        .count()
}

/// On-time rate bins: below 80 %, 80–89 %, thin file, 90–94 %, 95–97 %, 98–99 %, 100 %.
/// The thin-file bin is neutral-low: above a poor record, below any good one.
pub(super) fn on_time_bin(p: &Profile) -> usize {
    if p.repayments_last24m == 0 {
        return 2;
    }
    match p.on_time_rate_pct {
        0..=79 => 0,
        80..=89 => 1,
        90..=94 => 3,
        95..=97 => 4,
        98..=99 => 5,
        _ => 6,
    }
}

/// Repayment depth counts only for a record at least 95 % on time.
pub(super) fn depth_bin(p: &Profile) -> usize {
    if p.on_time_rate_pct < 95 {
        0
    } else {
        at_least(p.repayments_last24m, &[1, 6, 12, 24, 48, 96])
    }
}

pub(super) fn since_overdue_bin(p: &Profile) -> usize {
    match p.months_since_overdue {
        None => 6,
        Some(m) => at_least(m, &[3, 6, 12, 24, 60]),
    }
}

pub(super) fn education_bin(p: &Profile) -> usize {
    match p.education {
        Education::None => 0,
        Education::Secondary => 1,
        Education::Vocational => 2,
        Education::Bachelor => 3,
        Education::Postgraduate => 4,
    }
}

pub(super) fn occupation_bin(p: &Profile) -> usize {
    match p.occupation {
        Occupation::Unemployed => 0,
        Occupation::Student => 1,
        Occupation::Freelancer => 2,
        Occupation::SelfEmployed => 3,
        Occupation::Retired => 4,
        Occupation::Employee => 5,
        Occupation::CivilServant => 6,
    }
}

/// Business standing: 0 young (under 12 months) or revenue falling more than 20 %; 1 no
/// business; 2 established 12–35 months; 3 established 36 months or more.
pub(super) fn business_bin(p: &Profile) -> usize {
    match &p.business {
        None => 1,
        Some(b) if b.business_age_months < 12 || b.revenue_trend_pct < -20 => 0,
        Some(b) if b.business_age_months < 36 => 2,
        Some(_) => 3,
    }
}

pub(super) fn age_bin(p: &Profile) -> usize {
    at_least(p.age, &[26, 35, 45])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_reaches_an_edge_by_its_value_not_its_text() {
        let edges = [500, 1500, 3000];
        let cases = [
            ("0", 0),
            ("499.99", 0),
            ("500", 1),
            ("500.00", 1),
            ("500.01", 1),
            ("1499.999999", 1),
            ("3000.0000", 3),
            ("-1", 0),
            ("10000000000", 3),
        ];
        for (amount, bins) in cases {
            let value: Decimal = amount.parse().unwrap_or_default();
            assert_eq!(amount_at_least(value, &edges), bins, "{amount}");
        }
    }
}
