//! Offers: what a score-based lender would give a profile under a set of [`ProductRules`]
//! (defaults: PRODUCT.md's numbers): cash loan, credit line, micro-business loan, deposit-free
//! services and the legal notes of every rate. Every APR comes from `crate::money::amortize`.
//!
//! A declined product keeps API.md's fields: `eligible: false`, its `declineReasons`, `limit`
//! `"0.00"`, and its price fields as an *indicative* price: what this score's risk would be
//! quoted, the APR computed on `aprPrincipal` (an addition to API.md: the amount every APR is
//! computed on, the limit when eligible, the product's minimum limit when not).
//!
//! ```
//! use credit_sim::offers::{default_rules, offers};
//! let o = offers(&credit_sim::default_profile(), &default_rules());
//! assert!(o.credit_loan.eligible);
//! assert!(o.micro_business.is_none());
//! ```

pub mod credit_line;
pub mod credit_loan;
pub mod decline;
pub mod deposit_free;
pub mod legal;
pub mod micro_business;
pub mod pricing;
pub mod rule_values;
pub mod rules;
pub mod screen;

use serde::Serialize;

use crate::error::ValidationErrors;
use crate::input::Loose;
use crate::profile::Profile;
use crate::scoring::score_profile;

pub use credit_line::{CreditLineOffer, InstallmentPlan};
pub use credit_loan::LoanOffer;
pub use decline::{DeclineReason, Service};
pub use deposit_free::DepositFreeService;
pub use legal::LegalNote;
pub use rule_values::{rule_range, RuleRange, RULE_PATHS};
pub use rules::{default_rules, ProductRules};

/// API.md's Offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offers {
    /// The cash loan.
    pub credit_loan: LoanOffer,
    /// The credit line.
    pub credit_line: CreditLineOffer,
    /// The micro-business loan; `null` without a business.
    pub micro_business: Option<LoanOffer>,
    /// Deposit-free services.
    pub deposit_free: Vec<DepositFreeService>,
    /// Legal lines of every APR offered.
    pub legal_notes: Vec<LegalNote>,
}

/// The offers for a profile under `rules`.
pub fn offers(profile: &Profile, rules: &ProductRules) -> Offers {
    let report = score_profile(profile);
    let credit_loan = credit_loan::credit_loan_offer(profile, &report, rules);
    let credit_line = credit_line::credit_line_offer(&report, rules);
    let micro_business = micro_business::micro_business_offer(profile, &report, rules);
    let deposit_free = deposit_free::deposit_free_services(&report, rules);
    let legal_notes = legal::legal_notes(
        &credit_loan,
        &credit_line,
        micro_business.as_ref(),
        rules.lpr,
    );
    Offers {
        credit_loan,
        credit_line,
        micro_business,
        deposit_free,
        legal_notes,
    }
}

/// Validates a loose profile and optional loose rules (`null` = defaults), every problem of
/// both at once (rule paths as `ProductRules::from_loose` gives them: `creditLoan.minScore`), and gives the offers: `offers()` in JS.
pub fn offers_loose(profile: &Loose, rules: &Loose) -> Result<Offers, ValidationErrors> {
    let p = Profile::from_loose(profile);
    let r = ProductRules::from_loose(rules);
    match (p, r) {
        (Ok(p), Ok(r)) => Ok(offers(&p, &r)),
        (p, r) => {
            let mut errors = ValidationErrors::new();
            if let Err(e) = p {
                errors.extend(e);
            }
            if let Err(e) = r {
                errors.extend(e);
            }
            Err(errors)
        }
    }
}
