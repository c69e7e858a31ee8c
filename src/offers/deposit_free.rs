//! Deposit-free services (免押): hotel, rental and car hire by score threshold.

use serde::Serialize;

use super::decline::Service;
use super::rules::ProductRules;
use crate::scoring::ScoreReport;

/// One deposit-free service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DepositFreeService {
    /// Which service.
    pub service: Service,
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
        (Service::Hotel, r.hotel),
        (Service::Rental, r.rental),
        (Service::CarHire, r.car_hire),
    ]
    .into_iter()
    .map(|(service, threshold)| DepositFreeService {
        service,
        threshold,
        eligible: !report.knocked_out() && report.score >= threshold,
    })
    .collect()
}
