//! The deferred bundle's state and its reducer: the loan plans A and B, the schedule's page, the
//! Journey tab's month marks (`crate::marks`), and the copy of the profile they need (read from the URL hash, validated by the core, the last
//! valid one kept). The main bundle owns the profile, language and tab; this state follows them
//! through `Action::Sync` and writes only the plan keys back (`crate::url`). Pure and testable.

use std::rc::Rc;

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::money::{amortize_loose, Schedule};
use credit_sim::profile::{default_profile, Profile};
use rust_decimal::Decimal;
use yew::Reducible;

use crate::engine::{self, Derived, ProductTerms, RateSpec};
use crate::fields::raw_of;
use crate::i18n::{Lang, K};
use crate::marks::{self, MonthMark};
use crate::state::{problems_of, validate_profile, Problem, Tab};
use crate::url::{self, Pair};

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
    pub fn fit(&mut self, terms: &ProductTerms) {
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

/// Everything the deferred tabs show.
#[derive(Debug, Clone, PartialEq)]
pub struct Plans {
    /// Page language (the main bundle's).
    pub lang: Lang,
    /// Open tab (the main bundle's).
    pub tab: Tab,
    /// The profile form's raw texts, as in the hash.
    pub raw: Vec<(&'static str, String)>,
    /// Whether the business block is on.
    pub has_business: bool,
    /// The last valid profile.
    pub profile: Rc<Profile>,
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
    /// The Journey tab's month marks (hash key `j`).
    pub journey: Vec<MonthMark>,
    /// The date used as the default start (`YYYY-MM-DD`).
    pub today: String,
}

/// Something the user did on a deferred tab, or the main bundle changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change a field of plan A (`false`) or plan B (`true`).
    SetLoan(bool, LoanField, String),
    /// Plan a product's limit in the planner.
    PlanProduct(Product),
    /// Show another page of the schedule.
    SetPage(usize),
    /// Mark a month of the journey (0-based; a month past the end is ignored).
    SetMark(usize, MonthMark),
    /// Change how many days a late month is late (ignored unless it is late).
    SetLateDays(usize, u32),
    /// Add an on-time month at the end of the journey (up to `marks::MAX_MONTHS`).
    AddMonth,
    /// Remove the journey's last month (one always stays).
    RemoveMonth,
    /// Mark every month of the journey on time.
    AllOnTime,
    /// The main bundle wrote the hash (this text): follow its language, tab and profile.
    Sync(String),
    /// Back to the defaults (keeps the language).
    Reset,
    /// Read everything again from this hash (a link opened in this tab).
    Load(String),
}

impl Plans {
    /// The default plans in `lang`, loans starting `today`.
    pub fn new(lang: Lang, today: &str) -> Plans {
        let profile = default_profile();
        let (raw, has_business) = raw_of(&profile);
        let mut loan_b = LoanForm::new(today);
        loan_b.term = "6".into();
        let mut s = Plans {
            lang,
            tab: Tab::Plan,
            raw,
            has_business,
            derived: Rc::new(engine::derive(&profile)),
            profile: Rc::new(profile),
            loan: LoanForm::new(today),
            loan_b,
            plan: PlanState::default(),
            plan_b: PlanState::default(),
            page: 0,
            journey: marks::default_marks(),
            today: today.to_owned(),
        };
        s.recompute_plans();
        s
    }

    /// The plans of a whole hash over the defaults (as when the page opens). Unreadable pairs
    /// are skipped (the main bundle reports them).
    pub fn from_hash(text: &str, lang: Lang, today: &str) -> Plans {
        let mut s = Plans::new(lang, today);
        let pairs = url::pairs(text);
        if !url::has_version(&pairs) {
            return s;
        }
        let mut page = 0;
        for (k, v) in &pairs {
            let field = |p| k.strip_prefix(p).and_then(LoanField::from_code);
            if let Some(f) = field("a.") {
                s.loan.set(f, v);
            } else if let Some(f) = field("b.") {
                s.loan_b.set(f, v);
            } else if k == "page" {
                page = v.parse::<usize>().unwrap_or(0);
            } else if k == "j" {
                if let Some(m) = marks::decode(v) {
                    s.journey = m;
                }
            }
        }
        s.follow(&pairs);
        s.page = page;
        s.recompute_plans();
        s
    }

    /// Follows the main bundle's pairs (language, tab, profile).
    fn follow(&mut self, pairs: &[Pair]) {
        for (k, v) in pairs {
            if !url::is_plan_key(k) {
                url::apply_main_pair(
                    k,
                    v,
                    &mut self.lang,
                    &mut self.tab,
                    &mut self.raw,
                    &mut self.has_business,
                );
            }
        }
        self.revalidate();
    }

    /// The pairs this bundle owns (`a.*`, `b.*`, `page`, `j`).
    pub fn encode(&self) -> Vec<Pair> {
        let mut pairs = Vec::with_capacity(24);
        for (prefix, form) in [("a.", &self.loan), ("b.", &self.loan_b)] {
            for f in LoanField::ALL {
                pairs.push((format!("{prefix}{}", f.code()), form.get(f)));
            }
        }
        if self.page > 0 {
            pairs.push(("page".into(), self.page.to_string()));
        }
        if self.journey != marks::default_marks() {
            pairs.push(("j".into(), marks::encode(&self.journey)));
        }
        pairs
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

    fn plan_product(&mut self, p: Product) {
        let terms = engine::product_terms(&self.derived, p);
        self.loan.product = p;
        self.loan.fit(&terms);
        if let Some(limit) = terms.limit.filter(|l| *l > Decimal::ZERO) {
            self.loan.amount = crate::format::amount_plain(limit);
        }
        self.page = 0;
    }

    /// Applies a Journey action; `false` when `action` is not one.
    fn apply_journey(&mut self, action: &Action) -> bool {
        let j = &mut self.journey;
        match *action {
            Action::SetMark(i, m) => {
                let m = match m {
                    MonthMark::Late(d) => MonthMark::Late(d.clamp(1, marks::MAX_DAYS)),
                    other => other,
                };
                if let Some(slot) = j.get_mut(i) {
                    *slot = m;
                }
            }
            Action::SetLateDays(i, d) => {
                if let Some(slot @ MonthMark::Late(_)) = j.get_mut(i) {
                    *slot = MonthMark::Late(d.clamp(1, marks::MAX_DAYS));
                }
            }
            Action::AddMonth => {
                if j.len() < marks::MAX_MONTHS {
                    j.push(MonthMark::OnTime);
                }
            }
            Action::RemoveMonth => {
                if j.len() > 1 {
                    j.pop();
                }
            }
            Action::AllOnTime => j.iter_mut().for_each(|m| *m = MonthMark::OnTime),
            _ => return false,
        }
        true
    }

    /// Applies an action.
    pub fn apply(&mut self, action: Action) {
        // The journey's marks change no plan: nothing to recompute.
        if self.apply_journey(&action) {
            return;
        }
        match action {
            Action::SetLoan(b, f, v) => {
                let today = self.today.clone();
                let form = if b { &mut self.loan_b } else { &mut self.loan };
                if !form.set(f, &v) {
                    return;
                }
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
            }
            Action::PlanProduct(p) => self.plan_product(p),
            Action::SetPage(p) => self.page = p,
            Action::SetMark(..)
            | Action::SetLateDays(..)
            | Action::AddMonth
            | Action::RemoveMonth
            | Action::AllOnTime => {}
            Action::Sync(text) => {
                let pairs = url::pairs(&text);
                if url::has_version(&pairs) {
                    self.follow(&pairs);
                }
            }
            Action::Reset => *self = Plans::new(self.lang, &self.today),
            Action::Load(text) => *self = Plans::from_hash(&text, self.lang, &self.today),
        }
        self.recompute_plans();
    }

    /// Validates the profile texts with the core; on success the plans follow the new profile's
    /// offers (terms and methods fitted), else the last valid profile is kept.
    fn revalidate(&mut self) {
        if let Ok(p) = validate_profile(&self.raw, self.has_business) {
            if *self.profile != p {
                self.derived = Rc::new(engine::derive(&p));
                self.profile = Rc::new(p);
                let a = engine::product_terms(&self.derived, self.loan.product);
                self.loan.fit(&a);
                let b = engine::product_terms(&self.derived, self.loan_b.product);
                self.loan_b.fit(&b);
            }
        }
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

impl Reducible for Plans {
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
    use crate::state::{Action as MainAction, State};

    fn plans() -> Plans {
        Plans::new(Lang::En, "2025-01-15")
    }

    #[test]
    fn a_custom_plan_is_computed_by_the_core() {
        let mut s = plans();
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
        let mut s = plans();
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

    /// The main bundle's text as it would be in the hash after its write.
    fn main_text(m: &State, current: &str) -> String {
        url::merge(current, &url::encode(m), true)
    }

    #[test]
    fn the_plans_follow_the_main_bundle_through_the_hash() {
        let mut m = State::new(Lang::Zh);
        let mut p = plans();
        let mut hash = main_text(&m, "");
        hash = url::merge(&hash, &p.encode(), false);
        m.apply(MainAction::SetLang(Lang::En));
        m.apply(MainAction::SetField("monthlyIncome".into(), "30000".into()));
        hash = main_text(&m, &hash);
        p.apply(Action::Sync(hash.clone()));
        assert_eq!(p.lang, Lang::En);
        assert_eq!(p.profile, m.profile);
        // An invalid profile text keeps the last valid profile, as the main bundle does.
        m.apply(MainAction::SetField("monthlyIncome".into(), "abc".into()));
        p.apply(Action::Sync(main_text(&m, &hash)));
        assert_eq!(p.profile.monthly_income, Decimal::from(30_000));
        // Planning a product: its limit in the planner.
        let limit = p.terms(Product::CreditLine).limit.expect("a limit");
        p.apply(Action::PlanProduct(Product::CreditLine));
        assert_eq!(p.loan.product, Product::CreditLine);
        assert_eq!(p.loan.amount, crate::format::amount_plain(limit));
    }

    #[test]
    fn a_scenario_round_trips_exactly() {
        let mut m = State::new(Lang::Zh);
        m.apply(MainAction::SetLang(Lang::En));
        m.apply(MainAction::SetTab(Tab::Plan));
        m.apply(MainAction::SetField(
            "monthlyIncome".into(),
            "15000.50".into(),
        ));
        m.apply(MainAction::SetField("age".into(), "31".into()));
        m.apply(MainAction::SetBusiness(true));
        m.apply(MainAction::SetField(
            "business.revenueTrendPct".into(),
            "-20".into(),
        ));
        let mut p = plans();
        let hash = main_text(&m, "");
        p.apply(Action::Sync(hash.clone()));
        p.apply(Action::SetLoan(false, LoanField::Product, "custom".into()));
        p.apply(Action::SetLoan(false, LoanField::Term, "360".into()));
        p.apply(Action::SetLoan(false, LoanField::Amount, "1000000".into()));
        p.apply(Action::SetPage(3));
        p.apply(Action::SetLoan(true, LoanField::Term, "3".into()));
        let text = url::merge(&hash, &p.encode(), false);
        // Each bundle writing again changes nothing.
        assert_eq!(main_text(&m, &text), text);
        assert_eq!(url::merge(&text, &p.encode(), false), text);
        let (back, clean) = url::decode(&text, &State::new(Lang::Zh)).expect("decodes");
        assert!(clean);
        assert_eq!(back, m);
        let back = Plans::from_hash(&text, Lang::Zh, "2025-01-15");
        assert_eq!(back, p);
        assert_eq!(back.page, 3);
    }

    #[test]
    fn bad_links_never_fail_hard() {
        let base = State::new(Lang::Zh);
        assert_eq!(url::decode("", &base), Err(url::DecodeError::Version));
        assert_eq!(
            url::decode("v=0&age=40", &base),
            Err(url::DecodeError::Version)
        );
        let (s, clean) =
            url::decode("#v=1&age=40&bogus=1&tab=nowhere&a.product=x", &base).expect("read");
        assert!(!clean);
        assert_eq!(s.profile.age, 40);
        assert_eq!(s.notice, Some(crate::state::Notice::LinkIgnored));
        // The bad plan pair is not kept when the main bundle writes the hash again.
        let text = "v=1&age=40&bogus=1&a.product=x&a.term=7";
        let written = url::merge(text, &url::encode(&s), true);
        assert!(!written.contains("product=x") && written.contains("a.term=7"));
        assert!(!written.contains("bogus"));
        let p = Plans::from_hash("v=1&page=999999", Lang::Zh, "2025-01-15");
        assert!(p.page < 10);
        let p = Plans::from_hash("v=1&a.product=x&a.term=%FF", Lang::Zh, "2025-01-15");
        assert!(p.plan.problem(LoanField::Term).is_some());
        let (s, _) = url::decode("v=1&age=%FF%FE", &base).expect("read");
        assert!(s.problem("age").is_some());
        assert!(url::decode("v=1&page=x", &base).is_ok_and(|(_, clean)| !clean));
    }

    #[test]
    fn the_journey_marks_live_in_the_hash() {
        let m = State::new(Lang::En);
        let hash = main_text(&m, "");
        let mut p = plans();
        // The default journey writes nothing.
        assert!(!url::merge(&hash, &p.encode(), false).contains("j="));
        p.apply(Action::SetMark(2, MonthMark::Late(30)));
        p.apply(Action::SetLateDays(2, 45));
        p.apply(Action::SetLateDays(0, 45)); // not late: ignored
        p.apply(Action::SetMark(99, MonthMark::Missed)); // no such month: ignored
        p.apply(Action::AddMonth);
        p.apply(Action::SetMark(12, MonthMark::PayOff));
        let text = url::merge(&hash, &p.encode(), false);
        assert!(text.ends_with("&j=o2l45o9p"), "{text}");
        // The main bundle keeps the marks when it writes again, and reads the link as clean.
        assert_eq!(main_text(&m, &text), text);
        assert!(url::decode(&text, &State::new(Lang::Zh)).is_ok_and(|(_, clean)| clean));
        // A link or a reload gives the same journey.
        let back = Plans::from_hash(&text, Lang::En, "2025-01-15");
        assert_eq!(back.journey, p.journey);
        let mut q = back.clone();
        q.apply(Action::Load(text.clone()));
        assert_eq!(q.journey, p.journey);
        // Limits: at most 36 months, at least one, days within 1..=3650.
        for _ in 0..40 {
            p.apply(Action::AddMonth);
        }
        assert_eq!(p.journey.len(), marks::MAX_MONTHS);
        p.apply(Action::SetMark(0, MonthMark::Late(0)));
        assert_eq!(p.journey[0], MonthMark::Late(1));
        p.apply(Action::SetLateDays(0, u32::MAX));
        assert_eq!(p.journey[0], MonthMark::Late(marks::MAX_DAYS));
        let long = url::merge(&hash, &p.encode(), false);
        assert_eq!(Plans::from_hash(&long, Lang::En, "x").journey, p.journey);
        for _ in 0..40 {
            p.apply(Action::RemoveMonth);
        }
        assert_eq!(p.journey, vec![MonthMark::Late(marks::MAX_DAYS)]);
        p.apply(Action::AllOnTime);
        assert_eq!(p.journey, vec![MonthMark::OnTime]);
        // Reset clears the journey.
        p.apply(Action::Reset);
        assert_eq!(p.journey, marks::default_marks());
        assert!(!url::merge(&hash, &p.encode(), false).contains("j="));
    }

    #[test]
    fn a_bad_journey_in_a_link_is_ignored_with_the_notice() {
        let base = State::new(Lang::Zh);
        for bad in ["", "x", "o37", "l0", "l3651", "o%2Cl30", "%FF", "o01"] {
            let text = format!("v=1&age=40&j={bad}");
            let (s, clean) = url::decode(&text, &base).expect("read");
            assert!(!clean, "{bad}");
            assert_eq!(s.notice, Some(crate::state::Notice::LinkIgnored));
            assert_eq!(s.profile.age, 40);
            let p = Plans::from_hash(&text, Lang::Zh, "2025-01-15");
            assert_eq!(p.journey, marks::default_marks(), "{bad}");
            // The main bundle drops the bad pair when it writes the hash again.
            let written = url::merge(&text, &url::encode(&s), true);
            assert!(!written.contains("j="), "{written}");
        }
    }

    #[test]
    fn components_round_trip() {
        for s in ["abc", "a b&c=d", "中文", "100%", "", "-1.5", "%zz", "%4"] {
            let text = url::join(&[("k".into(), s.into())]);
            assert_eq!(
                url::pairs(&text),
                vec![("k".to_owned(), s.to_owned())],
                "{s}"
            );
        }
        assert_eq!(url::pairs("k=%zz&j=%4&i=%")[2].1, "%");
    }
}
