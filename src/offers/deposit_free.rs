//! Deposit-free services (免押): hotel, rental and car hire by score threshold.

use serde::Serialize;

use super::rules::ProductRules;
use crate::scoring::ScoreReport;

/// One deposit-free service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DepositFreeService {
    /// `"hotel"`, `"rental"` or `"carHire"`.
    pub service: &'static str,
    /// The lowest score that gets it.
    pub threshold: u32,
    /// Whether this person gets it (never with a knock-out).
    pub eligible: bool,
}

/// The three services.
pub fn deposit_free_services(
    report: &ScoreReport,
    rules: &ProductRules,
) -> Vec<DepositFreeService> {
    let r = &rules.deposit_free;
    [
        ("hotel", r.hotel),
        ("rental", r.rental),
        ("carHire", r.car_hire),
    ]
    .into_iter()
    .map(|(service, threshold)| DepositFreeService {
        service,
        threshold,
        eligible: !report.knocked_out() && report.score >= threshold,
    })
    .collect()
}
