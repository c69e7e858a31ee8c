//! The app's state and its reducer: an `Action` enum applied by pure functions, so everything
//! here is testable natively. Results (score, offers, plans) are recomputed from the core after
//! every action; invalid input keeps the last good result and records field errors instead.

use std::rc::Rc;

use credit_sim::error::{ErrorCode, ValidationErrors};
use credit_sim::input::Loose;
use credit_sim::money::{amortize_loose, Schedule};
use credit_sim::profile::{default_profile, Profile};
use rust_decimal::Decimal;
use yew::Reducible;

use crate::engine::{self, Derived, ProductTerms, RateSpec};
use crate::fields::{loose_profile, raw_of};
use crate::i18n::{Lang, K};

/// The tabs of the results area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Gauge, radar, reasons, improvements.
    #[default]
    Score,
    /// Products.
    Offers,
    /// The loan planner.
    Plan,
    /// Two plans side by side.
    Compare,
    /// The month-by-month journey (a later issue).
    Journey,
    /// Model card and glossary.
    Learn,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 6] = [
        Tab::Score,
        Tab::Offers,
        Tab::Plan,
        Tab::Compare,
        Tab::Journey,
        Tab::Learn,
    ];

    /// The code used in the URL and in element ids.
    pub fn code(self) -> &'static str {
        match self {
            Tab::Score => "score",
            Tab::Offers => "offers",
            Tab::Plan => "plan",
            Tab::Compare => "compare",
            Tab::Journey => "journey",
            Tab::Learn => "learn",
        }
    }

    /// The tab with this code.
    pub fn from_code(code: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The tab's label key.
    pub fn label(self) -> K {
        match self {
            Tab::Score => K::TabScore,
            Tab::Offers => K::TabOffers,
            Tab::Plan => K::TabPlan,
            Tab::Compare => K::TabCompare,
            Tab::Journey => K::TabJourney,
            Tab::Learn => K::TabLearn,
        }
    }
}

/// Which product a plan uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    /// 借呗-style cash loan: daily rate, daily accrual.
    CreditLoan,
    /// 花呗-style instalments: a fee for the whole term.
    CreditLine,
    /// Micro-business loan.
    MicroBusiness,
    /// Any loan at the user's own annual rate (a mortgage, a bank loan).
    Custom,
}

impl Product {
    /// Every product, in order.
    pub const ALL: [Product; 4] = [
        Product::CreditLoan,
        Product::CreditLine,
        Product::MicroBusiness,
        Product::Custom,
    ];

    /// The code used in the URL and the select.
    pub fn code(self) -> &'static str {
        match self {
            Product::CreditLoan => "creditLoan",
            Product::CreditLine => "creditLine",
            Product::MicroBusiness => "microBusiness",
            Product::Custom => "custom",
        }
    }

    /// The product with this code.
    pub fn from_code(code: &str) -> Option<Product> {
        Product::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The product's label key.
    pub fn label(self) -> K {
        match self {
            Product::CreditLoan => K::CreditLoan,
            Product::CreditLine => K::CreditLine,
            Product::MicroBusiness => K::MicroBusiness,
            Product::Custom => K::Custom,
        }
    }
}

/// A loan form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoanField {
    /// Product code.
    Product,
    /// Principal, CNY.
    Amount,
    /// Term, months.
    Term,
    /// Method API name.
    Method,
    /// Annual rate in percent (custom loans).
    RatePct,
    /// Start date `YYYY-MM-DD`.
    Start,
    /// "true" to prepay.
    Prepay,
    /// The period after which to prepay.
    PrepayAfter,
    /// The prepayment amount.
    PrepayAmount,
    /// "true" to pay off everything.
    PrepayAll,
    /// Prepayment mode API name.
    PrepayMode,
}

impl LoanField {
    /// Every field, in URL order.
    pub const ALL: [LoanField; 11] = [
        LoanField::Product,
        LoanField::Amount,
        LoanField::Term,
        LoanField::Method,
        LoanField::RatePct,
        LoanField::Start,
        LoanField::Prepay,
        LoanField::PrepayAfter,
        LoanField::PrepayAmount,
        LoanField::PrepayAll,
        LoanField::PrepayMode,
    ];

    /// The code used in the URL and in element ids.
    pub fn code(self) -> &'static str {
        match self {
            LoanField::Product => "product",
            LoanField::Amount => "amount",
            LoanField::Term => "term",
            LoanField::Method => "method",
            LoanField::RatePct => "rate",
            LoanField::Start => "start",
            LoanField::Prepay => "prepay",
            LoanField::PrepayAfter => "prepayAfter",
            LoanField::PrepayAmount => "prepayAmount",
            LoanField::PrepayAll => "prepayAll",
            LoanField::PrepayMode => "prepayMode",
        }
    }

    /// The field with this code.
    pub fn from_code(code: &str) -> Option<LoanField> {
        LoanField::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The loan form field that shows an error of the core's field path.
    pub fn of_path(path: &str) -> LoanField {
        match path {
            "principal" => LoanField::Amount,
            "termMonths" => LoanField::Term,
            "method" | "feeRate" | "accrual" => LoanField::Method,
            "annualRate" | "dailyRate" => LoanField::RatePct,
            "startDate" => LoanField::Start,
            "prepayment.afterPeriod" => LoanField::PrepayAfter,
            "prepayment.amount" => LoanField::PrepayAmount,
            "prepayment.mode" => LoanField::PrepayMode,
            _ => LoanField::Amount,
        }
    }
}

/// The raw texts of a loan form (exactly what the inputs show).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoanForm {
    /// Product.
    pub product: Product,
    /// Amount text.
    pub amount: String,
    /// Term text (months).
    pub term: String,
    /// Method API name.
    pub method: String,
    /// Annual rate in percent (custom loans).
    pub rate_pct: String,
    /// Start date.
    pub start: String,
    /// Prepay at all.
    pub prepay: bool,
    /// After which period.
    pub prepay_after: String,
    /// How much.
    pub prepay_amount: String,
    /// Pay off everything.
    pub prepay_all: bool,
    /// Mode API name.
    pub prepay_mode: String,
}

impl LoanForm {
    /// A 12-month credit loan of ¥10,000 drawn on `today`.
    pub fn new(today: &str) -> LoanForm {
        LoanForm {
            product: Product::CreditLoan,
            amount: "10000".into(),
            term: "12".into(),
            method: "equalInstallment".into(),
            rate_pct: "4.9".into(),
            start: today.to_owned(),
            prepay: false,
            prepay_after: "6".into(),
            prepay_amount: "3000".into(),
            prepay_all: false,
            prepay_mode: "reducePayment".into(),
        }
    }

    /// The raw text of a field.
    pub fn get(&self, f: LoanField) -> String {
        let b = |v: bool| if v { "true" } else { "false" }.to_owned();
        match f {
            LoanField::Product => self.product.code().to_owned(),
            LoanField::Amount => self.amount.clone(),
            LoanField::Term => self.term.clone(),
            LoanField::Method => self.method.clone(),
            LoanField::RatePct => self.rate_pct.clone(),
            LoanField::Start => self.start.clone(),
            LoanField::Prepay => b(self.prepay),
            LoanField::PrepayAfter => self.prepay_after.clone(),
            LoanField::PrepayAmount => self.prepay_amount.clone(),
            LoanField::PrepayAll => b(self.prepay_all),
            LoanField::PrepayMode => self.prepay_mode.clone(),
        }
    }

    /// Sets a field from raw text; `false` when the text cannot be this field at all.
    pub fn set(&mut self, f: LoanField, v: &str) -> bool {
        let v = v.to_owned();
        match f {
            LoanField::Product => match Product::from_code(&v) {
                Some(p) => self.product = p,
                None => return false,
            },
            LoanField::Amount => self.amount = v,
            LoanField::Term => self.term = v,
            LoanField::Method => self.method = v,
            LoanField::RatePct => self.rate_pct = v,
            LoanField::Start => self.start = v,
            LoanField::Prepay => self.prepay = v == "true",
            LoanField::PrepayAfter => self.prepay_after = v,
            LoanField::PrepayAmount => self.prepay_amount = v,
            LoanField::PrepayAll => self.prepay_all = v == "true",
            LoanField::PrepayMode => self.prepay_mode = v,
        }
        true
    }

    /// Moves term and method onto what `terms` allows (after a product change).
    fn fit(&mut self, terms: &ProductTerms) {
        if !terms.terms.is_empty() {
            let term = self.term.trim().parse::<u32>().unwrap_or(0);
            if !terms.terms.contains(&term) {
                let best = terms
                    .terms
                    .iter()
                    .copied()
                    .min_by_key(|t| t.abs_diff(term))
                    .unwrap_or(12);
                self.term = best.to_string();
            }
        }
        if !terms.methods.is_empty() && !terms.methods.contains(&self.method.as_str()) {
            self.method = terms.methods.first().copied().unwrap_or("").to_owned();
        }
    }
}

/// A field error: which field, and what kind of problem (its text is made in the page language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field path (profile) or loan field code.
    pub field: String,
    /// The core's code, or `None` for the planner's own "above the limit".
    pub code: Option<ErrorCode>,
}

/// A plan and its validation state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanState {
    /// The last plan that validated.
    pub schedule: Option<Rc<Schedule>>,
    /// Problems with the current input (the schedule is then the previous one).
    pub problems: Vec<Problem>,
}

impl PlanState {
    /// The problem shown beside `f`, if any.
    pub fn problem(&self, f: LoanField) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == f.code())
    }
}

/// A one-time notice above the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Saved state was unreadable or old.
    SavedIgnored,
    /// The link had something unreadable.
    LinkIgnored,
}

/// The whole app state.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Page language.
    pub lang: Lang,
    /// Open tab.
    pub tab: Tab,
    /// The profile form's raw texts, by API path.
    pub raw: Vec<(&'static str, String)>,
    /// Whether the business block is on.
    pub has_business: bool,
    /// The preset last applied, while the form still equals it.
    pub preset: Option<String>,
    /// The last valid profile.
    pub profile: Rc<Profile>,
    /// Problems with the profile form.
    pub problems: Vec<Problem>,
    /// Score and offers of `profile`.
    pub derived: Rc<Derived>,
    /// The planner's form (plan A).
    pub loan: LoanForm,
    /// The compare tab's plan B.
    pub loan_b: LoanForm,
    /// Plan A.
    pub plan: PlanState,
    /// Plan B.
    pub plan_b: PlanState,
    /// The schedule table's page (0-based).
    pub page: usize,
    /// A notice to show.
    pub notice: Option<Notice>,
    /// The date used as the default start (`YYYY-MM-DD`).
    pub today: String,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch language.
    SetLang(Lang),
    /// Open a tab.
    SetTab(Tab),
    /// Change a profile field's raw text.
    SetField(String, String),
    /// Turn the business block on or off.
    SetBusiness(bool),
    /// Load a whole profile (a preset, with its id).
    ApplyProfile(Box<Profile>, Option<String>),
    /// Change a field of plan A (`false`) or plan B (`true`).
    SetLoan(bool, LoanField, String),
    /// Plan a product's limit in the planner and open it.
    PlanProduct(Product),
    /// Show another page of the schedule.
    SetPage(usize),
    /// Back to the defaults (keeps the language).
    Reset,
    /// Hide the notice.
    DismissNotice,
    /// Replace everything (a link opened in this tab).
    Load(Box<State>),
}

impl State {
    /// The default state in `lang`, loans starting `today`.
    pub fn new(lang: Lang, today: &str) -> State {
        let profile = default_profile();
        let (raw, has_business) = raw_of(&profile);
        let mut loan_b = LoanForm::new(today);
        loan_b.term = "6".into();
        let mut s = State {
            lang,
            tab: Tab::Score,
            raw,
            has_business,
            preset: None,
            derived: Rc::new(engine::derive(&profile)),
            profile: Rc::new(profile),
            problems: Vec::new(),
            loan: LoanForm::new(today),
            loan_b,
            plan: PlanState::default(),
            plan_b: PlanState::default(),
            page: 0,
            notice: None,
            today: today.to_owned(),
        };
        s.recompute_plans();
        s
    }

    /// The raw text of a profile field.
    pub fn raw(&self, key: &str) -> &str {
        self.raw
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The problem of a profile field, if any.
    pub fn problem(&self, key: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == key)
    }

    /// Sets a profile field's raw text; `false` for an unknown field.
    pub fn set_raw(&mut self, key: &str, value: &str) -> bool {
        match self.raw.iter_mut().find(|(k, _)| *k == key) {
            Some(pair) => {
                pair.1 = value.to_owned();
                true
            }
            None => false,
        }
    }

    /// A loan form, A or B.
    pub fn loan_form(&self, b: bool) -> &LoanForm {
        if b {
            &self.loan_b
        } else {
            &self.loan
        }
    }

    /// The terms of a product for the current profile.
    pub fn terms(&self, product: Product) -> ProductTerms {
        engine::product_terms(&self.derived, product)
    }

    /// Applies an action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(l) => self.lang = l,
            Action::SetTab(t) => self.tab = t,
            Action::SetField(k, v) => {
                if self.set_raw(&k, &v) {
                    self.preset = None;
                    self.revalidate();
                }
            }
            Action::SetBusiness(on) => {
                self.has_business = on;
                self.preset = None;
                self.revalidate();
            }
            Action::ApplyProfile(p, id) => {
                let (raw, biz) = raw_of(&p);
                self.raw = raw;
                self.has_business = biz;
                self.preset = id;
                self.revalidate();
            }
            Action::SetLoan(b, f, v) => {
                let today = self.today.clone();
                let form = if b { &mut self.loan_b } else { &mut self.loan };
                if form.set(f, &v) {
                    if f == LoanField::Product {
                        let terms = engine::product_terms(&self.derived, form.product);
                        form.fit(&terms);
                        if form.start.trim().is_empty() {
                            form.start = today;
                        }
                    }
                    if !b {
                        self.page = 0;
                    }
                    self.recompute_plans();
                }
            }
            Action::PlanProduct(p) => {
                let terms = engine::product_terms(&self.derived, p);
                self.loan.product = p;
                self.loan.fit(&terms);
                if let Some(limit) = terms.limit.filter(|l| *l > Decimal::ZERO) {
                    self.loan.amount = crate::format::amount_plain(limit);
                }
                self.tab = Tab::Plan;
                self.page = 0;
                self.recompute_plans();
            }
            Action::SetPage(p) => self.page = p,
            Action::Reset => {
                let fresh = State::new(self.lang, &self.today);
                *self = fresh;
            }
            Action::DismissNotice => self.notice = None,
            Action::Load(s) => *self = *s,
        }
    }

    /// Validates the profile form with the core; on success the results follow it.
    pub fn revalidate(&mut self) {
        match Profile::from_loose(&loose_profile(&self.raw, self.has_business)) {
            Ok(p) => {
                self.problems.clear();
                if *self.profile != p {
                    self.derived = Rc::new(engine::derive(&p));
                    self.profile = Rc::new(p);
                    let a = engine::product_terms(&self.derived, self.loan.product);
                    self.loan.fit(&a);
                    let b = engine::product_terms(&self.derived, self.loan_b.product);
                    self.loan_b.fit(&b);
                }
            }
            Err(e) => self.problems = problems_of(&e, |path| path.to_owned()),
        }
        self.recompute_plans();
    }

    /// Plans A and B again from their forms.
    pub fn recompute_plans(&mut self) {
        let a = plan_input(&self.loan, &self.derived);
        update_plan(&mut self.plan, a);
        let b = plan_input(&self.loan_b, &self.derived);
        update_plan(&mut self.plan_b, b);
        let pages = self
            .plan
            .schedule
            .as_ref()
            .map_or(1, |s| page_count(s.rows.len()));
        if self.page >= pages {
            self.page = pages.saturating_sub(1);
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// Rows per page of the schedule table.
pub const PAGE_ROWS: usize = 24;

/// The number of pages of `rows` rows (at least 1).
pub fn page_count(rows: usize) -> usize {
    rows.div_ceil(PAGE_ROWS).max(1)
}

fn problems_of(e: &ValidationErrors, map: impl Fn(&str) -> String) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for fe in e.errors() {
        let field = map(&fe.field);
        if !out.iter().any(|p| p.field == field) {
            out.push(Problem {
                field,
                code: Some(fe.code),
            });
        }
    }
    out
}

fn update_plan(plan: &mut PlanState, input: Result<Loose, Vec<Problem>>) {
    let result = input.and_then(|loose| {
        amortize_loose(&loose)
            .map_err(|e| problems_of(&e, |path| LoanField::of_path(path).code().to_owned()))
    });
    match result {
        Ok(s) => {
            plan.problems.clear();
            if plan.schedule.as_deref() != Some(&s) {
                plan.schedule = Some(Rc::new(s));
            }
        }
        Err(p) => plan.problems = p,
    }
}

/// The percent text of a custom rate as a fraction text (`"4.9"` → `"0.049"`), or `None`.
fn percent_to_fraction(text: &str) -> Option<String> {
    let d: Decimal = text.trim().parse().ok()?;
    Some((d / Decimal::ONE_HUNDRED).normalize().to_string())
}

/// The core's `LoanInput` for a form, or the form's own problems (a rate that is not a number,
/// an amount above the product's limit).
pub fn plan_input(form: &LoanForm, derived: &Derived) -> Result<Loose, Vec<Problem>> {
    let terms = engine::product_terms(derived, form.product);
    let mut problems = Vec::new();
    let term_n = crate::format::number_of(&form.term);
    let term = term_n.map_or_else(|| Loose::text(form.term.trim()), Loose::Number);
    let mut pairs: Vec<(&str, Loose)> = vec![
        ("principal", Loose::text(form.amount.trim())),
        ("termMonths", term),
    ];
    if let (Some(limit), Ok(amount)) = (terms.limit, form.amount.trim().parse::<Decimal>()) {
        if terms.eligible && amount > limit {
            problems.push(Problem {
                field: LoanField::Amount.code().to_owned(),
                code: None,
            });
        }
    }
    match &terms.rate {
        RateSpec::UserAnnual => {
            pairs.push(("method", Loose::text(form.method.clone())));
            match percent_to_fraction(&form.rate_pct) {
                Some(f) => pairs.push(("annualRate", Loose::text(f))),
                None => problems.push(Problem {
                    field: LoanField::RatePct.code().to_owned(),
                    code: Some(ErrorCode::NotANumber),
                }),
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
            let fee = fees.iter().find(|(t, _)| Some(*t) == n).map(|(_, f)| *f);
            match fee {
                Some(f) => pairs.push(("feeRate", Loose::text(f.normalize().to_string()))),
                None => problems.push(Problem {
                    field: LoanField::Term.code().to_owned(),
                    code: Some(ErrorCode::UnknownValue),
                }),
            }
        }
    }
    if !form.start.trim().is_empty() {
        pairs.push(("startDate", Loose::text(form.start.trim())));
    }
    let prepay_allowed = !matches!(terms.rate, RateSpec::FeeByTerm(_))
        && matches!(
            form.method.as_str(),
            "equalInstallment" | "equalPrincipal" | "interestFirst"
        );
    if form.prepay && prepay_allowed {
        let after = form.prepay_after.trim().to_owned();
        let after = crate::format::number_of(&after)
            .map_or_else(|| Loose::text(after.clone()), Loose::Number);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::new(Lang::En, "2025-01-15")
    }

    #[test]
    fn a_valid_edit_updates_the_profile() {
        let mut s = state();
        s.apply(Action::SetField("monthlyIncome".into(), "20000".into()));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.monthly_income, Decimal::from(20_000));
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_good_profile() {
        let mut s = state();
        s.apply(Action::SetField("monthlyIncome".into(), "12000".into()));
        s.apply(Action::SetField("monthlyIncome".into(), "abc".into()));
        assert_eq!(
            s.problem("monthlyIncome").map(|p| p.code),
            Some(Some(ErrorCode::NotANumber))
        );
        assert_eq!(s.profile.monthly_income, Decimal::from(12_000));
        assert_eq!(s.raw("monthlyIncome"), "abc");
        s.apply(Action::SetField("age".into(), "17".into()));
        assert!(s.problem("age").is_some());
        s.apply(Action::SetField("monthlyIncome".into(), "9000".into()));
        s.apply(Action::SetField("age".into(), "40".into()));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.age, 40);
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let mut s = state();
        let before = s.clone();
        s.apply(Action::SetField("nope".into(), "1".into()));
        assert_eq!(s, before);
    }

    #[test]
    fn a_custom_plan_is_computed_by_the_core() {
        let mut s = state();
        s.apply(Action::SetLoan(false, LoanField::Product, "custom".into()));
        s.apply(Action::SetLoan(false, LoanField::Amount, "1000000".into()));
        s.apply(Action::SetLoan(false, LoanField::Term, "360".into()));
        s.apply(Action::SetLoan(
            false,
            LoanField::Method,
            "equalPrincipal".into(),
        ));
        s.apply(Action::SetLoan(false, LoanField::RatePct, "4.9".into()));
        let sched = s.plan.schedule.clone().expect("a plan");
        assert!(s.plan.problems.is_empty());
        assert_eq!(sched.rows.len(), 360);
        assert_eq!(sched.rows[0].payment.to_string(), "6861.11");
        assert_eq!(page_count(sched.rows.len()), 15);
        s.apply(Action::SetPage(14));
        assert_eq!(s.page, 14);
        // An invalid term keeps the plan and names the field.
        s.apply(Action::SetLoan(false, LoanField::Term, "361".into()));
        assert!(s.plan.problem(LoanField::Term).is_some());
        assert_eq!(s.plan.schedule.as_ref().map(|x| x.rows.len()), Some(360));
        s.apply(Action::SetLoan(false, LoanField::RatePct, "x".into()));
        assert!(s.plan.problem(LoanField::RatePct).is_some());
    }

    #[test]
    fn a_prepayment_reaches_the_core() {
        let mut s = state();
        s.apply(Action::SetLoan(false, LoanField::Product, "custom".into()));
        s.apply(Action::SetLoan(false, LoanField::Prepay, "true".into()));
        s.apply(Action::SetLoan(false, LoanField::PrepayAll, "true".into()));
        let sched = s.plan.schedule.clone().expect("a plan");
        assert_eq!(sched.rows.len(), 6);
        assert!(sched.interest_saved.is_some());
        s.apply(Action::SetLoan(false, LoanField::PrepayAll, "false".into()));
        s.apply(Action::SetLoan(
            false,
            LoanField::PrepayAmount,
            "99999999".into(),
        ));
        assert!(s.plan.problem(LoanField::PrepayAmount).is_some());
    }

    #[test]
    fn reset_keeps_the_language() {
        let mut s = state();
        s.apply(Action::SetLang(Lang::Zh));
        s.apply(Action::SetField("age".into(), "50".into()));
        s.apply(Action::Reset);
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(s.raw("age"), "30");
    }
}
