//! Reaching a goal (`planToTarget`): the shortest plan from a profile to a score or to a product's
//! eligibility: the changes to make now, the months of on-time repayment that time must add, and
//! the score month by month.
//!
//! # Public API
//! - [`plan_to_target`]`(&TargetInput) -> TargetPlan` and [`plan_to_target_loose`]`(&Loose)` for
//!   API.md's `{ profile, target, rules?, horizonMonths? }`.
//! - [`TargetInput`] with its [`Target`] (a score, or a [`Product`]).
//! - [`TargetPlan`]: `{ reachable, startScore, finalScore, targetScore, months, steps: [{ field,
//!   from, to, scoreGain, when }], timeline: [{ month, score }] }`.
//! - [`levers`]: what "now" can change; [`levers::OVER_TIME_FIELDS`]: what months move.
//!
//! # The plan
//! Months of on-time repayment move the profile exactly as a journey's on-time months do (the
//! journey's history progression, with no loan of its own: debt service and utilisation stay as
//! the profile and the "now" steps leave them). The search ([`search`]) takes the fewest months,
//! then the fewest "now" steps, then the mildest value of each; every "now" step is needed.
//! Steps list the "now" changes first, then what time changed, each `scoreGain` the score after
//! it minus the score before it, in that order, so the gains add up to `finalScore −
//! startScore`. The timeline runs from month 0 (the "now" changes made) to `months`.
//!
//! ```
//! use credit_sim::target::{plan_to_target, Product, Target, TargetInput};
//! let mut person = credit_sim::default_profile();
//! person.credit_utilization_pct = 95;
//! person.recent_applications3m = 5;
//! let plan = plan_to_target(&TargetInput::new(person, Target::Product(Product::CarHire)));
//! assert!(plan.reachable && plan.final_score >= plan.target_score);
//! assert!(plan.steps.iter().all(|s| s.field != "age"));
//! ```

pub mod input;
pub mod levers;
pub mod search;

use serde::Serialize;

use crate::error::ValidationErrors;
use crate::input::Loose;
use crate::profile::Profile;
use crate::scoring::{score_of, FieldValue};

pub use input::{Product, Target, TargetInput};

use levers::{set, value_of, OVER_TIME_FIELDS};
use search::{search, Months};

/// When a step happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum When {
    /// A change a person can make at once.
    Now,
    /// What only months of on-time repayment bring.
    OverTime,
}

/// One change of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetStep {
    /// The Profile field (API name).
    pub field: &'static str,
    /// Its value now.
    pub from: FieldValue,
    /// Its value in the plan.
    pub to: FieldValue,
    /// The score after this step minus the score before it, steps taken in the listed order.
    pub score_gain: i32,
    /// Now, or over time.
    pub when: When,
}

/// The score after a month of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimelinePoint {
    /// 0 for the "now" changes made, then each on-time month.
    pub month: u32,
    /// The score then.
    pub score: u32,
}

/// API.md's `TargetPlan`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetPlan {
    /// The plan reaches the target within the horizon. When false, the steps are the best plan
    /// found: the highest score within the horizon, as soon and with as few steps as possible.
    pub reachable: bool,
    /// The score now.
    pub start_score: u32,
    /// The score with every step made.
    pub final_score: u32,
    /// The score asked for, or the product's minimum score under the rules (eligibility can ask
    /// more: a knock-out cleared, or a limit the debt-service rule allows).
    pub target_score: u32,
    /// On-time months the plan needs (0 when the "now" changes suffice).
    pub months: u32,
    /// The "now" steps, then what time changes.
    pub steps: Vec<TargetStep>,
    /// The score at month 0 (after the "now" steps) and after each month.
    pub timeline: Vec<TimelinePoint>,
}

/// Plans the way from `input.profile` to its target (see the module's doc).
///
/// ```
/// use credit_sim::target::{plan_to_target, Target, TargetInput, When};
/// let person = credit_sim::default_profile();
/// let now = credit_sim::scoring::score_of(&person);
/// let plan = plan_to_target(&TargetInput::new(person, Target::Score(now + 20)));
/// assert!(plan.reachable);
/// assert!(plan.steps.iter().any(|s| s.when == When::Now));
/// assert_eq!(plan.timeline.last().map(|p| p.score), Some(plan.final_score));
/// ```
pub fn plan_to_target(input: &TargetInput) -> TargetPlan {
    let months = Months::new(&input.profile, input.horizon_months);
    let found = search(input, &months);
    let start_score = score_of(&input.profile);
    let now = months.profile(0, &found.choice);
    let end = months.profile(found.months, &found.choice);

    let mut steps = Vec::new();
    let mut walk = input.profile.clone();
    let mut score = start_score;
    let mut step = |field: &'static str, from: FieldValue, to: FieldValue, when: When| {
        set(&mut walk, field, to);
        let after = score_of(&walk);
        steps.push(TargetStep {
            field,
            from,
            to,
            score_gain: i32::try_from(i64::from(after) - i64::from(score)).unwrap_or(0),
            when,
        });
        score = after;
    };
    for (lever, option) in months.levers.iter().zip(&found.choice) {
        let picked = option.and_then(|o| lever.options.get(o)).copied();
        if let (Some(to), Some(from)) = (picked, value_of(&input.profile, lever.field)) {
            step(lever.field, from, to, When::Now);
        }
    }
    for field in OVER_TIME_FIELDS {
        if let (Some(from), Some(to)) = (value_of(&now, field), value_of(&end, field)) {
            if from != to {
                step(field, from, to, When::OverTime);
            }
        }
    }
    let timeline = (0..=found.months)
        .map(|month| TimelinePoint {
            month,
            score: score_of(&months.profile(month, &found.choice)),
        })
        .collect();
    TargetPlan {
        reachable: found.reached,
        start_score,
        final_score: score_of(&end),
        target_score: target_score(input),
        months: found.months,
        steps,
        timeline,
    }
}

/// The score of the target: the one asked for, or the product's minimum under the rules.
fn target_score(input: &TargetInput) -> u32 {
    let r = &input.rules;
    match input.target {
        Target::Score(score) => score,
        Target::Product(Product::CreditLoan) => r.credit_loan.min_score,
        Target::Product(Product::CreditLine) => r.credit_line.min_score,
        Target::Product(Product::MicroBusiness) => r.micro_business.min_score,
        Target::Product(Product::Hotel) => r.deposit_free.hotel,
        Target::Product(Product::Rental) => r.deposit_free.rental,
        Target::Product(Product::CarHire) => r.deposit_free.car_hire,
    }
}

/// The profile a plan leads to: `profile` with every step's `to` made.
///
/// ```
/// use credit_sim::target::{applied, plan_to_target, Target, TargetInput};
/// let person = credit_sim::default_profile();
/// let plan = plan_to_target(&TargetInput::new(person.clone(), Target::Score(760)));
/// assert_eq!(credit_sim::scoring::score_of(&applied(&person, &plan)), plan.final_score);
/// ```
pub fn applied(profile: &Profile, plan: &TargetPlan) -> Profile {
    let mut p = profile.clone();
    for step in &plan.steps {
        set(&mut p, step.field, step.to);
    }
    p
}

/// Validates a loose `planToTarget` input and plans it: the entry point of `planToTarget()` and
/// of the fuzz tests. Never panics.
pub fn plan_to_target_loose(value: &Loose) -> Result<TargetPlan, ValidationErrors> {
    let input = TargetInput::from_loose(value)?;
    Ok(plan_to_target(&input))
}
