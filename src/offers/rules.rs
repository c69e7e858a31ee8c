//! Product rules: every threshold, limit range, rate bound, fee table, penalty multiplier,
//! legal-line input and dynamic-credit (journey) rule of PRODUCT.md as one value, with
//! PRODUCT.md's numbers as defaults and a loose reader that reports every bad field at once
//! (`"creditLoan.minScore"`, `"journey.raiseAfterCleanMonths"`).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{serialize_decimal_text, serialize_fen};
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{check_range, join_path, Loose, ObjectReader};
use crate::journey::{default_journey_rules, JourneyRules};

fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

/// Limits by score band (bands below the product's minimum score get nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BandLimits {
    /// 550–599.
    #[serde(serialize_with = "serialize_fen")]
    pub fair: Decimal,
    /// 600–649.
    #[serde(serialize_with = "serialize_fen")]
    pub good: Decimal,
    /// 650–699.
    #[serde(serialize_with = "serialize_fen")]
    pub very_good: Decimal,
    /// 700–950.
    #[serde(serialize_with = "serialize_fen")]
    pub excellent: Decimal,
}

/// How a risk-based rate is built: annual fractions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingRules {
    /// Cost of funds a year (`0.03`).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub funding_cost: Decimal,
    /// Loss given default (`0.9`); expected loss = PD × LGD.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub loss_given_default: Decimal,
    /// Operating cost a year.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub operating_cost: Decimal,
    /// Margin a year.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub margin: Decimal,
}

/// Cash-loan rules (借呗 / 信用贷 style).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditLoanRules {
    /// Lowest score offered (600).
    pub min_score: u32,
    /// Smallest limit (¥1,000).
    #[serde(serialize_with = "serialize_fen")]
    pub min_limit: Decimal,
    /// Largest limit (¥300,000).
    #[serde(serialize_with = "serialize_fen")]
    pub max_limit: Decimal,
    /// Limit by band before the affordability cap.
    pub limits_by_band: BandLimits,
    /// Total debt service may not pass this share of income (`0.5`).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub max_debt_service_ratio: Decimal,
    /// Lowest daily rate (`0.00015`).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate_min: Decimal,
    /// Highest daily rate (`0.0006`).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate_max: Decimal,
    /// Credit insurance fee a year on the amount borrowed (`0` = none); counts in the APR.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub insurance_fee_rate: Decimal,
}

/// One instalment fee of the credit line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstallmentFee {
    /// Number of periods.
    pub periods: u32,
    /// Fee for the whole term (`0.088`).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub fee_rate: Decimal,
}

/// Credit-line rules (花呗 style).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditLineRules {
    /// Lowest score offered (550).
    pub min_score: u32,
    /// Smallest limit (¥500).
    #[serde(serialize_with = "serialize_fen")]
    pub min_limit: Decimal,
    /// Largest limit (¥50,000).
    #[serde(serialize_with = "serialize_fen")]
    pub max_limit: Decimal,
    /// Limit by band.
    pub limits_by_band: BandLimits,
    /// Instalment fees: 3/6/9/12 periods at 2.5/4.5/6.5/8.8 %.
    pub installment_fees: Vec<InstallmentFee>,
}

/// Micro-business loan rules (小微 / 个体经营者).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MicroBusinessRules {
    /// Lowest owner's score offered (600).
    pub min_score: u32,
    /// Youngest business offered, months (6).
    pub min_business_age_months: u32,
    /// Months of revenue the limit starts from (3).
    pub revenue_months: u32,
    /// Smallest limit (¥5,000).
    #[serde(serialize_with = "serialize_fen")]
    pub min_limit: Decimal,
    /// Largest limit (¥1,000,000).
    #[serde(serialize_with = "serialize_fen")]
    pub max_limit: Decimal,
    /// Lowest daily rate.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate_min: Decimal,
    /// Highest daily rate.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate_max: Decimal,
    /// Share of monthly revenue a lender counts as the owner's cash for debt service (`0.2`, a
    /// small shop's net margin). The debt-service rule (`creditLoan.maxDebtServiceRatio`) then
    /// uses the greater of the owner's monthly income and revenue × this share, never their sum:
    /// a sole proprietor's income is what the business makes, so it is counted once.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub revenue_income_share: Decimal,
}

/// Deposit-free service thresholds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DepositFreeRules {
    /// Hotel (550).
    pub hotel: u32,
    /// Rental (600).
    pub rental: u32,
    /// Car hire (650).
    pub car_hire: u32,
}

/// Every product rule of PRODUCT.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductRules {
    /// Cash loan.
    pub credit_loan: CreditLoanRules,
    /// Credit line.
    pub credit_line: CreditLineRules,
    /// Micro-business loan.
    pub micro_business: MicroBusinessRules,
    /// Deposit-free services.
    pub deposit_free: DepositFreeRules,
    /// Risk-based pricing.
    pub pricing: PricingRules,
    /// Penalty interest = this × the daily rate (1.5).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub penalty_multiplier: Decimal,
    /// One-year LPR (`0.03`); private lending is capped at 4 × LPR.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub lpr: Decimal,
    /// Dynamic credit (动态授信): when the limit is raised, frozen or cut and when a warning is
    /// raised. Optional in loose input: absent or `null` gives [`default_journey_rules`].
    pub journey: JourneyRules,
}

/// PRODUCT.md's numbers.
///
/// ```
/// let r = credit_sim::offers::default_rules();
/// assert_eq!(r.credit_loan.min_score, 600);
/// assert_eq!(r.credit_line.installment_fees.len(), 4);
/// ```
pub fn default_rules() -> ProductRules {
    let fee = |periods, fee_rate| InstallmentFee { periods, fee_rate };
    ProductRules {
        credit_loan: CreditLoanRules {
            min_score: 600,
            min_limit: Decimal::from(1_000),
            max_limit: Decimal::from(300_000),
            limits_by_band: BandLimits {
                fair: Decimal::ZERO,
                good: Decimal::from(20_000),
                very_good: Decimal::from(50_000),
                excellent: Decimal::from(300_000),
            },
            max_debt_service_ratio: dec(5, 1),
            daily_rate_min: dec(15, 5),
            daily_rate_max: dec(6, 4),
            insurance_fee_rate: Decimal::ZERO,
        },
        credit_line: CreditLineRules {
            min_score: 550,
            min_limit: Decimal::from(500),
            max_limit: Decimal::from(50_000),
            limits_by_band: BandLimits {
                fair: Decimal::from(2_000),
                good: Decimal::from(8_000),
                very_good: Decimal::from(20_000),
                excellent: Decimal::from(50_000),
            },
            installment_fees: vec![
                fee(3, dec(25, 3)),
                fee(6, dec(45, 3)),
                fee(9, dec(65, 3)),
                fee(12, dec(88, 3)),
            ],
        },
        micro_business: MicroBusinessRules {
            min_score: 600,
            min_business_age_months: 6,
            revenue_months: 3,
            min_limit: Decimal::from(5_000),
            max_limit: Decimal::from(1_000_000),
            daily_rate_min: dec(15, 5),
            daily_rate_max: dec(6, 4),
            revenue_income_share: dec(2, 1),
        },
        deposit_free: DepositFreeRules {
            hotel: 550,
            rental: 600,
            car_hire: 650,
        },
        pricing: PricingRules {
            funding_cost: dec(3, 2),
            loss_given_default: dec(9, 1),
            operating_cost: dec(2, 2),
            margin: dec(2, 2),
        },
        penalty_multiplier: dec(15, 1),
        lpr: dec(3, 2),
        journey: default_journey_rules(),
    }
}

fn score_field(r: &mut ObjectReader<'_>, name: &str, e: &mut ValidationErrors) -> Option<u32> {
    r.integer(name, 350, 950, e)
        .and_then(|v| u32::try_from(v).ok())
}

fn amount(r: &mut ObjectReader<'_>, name: &str, e: &mut ValidationErrors) -> Option<Decimal> {
    let v = r.decimal(name, e)?;
    check_range(
        v,
        Decimal::ZERO,
        Decimal::from(100_000_000),
        &r.path_of(name),
        e,
    )
}

fn fraction(
    r: &mut ObjectReader<'_>,
    name: &str,
    max: Decimal,
    e: &mut ValidationErrors,
) -> Option<Decimal> {
    let v = r.decimal(name, e)?;
    check_range(v, Decimal::ZERO, max, &r.path_of(name), e)
}

/// The most decimal places a daily-rate rule value may have. Lenders quote daily rates to six
/// places; ten leaves room for demos while keeping every annual rate the offers plan with inside
/// the money module's fast path (see [`super::pricing::twelve_month_payment`]).
pub const MAX_DAILY_RATE_DECIMALS: u32 = 10;

/// A daily-rate bound: a fraction from 0 to 1/360 with at most [`MAX_DAILY_RATE_DECIMALS`] places.
fn daily_rate_bound(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
) -> Option<Decimal> {
    let rate_cap = Decimal::ONE / Decimal::from(360);
    let v = fraction(r, name, rate_cap, e)?;
    if v.normalize().scale() > MAX_DAILY_RATE_DECIMALS {
        let path = r.path_of(name);
        e.push(
            &path,
            ErrorCode::OutOfRange,
            format!("{path} may have at most {MAX_DAILY_RATE_DECIMALS} decimal places, not {v}."),
        );
        return None;
    }
    Some(v)
}

/// A product's `minLimit` and `maxLimit`, the first not above the second.
fn limit_range(
    r: &mut ObjectReader<'_>,
    e: &mut ValidationErrors,
) -> (Option<Decimal>, Option<Decimal>) {
    let min_limit = amount(r, "minLimit", e);
    let max_limit = amount(r, "maxLimit", e);
    ordered(min_limit, max_limit, &r.path_of("minLimit"), e);
    (min_limit, max_limit)
}

/// A product's `dailyRateMin` and `dailyRateMax`, the first not above the second.
fn daily_rate_range(
    r: &mut ObjectReader<'_>,
    e: &mut ValidationErrors,
) -> (Option<Decimal>, Option<Decimal>) {
    let daily_rate_min = daily_rate_bound(r, "dailyRateMin", e);
    let daily_rate_max = daily_rate_bound(r, "dailyRateMax", e);
    ordered(
        daily_rate_min,
        daily_rate_max,
        &r.path_of("dailyRateMin"),
        e,
    );
    (daily_rate_min, daily_rate_max)
}

fn ordered(min: Option<Decimal>, max: Option<Decimal>, path: &str, e: &mut ValidationErrors) {
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            e.push(
                path,
                ErrorCode::OutOfRange,
                format!("{path} must not be above the matching maximum ({lo} > {hi})."),
            );
        }
    }
}

fn band_limits(value: Option<&Loose>, path: &str, e: &mut ValidationErrors) -> Option<BandLimits> {
    let Some(value) = value else {
        e.push(
            path,
            ErrorCode::Missing,
            format!("{path} is required (an object)."),
        );
        return None;
    };
    let mut r = ObjectReader::open(value, path, e)?;
    let fair = amount(&mut r, "fair", e);
    let good = amount(&mut r, "good", e);
    let very_good = amount(&mut r, "veryGood", e);
    let excellent = amount(&mut r, "excellent", e);
    r.finish(e);
    Some(BandLimits {
        fair: fair?,
        good: good?,
        very_good: very_good?,
        excellent: excellent?,
    })
}

fn sub<'a>(
    r: &mut ObjectReader<'a>,
    name: &str,
    e: &mut ValidationErrors,
) -> Option<(&'a Loose, String)> {
    let path = r.path_of(name);
    match r.get(name) {
        Some(v) => Some((v, path)),
        None => {
            e.push(
                &path,
                ErrorCode::Missing,
                format!("{path} is required (an object)."),
            );
            None
        }
    }
}

fn credit_loan(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<CreditLoanRules> {
    let mut r = ObjectReader::open(value, path, e)?;
    let min_score = score_field(&mut r, "minScore", e);
    let (min_limit, max_limit) = limit_range(&mut r, e);
    let bands_path = r.path_of("limitsByBand");
    let limits_by_band = band_limits(r.get("limitsByBand"), &bands_path, e);
    let max_debt_service_ratio = fraction(&mut r, "maxDebtServiceRatio", Decimal::ONE, e);
    let (daily_rate_min, daily_rate_max) = daily_rate_range(&mut r, e);
    let insurance_fee_rate = fraction(&mut r, "insuranceFeeRate", Decimal::ONE, e);
    r.finish(e);
    Some(CreditLoanRules {
        min_score: min_score?,
        min_limit: min_limit?,
        max_limit: max_limit?,
        limits_by_band: limits_by_band?,
        max_debt_service_ratio: max_debt_service_ratio?,
        daily_rate_min: daily_rate_min?,
        daily_rate_max: daily_rate_max?,
        insurance_fee_rate: insurance_fee_rate?,
    })
}

fn installment_fees(
    value: Option<&Loose>,
    path: &str,
    e: &mut ValidationErrors,
) -> Option<Vec<InstallmentFee>> {
    let items = match value {
        Some(Loose::List(items)) if !items.is_empty() => items,
        Some(Loose::List(_)) => {
            e.push(
                path,
                ErrorCode::OutOfRange,
                format!("{path} must list at least one plan."),
            );
            return None;
        }
        None => {
            e.push(
                path,
                ErrorCode::Missing,
                format!("{path} is required (a list)."),
            );
            return None;
        }
        Some(_) => {
            e.push(
                path,
                ErrorCode::WrongType,
                format!("{path} must be a list of {{ periods, feeRate }}."),
            );
            return None;
        }
    };
    let mut fees = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Some(mut r) = ObjectReader::open(item, &item_path, e) else {
            ok = false;
            continue;
        };
        let periods = r
            .integer("periods", 1, 360, e)
            .and_then(|v| u32::try_from(v).ok());
        let fee_rate = r.decimal("feeRate", e).and_then(|v| {
            if v < Decimal::ZERO || v >= Decimal::ONE {
                let f = join_path(&item_path, "feeRate");
                e.push(
                    &f,
                    ErrorCode::OutOfRange,
                    format!("{f} must be from 0 to below 1, not {v}."),
                );
                None
            } else {
                Some(v)
            }
        });
        r.finish(e);
        match (periods, fee_rate) {
            (Some(periods), Some(fee_rate)) => fees.push(InstallmentFee { periods, fee_rate }),
            _ => ok = false,
        }
    }
    ok.then_some(fees)
}

fn credit_line(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<CreditLineRules> {
    let mut r = ObjectReader::open(value, path, e)?;
    let min_score = score_field(&mut r, "minScore", e);
    let (min_limit, max_limit) = limit_range(&mut r, e);
    let bands_path = r.path_of("limitsByBand");
    let limits_by_band = band_limits(r.get("limitsByBand"), &bands_path, e);
    let fees_path = r.path_of("installmentFees");
    let fees = installment_fees(r.get("installmentFees"), &fees_path, e);
    r.finish(e);
    Some(CreditLineRules {
        min_score: min_score?,
        min_limit: min_limit?,
        max_limit: max_limit?,
        limits_by_band: limits_by_band?,
        installment_fees: fees?,
    })
}

fn micro_business(
    value: &Loose,
    path: &str,
    e: &mut ValidationErrors,
) -> Option<MicroBusinessRules> {
    let mut r = ObjectReader::open(value, path, e)?;
    let min_score = score_field(&mut r, "minScore", e);
    let min_business_age_months = r
        .integer("minBusinessAgeMonths", 0, 600, e)
        .and_then(|v| u32::try_from(v).ok());
    let revenue_months = r
        .integer("revenueMonths", 1, 120, e)
        .and_then(|v| u32::try_from(v).ok());
    let (min_limit, max_limit) = limit_range(&mut r, e);
    let (daily_rate_min, daily_rate_max) = daily_rate_range(&mut r, e);
    let revenue_income_share = fraction(&mut r, "revenueIncomeShare", Decimal::ONE, e);
    r.finish(e);
    Some(MicroBusinessRules {
        min_score: min_score?,
        min_business_age_months: min_business_age_months?,
        revenue_months: revenue_months?,
        min_limit: min_limit?,
        max_limit: max_limit?,
        daily_rate_min: daily_rate_min?,
        daily_rate_max: daily_rate_max?,
        revenue_income_share: revenue_income_share?,
    })
}

fn deposit_free(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<DepositFreeRules> {
    let mut r = ObjectReader::open(value, path, e)?;
    let hotel = score_field(&mut r, "hotel", e);
    let rental = score_field(&mut r, "rental", e);
    let car_hire = score_field(&mut r, "carHire", e);
    r.finish(e);
    Some(DepositFreeRules {
        hotel: hotel?,
        rental: rental?,
        car_hire: car_hire?,
    })
}

fn pricing(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<PricingRules> {
    let mut r = ObjectReader::open(value, path, e)?;
    let funding_cost = fraction(&mut r, "fundingCost", Decimal::ONE, e);
    let loss_given_default = fraction(&mut r, "lossGivenDefault", Decimal::ONE, e);
    let operating_cost = fraction(&mut r, "operatingCost", Decimal::ONE, e);
    let margin = fraction(&mut r, "margin", Decimal::ONE, e);
    r.finish(e);
    Some(PricingRules {
        funding_cost: funding_cost?,
        loss_given_default: loss_given_default?,
        operating_cost: operating_cost?,
        margin: margin?,
    })
}

impl ProductRules {
    /// Validates loose rules, every field and every problem at once (`"creditLoan.minScore"`,
    /// `"journey.cutShare"`). `null` or absent means [`default_rules`]; within an object every
    /// section is required except `journey`, which defaults to [`default_journey_rules`] when
    /// absent or `null` (rule sets written before it existed still read).
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::offers::ProductRules;
    /// let errors = ProductRules::from_loose(&Loose::object([("lpr", Loose::text("x"))])).unwrap_err();
    /// assert!(errors.errors().iter().any(|e| e.field == "creditLoan"));
    /// assert!(errors.errors().iter().any(|e| e.field == "lpr"));
    /// ```
    pub fn from_loose(value: &Loose) -> Result<ProductRules, ValidationErrors> {
        if matches!(value, Loose::Null) {
            return Ok(default_rules());
        }
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let loan = sub(&mut r, "creditLoan", &mut e).and_then(|(v, p)| credit_loan(v, &p, &mut e));
        let line = sub(&mut r, "creditLine", &mut e).and_then(|(v, p)| credit_line(v, &p, &mut e));
        let micro =
            sub(&mut r, "microBusiness", &mut e).and_then(|(v, p)| micro_business(v, &p, &mut e));
        let free =
            sub(&mut r, "depositFree", &mut e).and_then(|(v, p)| deposit_free(v, &p, &mut e));
        let price = sub(&mut r, "pricing", &mut e).and_then(|(v, p)| pricing(v, &p, &mut e));
        let penalty_multiplier = fraction(&mut r, "penaltyMultiplier", Decimal::from(10), &mut e);
        let lpr = fraction(&mut r, "lpr", Decimal::ONE, &mut e);
        let journey_path = r.path_of("journey");
        let journey = match r.raw("journey") {
            None | Some(Loose::Null) => Some(default_journey_rules()),
            Some(v) => JourneyRules::from_loose(v, &journey_path)
                .map_err(|errs| e.extend(errs))
                .ok(),
        };
        r.finish(&mut e);
        e.into_result(|| {
            Some(ProductRules {
                credit_loan: loan?,
                credit_line: line?,
                micro_business: micro?,
                deposit_free: free?,
                pricing: price?,
                penalty_multiplier: penalty_multiplier?,
                lpr: lpr?,
                journey: journey?,
            })
        })
    }
}
