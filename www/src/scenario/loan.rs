//! A loan plan's form, exactly as typed: which product, amount, term, method, rate, start date
//! and prepayment (after a period, or for a daily-rate loan everything on a day of one's own). The planner shows plan A; Compare shows A beside B. Pure: turning a form into
//! the core's loan input needs the product's offer, which the view library derives
//! (`crate::derive`).

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
    /// "true" to pay everything off on a day of one's own (a daily-rate loan, 随借随还).
    PayoffOn,
    /// That day, `YYYY-MM-DD`.
    PayoffDate,
}

impl LoanField {
    /// Every field, in URL order.
    pub const ALL: [LoanField; 13] = [
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
        LoanField::PayoffOn,
        LoanField::PayoffDate,
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
            LoanField::PayoffOn => "payoffOn",
            LoanField::PayoffDate => "payoffDate",
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
            "prepayment.onDate" => LoanField::PayoffDate,
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
    /// Pay everything off on `payoff_date` instead of after a period.
    pub payoff_on: bool,
    /// The payoff day.
    pub payoff_date: String,
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
            payoff_on: false,
            payoff_date: String::new(),
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
            LoanField::PayoffOn => b(self.payoff_on),
            LoanField::PayoffDate => self.payoff_date.clone(),
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
            LoanField::PayoffOn => self.payoff_on = v == "true",
            LoanField::PayoffDate => self.payoff_date = v,
        }
        true
    }

    /// Moves term and method onto what `terms` allows (after a product change).
    pub fn fit(&mut self, terms: &[u32], methods: &[&str]) {
        if !terms.is_empty() {
            let term = self.term.trim().parse::<u32>().unwrap_or(0);
            if !terms.contains(&term) {
                let best = terms
                    .iter()
                    .copied()
                    .min_by_key(|t| t.abs_diff(term))
                    .unwrap_or(12);
                self.term = best.to_string();
            }
        }
        if !methods.is_empty() && !methods.contains(&self.method.as_str()) {
            self.method = methods.first().copied().unwrap_or("").to_owned();
        }
    }
}

/// Which of the two plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Plan A: the planner's.
    A,
    /// Plan B: Compare's second plan.
    B,
}

impl Which {
    /// The plan's key prefix in links (`a.`, `b.`).
    pub fn prefix(self) -> &'static str {
        match self {
            Which::A => "a.",
            Which::B => "b.",
        }
    }
}
