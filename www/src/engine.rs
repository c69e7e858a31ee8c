//! The bridge to the core: everything the page shows about a profile (score report, offers) is
//! computed here by the `credit-sim` crate, never re-implemented; this module only reshapes the
//! core's answers for the planner (which rate, which terms, which limit per product).

use credit_sim::offers::deposit_free::{deposit_free_services, DepositFreeService};
use credit_sim::offers::{default_rules, offers, Offers};
use credit_sim::presets::{presets, Preset};
use credit_sim::profile::Profile;
use credit_sim::scoring::{score_profile, ScoreReport};
use rust_decimal::Decimal;

use crate::plan::Product;

/// Everything the core says about one profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The score report.
    pub report: ScoreReport,
    /// The products, under the default rules.
    pub offers: Offers,
}

/// What the first screen shows about one profile: the score report and the deposit-free services
/// it unlocks. Lighter than [`Derived`]: score thresholds only, no limit, price or schedule, so the
/// main bundle carries no money maths (the Offers tab, deferred, shows limits and APRs).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The score report.
    pub report: ScoreReport,
    /// The deposit-free services, under the default rules.
    pub deposit_free: Vec<DepositFreeService>,
}

/// Scores a profile and checks its deposit-free services.
pub fn summarize(profile: &Profile) -> Summary {
    let report = score_profile(profile);
    let deposit_free = deposit_free_services(&report, &default_rules());
    Summary {
        report,
        deposit_free,
    }
}

/// Scores a profile and asks for its offers.
pub fn derive(profile: &Profile) -> Derived {
    Derived {
        report: score_profile(profile),
        offers: offers(profile, &default_rules()),
    }
}

/// How a product prices a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum RateSpec {
    /// The user types an annual rate (custom loans).
    UserAnnual,
    /// A daily rate from the offer, daily accrual.
    Daily(Decimal),
    /// A fee for the whole term, by number of periods (credit-line instalments).
    FeeByTerm(Vec<(u32, Decimal)>),
}

/// What the planner may use for a product.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductTerms {
    /// Whether the profile gets it.
    pub eligible: bool,
    /// The limit, when the product has one.
    pub limit: Option<Decimal>,
    /// Allowed terms (empty = any 1–360).
    pub terms: Vec<u32>,
    /// Allowed method API names (empty = any).
    pub methods: Vec<&'static str>,
    /// The price.
    pub rate: RateSpec,
}

/// The presets of the core.
pub fn all_presets() -> Vec<Preset> {
    presets()
}

/// The planner's terms of `product` for the derived results.
pub fn product_terms(derived: &Derived, product: Product) -> ProductTerms {
    let o = &derived.offers;
    let loan = |offer: &credit_sim::offers::LoanOffer| ProductTerms {
        eligible: offer.eligible,
        limit: Some(offer.limit),
        terms: offer.terms.clone(),
        methods: offer.methods.clone(),
        rate: RateSpec::Daily(offer.daily_rate),
    };
    match product {
        Product::CreditLoan => loan(&o.credit_loan),
        Product::MicroBusiness => match &o.micro_business {
            Some(m) => loan(m),
            None => ProductTerms {
                eligible: false,
                limit: None,
                ..loan(&o.credit_loan)
            },
        },
        Product::CreditLine => ProductTerms {
            eligible: o.credit_line.eligible,
            limit: Some(o.credit_line.limit),
            terms: o
                .credit_line
                .installment_plans
                .iter()
                .map(|p| p.periods)
                .collect(),
            methods: vec!["feeInstallment"],
            rate: RateSpec::FeeByTerm(
                o.credit_line
                    .installment_plans
                    .iter()
                    .map(|p| (p.periods, p.fee_rate))
                    .collect(),
            ),
        },
        Product::Custom => ProductTerms {
            eligible: true,
            limit: None,
            terms: Vec::new(),
            methods: vec![
                "equalInstallment",
                "equalPrincipal",
                "interestFirst",
                "bullet",
            ],
            rate: RateSpec::UserAnnual,
        },
    }
}
