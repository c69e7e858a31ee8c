//! API.md's `planToTarget` input, `{ profile, target, rules?, horizonMonths? }`, as a typed value,
//! and its validation from loose input: every problem at once with its path
//! (`"profile.age"`, `"target.score"`, `"rules.creditLoan.minScore"`).

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{Loose, ObjectReader};
use crate::journey::input::prefixed;
use crate::offers::{default_rules, ProductRules};
use crate::profile::Profile;
use crate::scoring::{MAX_SCORE, MIN_SCORE};

/// The months a plan may take when the input does not say.
pub const DEFAULT_HORIZON_MONTHS: u32 = 24;
/// The most months a plan may take.
pub const MAX_HORIZON_MONTHS: u32 = 120;

/// A product whose eligibility can be a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Product {
    /// The cash loan (借呗 / 信用贷 style).
    CreditLoan,
    /// The credit line (花呗 style).
    CreditLine,
    /// The micro-business loan (needs a business, which a plan never changes).
    MicroBusiness,
    /// Deposit-free hotel stays.
    Hotel,
    /// Deposit-free rental.
    Rental,
    /// Deposit-free car hire.
    CarHire,
}

impl Product {
    /// Every product with its API name.
    pub const ALL: [(&'static str, Product); 6] = [
        ("creditLoan", Product::CreditLoan),
        ("creditLine", Product::CreditLine),
        ("microBusiness", Product::MicroBusiness),
        ("hotel", Product::Hotel),
        ("rental", Product::Rental),
        ("carHire", Product::CarHire),
    ];
}

/// What the plan must reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A score, 350–950.
    Score(u32),
    /// Eligibility for a product under the input's rules.
    Product(Product),
}

/// A validated `planToTarget` input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetInput {
    /// The person now.
    pub profile: Profile,
    /// The score or the product to reach.
    pub target: Target,
    /// The lender's rules (products' thresholds).
    pub rules: ProductRules,
    /// The most months of on-time repayment the plan may take, 0–120.
    pub horizon_months: u32,
}

impl TargetInput {
    /// A plan toward `target` under the default rules and horizon (24 months).
    pub fn new(profile: Profile, target: Target) -> TargetInput {
        TargetInput {
            profile,
            target,
            rules: default_rules(),
            horizon_months: DEFAULT_HORIZON_MONTHS,
        }
    }

    /// Validates a loose input, reporting every problem at once with its path.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::target::TargetInput;
    /// let bad = Loose::object([
    ///     ("target", Loose::object([("score", Loose::Number(990.0))])),
    ///     ("horizonMonths", Loose::Number(121.0)),
    /// ]);
    /// let fields: Vec<String> = TargetInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert_eq!(fields, ["profile", "target.score", "horizonMonths"]);
    /// ```
    pub fn from_loose(value: &Loose) -> Result<TargetInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let profile = match r.raw("profile") {
            None | Some(Loose::Null) => {
                e.push(
                    "profile",
                    ErrorCode::Missing,
                    "profile is required (an object; start from defaultProfile()).",
                );
                None
            }
            Some(v) => Profile::from_loose(v)
                .map_err(|errs| prefixed(errs, "profile", &mut e))
                .ok(),
        };
        let target = match r.get("target") {
            None => {
                e.push(
                    "target",
                    ErrorCode::Missing,
                    "target is required: { score } or { product }.",
                );
                None
            }
            Some(v) => read_target(v, &mut e),
        };
        let rules = match r.raw("rules") {
            None | Some(Loose::Null) => Some(default_rules()),
            Some(v) => ProductRules::from_loose(v)
                .map_err(|errs| prefixed(errs, "rules", &mut e))
                .ok(),
        };
        let horizon_months = if r.has("horizonMonths") {
            r.integer("horizonMonths", 0, i64::from(MAX_HORIZON_MONTHS), &mut e)
                .and_then(|m| u32::try_from(m).ok())
        } else {
            let _ = r.raw("horizonMonths");
            Some(DEFAULT_HORIZON_MONTHS)
        };
        r.finish(&mut e);
        e.into_result(|| {
            Some(TargetInput {
                profile: profile?,
                target: target?,
                rules: rules?,
                horizon_months: horizon_months?,
            })
        })
    }
}

/// `{ score }` or `{ product }`, exactly one.
fn read_target(value: &Loose, e: &mut ValidationErrors) -> Option<Target> {
    let mut r = ObjectReader::open(value, "target", e)?;
    let both = r.has("score") && r.has("product");
    let score = if r.has("score") {
        r.integer("score", i64::from(MIN_SCORE), i64::from(MAX_SCORE), e)
            .and_then(|s| u32::try_from(s).ok())
            .map(Target::Score)
    } else {
        let _ = r.raw("score");
        None
    };
    let product = if r.has("product") {
        r.choice("product", &Product::ALL, e).map(Target::Product)
    } else {
        let _ = r.raw("product");
        None
    };
    let missing = !r.has("score") && !r.has("product");
    r.finish(e);
    if both {
        e.push(
            "target.product",
            ErrorCode::Conflict,
            "Give target.score or target.product, not both.",
        );
        return None;
    }
    if missing {
        e.push(
            "target.score",
            ErrorCode::Missing,
            "target.score (350–950) or target.product (creditLoan, creditLine, microBusiness, hotel, rental or carHire) is required.",
        );
        return None;
    }
    score.or(product)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(target: Loose, horizon: Option<f64>) -> Result<(Target, u32), Vec<String>> {
        let mut pairs = vec![
            ("profile".to_owned(), crate::default_profile().to_loose()),
            ("target".to_owned(), target),
        ];
        if let Some(h) = horizon {
            pairs.push(("horizonMonths".to_owned(), Loose::Number(h)));
        }
        TargetInput::from_loose(&Loose::Object(pairs))
            .map(|i| (i.target, i.horizon_months))
            .map_err(|e| e.errors().iter().map(|x| x.field.clone()).collect())
    }

    #[test]
    fn a_target_is_a_score_or_a_product() {
        let score = |s: f64| Loose::object([("score", Loose::Number(s))]);
        let product = |p: &str| Loose::object([("product", Loose::text(p))]);
        type Want<'a> = Result<(Target, u32), Vec<&'a str>>;
        let cases: Vec<(Loose, Option<f64>, Want)> = vec![
            (score(700.0), None, Ok((Target::Score(700), 24))),
            (score(350.0), Some(0.0), Ok((Target::Score(350), 0))),
            (
                product("rental"),
                Some(120.0),
                Ok((Target::Product(Product::Rental), 120)),
            ),
            (score(349.0), None, Err(vec!["target.score"])),
            (product("loan"), None, Err(vec!["target.product"])),
            (
                Loose::object([
                    ("score", Loose::Number(700.0)),
                    ("product", Loose::text("hotel")),
                ]),
                None,
                Err(vec!["target.product"]),
            ),
            (
                Loose::object([("scores", Loose::Number(700.0))]),
                None,
                Err(vec!["target.scores", "target.score"]),
            ),
            (score(700.0), Some(121.0), Err(vec!["horizonMonths"])),
        ];
        for (target, horizon, want) in cases {
            let want = want.map_err(|fields| fields.iter().map(|f| (*f).to_owned()).collect());
            assert_eq!(read(target.clone(), horizon), want, "{target:?}");
        }
    }
}
