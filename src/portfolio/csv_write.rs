//! Profiles and scored rows as CSV (the csv crate quotes as RFC 4180 wants): the template a
//! lender fills in, which [`super::profiles_from_csv`] reads back into the same profiles, and the
//! scored rows of a portfolio (each profile's columns, then its score, band, PD and each
//! product's eligibility, limit, APR, expected loss and decline reasons).
//!
//! [`CsvWriter`] writes row by row into a buffer the caller drains ([`CsvWriter::take`]), so a
//! million rows never need to be one string.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use csv::WriterBuilder;

use super::csv_cells::COLUMNS;
use super::underwrite::{ProductOutcome, ScoredRow};
use crate::amount::fen_text;
use crate::offers::DeclineReason;
use crate::profile::Profile;

/// The result columns of a scored row, after the profile's.
pub const SCORED_COLUMNS: [&str; 21] = [
    "score",
    "band",
    "probabilityOfDefault",
    "creditLoan.eligible",
    "creditLoan.limit",
    "creditLoan.apr",
    "creditLoan.expectedLoss",
    "creditLoan.declineReasons",
    "creditLine.eligible",
    "creditLine.limit",
    "creditLine.apr",
    "creditLine.expectedLoss",
    "creditLine.declineReasons",
    "microBusiness.eligible",
    "microBusiness.limit",
    "microBusiness.apr",
    "microBusiness.expectedLoss",
    "microBusiness.declineReasons",
    "depositFree.hotel",
    "depositFree.rental",
    "depositFree.carHire",
];

/// The cells of a profile, in [`COLUMNS`]'s order: whole numbers, amounts with two places,
/// `true`/`false`, `never` for no overdue, empty business cells without a business.
pub fn profile_cells(p: &Profile) -> Vec<String> {
    let n = |v: u32| v.to_string();
    let b = |v: bool| v.to_string();
    let mut cells = vec![
        n(p.credit_age_months),
        n(p.repayments_last24m),
        n(p.on_time_rate_pct),
        n(p.worst_overdue_days),
        p.months_since_overdue.map_or_else(|| "never".to_owned(), n),
        n(p.credit_utilization_pct),
        n(p.recent_applications3m),
        n(p.deposit_free_uses12m),
        n(p.broken_contracts24m),
        b(p.dishonest_debtor),
        n(p.active_months12m),
        fen_text(p.monthly_spend),
        n(p.bills_on_time_pct),
        n(p.essential_spend_pct),
        b(p.holds_savings_products),
        fen_text(p.monthly_income),
        fen_text(p.monthly_debt_payments),
        fen_text(p.liquid_assets),
        b(p.owns_home),
        b(p.owns_car),
        b(p.pays_housing_fund),
        n(p.age),
        b(p.real_name_verified),
        p.education.api_name().to_owned(),
        p.occupation.api_name().to_owned(),
        n(p.years_at_job),
        n(p.phone_years),
        n(p.contacts_good_credit_pct),
        n(p.verified_contacts),
    ];
    match &p.business {
        Some(biz) => cells.extend([
            fen_text(biz.monthly_revenue),
            n(biz.business_age_months),
            biz.revenue_trend_pct.to_string(),
        ]),
        None => cells.extend([String::new(), String::new(), String::new()]),
    }
    cells
}

fn outcome_cells(outcome: Option<&ProductOutcome>) -> [String; 5] {
    match outcome {
        None => Default::default(),
        Some(o) => [
            o.eligible().to_string(),
            fen_text(o.limit),
            o.apr.map(|a| a.to_string()).unwrap_or_default(),
            fen_text(o.expected_loss),
            o.decline
                .iter()
                .map(DeclineReason::api_name)
                .collect::<Vec<_>>()
                .join(" "),
        ],
    }
}

/// The result cells of a scored row, in [`SCORED_COLUMNS`]'s order. A declined product's APR is
/// empty (its indicative price is not an offer); without a business the micro-business cells
/// are all empty.
pub fn scored_cells(row: &ScoredRow) -> Vec<String> {
    let mut cells = vec![
        row.score.to_string(),
        row.band.api_name().to_owned(),
        row.probability_of_default.to_string(),
    ];
    cells.extend(outcome_cells(Some(&row.credit_loan)));
    cells.extend(outcome_cells(Some(&row.credit_line)));
    cells.extend(outcome_cells(row.micro_business.as_ref()));
    cells.extend(row.deposit_free.iter().map(|e| e.to_string()));
    cells
}

/// Writes CSV rows into a buffer that the caller drains as it goes.
///
/// ```
/// use credit_sim::portfolio::csv_write::CsvWriter;
/// let mut w = CsvWriter::profiles();
/// w.profile(&credit_sim::default_profile());
/// let text = String::from_utf8(w.take()).unwrap_or_default();
/// assert!(text.starts_with("creditAgeMonths,repaymentsLast24m,"));
/// assert_eq!(credit_sim::portfolio::profiles_from_csv(&text).profiles, [credit_sim::default_profile()]);
/// ```
pub struct CsvWriter {
    inner: csv::Writer<Shared>,
    buffer: Rc<RefCell<Vec<u8>>>,
}

/// The writer's output, shared with [`CsvWriter`] so it can be drained (`csv::Writer` only lends
/// its sink immutably).
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CsvWriter {
    fn with_header(header: impl IntoIterator<Item = &'static str>) -> CsvWriter {
        let buffer = Rc::new(RefCell::new(Vec::new()));
        let mut inner = WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Shared(Rc::clone(&buffer)));
        // Writing into memory cannot fail.
        let _ = inner.write_record(header);
        CsvWriter { inner, buffer }
    }

    /// A writer of profiles (the template's header first).
    pub fn profiles() -> CsvWriter {
        CsvWriter::with_header(COLUMNS.iter().map(|c| c.name))
    }

    /// A writer of scored rows: the profile's columns, then [`SCORED_COLUMNS`].
    pub fn scored() -> CsvWriter {
        CsvWriter::with_header(COLUMNS.iter().map(|c| c.name).chain(SCORED_COLUMNS))
    }

    /// Writes a profile's row.
    pub fn profile(&mut self, p: &Profile) {
        let _ = self.inner.write_record(profile_cells(p));
    }

    /// Writes a profile's row with its scored cells.
    pub fn scored_row(&mut self, p: &Profile, row: &ScoredRow) {
        let _ = self
            .inner
            .write_record(profile_cells(p).into_iter().chain(scored_cells(row)));
    }

    /// The bytes written since the last call (UTF-8, CRLF line ends).
    pub fn take(&mut self) -> Vec<u8> {
        let _ = self.inner.flush();
        std::mem::take(&mut *self.buffer.borrow_mut())
    }
}

/// The profiles as one CSV text (the template download when given `defaultProfile()`).
pub fn profiles_to_csv(profiles: &[Profile]) -> String {
    let mut w = CsvWriter::profiles();
    for p in profiles {
        w.profile(p);
    }
    String::from_utf8(w.take()).unwrap_or_default()
}
