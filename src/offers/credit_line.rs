//! The credit line (先用后付, 花呗 style): a band limit and instalment plans with their true APRs.

use rust_decimal::Decimal;
use serde::Serialize;

use super::credit_loan::{apr_principal, wanted_limit};
use super::decline::DeclineReason;
use super::rules::ProductRules;
use super::screen::{Applicant, Declines};
use crate::amount::{serialize_decimal_text, serialize_fen};
use crate::money::{amortize, Loan};
use crate::scoring::ScoreReport;

/// One instalment plan with its APR.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstallmentPlan {
    /// Periods.
    pub periods: u32,
    /// Fee for the whole term.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub fee_rate: Decimal,
    /// The true APR, from `amortize` of a fee-instalment plan on the offer's `apr_principal`.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub apr: Decimal,
}

/// The credit-line offer, API.md's shape plus `aprPrincipal`. The plans are always listed: when
/// `eligible` is false (`limit` `"0.00"`) they are indicative, each APR that of a plan on
/// `aprPrincipal`, the minimum limit, as for [`super::LoanOffer`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditLineOffer {
    /// Offered at all.
    pub eligible: bool,
    /// Why not; empty when eligible.
    pub decline_reasons: Vec<DeclineReason>,
    /// The limit, `"0.00"` when not eligible.
    #[serde(serialize_with = "serialize_fen")]
    pub limit: Decimal,
    /// The amount the plans' APRs are computed on: the limit when eligible, the minimum limit
    /// (at least ¥100) when not.
    #[serde(serialize_with = "serialize_fen")]
    pub apr_principal: Decimal,
    /// The plans (indicative when not eligible).
    pub installment_plans: Vec<InstallmentPlan>,
}

/// The credit line's decline reasons and limit (zero when declined): the band's limit within the
/// product's range, for a score at or above its minimum and no knock-out.
pub fn credit_line_limit(applicant: &Applicant, rules: &ProductRules) -> (Declines, Decimal) {
    let r = &rules.credit_line;
    let mut decline = applicant.screen(r.min_score);
    let limit = if decline.is_empty() {
        wanted_limit(&r.limits_by_band, applicant.band, r.min_limit, r.max_limit)
    } else {
        Decimal::ZERO
    };
    if decline.is_empty() && limit < r.min_limit {
        decline.insert(DeclineReason::LimitBelowMinimum);
    }
    let limit = if decline.is_empty() {
        limit
    } else {
        Decimal::ZERO
    };
    (decline, limit)
}

/// The APR of each instalment plan on `principal`.
pub fn installment_plans(principal: Decimal, rules: &ProductRules) -> Vec<InstallmentPlan> {
    rules
        .credit_line
        .installment_fees
        .iter()
        .map(|f| InstallmentPlan {
            periods: f.periods,
            fee_rate: f.fee_rate,
            apr: amortize(&Loan::fee_installment(principal, f.periods, f.fee_rate))
                .ok()
                .and_then(|s| s.apr)
                .unwrap_or(Decimal::ZERO),
        })
        .collect()
}

/// The credit-line offer.
pub fn credit_line_offer(report: &ScoreReport, rules: &ProductRules) -> CreditLineOffer {
    let (decline, limit) = credit_line_limit(&Applicant::of(report), rules);
    let principal = apr_principal(limit, rules.credit_line.min_limit);
    CreditLineOffer {
        eligible: decline.is_empty(),
        decline_reasons: decline.to_vec(),
        limit,
        apr_principal: principal,
        installment_plans: installment_plans(principal, rules),
    }
}
