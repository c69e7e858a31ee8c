//! Every editable value of [`ProductRules`] by its path, as a product demo edits them and a link
//! carries them: `creditLoan.minScore`, `creditLine.installmentFees.3.feeRate` (a list item by
//! its index). [`RULE_PATHS`] lists them in order; [`ProductRules::value_text`] reads one as text;
//! [`ProductRules::with_values`] replaces some, given as text, and checks the whole result with
//! the rules' own reader, so a value is refused for exactly the reasons a JS caller's would be.

use rust_decimal::Decimal;

use super::rules::ProductRules;
use crate::amount::fen_text;
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::Loose;

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
        let loose = self.to_loose();
        match at(&loose, path)? {
            Loose::Text(t) => Some(t.clone()),
            // The whole numbers `to_loose` writes, exact, without the float formatter.
            Loose::Number(n) => Decimal::try_from(*n)
                .ok()
                .map(|d| d.normalize().to_string()),
            _ => None,
        }
    }

    /// These rules with the values at some paths replaced by texts, checked whole: every problem
    /// at once, each named by its path with list items as `.3` (as the paths are written).
    ///
    /// ```
    /// use credit_sim::offers::default_rules;
    /// let r = default_rules().with_values(&[("creditLoan.minScore", "620")]).unwrap();
    /// assert_eq!(r.credit_loan.min_score, 620);
    /// let bad = default_rules()
    ///     .with_values(&[("creditLoan.minScore", "2000"), ("depositFree.pool", "1")])
    ///     .unwrap_err();
    /// let fields: Vec<&str> = bad.errors().iter().map(|e| e.field.as_str()).collect();
    /// assert_eq!(fields, ["depositFree.pool", "creditLoan.minScore"]);
    /// ```
    pub fn with_values<P: AsRef<str>, V: AsRef<str>>(
        &self,
        values: &[(P, V)],
    ) -> Result<ProductRules, ValidationErrors> {
        let mut loose = self.to_loose();
        let mut errors = ValidationErrors::new();
        for (path, text) in values {
            let (path, text) = (path.as_ref(), text.as_ref().trim());
            let value = if is_whole(path) {
                match text.parse::<Decimal>() {
                    Ok(d) => rust_decimal::prelude::ToPrimitive::to_f64(&d)
                        .map_or_else(|| Loose::text(text), Loose::Number),
                    Err(_) => Loose::text(text),
                }
            } else {
                Loose::text(text)
            };
            match at_mut(&mut loose, path) {
                Some(slot) if matches!(slot, Loose::Text(_) | Loose::Number(_)) => *slot = value,
                _ => errors.push(
                    path,
                    ErrorCode::UnknownField,
                    format!("{path} is not a rule value."),
                ),
            }
        }
        match ProductRules::from_loose(&loose) {
            Ok(rules) if errors.is_empty() => Ok(rules),
            Ok(_) => Err(errors),
            Err(found) => {
                for e in found.errors() {
                    errors.push(dotted(&e.field), e.code, e.message.clone());
                }
                Err(errors)
            }
        }
    }
}

/// A reader's path with list items as `.3` instead of `[3]`.
fn dotted(path: &str) -> String {
    path.replace('[', ".").replace(']', "")
}

/// The value at a dotted path.
fn at<'a>(value: &'a Loose, path: &str) -> Option<&'a Loose> {
    path.split('.').try_fold(value, |v, key| match v {
        Loose::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        Loose::List(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// The value at a dotted path, to change.
fn at_mut<'a>(value: &'a mut Loose, path: &str) -> Option<&'a mut Loose> {
    path.split('.').try_fold(value, |v, key| match v {
        Loose::Object(pairs) => pairs.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
        Loose::List(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::default_rules;

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
