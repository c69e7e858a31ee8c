//! Legal notes: the rate-cap checks (24 %, 36 %, 4 × LPR) for every rate offered, from the
//! money module's `legal_lines`.

use serde::Serialize;

use super::credit_line::CreditLineOffer;
use super::credit_loan::LoanOffer;
use crate::money::{legal_lines, LegalLines};
use rust_decimal::Decimal;

/// The legal lines of one offered rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalNote {
    /// `"creditLoan"`, `"microBusiness"` or `"creditLine"`.
    pub product: &'static str,
    /// For a credit-line plan, its periods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periods: Option<u32>,
    /// The checks of the APR.
    #[serde(flatten)]
    pub lines: LegalLines,
}

/// Notes for every APR shown: the cash loan, the micro-business loan and each plan, an
/// ineligible product's indicative APR included (the page shows the lines beside every rate).
pub fn legal_notes(
    loan: &LoanOffer,
    line: &CreditLineOffer,
    micro: Option<&LoanOffer>,
    lpr: Decimal,
) -> Vec<LegalNote> {
    let mut notes = vec![LegalNote {
        product: "creditLoan",
        periods: None,
        lines: legal_lines(loan.apr, lpr),
    }];
    notes.extend(line.installment_plans.iter().map(|p| LegalNote {
        product: "creditLine",
        periods: Some(p.periods),
        lines: legal_lines(p.apr, lpr),
    }));
    if let Some(m) = micro {
        notes.push(LegalNote {
            product: "microBusiness",
            periods: None,
            lines: legal_lines(m.apr, lpr),
        });
    }
    notes
}
