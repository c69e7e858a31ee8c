//! The schedule as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese headers), a
//! header row in the page language and every figure exactly as the core gives it (two places).

use credit_sim::amount::fen_text;
use credit_sim::money::Schedule;

use crate::i18n::{plan as tx, workbench as wb, Lang};
use crate::portfolio::rows::{Figure, Section};

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

/// A portfolio's results as CSV: one line per row of the page's tables (section, measure, A,
/// and with B also B and B − A), each figure exact and unformatted (fractions, two-place yuan).
pub fn portfolio_csv(sections: &[Section], lang: Lang) -> String {
    let with_b = sections
        .iter()
        .any(|s| s.rows.iter().any(|r| r.b.is_some()));
    let mut header = vec![
        lang.t(wb::SECTION),
        lang.t(wb::MEASURE),
        lang.t(wb::RULES_A),
    ];
    if with_b {
        header.extend([lang.t(wb::RULES_B), lang.t(wb::DIFF)]);
    }
    let mut out = String::from('\u{FEFF}');
    out.push_str(&header.into_iter().map(quote).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for section in sections {
        for r in &section.rows {
            let mut cells = vec![quote(&section.title), quote(&r.label), r.a.csv()];
            if with_b {
                let b = r.b.map(Figure::csv).unwrap_or_default();
                let diff = r.b.and_then(|b| Figure::difference(r.a, b));
                cells.extend([b, diff.map(|d| d.to_string()).unwrap_or_default()]);
            }
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
    }
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
    fn portfolio_csv_is_the_tables_rows_exactly() {
        use credit_sim::offers::default_rules;
        use credit_sim::portfolio::{portfolio, synthetic::synthetic_range};
        let people: Vec<_> = synthetic_range(5, 0, 200).collect();
        let mut strict = default_rules();
        strict.credit_loan.min_score = 720;
        let (a, b) = (
            portfolio(&people, &default_rules()),
            portfolio(&people, &strict),
        );
        let sections = crate::portfolio::rows::sections(&a, Some(&b), Lang::En);
        let text = portfolio_csv(&sections, Lang::En);
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').lines().collect();
        assert_eq!(lines[0], "Section,Measure,A: rules in force,B,B − A");
        let rows: usize = sections.iter().map(|s| s.rows.len()).sum();
        assert_eq!(lines.len(), rows + 1);
        assert_eq!(lines[1], "Overall,Applicants,200,200,0");
        let rate = lines
            .iter()
            .find(|l| l.starts_with("Credit loan (Jiebei-style),Approval rate,"))
            .expect("a line");
        let cells: Vec<&str> = rate.split(',').collect();
        let (ra, rb, diff): (Decimal, Decimal, Decimal) = (
            cells[2].parse().expect("A"),
            cells[3].parse().expect("B"),
            cells[4].parse().expect("diff"),
        );
        assert_eq!(rb - ra, diff);
        let alone = portfolio_csv(
            &crate::portfolio::rows::sections(&a, None, Lang::Zh),
            Lang::Zh,
        );
        assert!(alone.lines().nth(1).expect("a row").ends_with(",200"));
    }

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
