//! Why a product is declined, and which deposit-free service is meant: closed sets of codes, so
//! every consumer (the page's texts, a portfolio's counts) handles each one by name. In JSON they
//! are their camelCase names (`"scoreBelowMinimum"`, `"carHire"`).

use serde::Serialize;

/// One reason a product is declined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DeclineReason {
    /// On the court list of dishonest debtors (a knock-out).
    DishonestDebtor,
    /// Not real-name verified (a knock-out).
    NotRealNameVerified,
    /// The score is below the product's minimum.
    ScoreBelowMinimum,
    /// The debt-service rule leaves no limit of at least the product's minimum.
    Affordability,
    /// The business is younger than the product's minimum age.
    BusinessTooYoung,
    /// The product's own measure (a business's revenue) gives less than its minimum limit.
    LimitBelowMinimum,
}

impl DeclineReason {
    /// Every reason, in the order the products find them: a set listed in this order is the
    /// list an offer gives.
    pub const ALL: [DeclineReason; 6] = [
        DeclineReason::DishonestDebtor,
        DeclineReason::NotRealNameVerified,
        DeclineReason::ScoreBelowMinimum,
        DeclineReason::Affordability,
        DeclineReason::BusinessTooYoung,
        DeclineReason::LimitBelowMinimum,
    ];

    /// The camelCase code, as in JSON.
    pub fn api_name(self) -> &'static str {
        match self {
            DeclineReason::DishonestDebtor => "dishonestDebtor",
            DeclineReason::NotRealNameVerified => "notRealNameVerified",
            DeclineReason::ScoreBelowMinimum => "scoreBelowMinimum",
            DeclineReason::Affordability => "affordability",
            DeclineReason::LimitBelowMinimum => "limitBelowMinimum",
            DeclineReason::BusinessTooYoung => "businessTooYoung",
        }
    }
}

/// A deposit-free service (免押).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Service {
    /// Hotel stays without a deposit.
    Hotel,
    /// Rentals (power banks, bikes, devices) without a deposit.
    Rental,
    /// Car hire without a deposit.
    CarHire,
}

impl Service {
    /// Every service, lowest default threshold first.
    pub const ALL: [Service; 3] = [Service::Hotel, Service::Rental, Service::CarHire];

    /// The camelCase code, as in JSON.
    pub fn api_name(self) -> &'static str {
        match self {
            Service::Hotel => "hotel",
            Service::Rental => "rental",
            Service::CarHire => "carHire",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_the_api_names() {
        for r in DeclineReason::ALL {
            assert_eq!(
                serde_json::to_string(&r).expect("json"),
                format!("\"{}\"", r.api_name())
            );
        }
        for s in Service::ALL {
            assert_eq!(
                serde_json::to_string(&s).expect("json"),
                format!("\"{}\"", s.api_name())
            );
        }
    }
}
