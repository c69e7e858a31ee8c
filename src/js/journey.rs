//! JavaScript face of dynamic credit: `simulateJourney` and `lenderView`, thin wrappers over
//! [`crate::journey::simulate_journey_loose`] and [`crate::journey::lender_view_loose`].

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_JOURNEY: &'static str = r#"
export type JourneyEventName = "onTime" | "late" | "missed" | "payOff" | "newApplication";
export interface JourneyMonthInput { event: JourneyEventName; daysLate?: number; }
export interface JourneyInput { profile: Profile; rules?: ProductRulesInput | null; loan: LoanInput; months: JourneyMonthInput[]; }
export type MonthEvent = JourneyEventName | "limitRaised" | "limitFrozen" | "limitCut" | "loanRepaid";
export type JourneyWarning = "overdue" | "highUtilization" | "highDebtService" | "scoreDrop" | "manyApplications";
export interface JourneyMonth {
  month: number; score: number; band: Band; limit: string; balance: string; penaltyInterest: string;
  daysPastDue: number; events: MonthEvent[]; warnings: JourneyWarning[];
  /**
   * The daily rate a new draw of the credit loan would be quoted at this month's score; null
   * while the credit loan is not offered (a knock-out, or a score below `creditLoan.minScore`).
   */
  dailyRate: string | null;
  /** That draw's APR, as `Offers.creditLoan.apr` (12 equal monthly instalments); null likewise. */
  apr: string | null;
}
export interface Journey { start: JourneyMonth; months: JourneyMonth[]; totalPenaltyInterest: string; }
export interface LenderViewInput { score: number; borrowers?: number; exposure?: string | number; seed?: number; rules?: ProductRulesInput | null; }
export interface LenderView {
  score: number; band: Band; probabilityOfDefault: string; borrowers: number; seed: number; exposure: string;
  lossGivenDefault: string; expectedDefaults: string; defaults: number; defaultShare: string;
  expectedLoss: string; simulatedLoss: string; groups: { borrowers: number; defaults: number }[];
  price: { fundingCost: string; expectedLoss: string; operatingCost: string; margin: string;
    unclampedDailyRate: string; dailyRate: string; clamped: boolean; simpleAnnualRate: string; apr: string; };
  curve: { score: number; probabilityOfDefault: string; dailyRate: string }[];
}
"#;

/// Runs a journey month by month (API.md `simulateJourney`). Throws an `Error` with `errors`
/// (paths like `"months[3].daysLate"`) on bad input.
#[wasm_bindgen(js_name = simulateJourney, unchecked_return_type = "Journey")]
pub fn simulate_journey(
    #[wasm_bindgen(unchecked_param_type = "JourneyInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let journey = crate::journey::simulate_journey_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&journey)
}

/// What happens to N borrowers with one score: a seeded default simulation, expected and
/// simulated loss, and the price offered. Throws an `Error` with `errors` on bad input.
#[wasm_bindgen(js_name = lenderView, unchecked_return_type = "LenderView")]
pub fn lender_view(
    #[wasm_bindgen(unchecked_param_type = "LenderViewInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let view = crate::journey::lender_view_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&view)
}
