//! JavaScript face of the lender's workbench: `syntheticProfiles`, `profilesFromCsv` and
//! `portfolio` of API.md, and for the page's Web Workers `PortfolioRun` (a worker's share:
//! profiles generated from a seed or read from CSV chunks, counted inside WASM, never crossing as
//! JS objects), `mergePortfolio` (the workers' parts into one summary) and `profilesToCsv` (the
//! template download). Each is a thin wrapper over [`crate::portfolio`].

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};
use crate::error::{ErrorCode, ValidationErrors};
use crate::portfolio::run::{PortfolioRun as CoreRun, RunOptions};
use crate::portfolio::SyntheticInput;

#[wasm_bindgen(typescript_custom_section)]
const TS_PORTFOLIO: &'static str = r#"
/** Profiles `from .. from + count` (from defaults to 0) of the population of `seed`. */
export interface SyntheticInput { seed: number; count: number; from?: number; }
/** A problem with the whole file (reading stops) or an ignored column. */
export type CsvWarningCode = "unknownColumn" | "duplicateColumn" | "empty" | "utf16" | "excelWorkbook"
  | "binary" | "notUtf8" | "lineTooLong" | "wrongDelimiter" | "noHeader" | "readFailed";
export interface CsvWarning { code: CsvWarningCode; row: number | null; field: string | null; message: string; }
export type RejectedRowCode = FieldError["code"] | "wrongFieldCount" | "notUtf8";
/** One problem of a skipped row (row 2 is the first data row; a row may have several). */
export interface RejectedRow { row: number; field: string; code: RejectedRowCode; message: string; }
export interface CsvProfiles { profiles: Profile[]; rejectedRows: RejectedRow[]; warnings: CsvWarning[]; }
export interface CsvProblems { rejectedRows: RejectedRow[]; warnings: CsvWarning[]; }
export interface PortfolioInput { profiles: Profile[]; rules?: ProductRulesInput | null; }
export type DeclineCounts = Record<DeclineReason, number>;
export interface ProductSummary {
  applicants: number; eligible: number;
  /** eligible / applicants, 4 places. */
  approvalRate: string;
  totalLimit: string;
  /** totalLimit / eligible to the fen; "0.00" when none is eligible. */
  averageLimit: string;
  /** Mean APR of the eligible, 4 places (the credit line's: its longest plan); null when none is eligible. */
  averageApr: string | null;
  /** Σ round2(PD × LGD × limit) over the eligible. */
  expectedLoss: string;
  declineReasons: DeclineCounts;
}
export interface Portfolio {
  count: number;
  /** Mean score, 2 places; null for no profile. */
  averageScore: number | null;
  scoreHistogram: { from: number; to: number; count: number }[];
  bands: Record<Band, number>;
  products: { creditLoan: ProductSummary; creditLine: ProductSummary; microBusiness: ProductSummary };
  depositFree: { service: "hotel" | "rental" | "carHire"; threshold: number; eligible: number; share: string }[];
  /** Every product's decline reasons, summed. */
  declineReasons: DeclineCounts;
}
export interface ProductPart {
  applicants: number; eligible: number; totalLimit: string; aprSum: string; expectedLoss: string;
  declines: [number, number, number, number, number, number];
}
/** A worker's counts and exact sums, to post to the page and merge with `mergePortfolio`. */
export interface PortfolioPart {
  count: number; scoreSum: number; histogram: number[]; bands: [number, number, number, number, number];
  creditLoan: ProductPart; creditLine: ProductPart; microBusiness: ProductPart; depositFree: [number, number, number];
}
export interface MergePortfolioInput { parts: PortfolioPart[]; rules?: ProductRulesInput | null; }
export interface PortfolioRunOptions { rules?: ProductRulesInput | null; scoredCsv?: boolean; }
"#;

/// `count` profiles of a seeded population (API.md `syntheticProfiles`). Throws an `Error` with
/// `errors` on bad input.
#[wasm_bindgen(js_name = syntheticProfiles, unchecked_return_type = "Profile[]")]
pub fn synthetic_profiles(
    #[wasm_bindgen(unchecked_param_type = "SyntheticInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let profiles =
        crate::portfolio::synthetic_profiles_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&profiles)
}

fn not_text() -> JsValue {
    let mut e = ValidationErrors::new();
    e.push(
        "(input)",
        ErrorCode::WrongType,
        "The CSV must be given as text.",
    );
    errors_to_js(&e)
}

/// Profiles from CSV text (API.md `profilesFromCsv`). Never throws for text: every problem is in
/// `rejectedRows` or `warnings`.
#[wasm_bindgen(js_name = profilesFromCsv, unchecked_return_type = "CsvProfiles")]
pub fn profiles_from_csv(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text.as_string().ok_or_else(not_text)?;
    to_js(&crate::portfolio::profiles_from_csv(&text))
}

/// What a rule set does to a population (API.md `portfolio`). Throws an `Error` with `errors`
/// (`"profiles[3].age"`, `"rules.creditLoan.minScore"`) on bad input.
#[wasm_bindgen(js_name = portfolio, unchecked_return_type = "Portfolio")]
pub fn portfolio(
    #[wasm_bindgen(unchecked_param_type = "PortfolioInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let summary = crate::portfolio::portfolio_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&summary)
}

/// The workers' parts merged into one portfolio. Throws an `Error` with `errors` on bad input.
#[wasm_bindgen(js_name = mergePortfolio, unchecked_return_type = "Portfolio")]
pub fn merge_portfolio(
    #[wasm_bindgen(unchecked_param_type = "MergePortfolioInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let summary = crate::portfolio::merge_portfolio_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&summary)
}

/// Profiles as CSV text with the header `profilesFromCsv` reads (the template: one default
/// profile). Throws an `Error` with `errors` (`"profiles[3].age"`) on bad input.
#[wasm_bindgen(js_name = profilesToCsv)]
pub fn profiles_to_csv(
    #[wasm_bindgen(unchecked_param_type = "Profile[]")] profiles: JsValue,
) -> Result<String, JsValue> {
    let loose = loose_from_js(profiles)?;
    let mut e = ValidationErrors::new();
    let profiles = crate::portfolio::input::profiles_of(Some(&loose), "profiles", &mut e);
    match profiles {
        Some(p) if e.is_empty() => Ok(crate::portfolio::csv_write::profiles_to_csv(&p)),
        _ => Err(errors_to_js(&e)),
    }
}

/// A Web Worker's share of a portfolio: profiles generated from a seed, given, or read from CSV
/// chunks, each underwritten and counted inside WASM as it comes.
#[wasm_bindgen(js_name = PortfolioRun)]
pub struct PortfolioRun {
    run: CoreRun,
}

#[wasm_bindgen(js_class = PortfolioRun)]
impl PortfolioRun {
    /// A run under `options.rules` (default rules); `options.scoredCsv` also writes each scored
    /// row as CSV. Throws an `Error` with `errors` on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "PortfolioRunOptions")] options: JsValue,
    ) -> Result<PortfolioRun, JsValue> {
        let loose = loose_from_js(options)?;
        let options = RunOptions::from_loose(&loose).map_err(|e| errors_to_js(&e))?;
        Ok(PortfolioRun {
            run: CoreRun::new(options),
        })
    }

    /// Generates and counts profiles of a seed's population; gives the count so far.
    #[wasm_bindgen(js_name = addSynthetic)]
    pub fn add_synthetic(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "SyntheticInput")] input: JsValue,
    ) -> Result<f64, JsValue> {
        let loose = loose_from_js(input)?;
        let input = SyntheticInput::from_loose(&loose).map_err(|e| errors_to_js(&e))?;
        self.run.add_synthetic(input);
        Ok(self.count())
    }

    /// Counts the given profiles (all or none: a bad one throws, naming `profiles[i].field`);
    /// gives the count so far.
    #[wasm_bindgen(js_name = addProfiles)]
    pub fn add_profiles(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Profile[]")] profiles: JsValue,
    ) -> Result<f64, JsValue> {
        let loose = loose_from_js(profiles)?;
        let mut e = ValidationErrors::new();
        match crate::portfolio::input::profiles_of(Some(&loose), "profiles", &mut e) {
            Some(list) if e.is_empty() => list.iter().for_each(|p| self.run.add(p)),
            _ => return Err(errors_to_js(&e)),
        }
        Ok(self.count())
    }

    /// Reads the next bytes of a CSV file; gives the count so far.
    #[wasm_bindgen(js_name = pushCsv)]
    pub fn push_csv(&mut self, chunk: &[u8]) -> f64 {
        self.run.push_csv(chunk);
        self.count()
    }

    /// Ends the CSV file; gives the count.
    #[wasm_bindgen(js_name = finishCsv)]
    pub fn finish_csv(&mut self) -> f64 {
        self.run.finish_csv();
        self.count()
    }

    /// The CSV's rejected rows and warnings found since the last call.
    #[wasm_bindgen(js_name = takeProblems, unchecked_return_type = "CsvProblems")]
    pub fn take_problems(&mut self) -> Result<JsValue, JsValue> {
        to_js(&self.run.take_problems())
    }

    /// The scored rows written since the last call, as CSV text (the header first); empty
    /// unless the run was made with `scoredCsv: true`.
    #[wasm_bindgen(js_name = takeScoredCsv)]
    pub fn take_scored_csv(&mut self) -> String {
        self.run.take_scored_csv()
    }

    /// Profiles counted so far.
    pub fn count(&self) -> f64 {
        // Far below 2^53: exact as a JS number.
        #[allow(clippy::cast_precision_loss)]
        let n = self.run.tally().count as f64;
        n
    }

    /// This run's counts as data, for `mergePortfolio`.
    #[wasm_bindgen(unchecked_return_type = "PortfolioPart")]
    pub fn part(&self) -> Result<JsValue, JsValue> {
        to_js(&self.run.tally().part())
    }

    /// This run's own summary.
    #[wasm_bindgen(unchecked_return_type = "Portfolio")]
    pub fn finish(&self) -> Result<JsValue, JsValue> {
        to_js(&self.run.finish())
    }
}
