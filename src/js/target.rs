//! JavaScript face of reaching a goal: `planToTarget`, a thin wrapper over
//! [`crate::target::plan_to_target_loose`], with the TypeScript types of its input and plan.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_TARGET: &'static str = r#"
export type TargetProduct = "creditLoan" | "creditLine" | "microBusiness" | "hotel" | "rental" | "carHire";
export interface TargetInput {
  profile: Profile;
  /** A score (350–950), or eligibility for a product under `rules`. */
  target: { score: number } | { product: TargetProduct };
  rules?: ProductRulesInput | null;
  /** The most on-time months the plan may take, 0–120; 24 when left out. */
  horizonMonths?: number;
}
/** The fields a plan changes: now, or with months of on-time repayment. */
export type TargetField = "realNameVerified" | "recentApplications3m" | "billsOnTimePct" | "creditUtilizationPct"
  | "holdsSavingsProducts" | "verifiedContacts" | "onTimeRatePct" | "repaymentsLast24m" | "creditAgeMonths"
  | "monthsSinceOverdue" | "worstOverdueDays" | "activeMonths12m";
export interface TargetStep {
  field: TargetField;
  from: number | boolean;
  to: number | boolean;
  /** The score after this step minus before it, the steps taken in order. */
  scoreGain: number;
  when: "now" | "overTime";
}
export interface TargetPlan {
  /** False: no plan within the horizon reaches it; the steps are the best plan found. */
  reachable: boolean;
  startScore: number;
  finalScore: number;
  /** The score asked for, or the product's minimum score under the rules. */
  targetScore: number;
  /** On-time months the plan needs (0 when the "now" steps suffice). */
  months: number;
  steps: TargetStep[];
  /** The score at month 0 (the "now" steps made) and after each month. */
  timeline: { month: number; score: number }[];
}
"#;

/// The shortest plan to a score or a product (API.md `planToTarget`). Throws an `Error` with
/// `errors` (paths such as `"profile.age"`, `"target.score"`) on bad input.
#[wasm_bindgen(js_name = planToTarget, unchecked_return_type = "TargetPlan")]
pub fn plan_to_target(
    #[wasm_bindgen(unchecked_param_type = "TargetInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let plan = crate::target::plan_to_target_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&plan)
}
