//! The schedule as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese headers), a
//! header row in the page language and every figure exactly as the core gives it (two places).

use credit_sim::amount::fen_text;
use credit_sim::money::Schedule;

use crate::i18n::{plan as tx, Lang};

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// The whole schedule as CSV text, starting with U+FEFF, lines ending `\r\n`.
pub fn schedule_csv(s: &Schedule, lang: Lang) -> String {
    let header = [
        tx::PERIOD,
        tx::DUE_DATE,
        tx::PAYMENT,
        tx::PRINCIPAL,
        tx::INTEREST,
        tx::FEE,
        tx::PREPAYMENT,
        tx::BALANCE,
    ]
    .map(|k| quote(lang.t(k)))
    .join(",");
    let mut out = String::with_capacity(64 * (s.rows.len() + 4));
    out.push('\u{FEFF}');
    out.push_str(&header);
    out.push_str("\r\n");
    for r in &s.rows {
        let cells = [
            r.period.to_string(),
            r.due_date.map(|d| d.to_string()).unwrap_or_default(),
            fen_text(r.payment),
            fen_text(r.principal),
            fen_text(r.interest),
            fen_text(r.fee),
            r.prepayment.map(fen_text).unwrap_or_default(),
            fen_text(r.balance),
        ];
        out.push_str(&cells.map(|c| quote(&c)).join(","));
        out.push_str("\r\n");
    }
    out.push_str(&format!(
        "{},,{},,{},{},,\r\n",
        quote(lang.t(tx::TOTAL_PAYMENT)),
        fen_text(s.total_payment),
        fen_text(s.total_interest),
        fen_text(s.total_fee)
    ));
    out
}

/// A file name for the download: `credit-sim-plan-10000-12m.csv`.
pub fn file_name(s: &Schedule) -> String {
    let principal: rust_decimal::Decimal = s
        .rows
        .iter()
        .map(|r| r.principal + r.prepayment.unwrap_or_default())
        .sum();
    format!(
        "credit-sim-plan-{}-{}m.csv",
        crate::format::amount_text(principal),
        s.rows.last().map_or(0, |r| r.period)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::money::{amortize, Loan, Method, Rate};
    use rust_decimal::Decimal;

    #[test]
    fn csv_has_bom_header_rows_and_totals() {
        let loan = Loan::new(
            Decimal::from(10_000),
            12,
            Method::EqualInstallment,
            Rate::Annual(Decimal::new(12, 2)),
        );
        let s = amortize(&loan).expect("plan");
        let csv = schedule_csv(&s, Lang::En);
        assert!(csv.starts_with("\u{FEFF}Period,Due date,Payment"));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 14);
        assert!(lines[1].starts_with("1,,888.49,"));
        assert!(lines[12].ends_with(",0.00"));
        assert!(schedule_csv(&s, Lang::Zh).contains("还款额"));
        assert_eq!(file_name(&s), "credit-sim-plan-10000-12m.csv");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
