//! The lender's view: what happens to N borrowers like this one. From the score's probability
//! of default (the scoring module's odds scaling), a seeded simulation decides who defaults;
//! the expected loss (PD × LGD × exposure) is set beside the simulated one, and the offers
//! module's pricing function turns PD into the rate offered (funding cost + expected loss +
//! operating cost + margin, clamped onto the product's range).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{round2, serialize_decimal_text, serialize_fen};
use crate::error::ValidationErrors;
use crate::input::{Loose, ObjectReader};
use crate::offers::pricing::{comparable_apr, daily_rate};
use crate::offers::{default_rules, ProductRules};
use crate::scoring::{probability_of_default, Band, MAX_SCORE, MIN_SCORE};

use super::input::prefixed;
use super::prng::{threshold_of, SplitMix64};

/// The cohort size when none is given.
pub const DEFAULT_BORROWERS: u32 = 10_000;
/// The largest cohort simulated.
pub const MAX_BORROWERS: u32 = 1_000_000;
/// Groups the cohort is split into for the chart.
pub const GROUPS: u32 = 10;
/// The seed when none is given.
pub const DEFAULT_SEED: u64 = 1;
/// The largest seed JavaScript can pass exactly (2^53 − 1).
pub const MAX_SEED: i64 = 9_007_199_254_740_991;

/// What the lender's view is asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CohortInput {
    /// The borrowers' score, 350–950.
    pub score: u32,
    /// How many borrowers, 1–1,000,000.
    pub borrowers: u32,
    /// What each one borrows, CNY.
    pub exposure: Decimal,
    /// The simulation's seed.
    pub seed: u64,
    /// The lender's rules (pricing, LGD, rate range).
    pub rules: ProductRules,
}

impl CohortInput {
    /// 10,000 borrowers with `score`, ¥10,000 each, seed 1, default rules.
    pub fn new(score: u32) -> CohortInput {
        CohortInput {
            score,
            borrowers: DEFAULT_BORROWERS,
            exposure: Decimal::from(10_000),
            seed: DEFAULT_SEED,
            rules: default_rules(),
        }
    }

    /// Validates `{ score, borrowers?, exposure?, seed?, rules? }`, every problem at once.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::journey::CohortInput;
    /// let bad = Loose::object([("score", Loose::Number(1000.0)), ("seed", Loose::Number(-1.0))]);
    /// let fields: Vec<String> = CohortInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert_eq!(fields, ["score", "seed"]);
    /// ```
    pub fn from_loose(value: &Loose) -> Result<CohortInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let score = r
            .integer("score", i64::from(MIN_SCORE), i64::from(MAX_SCORE), &mut e)
            .and_then(|s| u32::try_from(s).ok());
        let borrowers = if r.has("borrowers") {
            r.integer("borrowers", 1, i64::from(MAX_BORROWERS), &mut e)
                .and_then(|b| u32::try_from(b).ok())
        } else {
            let _ = r.raw("borrowers");
            Some(DEFAULT_BORROWERS)
        };
        let exposure = if r.has("exposure") {
            r.decimal("exposure", &mut e).and_then(|x| {
                let path = r.path_of("exposure");
                crate::input::check_range(
                    x,
                    Decimal::new(1, 2),
                    Decimal::from(100_000_000),
                    &path,
                    &mut e,
                )
                .map(round2)
            })
        } else {
            let _ = r.raw("exposure");
            Some(Decimal::from(10_000))
        };
        let seed = if r.has("seed") {
            r.integer("seed", 0, MAX_SEED, &mut e)
                .and_then(|s| u64::try_from(s).ok())
        } else {
            let _ = r.raw("seed");
            Some(DEFAULT_SEED)
        };
        let rules = match r.raw("rules") {
            None | Some(Loose::Null) => Some(default_rules()),
            Some(v) => ProductRules::from_loose(v)
                .map_err(|errs| prefixed(errs, "rules", &mut e))
                .ok(),
        };
        r.finish(&mut e);
        e.into_result(|| {
            Some(CohortInput {
                score: score?,
                borrowers: borrowers?,
                exposure: exposure?,
                seed: seed?,
                rules: rules?,
            })
        })
    }
}

/// One group of the cohort (for the chart: how the default count varies around PD × N).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CohortGroup {
    /// Borrowers in the group.
    pub borrowers: u32,
    /// Of them, defaulted.
    pub defaults: u32,
}

/// How the price is built: annual fractions, then the quoted daily rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceBuild {
    /// Cost of funds.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub funding_cost: Decimal,
    /// Expected loss a year: PD × LGD.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub expected_loss: Decimal,
    /// Operating cost.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub operating_cost: Decimal,
    /// Margin.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub margin: Decimal,
    /// The daily rate before the product's range is applied.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub unclamped_daily_rate: Decimal,
    /// The quoted daily rate, clamped onto the cash loan's range.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate: Decimal,
    /// The clamp changed the rate.
    pub clamped: bool,
    /// daily × 360.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub simple_annual_rate: Decimal,
    /// The APR of the exposure over 12 months in equal instalments.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub apr: Decimal,
}

/// A point of the price curve: score → PD → daily rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CurvePoint {
    /// Score.
    pub score: u32,
    /// Its probability of default.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub probability_of_default: Decimal,
    /// The daily rate it is priced at.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate: Decimal,
}

/// The lender's view of a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LenderView {
    /// Score.
    pub score: u32,
    /// Band.
    pub band: Band,
    /// Probability of default (8 places).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub probability_of_default: Decimal,
    /// Cohort size.
    pub borrowers: u32,
    /// Seed used.
    pub seed: u64,
    /// Each borrower's exposure.
    #[serde(serialize_with = "serialize_fen")]
    pub exposure: Decimal,
    /// Loss given default.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub loss_given_default: Decimal,
    /// PD × borrowers, two places.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub expected_defaults: Decimal,
    /// Borrowers who defaulted in the simulation.
    pub defaults: u32,
    /// defaults / borrowers, six places.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub default_share: Decimal,
    /// PD × LGD × exposure × borrowers.
    #[serde(serialize_with = "serialize_fen")]
    pub expected_loss: Decimal,
    /// defaults × LGD × exposure.
    #[serde(serialize_with = "serialize_fen")]
    pub simulated_loss: Decimal,
    /// The cohort in [`GROUPS`] groups.
    pub groups: Vec<CohortGroup>,
    /// How the price is built.
    pub price: PriceBuild,
    /// Score → PD → daily rate, 350 to 950 by 25.
    pub curve: Vec<CurvePoint>,
}

/// Simulates the cohort: borrower i defaults when its draw falls below PD × 2^64.
///
/// ```
/// use credit_sim::journey::{lender_view, CohortInput};
/// let v = lender_view(&CohortInput::new(600));
/// assert_eq!(v.probability_of_default.to_string(), "0.05000000");
/// assert!((400..=600).contains(&v.defaults)); // about 5 % of 10,000
/// assert_eq!(v, lender_view(&CohortInput::new(600))); // the same seed, the same cohort
/// assert_eq!(v.price.daily_rate.to_string(), "0.000319");
/// ```
pub fn lender_view(input: &CohortInput) -> LenderView {
    let rules = &input.rules;
    let loan = &rules.credit_loan;
    let pd = probability_of_default(input.score);
    let lgd = rules.pricing.loss_given_default;
    let threshold = threshold_of(pd);
    let mut rng = SplitMix64::new(input.seed);
    let n = input.borrowers;
    let mut groups = Vec::with_capacity(GROUPS as usize);
    let mut defaults = 0u32;
    for g in 0..GROUPS {
        let size = n / GROUPS + u32::from(g < n % GROUPS);
        let hit = (0..size).filter(|_| rng.below(threshold)).count();
        let hit = u32::try_from(hit).unwrap_or(u32::MAX);
        defaults += hit;
        groups.push(CohortGroup {
            borrowers: size,
            defaults: hit,
        });
    }
    let count = Decimal::from(n.max(1));
    let quote = |score_pd: Decimal| {
        daily_rate(
            score_pd,
            &rules.pricing,
            loan.daily_rate_min,
            loan.daily_rate_max,
        )
    };
    let daily = quote(pd);
    let unclamped = daily_rate(pd, &rules.pricing, Decimal::ZERO, Decimal::ONE);
    let simple = daily * Decimal::from(360);
    let curve = (0..=24)
        .map(|k| {
            let score = MIN_SCORE + 25 * k;
            let p = probability_of_default(score);
            CurvePoint {
                score,
                probability_of_default: p,
                daily_rate: quote(p),
            }
        })
        .collect();
    LenderView {
        score: input.score,
        band: Band::of(input.score),
        probability_of_default: pd,
        borrowers: n,
        seed: input.seed,
        exposure: input.exposure,
        loss_given_default: lgd,
        expected_defaults: round2(pd * count),
        defaults,
        default_share: (Decimal::from(defaults) / count)
            .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
        expected_loss: round2(pd * lgd * input.exposure * count),
        simulated_loss: round2(Decimal::from(defaults) * lgd * input.exposure),
        groups,
        price: PriceBuild {
            funding_cost: rules.pricing.funding_cost,
            expected_loss: pd * lgd,
            operating_cost: rules.pricing.operating_cost,
            margin: rules.pricing.margin,
            unclamped_daily_rate: unclamped,
            daily_rate: daily,
            clamped: daily != unclamped,
            simple_annual_rate: simple,
            apr: comparable_apr(input.exposure, simple, loan.insurance_fee_rate),
        },
        curve,
    }
}

/// Validates loose input and gives the lender's view: `lenderView()` in JS.
pub fn lender_view_loose(value: &Loose) -> Result<LenderView, ValidationErrors> {
    CohortInput::from_loose(value).map(|i| lender_view(&i))
}
