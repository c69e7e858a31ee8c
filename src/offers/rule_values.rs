//! Every editable value of [`ProductRules`] by its path, as a product demo edits them and a link
//! carries them: `creditLoan.minScore`, `creditLine.installmentFees.3.feeRate` (a list item by
//! its index). [`RULE_PATHS`] lists them in order; [`ProductRules::values`] reads them as text;
//! [`ProductRules::with_values`] replaces some, given as text.
//!
//! `with_values` checks each value and the pairs that must stay in order (a minimum not above
//! its maximum) directly on the typed rules: the page's first load validates rules on every
//! keystroke of the workbench and cannot carry the whole loose reader. It refuses exactly what
//! [`ProductRules::from_loose`] refuses, with the same codes on the same paths: a property test
//! compares the two on random values, through [`ProductRules::to_loose`].

use rust_decimal::Decimal;

use super::rules::{ProductRules, MAX_DAILY_RATE_DECIMALS};
use crate::amount::fen_text;
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{check_range, decimal_of, integer_of, Loose};

/// The editable values' paths, section by section, in the order a workbench shows them.
pub const RULE_PATHS: [&str; 50] = [
    "creditLoan.minScore",
    "creditLoan.minLimit",
    "creditLoan.maxLimit",
    "creditLoan.limitsByBand.fair",
    "creditLoan.limitsByBand.good",
    "creditLoan.limitsByBand.veryGood",
    "creditLoan.limitsByBand.excellent",
    "creditLoan.maxDebtServiceRatio",
    "creditLoan.dailyRateMin",
    "creditLoan.dailyRateMax",
    "creditLoan.insuranceFeeRate",
    "creditLine.minScore",
    "creditLine.minLimit",
    "creditLine.maxLimit",
    "creditLine.limitsByBand.fair",
    "creditLine.limitsByBand.good",
    "creditLine.limitsByBand.veryGood",
    "creditLine.limitsByBand.excellent",
    "creditLine.installmentFees.0.periods",
    "creditLine.installmentFees.0.feeRate",
    "creditLine.installmentFees.1.periods",
    "creditLine.installmentFees.1.feeRate",
    "creditLine.installmentFees.2.periods",
    "creditLine.installmentFees.2.feeRate",
    "creditLine.installmentFees.3.periods",
    "creditLine.installmentFees.3.feeRate",
    "microBusiness.minScore",
    "microBusiness.minBusinessAgeMonths",
    "microBusiness.revenueMonths",
    "microBusiness.minLimit",
    "microBusiness.maxLimit",
    "microBusiness.dailyRateMin",
    "microBusiness.dailyRateMax",
    "microBusiness.revenueIncomeShare",
    "depositFree.hotel",
    "depositFree.rental",
    "depositFree.carHire",
    "pricing.fundingCost",
    "pricing.lossGivenDefault",
    "pricing.operatingCost",
    "pricing.margin",
    "penaltyMultiplier",
    "lpr",
    "journey.raiseAfterCleanMonths",
    "journey.raiseShare",
    "journey.freezeMaxDays",
    "journey.cutShare",
    "journey.utilizationWarningPct",
    "journey.scoreDropWarning",
    "journey.applicationsWarning",
];

/// Whether the value at `path` is a whole number (a score, a count, days); the others are
/// amounts and rates, written as decimal text.
pub fn is_whole(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or("");
    matches!(
        last,
        "minScore"
            | "periods"
            | "minBusinessAgeMonths"
            | "revenueMonths"
            | "hotel"
            | "rental"
            | "carHire"
            | "raiseAfterCleanMonths"
            | "freezeMaxDays"
            | "utilizationWarningPct"
            | "scoreDropWarning"
            | "applicationsWarning"
    )
}

fn rate(d: Decimal) -> Loose {
    Loose::Text(d.normalize().to_string())
}

fn money(d: Decimal) -> Loose {
    Loose::Text(fen_text(d))
}

fn whole(n: u32) -> Loose {
    Loose::Number(f64::from(n))
}

fn bands(b: &super::rules::BandLimits) -> Loose {
    Loose::object([
        ("fair", money(b.fair)),
        ("good", money(b.good)),
        ("veryGood", money(b.very_good)),
        ("excellent", money(b.excellent)),
    ])
}

impl ProductRules {
    /// The rules as the loose value their reader reads back into the same rules.
    ///
    /// ```
    /// use credit_sim::offers::{default_rules, ProductRules};
    /// let r = default_rules();
    /// assert_eq!(ProductRules::from_loose(&r.to_loose()), Ok(r));
    /// ```
    pub fn to_loose(&self) -> Loose {
        let l = &self.credit_loan;
        let c = &self.credit_line;
        let m = &self.micro_business;
        let j = &self.journey;
        Loose::object([
            (
                "creditLoan",
                Loose::object([
                    ("minScore", whole(l.min_score)),
                    ("minLimit", money(l.min_limit)),
                    ("maxLimit", money(l.max_limit)),
                    ("limitsByBand", bands(&l.limits_by_band)),
                    ("maxDebtServiceRatio", rate(l.max_debt_service_ratio)),
                    ("dailyRateMin", rate(l.daily_rate_min)),
                    ("dailyRateMax", rate(l.daily_rate_max)),
                    ("insuranceFeeRate", rate(l.insurance_fee_rate)),
                ]),
            ),
            (
                "creditLine",
                Loose::object([
                    ("minScore", whole(c.min_score)),
                    ("minLimit", money(c.min_limit)),
                    ("maxLimit", money(c.max_limit)),
                    ("limitsByBand", bands(&c.limits_by_band)),
                    (
                        "installmentFees",
                        Loose::List(
                            c.installment_fees
                                .iter()
                                .map(|f| {
                                    Loose::object([
                                        ("periods", whole(f.periods)),
                                        ("feeRate", rate(f.fee_rate)),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                ]),
            ),
            (
                "microBusiness",
                Loose::object([
                    ("minScore", whole(m.min_score)),
                    ("minBusinessAgeMonths", whole(m.min_business_age_months)),
                    ("revenueMonths", whole(m.revenue_months)),
                    ("minLimit", money(m.min_limit)),
                    ("maxLimit", money(m.max_limit)),
                    ("dailyRateMin", rate(m.daily_rate_min)),
                    ("dailyRateMax", rate(m.daily_rate_max)),
                    ("revenueIncomeShare", rate(m.revenue_income_share)),
                ]),
            ),
            (
                "depositFree",
                Loose::object([
                    ("hotel", whole(self.deposit_free.hotel)),
                    ("rental", whole(self.deposit_free.rental)),
                    ("carHire", whole(self.deposit_free.car_hire)),
                ]),
            ),
            (
                "pricing",
                Loose::object([
                    ("fundingCost", rate(self.pricing.funding_cost)),
                    ("lossGivenDefault", rate(self.pricing.loss_given_default)),
                    ("operatingCost", rate(self.pricing.operating_cost)),
                    ("margin", rate(self.pricing.margin)),
                ]),
            ),
            ("penaltyMultiplier", rate(self.penalty_multiplier)),
            ("lpr", rate(self.lpr)),
            (
                "journey",
                Loose::object([
                    ("raiseAfterCleanMonths", whole(j.raise_after_clean_months)),
                    ("raiseShare", rate(j.raise_share)),
                    ("freezeMaxDays", whole(j.freeze_max_days)),
                    ("cutShare", rate(j.cut_share)),
                    ("utilizationWarningPct", whole(j.utilization_warning_pct)),
                    ("scoreDropWarning", whole(j.score_drop_warning)),
                    ("applicationsWarning", whole(j.applications_warning)),
                ]),
            ),
        ])
    }

    /// Every value of [`RULE_PATHS`] as the text a form shows, in that order.
    ///
    /// ```
    /// let values = credit_sim::offers::default_rules().values();
    /// assert_eq!(values[0], ("creditLoan.minScore", "600".to_owned()));
    /// assert_eq!(values.len(), credit_sim::offers::RULE_PATHS.len());
    /// ```
    pub fn values(&self) -> Vec<(&'static str, String)> {
        let mut copy = self.clone();
        RULE_PATHS
            .iter()
            .map(|p| (*p, text_at(&mut copy, p).unwrap_or_default()))
            .collect()
    }

    /// The value at `path` as the text a form shows (`"600"`, `"1000.00"`, `"0.088"`); `None`
    /// for a path that names no single value.
    ///
    /// ```
    /// let r = credit_sim::offers::default_rules();
    /// assert_eq!(r.value_text("creditLine.installmentFees.3.feeRate").as_deref(), Some("0.088"));
    /// assert_eq!(r.value_text("creditLoan.minScore").as_deref(), Some("600"));
    /// assert_eq!(r.value_text("creditLoan"), None);
    /// ```
    pub fn value_text(&self, path: &str) -> Option<String> {
        text_at(&mut self.clone(), path)
    }

    /// These rules with the values at some paths replaced by texts, checked: every problem at
    /// once, each named by its path with list items as `.3` (as the paths are written).
    ///
    /// ```
    /// use credit_sim::offers::default_rules;
    /// let r = default_rules().with_values(&[("creditLoan.minScore", "620")]).unwrap();
    /// assert_eq!(r.credit_loan.min_score, 620);
    /// let bad = default_rules()
    ///     .with_values(&[("creditLoan.minScore", "2000"), ("depositFree.pool", "1")])
    ///     .unwrap_err();
    /// let fields: Vec<&str> = bad.errors().iter().map(|e| e.field.as_str()).collect();
    /// assert_eq!(fields, ["creditLoan.minScore", "depositFree.pool"]);
    /// ```
    pub fn with_values<P: AsRef<str>, V: AsRef<str>>(
        &self,
        values: &[(P, V)],
    ) -> Result<ProductRules, ValidationErrors> {
        let mut rules = self.clone();
        let mut errors = ValidationErrors::new();
        for (path, text) in values {
            let (path, text) = (path.as_ref(), text.as_ref());
            match (kind_of(path), slot(&mut rules, path)) {
                (Some(kind), Some(slot)) => {
                    if let Some(v) = kind.read(&leaf(path, text), path, &mut errors) {
                        slot.set(v);
                    }
                }
                _ => errors.push(
                    path,
                    ErrorCode::UnknownField,
                    format!("{path} is not a rule value."),
                ),
            }
        }
        check_order(&rules, &mut errors);
        errors.into_result(|| Some(rules))
    }
}

/// The values a rule accepts, as a form shows them beside its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleRange {
    /// The smallest value.
    pub min: Decimal,
    /// The largest value (or the bound it stays below).
    pub max: Decimal,
    /// Whether `max` itself is allowed (an instalment fee stays below 1).
    pub max_included: bool,
    /// Whether only whole numbers are allowed.
    pub whole: bool,
}

/// The values the rule at `path` accepts on its own (a minimum must also not be above its
/// maximum); `None` for a path that names no rule value.
///
/// ```
/// use credit_sim::offers::rule_values::rule_range;
/// let r = rule_range("creditLoan.minScore").unwrap();
/// assert_eq!((r.min.to_string(), r.max.to_string(), r.whole), ("350".into(), "950".into(), true));
/// assert!(!rule_range("creditLine.installmentFees.0.feeRate").unwrap().max_included);
/// ```
pub fn rule_range(path: &str) -> Option<RuleRange> {
    if !RULE_PATHS.contains(&path) {
        return None;
    }
    let range = |min: Decimal, max: Decimal, max_included, whole| RuleRange {
        min,
        max,
        max_included,
        whole,
    };
    Some(match kind_of(path)? {
        Kind::Whole(min, max) => range(Decimal::from(min), Decimal::from(max), true, true),
        Kind::Money => range(Decimal::ZERO, Decimal::from(100_000_000), true, false),
        Kind::Share(max) => range(Decimal::ZERO, max, true, false),
        Kind::FeeRate => range(Decimal::ZERO, Decimal::ONE, false, false),
        Kind::DailyRate => range(
            Decimal::ZERO,
            Decimal::ONE / Decimal::from(360),
            true,
            false,
        ),
    })
}

/// The loose value a text stands for at `path`: a number for whole-number rules (as JavaScript
/// would send it), else the text.
fn leaf(path: &str, text: &str) -> Loose {
    let text = text.trim();
    if is_whole(path) {
        if let Ok(d) = Decimal::from_str_exact(text) {
            if let Some(n) = rust_decimal::prelude::ToPrimitive::to_f64(&d) {
                return Loose::Number(n);
            }
        }
    }
    Loose::text(text)
}

/// What a rule value may be.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A whole number in a range.
    Whole(i64, i64),
    /// An amount from 0 to 100,000,000.
    Money,
    /// A fraction from 0 to this.
    Share(Decimal),
    /// An instalment fee: from 0 to below 1.
    FeeRate,
    /// A daily rate: from 0 to 1/360, with at most `MAX_DAILY_RATE_DECIMALS` places.
    DailyRate,
}

/// A typed place for one value.
enum Slot<'a> {
    Whole(&'a mut u32),
    Decimal(&'a mut Decimal),
}

/// A read value, to put in its slot.
enum Value {
    Whole(u32),
    Decimal(Decimal),
}

impl Slot<'_> {
    fn set(self, v: Value) {
        match (self, v) {
            (Slot::Whole(s), Value::Whole(v)) => *s = v,
            (Slot::Decimal(s), Value::Decimal(v)) => *s = v,
            _ => {}
        }
    }
}

impl Kind {
    /// Reads `value` at `path` as this kind, with the rules' reader's checks and messages.
    fn read(self, value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<Value> {
        match self {
            Kind::Whole(min, max) => integer_of(value, min, max, path, e)
                .and_then(|v| u32::try_from(v).ok())
                .map(Value::Whole),
            Kind::Money => {
                let v = decimal_of(value, path, e)?;
                check_range(v, Decimal::ZERO, Decimal::from(100_000_000), path, e)
                    .map(Value::Decimal)
            }
            Kind::Share(max) => {
                let v = decimal_of(value, path, e)?;
                check_range(v, Decimal::ZERO, max, path, e).map(Value::Decimal)
            }
            Kind::FeeRate => {
                let v = decimal_of(value, path, e)?;
                if v < Decimal::ZERO || v >= Decimal::ONE {
                    e.push(
                        path,
                        ErrorCode::OutOfRange,
                        format!("{path} must be from 0 to below 1, not {v}."),
                    );
                    return None;
                }
                Some(Value::Decimal(v))
            }
            Kind::DailyRate => {
                let v = decimal_of(value, path, e)?;
                let v = check_range(v, Decimal::ZERO, Decimal::ONE / Decimal::from(360), path, e)?;
                if v.normalize().scale() > MAX_DAILY_RATE_DECIMALS {
                    e.push(
                        path,
                        ErrorCode::OutOfRange,
                        format!(
                            "{path} may have at most {MAX_DAILY_RATE_DECIMALS} decimal places, not {v}."
                        ),
                    );
                    return None;
                }
                Some(Value::Decimal(v))
            }
        }
    }
}

/// The kind of the value at `path`, the ranges of the rules' reader.
fn kind_of(path: &str) -> Option<Kind> {
    let (section, last) = path.rsplit_once('.').unwrap_or(("", path));
    Some(match last {
        "minScore" | "hotel" | "rental" | "carHire" => Kind::Whole(350, 950),
        "periods" => Kind::Whole(1, 360),
        "minBusinessAgeMonths" => Kind::Whole(0, 600),
        "revenueMonths" | "raiseAfterCleanMonths" => Kind::Whole(1, 120),
        "freezeMaxDays" => Kind::Whole(0, 3650),
        "utilizationWarningPct" => Kind::Whole(0, 200),
        "scoreDropWarning" => Kind::Whole(0, 600),
        "applicationsWarning" => Kind::Whole(1, 100),
        "minLimit" | "maxLimit" | "fair" | "good" | "veryGood" | "excellent" => Kind::Money,
        "dailyRateMin" | "dailyRateMax" => Kind::DailyRate,
        "feeRate" if section.starts_with("creditLine.installmentFees") => Kind::FeeRate,
        "penaltyMultiplier" => Kind::Share(Decimal::TEN),
        "raiseShare" => Kind::Share(Decimal::TEN),
        _ => Kind::Share(Decimal::ONE),
    })
}

/// The typed place of the value at `path`, if `path` names one.
fn slot<'a>(r: &'a mut ProductRules, path: &str) -> Option<Slot<'a>> {
    use Slot::{Decimal as D, Whole as W};
    let bands = |b: &'a mut super::rules::BandLimits, k: &str| -> Option<Slot<'a>> {
        Some(D(match k {
            "fair" => &mut b.fair,
            "good" => &mut b.good,
            "veryGood" => &mut b.very_good,
            "excellent" => &mut b.excellent,
            _ => return None,
        }))
    };
    let parts: Vec<&str> = path.split('.').collect();
    Some(match parts.as_slice() {
        ["creditLoan", rest @ ..] => {
            let l = &mut r.credit_loan;
            match rest {
                ["minScore"] => W(&mut l.min_score),
                ["minLimit"] => D(&mut l.min_limit),
                ["maxLimit"] => D(&mut l.max_limit),
                ["limitsByBand", k] => return bands(&mut l.limits_by_band, k),
                ["maxDebtServiceRatio"] => D(&mut l.max_debt_service_ratio),
                ["dailyRateMin"] => D(&mut l.daily_rate_min),
                ["dailyRateMax"] => D(&mut l.daily_rate_max),
                ["insuranceFeeRate"] => D(&mut l.insurance_fee_rate),
                _ => return None,
            }
        }
        ["creditLine", rest @ ..] => {
            let c = &mut r.credit_line;
            match rest {
                ["minScore"] => W(&mut c.min_score),
                ["minLimit"] => D(&mut c.min_limit),
                ["maxLimit"] => D(&mut c.max_limit),
                ["limitsByBand", k] => return bands(&mut c.limits_by_band, k),
                ["installmentFees", i, field] => {
                    let fee = c.installment_fees.get_mut(i.parse::<usize>().ok()?)?;
                    match *field {
                        "periods" => W(&mut fee.periods),
                        "feeRate" => D(&mut fee.fee_rate),
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
        ["microBusiness", k] => {
            let m = &mut r.micro_business;
            match *k {
                "minScore" => W(&mut m.min_score),
                "minBusinessAgeMonths" => W(&mut m.min_business_age_months),
                "revenueMonths" => W(&mut m.revenue_months),
                "minLimit" => D(&mut m.min_limit),
                "maxLimit" => D(&mut m.max_limit),
                "dailyRateMin" => D(&mut m.daily_rate_min),
                "dailyRateMax" => D(&mut m.daily_rate_max),
                "revenueIncomeShare" => D(&mut m.revenue_income_share),
                _ => return None,
            }
        }
        ["depositFree", k] => {
            let d = &mut r.deposit_free;
            W(match *k {
                "hotel" => &mut d.hotel,
                "rental" => &mut d.rental,
                "carHire" => &mut d.car_hire,
                _ => return None,
            })
        }
        ["pricing", k] => {
            let p = &mut r.pricing;
            D(match *k {
                "fundingCost" => &mut p.funding_cost,
                "lossGivenDefault" => &mut p.loss_given_default,
                "operatingCost" => &mut p.operating_cost,
                "margin" => &mut p.margin,
                _ => return None,
            })
        }
        ["penaltyMultiplier"] => D(&mut r.penalty_multiplier),
        ["lpr"] => D(&mut r.lpr),
        ["journey", k] => {
            let j = &mut r.journey;
            match *k {
                "raiseAfterCleanMonths" => W(&mut j.raise_after_clean_months),
                "raiseShare" => D(&mut j.raise_share),
                "freezeMaxDays" => W(&mut j.freeze_max_days),
                "cutShare" => D(&mut j.cut_share),
                "utilizationWarningPct" => W(&mut j.utilization_warning_pct),
                "scoreDropWarning" => W(&mut j.score_drop_warning),
                "applicationsWarning" => W(&mut j.applications_warning),
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The pairs that must stay in order, as the rules' reader checks them: a pair is checked only
/// when neither of its values was refused.
fn check_order(r: &ProductRules, e: &mut ValidationErrors) {
    let (l, c, m) = (&r.credit_loan, &r.credit_line, &r.micro_business);
    let pairs = [
        (
            "creditLoan.minLimit",
            "creditLoan.maxLimit",
            l.min_limit,
            l.max_limit,
        ),
        (
            "creditLoan.dailyRateMin",
            "creditLoan.dailyRateMax",
            l.daily_rate_min,
            l.daily_rate_max,
        ),
        (
            "creditLine.minLimit",
            "creditLine.maxLimit",
            c.min_limit,
            c.max_limit,
        ),
        (
            "microBusiness.minLimit",
            "microBusiness.maxLimit",
            m.min_limit,
            m.max_limit,
        ),
        (
            "microBusiness.dailyRateMin",
            "microBusiness.dailyRateMax",
            m.daily_rate_min,
            m.daily_rate_max,
        ),
    ];
    for (path, max_path, lo, hi) in pairs {
        let refused = e
            .errors()
            .iter()
            .any(|f| f.field == path || f.field == max_path);
        if lo > hi && !refused {
            e.push(
                path,
                ErrorCode::OutOfRange,
                format!("{path} must not be above the matching maximum ({lo} > {hi})."),
            );
        }
    }
}

/// The value at `path` as text: amounts with two places, as `to_loose` writes them.
fn text_at(rules: &mut ProductRules, path: &str) -> Option<String> {
    let money = matches!(kind_of(path), Some(Kind::Money));
    Some(match slot(rules, path)? {
        Slot::Whole(n) => n.to_string(),
        Slot::Decimal(d) if money => fen_text(*d),
        Slot::Decimal(d) => d.normalize().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::default_rules;
    use proptest::prelude::*;

    /// A reader's path with list items as `.3` instead of `[3]`.
    fn dotted(path: &str) -> String {
        path.replace('[', ".").replace(']', "")
    }

    /// The value at a dotted path, to change.
    fn at_mut<'a>(value: &'a mut Loose, path: &str) -> Option<&'a mut Loose> {
        path.split('.').try_fold(value, |v, key| match v {
            Loose::Object(pairs) => pairs.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            Loose::List(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
            _ => None,
        })
    }

    /// Values given at paths, read the long way: into the loose rules, then the rules' reader.
    /// The problems as `(path, code)`, sorted.
    fn through_reader(
        r: &ProductRules,
        values: &[(&str, String)],
    ) -> Result<ProductRules, Vec<(String, ErrorCode)>> {
        let mut loose = r.to_loose();
        let mut problems = Vec::new();
        for (path, text) in values {
            match at_mut(&mut loose, path) {
                Some(slot) if matches!(slot, Loose::Text(_) | Loose::Number(_)) => {
                    *slot = leaf(path, text);
                }
                _ => problems.push(((*path).to_owned(), ErrorCode::UnknownField)),
            }
        }
        match ProductRules::from_loose(&loose) {
            Ok(rules) if problems.is_empty() => return Ok(rules),
            Ok(_) => {}
            Err(e) => problems.extend(e.errors().iter().map(|f| (dotted(&f.field), f.code))),
        }
        problems.sort_by_key(|(f, c)| (f.clone(), c.api_name()));
        Err(problems)
    }

    fn direct(
        r: &ProductRules,
        values: &[(&str, String)],
    ) -> Result<ProductRules, Vec<(String, ErrorCode)>> {
        r.with_values(values).map_err(|e| {
            let mut p: Vec<(String, ErrorCode)> = e
                .errors()
                .iter()
                .map(|f| (f.field.clone(), f.code))
                .collect();
            p.sort_by_key(|(f, c)| (f.clone(), c.api_name()));
            p
        })
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            (0u32..1200).prop_map(|n| n.to_string()),
            (0u32..100_000).prop_map(|n| format!("{}.{:02}", n, n % 100)),
            (0u32..10_000).prop_map(|n| format!("0.{n:04}")),
            (0u32..100).prop_map(|n| format!("0.000{n:02}")),
            Just("0.0027777777".to_owned()),
            Just("0.00277777778".to_owned()),
            Just("0.000150000001".to_owned()),
            Just("100000000".to_owned()),
            Just("100000000.01".to_owned()),
            Just("-1".to_owned()),
            Just("62.5".to_owned()),
            Just("1".to_owned()),
            Just("10".to_owned()),
            Just("x".to_owned()),
            Just(String::new()),
            Just("1e3".to_owned()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The typed path refuses exactly what the rules' reader refuses, on the same paths
        /// with the same codes, and otherwise gives the same rules.
        #[test]
        fn with_values_agrees_with_the_reader(
            picks in proptest::collection::btree_map(0usize..RULE_PATHS.len() + 2, text(), 1..5)
        ) {
            let values: Vec<(&str, String)> = picks
                .into_iter()
                .map(|(i, t)| (RULE_PATHS.get(i).copied().unwrap_or(if i % 2 == 0 { "nope" } else { "creditLoan" }), t))
                .collect();
            let r = default_rules();
            prop_assert_eq!(direct(&r, &values), through_reader(&r, &values));
        }
    }

    #[test]
    fn every_path_names_one_value_and_reads_back() {
        let r = default_rules();
        for path in RULE_PATHS {
            let text = r.value_text(path).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(
                r.with_values(&[(path, text.as_str())]),
                Ok(r.clone()),
                "{path}"
            );
        }
    }

    /// A path, a text, and how to read that value back from the rules.
    type Case = (&'static str, &'static str, fn(&ProductRules) -> String);

    /// Values given at paths, and the paths of the problems they make.
    type Bad = (
        &'static [(&'static str, &'static str)],
        &'static [&'static str],
    );

    #[test]
    fn a_changed_value_changes_only_its_rule() {
        let r = default_rules();
        let cases: &[Case] = &[
            ("creditLoan.minScore", "620", |r| {
                r.credit_loan.min_score.to_string()
            }),
            ("creditLine.installmentFees.3.feeRate", "0.09", |r| {
                r.credit_line.installment_fees[3].fee_rate.to_string()
            }),
            ("depositFree.carHire", "680", |r| {
                r.deposit_free.car_hire.to_string()
            }),
            ("journey.cutShare", "0.25", |r| {
                r.journey.cut_share.to_string()
            }),
            ("lpr", "0.035", |r| r.lpr.to_string()),
            ("creditLoan.limitsByBand.good", "25000", |r| {
                r.credit_loan.limits_by_band.good.to_string()
            }),
        ];
        for (path, text, read) in cases {
            let changed = r.with_values(&[(*path, *text)]).expect(path);
            assert_eq!(read(&changed), *text, "{path}");
            assert_ne!(changed, r, "{path}");
        }
    }

    #[test]
    fn every_range_is_the_readers() {
        let r = default_rules();
        for path in RULE_PATHS {
            let range = rule_range(path).expect(path);
            let step = if range.whole {
                Decimal::ONE
            } else {
                Decimal::new(1, 6)
            };
            let below = (range.min - step).to_string();
            let above = if range.max_included {
                range.max + step
            } else {
                range.max
            };
            assert!(
                r.with_values(&[(path, below.as_str())]).is_err(),
                "{path} {below}"
            );
            assert!(
                r.with_values(&[(path, above.to_string().as_str())])
                    .is_err(),
                "{path} {above}"
            );
        }
        assert_eq!(rule_range("creditLoan"), None);
    }

    #[test]
    fn bad_values_are_named_by_their_paths() {
        let r = default_rules();
        let cases: &[Bad] = &[
            (&[("creditLoan.minScore", "2000")], &["creditLoan.minScore"]),
            (&[("creditLoan.minScore", "62.5")], &["creditLoan.minScore"]),
            (&[("creditLoan.minScore", "abc")], &["creditLoan.minScore"]),
            (
                &[("creditLine.installmentFees.3.feeRate", "1.5")],
                &["creditLine.installmentFees.3.feeRate"],
            ),
            (
                &[("creditLine.installmentFees.9.feeRate", "0.1")],
                &["creditLine.installmentFees.9.feeRate"],
            ),
            (
                &[("creditLoan.minLimit", "400000")],
                &["creditLoan.minLimit"],
            ),
            (&[("creditLoan", "1")], &["creditLoan"]),
            (&[("nope", "1"), ("lpr", "-1")], &["nope", "lpr"]),
        ];
        for (values, want) in cases {
            let got = r.with_values(values).unwrap_err();
            let fields: Vec<&str> = got.errors().iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, *want, "{values:?}");
        }
    }
}
