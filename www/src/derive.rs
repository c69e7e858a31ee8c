//! The core's answers, reshaped for the views: everything shown about a profile (score report,
//! offers) and every plan is computed by the `credit-sim` crate, never re-implemented here. This
//! module only says which rate, terms and limit a product gives the planner, and turns a loan
//! form into the core's loan input. Pure.

use std::rc::Rc;

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::money::calculator::calculator_total_interest_loose;
use credit_sim::money::{amortize_loose, Date, Schedule};
use credit_sim::offers::deposit_free::{deposit_free_services, DepositFreeService};
use credit_sim::offers::{offers, LoanOffer, Offers, ProductRules};
use credit_sim::profile::Profile;
use credit_sim::scoring::{score_profile, ScoreReport};
use rust_decimal::Decimal;

use crate::format::{amount_text, number_of};
use crate::scenario::loan::{LoanField, LoanForm, Product};
use crate::scenario::{problems_of, Problem};

/// What the first screen shows about one profile: the score report and the deposit-free
/// services it unlocks. Score thresholds only, no limit, price or schedule, so the page's own
/// bundle carries no money maths (the Offers tab shows limits and APRs).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The score report.
    pub report: ScoreReport,
    /// The deposit-free services.
    pub deposit_free: Vec<DepositFreeService>,
}

/// Scores a profile and checks its deposit-free services under `rules`.
pub fn summarize(profile: &Profile, rules: &ProductRules) -> Summary {
    let report = score_profile(profile);
    let deposit_free = deposit_free_services(&report, rules);
    Summary {
        report,
        deposit_free,
    }
}

/// Everything the core says about one profile under a set of rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The rules the offers follow.
    pub rules: ProductRules,
    /// The score report.
    pub report: ScoreReport,
    /// The products.
    pub offers: Offers,
}

/// Scores a profile and asks for its offers under `rules`.
pub fn derive(profile: &Profile, rules: &ProductRules) -> Derived {
    Derived {
        report: score_profile(profile),
        offers: offers(profile, rules),
        rules: rules.clone(),
    }
}

/// How a product prices a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum RateSpec {
    /// The person types an annual rate (a custom loan).
    UserAnnual,
    /// The offer's daily rate, with daily accrual.
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
    /// Allowed terms (empty: any from 1 to 360).
    pub terms: Vec<u32>,
    /// Allowed methods by API name (empty: any).
    pub methods: Vec<&'static str>,
    /// The price.
    pub rate: RateSpec,
}

impl ProductTerms {
    /// The daily rate, for a product priced by the day.
    pub fn daily(&self) -> Option<Decimal> {
        match self.rate {
            RateSpec::Daily(d) => Some(d),
            _ => None,
        }
    }
}

/// The planner's terms of `product` for the derived results.
pub fn product_terms(derived: &Derived, product: Product) -> ProductTerms {
    let o = &derived.offers;
    let loan = |offer: &LoanOffer| ProductTerms {
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

/// A plan form moved onto `product`: its terms and methods fitted, the amount set to the limit
/// when the product gives one.
pub fn plan_product(form: &LoanForm, derived: &Derived, product: Product) -> LoanForm {
    let terms = product_terms(derived, product);
    let mut next = form.clone();
    next.product = product;
    next.fit(&terms.terms, &terms.methods);
    if let Some(limit) = terms.limit.filter(|l| *l > Decimal::ZERO) {
        next.amount = amount_text(limit);
    }
    next
}

/// A form with one field changed; a new product also fits its terms and methods.
pub fn with_field(form: &LoanForm, derived: &Derived, field: LoanField, value: &str) -> LoanForm {
    let mut next = form.clone();
    if next.set(field, value) && field == LoanField::Product {
        let terms = product_terms(derived, next.product);
        next.fit(&terms.terms, &terms.methods);
    }
    next
}

/// A plan's figures: the last plan that validated, and the problems of the current form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanState {
    /// The last plan that validated.
    pub schedule: Option<Rc<Schedule>>,
    /// Problems with the current form (the schedule is then the previous one).
    pub problems: Vec<Problem>,
    /// A bank calculator's total interest for the schedule's plan, where it has one.
    pub calculator: Option<Decimal>,
}

impl PlanState {
    /// The problem shown beside `f`, if any.
    pub fn problem(&self, f: LoanField) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == f.code())
    }
}

/// Rows per page of the schedule table.
pub const PAGE_ROWS: usize = 24;

/// The number of pages of `rows` rows (at least 1).
pub fn page_count(rows: usize) -> usize {
    rows.div_ceil(PAGE_ROWS).max(1)
}

/// The plan of a form, or every problem with it, each named by the form's field.
pub fn plan(form: &LoanForm, derived: &Derived) -> Result<Schedule, Vec<Problem>> {
    plan_input(form, derived).and_then(|loose| {
        amortize_loose(&loose)
            .map_err(|e| problems_of(&e, |path| LoanField::of_path(path).code().to_owned()))
    })
}

/// The percent text of a custom rate as a fraction text (`"4.9"` → `"0.049"`), or `None`.
fn percent_to_fraction(text: &str) -> Option<String> {
    let d = Decimal::from_str_exact(text.trim()).ok()?;
    Some((d / Decimal::ONE_HUNDRED).normalize().to_string())
}

fn problem(field: LoanField, code: Option<ErrorCode>) -> Problem {
    Problem {
        field: field.code().to_owned(),
        code,
    }
}

/// The core's `LoanInput` for a form, or the form's own problems (a rate that is not a number,
/// an amount above the product's limit, a term the product does not offer).
pub fn plan_input(form: &LoanForm, derived: &Derived) -> Result<Loose, Vec<Problem>> {
    let terms = product_terms(derived, form.product);
    let mut problems = Vec::new();
    let term = number_of(&form.term).map_or_else(|| Loose::text(form.term.trim()), Loose::Number);
    let mut pairs: Vec<(&str, Loose)> = vec![
        ("principal", Loose::text(form.amount.trim())),
        ("termMonths", term),
    ];
    if let (Some(limit), Ok(amount)) = (terms.limit, Decimal::from_str_exact(form.amount.trim())) {
        if terms.eligible && amount > limit {
            problems.push(problem(LoanField::Amount, None));
        }
    }
    match &terms.rate {
        RateSpec::UserAnnual => {
            pairs.push(("method", Loose::text(form.method.clone())));
            match percent_to_fraction(&form.rate_pct) {
                Some(f) => pairs.push(("annualRate", Loose::text(f))),
                None => problems.push(problem(LoanField::RatePct, Some(ErrorCode::NotANumber))),
            }
        }
        RateSpec::Daily(d) => {
            pairs.push(("method", Loose::text(form.method.clone())));
            pairs.push(("dailyRate", Loose::text(d.normalize().to_string())));
        }
        RateSpec::FeeByTerm(fees) => {
            pairs.push(("method", Loose::text("feeInstallment")));
            pairs.push(("annualRate", Loose::text("0")));
            let n = form.term.trim().parse::<u32>().ok();
            match fees.iter().find(|(t, _)| Some(*t) == n) {
                Some((_, f)) => pairs.push(("feeRate", Loose::text(f.normalize().to_string()))),
                None => problems.push(problem(LoanField::Term, Some(ErrorCode::UnknownValue))),
            }
        }
    }
    if !form.start.trim().is_empty() {
        pairs.push(("startDate", Loose::text(form.start.trim())));
    }
    if form.prepay && prepay_allowed(form, &terms) && payoff_on_day(form, &terms) {
        pairs.push((
            "prepayment",
            Loose::object([
                ("onDate", Loose::text(form.payoff_date.trim())),
                ("amount", Loose::text("all")),
            ]),
        ));
    } else if form.prepay && prepay_allowed(form, &terms) {
        let after = form.prepay_after.trim();
        let after = number_of(after).map_or_else(|| Loose::text(after), Loose::Number);
        let amount = if form.prepay_all {
            Loose::text("all")
        } else {
            Loose::text(form.prepay_amount.trim())
        };
        pairs.push((
            "prepayment",
            Loose::object([
                ("afterPeriod", after),
                ("amount", amount),
                ("mode", Loose::text(form.prepay_mode.clone())),
            ]),
        ));
    }
    if problems.is_empty() {
        Ok(Loose::object(pairs))
    } else {
        Err(problems)
    }
}

/// Whether the form pays everything off on a day of its own: asked for, and the product is priced
/// by the day (daily accrual, 随借随还).
pub fn payoff_on_day(form: &LoanForm, terms: &ProductTerms) -> bool {
    form.payoff_on && terms.daily().is_some()
}

/// A payoff day to start from: about two weeks from a due date, two months after `start`
/// (`""` when the start is not a date).
pub fn default_payoff_date(start: &str) -> String {
    let Some(due) = start
        .trim()
        .parse::<Date>()
        .ok()
        .and_then(|d| d.add_months(2))
    else {
        return String::new();
    };
    let day = if due.day() > 14 {
        due.day() - 14
    } else {
        due.day() + 10
    };
    Date::new(due.year(), due.month(), day).map_or_else(|_| String::new(), |d| d.to_string())
}

/// The total interest a bank's calculator shows for the form's plan, for the two methods people
/// check that way (equal instalments, equal principal) with monthly accrual; `None` otherwise.
pub fn calculator_interest(form: &LoanForm, derived: &Derived) -> Option<Decimal> {
    if !matches!(form.method.as_str(), "equalInstallment" | "equalPrincipal") {
        return None;
    }
    calculator_total_interest_loose(&plan_input(form, derived).ok()?)
        .ok()
        .flatten()
}

/// Whether the form's product and method allow a prepayment.
pub fn prepay_allowed(form: &LoanForm, terms: &ProductTerms) -> bool {
    !matches!(terms.rate, RateSpec::FeeByTerm(_))
        && matches!(
            form.method.as_str(),
            "equalInstallment" | "equalPrincipal" | "interestFirst"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::default_profile;

    fn derived() -> Derived {
        derive(&default_profile(), &credit_sim::offers::default_rules())
    }

    fn custom(amount: &str, term: &str, method: &str, rate: &str) -> LoanForm {
        let mut f = LoanForm::new("2025-01-15");
        f.product = Product::Custom;
        f.amount = amount.into();
        f.term = term.into();
        f.method = method.into();
        f.rate_pct = rate.into();
        f
    }

    #[test]
    fn a_custom_plan_is_computed_by_the_core() {
        let d = derived();
        let s = plan(&custom("1000000", "360", "equalPrincipal", "4.9"), &d).expect("a plan");
        assert_eq!(s.rows.len(), 360);
        assert_eq!(s.rows[0].payment.to_string(), "6861.11");
        assert_eq!(page_count(s.rows.len()), 15);
        let bad = plan(&custom("1000000", "361", "equalPrincipal", "4.9"), &d).unwrap_err();
        assert_eq!(bad[0].field, "term");
        let bad = plan(&custom("1000000", "360", "equalPrincipal", "x"), &d).unwrap_err();
        assert_eq!(bad[0].field, "rate");
    }

    #[test]
    fn a_prepayment_reaches_the_core() {
        let d = derived();
        let mut f = custom("10000", "12", "equalInstallment", "4.9");
        f.prepay = true;
        f.prepay_all = true;
        let s = plan(&f, &d).expect("a plan");
        assert_eq!(s.rows.len(), 6);
        assert!(s.interest_saved.is_some());
        f.prepay_all = false;
        f.prepay_amount = "99999999".into();
        assert_eq!(plan(&f, &d).unwrap_err()[0].field, "prepayAmount");
    }

    #[test]
    fn a_daily_rate_loan_pays_off_on_any_day() {
        let d = derived();
        let mut f = LoanForm::new("2025-01-15");
        f.prepay = true;
        f.payoff_on = true;
        f.payoff_date = "2025-04-20".into();
        let s = plan(&f, &d).expect("a plan");
        let last = s.rows.last().expect("rows");
        assert_eq!((s.rows.len(), last.period), (4, 4));
        assert_eq!(
            last.due_date.map(|d| d.to_string()).as_deref(),
            Some("2025-04-20")
        );
        assert!(last.prepayment.is_some() && last.principal.is_zero());
        assert!(s.apr.is_none() && s.interest_saved.is_some());
        f.payoff_date = "2026-02-01".into();
        assert_eq!(plan(&f, &d).unwrap_err()[0].field, "payoffDate");
        // A custom loan accrues monthly: its prepayment stays after a period.
        let mut c = custom("10000", "12", "equalInstallment", "4.9");
        c.prepay = true;
        c.payoff_on = true;
        c.prepay_all = true;
        assert_eq!(plan(&c, &d).expect("a plan").rows.len(), 6);
    }

    #[test]
    fn a_payoff_day_starts_between_two_due_dates() {
        assert_eq!(default_payoff_date("2025-01-15"), "2025-03-01");
        assert_eq!(default_payoff_date("2025-01-31"), "2025-03-17");
        assert_eq!(default_payoff_date("2025-12-03"), "2026-02-13");
        assert_eq!(default_payoff_date("x"), "");
    }

    #[test]
    fn a_bank_calculator_total_beside_ours() {
        let d = derived();
        let ei = custom("1000000", "360", "equalInstallment", "4.9");
        assert_eq!(
            calculator_interest(&ei, &d)
                .map(|x| x.to_string())
                .as_deref(),
            Some("910616.19")
        );
        assert_eq!(
            plan(&ei, &d).expect("a plan").total_interest.to_string(),
            "910615.12"
        );
        let ep = custom("1000000", "360", "equalPrincipal", "4.9");
        assert_eq!(
            calculator_interest(&ep, &d)
                .map(|x| x.to_string())
                .as_deref(),
            Some("737041.67")
        );
        assert_eq!(
            plan(&ep, &d).expect("a plan").total_interest.to_string(),
            "737041.08"
        );
        assert_eq!(
            calculator_interest(&custom("1000", "12", "bullet", "4.9"), &d),
            None
        );
        assert_eq!(calculator_interest(&LoanForm::new("2025-01-15"), &d), None);
        assert_eq!(
            calculator_interest(&custom("1000", "12", "equalInstallment", "x"), &d),
            None
        );
    }

    #[test]
    fn a_product_brings_its_limit_terms_and_methods() {
        let d = derived();
        let form = LoanForm::new("2025-01-15");
        let line = plan_product(&form, &d, Product::CreditLine);
        let limit = product_terms(&d, Product::CreditLine)
            .limit
            .expect("a limit");
        assert_eq!(line.amount, amount_text(limit));
        assert_eq!(line.method, "feeInstallment");
        assert_eq!(line.term, "12");
        let moved = with_field(&form, &d, LoanField::Product, "creditLine");
        assert_eq!(moved.method, "feeInstallment");
        let above = with_field(&line, &d, LoanField::Amount, "99999999");
        assert_eq!(
            plan(&above, &d).unwrap_err()[0],
            problem(LoanField::Amount, None)
        );
    }
}
