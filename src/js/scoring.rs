//! JavaScript face of scoring and offers: `scoreProfile`, `offers`, `defaultProfile`,
//! `defaultRules`, `presets`, `modelCard`, `reasonText`, each a thin wrapper over the core's
//! `*_loose` entry points.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};
use crate::scoring::Lang;

#[wasm_bindgen(typescript_custom_section)]
const TS_SCORING: &'static str = r#"
export type Education = "none" | "secondary" | "vocational" | "bachelor" | "postgraduate";
export type Occupation = "civilServant" | "employee" | "selfEmployed" | "freelancer" | "student" | "retired" | "unemployed";
export interface Business { monthlyRevenue: string | number; businessAgeMonths: number; revenueTrendPct: number; }
export interface Profile {
  creditAgeMonths: number; repaymentsLast24m: number; onTimeRatePct: number; worstOverdueDays: number;
  monthsSinceOverdue: number | null; creditUtilizationPct: number; recentApplications3m: number;
  depositFreeUses12m: number; brokenContracts24m: number; dishonestDebtor: boolean;
  activeMonths12m: number; monthlySpend: string | number; billsOnTimePct: number; essentialSpendPct: number;
  holdsSavingsProducts: boolean; monthlyIncome: string | number; monthlyDebtPayments: string | number;
  liquidAssets: string | number; ownsHome: boolean; ownsCar: boolean; paysHousingFund: boolean;
  age: number; realNameVerified: boolean; education: Education; occupation: Occupation;
  yearsAtJob: number; phoneYears: number; contactsGoodCreditPct: number; verifiedContacts: number;
  business: Business | null;
}
export type Band = "poor" | "fair" | "good" | "veryGood" | "excellent";
export type DimensionId = "creditHistory" | "behaviour" | "capacity" | "identity" | "social";
export interface DimensionScore { id: DimensionId; points: number; maxPoints: number; }
export interface Reason { code: string; dimension: DimensionId; pointsLost: number; }
export interface Improvement { field: keyof Profile; to: number | string | boolean; scoreGain: number; }
export type KnockOut = "dishonestDebtor" | "notRealNameVerified";
export interface ScoreReport {
  score: number; band: Band; probabilityOfDefault: string; thinFile: boolean; knockOuts: KnockOut[];
  dimensions: DimensionScore[]; reasons: Reason[]; improvements: Improvement[];
}
export type DeclineReason = "dishonestDebtor" | "notRealNameVerified" | "scoreBelowMinimum" | "affordability"
  | "businessTooYoung" | "limitBelowMinimum";
/**
 * A cash-loan or micro-business offer. When `eligible` is false nothing is offered: `limit` is
 * "0.00" and the price fields are indicative, the price this score's risk would be quoted, the
 * APR computed on `aprPrincipal` (the product's minimum limit). When eligible they are the offer.
 */
export interface LoanOffer {
  eligible: boolean;
  /** Empty when eligible. */
  declineReasons: DeclineReason[];
  /** "0.00" when not eligible. */
  limit: string;
  /** The daily rate this score is priced at (indicative when not eligible). */
  dailyRate: string;
  /** dailyRate × 360 (单利). */
  simpleAnnualRate: string;
  /** APR of aprPrincipal over 12 equal monthly instalments at simpleAnnualRate. */
  apr: string;
  /** The amount `apr` is computed on: the limit when eligible, the minimum limit when not. */
  aprPrincipal: string;
  terms: number[];
  methods: ("equalInstallment" | "interestFirst")[];
}
export interface InstallmentPlan { periods: number; feeRate: string; apr: string; }
/** The credit line; when not eligible its plans are indicative, their APRs on `aprPrincipal`. */
export interface CreditLineOffer {
  eligible: boolean; declineReasons: DeclineReason[];
  /** "0.00" when not eligible. */
  limit: string;
  /** The amount the plans' APRs are computed on: the limit when eligible, the minimum limit when not. */
  aprPrincipal: string;
  installmentPlans: InstallmentPlan[];
}
export interface DepositFreeService { service: "hotel" | "rental" | "carHire"; threshold: number; eligible: boolean; }
export interface LegalNote {
  product: "creditLoan" | "creditLine" | "microBusiness"; periods?: number; rate: string;
  above24Pct: boolean; above36Pct: boolean; fourLpr: string; aboveFourLpr: boolean;
}
export interface Offers {
  creditLoan: LoanOffer; creditLine: CreditLineOffer; microBusiness: LoanOffer | null;
  depositFree: DepositFreeService[]; legalNotes: LegalNote[];
}
export interface BandLimits { fair: string | number; good: string | number; veryGood: string | number; excellent: string | number; }
export interface ProductRules {
  creditLoan: { minScore: number; minLimit: string | number; maxLimit: string | number; limitsByBand: BandLimits;
    maxDebtServiceRatio: string | number; dailyRateMin: string | number; dailyRateMax: string | number; insuranceFeeRate: string | number; };
  creditLine: { minScore: number; minLimit: string | number; maxLimit: string | number; limitsByBand: BandLimits;
    installmentFees: { periods: number; feeRate: string | number }[]; };
  microBusiness: { minScore: number; minBusinessAgeMonths: number; revenueMonths: number; minLimit: string | number;
    maxLimit: string | number; dailyRateMin: string | number; dailyRateMax: string | number;
    /** Share of monthly revenue counted as the owner's cash for the debt-service rule ("0.2"). */
    revenueIncomeShare: string | number; };
  depositFree: { hotel: number; rental: number; carHire: number; };
  pricing: { fundingCost: string | number; lossGivenDefault: string | number; operatingCost: string | number; margin: string | number; };
  penaltyMultiplier: string | number; lpr: string | number;
  /** Dynamic credit: limit review and early-warning thresholds. */
  journey: JourneyRules;
}
/** Limit review (提额 / 降额) and early-warning values of a journey. */
export interface JourneyRules {
  /** Clean months in a row before the limit is raised (1–120; 6). */
  raiseAfterCleanMonths: number;
  /** Share of the limit a raise adds (0–10; "0.2"), rounded down to ¥100. */
  raiseShare: string | number;
  /** A late payment of at most this many days freezes the limit, a longer one cuts it (0–3650; 30). */
  freezeMaxDays: number;
  /** Share of the limit a cut takes away (0–1; "0.5"). */
  cutShare: string | number;
  /** Utilisation above this percentage warns (0–200; 90). */
  utilizationWarningPct: number;
  /** A fall of more than this many points in a month warns (0–600; 30). */
  scoreDropWarning: number;
  /** This many applications in three months or more warn (1–100; 3). */
  applicationsWarning: number;
}
/** ProductRules as input: `journey` may be left out (or null) for the defaults. */
export type ProductRulesInput = Omit<ProductRules, "journey"> & { journey?: JourneyRules | null };
export interface Preset { id: string; nameEn: string; nameZh: string; profile: Profile; }
/**
 * The offers for a profile under optional rules (API.md `offers`): `rules` left out,
 * `undefined` or `null` means `defaultRules()`. Throws an `Error` with `errors` on bad input.
 */
export function offers(profile: Profile, rules?: ProductRulesInput | null): Offers;
export interface ModelCard {
  scaling: { pdo: number; baseScore: number; baseOdds: number; offset: number; minScore: number; maxScore: number; };
  fitScale: string; fitAuc: string; fitKs: string;
  characteristics: { id: string; dimension: DimensionId; fields: string[]; source: "germanFit" | "judgement";
    bins: { label: string; labelZh: string; points: number }[]; maxPoints: number; name: { zh: string; en: string }; }[];
  scoreTable: { score: number; band: Band; probabilityOfDefault: string; }[];
}
"#;

/// Scores a profile (API.md `scoreProfile`). Throws an `Error` with `errors` on bad input.
#[wasm_bindgen(js_name = scoreProfile, unchecked_return_type = "ScoreReport")]
pub fn score_profile(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(profile)?;
    let report = crate::scoring::score_profile_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&report)
}

/// The offers for a profile under optional rules (API.md `offers`): `rules` left out, `undefined`
/// or `null` means `defaultRules()`.
/// Its TypeScript signature is written out in `TS_SCORING` (`rules?:`), which wasm-bindgen
/// cannot generate for a typed optional parameter.
#[wasm_bindgen(js_name = offers, skip_typescript)]
pub fn offers(profile: JsValue, rules: Option<JsValue>) -> Result<JsValue, JsValue> {
    let profile = loose_from_js(profile)?;
    let rules = loose_from_js(rules.unwrap_or(JsValue::NULL))?;
    let offers = crate::offers::offers_loose(&profile, &rules).map_err(|e| errors_to_js(&e))?;
    to_js(&offers)
}

/// The default profile: an average 30-year-old salaried borrower.
#[wasm_bindgen(js_name = defaultProfile, unchecked_return_type = "Profile")]
pub fn default_profile() -> Result<JsValue, JsValue> {
    to_js(&crate::profile::default_profile())
}

/// PRODUCT.md's rules.
#[wasm_bindgen(js_name = defaultRules, unchecked_return_type = "ProductRules")]
pub fn default_rules() -> Result<JsValue, JsValue> {
    to_js(&crate::offers::default_rules())
}

/// The preset profiles.
#[wasm_bindgen(js_name = presets, unchecked_return_type = "Preset[]")]
pub fn presets() -> Result<JsValue, JsValue> {
    to_js(&crate::presets::presets())
}

/// The model card as data.
#[wasm_bindgen(js_name = modelCard, unchecked_return_type = "ModelCard")]
pub fn model_card() -> Result<JsValue, JsValue> {
    to_js(&crate::scoring::model_card())
}

/// The sentence of a reason code in `lang` (`"zh"` or `"en"`); empty for an unknown code.
#[wasm_bindgen(js_name = reasonText)]
pub fn reason_text(code: &str, lang: &str) -> String {
    crate::scoring::reason_text(code, Lang::from_tag(lang)).to_owned()
}

/// The action that would help for a reason code in `lang`; empty for an unknown code.
#[wasm_bindgen(js_name = reasonAction)]
pub fn reason_action(code: &str, lang: &str) -> String {
    crate::scoring::reason_action(code, Lang::from_tag(lang)).to_owned()
}
