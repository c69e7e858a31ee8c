//! A portfolio's results as rows of figures, A beside B: the Workbench's tables and the results
//! CSV are both made from these rows, so the file says exactly what the page shows.

use credit_sim::amount::fen_text;
use credit_sim::offers::{DeclineReason, Service};
use credit_sim::portfolio::tally::ProductSummary;
use credit_sim::portfolio::Portfolio;
use credit_sim::scoring::Band;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::format::{pct2, yuan};
use crate::i18n::workbench as tx;
use crate::i18n::{money, score, with_commas, Lang};
use crate::scenario::loan::Product;

/// One figure of a portfolio, of a kind that says how to show it and how to take a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// A count of people.
    Count(u64),
    /// A four-place fraction (`0.8123`), shown as a percentage.
    Share(Decimal),
    /// An amount in yuan, to the fen.
    Money(Decimal),
    /// A four-place APR, or none when nobody was offered the product.
    Apr(Option<Decimal>),
    /// A two-place average score, or none for no profile.
    Score(Option<Decimal>),
    /// A score threshold.
    Points(u32),
}

impl Figure {
    fn value(self) -> Option<Decimal> {
        match self {
            Figure::Count(n) => Some(Decimal::from(n)),
            Figure::Share(d) | Figure::Money(d) => Some(d),
            Figure::Apr(d) | Figure::Score(d) => d,
            Figure::Points(n) => Some(Decimal::from(n)),
        }
    }

    /// As the page shows it: `12,345`, `81.23%`, `¥1,234.00`, `—` for none.
    pub fn text(self) -> String {
        match self {
            Figure::Count(n) => count_text(n),
            Figure::Share(d) => pct2(d),
            Figure::Money(d) => yuan(d),
            Figure::Apr(d) => d.map_or_else(|| "—".to_owned(), pct2),
            Figure::Score(d) => d.map_or_else(|| "—".to_owned(), |d| d.to_string()),
            Figure::Points(n) => n.to_string(),
        }
    }

    /// As the CSV writes it: exact and unformatted (`12345`, `0.8123`, `1234.00`), empty for
    /// none.
    pub fn csv(self) -> String {
        match self {
            Figure::Count(n) => n.to_string(),
            Figure::Share(d) => d.round_dp(4).to_string(),
            Figure::Money(d) => fen_text(d),
            Figure::Apr(d) => d.map(|d| d.round_dp(4).to_string()).unwrap_or_default(),
            Figure::Score(d) => d.map(|d| d.to_string()).unwrap_or_default(),
            Figure::Points(n) => n.to_string(),
        }
    }

    /// `b − a`, exact; none when either has no value.
    pub fn difference(a: Figure, b: Figure) -> Option<Decimal> {
        Some(b.value()? - a.value()?)
    }

    /// `b − a` as the page shows it: signed, rates in percentage points (`+2.31 pp`), `0` when
    /// equal, `—` when either has no value.
    pub fn difference_text(a: Figure, b: Figure, lang: Lang) -> String {
        let Some(d) = Figure::difference(a, b) else {
            return "—".to_owned();
        };
        if d.is_zero() {
            return "0".to_owned();
        }
        let sign = if d.is_sign_negative() { "−" } else { "+" };
        let d = d.abs();
        let body = match a {
            Figure::Share(_) | Figure::Apr(_) => {
                let mut points = (d * Decimal::ONE_HUNDRED)
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                points.rescale(2);
                format!("{points}{}", lang.t(tx::POINTS_SUFFIX))
            }
            Figure::Money(_) => yuan(d),
            Figure::Count(_) | Figure::Points(_) => {
                i64::try_from(d.mantissa()).map_or_else(|_| d.to_string(), with_commas)
            }
            Figure::Score(_) => d.to_string(),
        };
        format!("{sign}{body}")
    }
}

fn count_text(n: u64) -> String {
    i64::try_from(n).map_or_else(|_| n.to_string(), with_commas)
}

/// One measure: its label, A's figure and B's when compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRow {
    /// What it measures, in the page language.
    pub label: String,
    /// Under the rules in force.
    pub a: Figure,
    /// Under rules B.
    pub b: Option<Figure>,
}

/// A group of measures: one table on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its id in the page (`pf-creditLoan`).
    pub id: &'static str,
    /// Its title, in the page language.
    pub title: String,
    /// Its rows.
    pub rows: Vec<ResultRow>,
}

/// The rows of a measure taken from both portfolios.
fn row<F: Fn(&Portfolio) -> Figure>(
    label: String,
    a: &Portfolio,
    b: Option<&Portfolio>,
    of: F,
) -> ResultRow {
    ResultRow {
        label,
        a: of(a),
        b: b.map(of),
    }
}

fn product_of(p: &Portfolio, product: Product) -> &ProductSummary {
    match product {
        Product::CreditLine => &p.products.credit_line,
        Product::MicroBusiness => &p.products.micro_business,
        _ => &p.products.credit_loan,
    }
}

fn band_count(p: &Portfolio, band: Band) -> u64 {
    match band {
        Band::Poor => p.bands.poor,
        Band::Fair => p.bands.fair,
        Band::Good => p.bands.good,
        Band::VeryGood => p.bands.very_good,
        Band::Excellent => p.bands.excellent,
    }
}

fn deposit_free_of(p: &Portfolio, service: Service) -> (u32, Decimal) {
    p.deposit_free
        .iter()
        .find(|d| d.service == service)
        .map_or((0, Decimal::ZERO), |d| (d.threshold, d.share))
}

/// The three loan products, in the order the page lists them.
pub const PRODUCTS: [(Product, &str); 3] = [
    (Product::CreditLoan, "pf-creditLoan"),
    (Product::CreditLine, "pf-creditLine"),
    (Product::MicroBusiness, "pf-microBusiness"),
];

fn product_section(
    product: Product,
    id: &'static str,
    a: &Portfolio,
    b: Option<&Portfolio>,
    lang: Lang,
) -> Section {
    let of = |f: fn(&ProductSummary) -> Figure| move |p: &Portfolio| f(product_of(p, product));
    let mut rows = vec![
        row(
            lang.t(tx::APPLICANTS_COUNT).to_owned(),
            a,
            b,
            of(|s| Figure::Count(s.applicants)),
        ),
        row(
            lang.t(tx::ELIGIBLE_COUNT).to_owned(),
            a,
            b,
            of(|s| Figure::Count(s.eligible)),
        ),
        row(
            lang.t(tx::APPROVAL_RATE).to_owned(),
            a,
            b,
            of(|s| Figure::Share(s.approval_rate)),
        ),
        row(
            lang.t(tx::TOTAL_LIMIT).to_owned(),
            a,
            b,
            of(|s| Figure::Money(s.total_limit)),
        ),
        row(
            lang.t(tx::AVERAGE_LIMIT).to_owned(),
            a,
            b,
            of(|s| Figure::Money(s.average_limit)),
        ),
        row(
            lang.t(tx::AVERAGE_APR).to_owned(),
            a,
            b,
            of(|s| Figure::Apr(s.average_apr)),
        ),
        row(
            lang.t(tx::EXPECTED_LOSS).to_owned(),
            a,
            b,
            of(|s| Figure::Money(s.expected_loss)),
        ),
    ];
    for reason in DeclineReason::ALL {
        let count = |p: &Portfolio| product_of(p, product).decline_reasons.of(reason);
        if count(a) > 0 || b.is_some_and(|b| count(b) > 0) {
            let label = format!(
                "{}{}",
                lang.t(tx::DECLINED_FOR),
                lang.t(money::decline(reason))
            );
            rows.push(row(label, a, b, |p| Figure::Count(count(p))));
        }
    }
    Section {
        id,
        title: lang.t(money::product(product)).to_owned(),
        rows,
    }
}

/// Every measure of `a` (and `b`), in the page's order: the whole population, the score
/// histogram, the bands, each product, the decline reasons and the deposit-free services.
pub fn sections(a: &Portfolio, b: Option<&Portfolio>, lang: Lang) -> Vec<Section> {
    let mut out = vec![Section {
        id: "pf-overall",
        title: lang.t(tx::OVERALL).to_owned(),
        rows: vec![
            row(lang.t(tx::APPLICANTS_COUNT).to_owned(), a, b, |p| {
                Figure::Count(p.count)
            }),
            row(lang.t(tx::AVERAGE_SCORE).to_owned(), a, b, |p| {
                Figure::Score(p.average_score)
            }),
        ],
    }];
    let bins = a.score_histogram.iter().enumerate().map(|(i, bin)| {
        let count =
            move |p: &Portfolio| Figure::Count(p.score_histogram.get(i).map_or(0, |b| b.count));
        let to = if bin.to >= 950 { 950 } else { bin.to - 1 };
        row(format!("{}–{to}", bin.from), a, b, count)
    });
    out.push(Section {
        id: "pf-histogram",
        title: lang.t(tx::HISTOGRAM).to_owned(),
        rows: bins.collect(),
    });
    out.push(Section {
        id: "pf-bands",
        title: lang.t(tx::BANDS).to_owned(),
        rows: Band::ALL
            .into_iter()
            .map(|band| {
                row(lang.t(score::band(band)).to_owned(), a, b, move |p| {
                    Figure::Count(band_count(p, band))
                })
            })
            .collect(),
    });
    out.extend(PRODUCTS.map(|(product, id)| product_section(product, id, a, b, lang)));
    out.push(Section {
        id: "pf-declines",
        title: lang.t(tx::DECLINES).to_owned(),
        rows: DeclineReason::ALL
            .into_iter()
            .map(|reason| {
                row(lang.t(money::decline(reason)).to_owned(), a, b, move |p| {
                    Figure::Count(p.decline_reasons.of(reason))
                })
            })
            .collect(),
    });
    let mut free = Vec::new();
    for service in Service::ALL {
        let name = lang.t(money::service(service));
        free.push(row(name.to_owned(), a, b, move |p| {
            Figure::Share(deposit_free_of(p, service).1)
        }));
        free.push(row(
            format!("{name}: {}", lang.t(tx::THRESHOLD)),
            a,
            b,
            move |p| Figure::Points(deposit_free_of(p, service).0),
        ));
    }
    out.push(Section {
        id: "pf-depositFree",
        title: lang.t(tx::DEPOSIT_FREE_SHARES).to_owned(),
        rows: free,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::offers::default_rules;
    use credit_sim::portfolio::portfolio;
    use credit_sim::portfolio::synthetic::synthetic_range;

    #[test]
    fn figures_read_as_the_page_and_the_file_write_them() {
        let d = |s: &str| s.parse::<Decimal>().expect("a decimal");
        let cases = [
            (Figure::Count(12_345), "12,345", "12345"),
            (Figure::Share(d("0.8123")), "81.23%", "0.8123"),
            (Figure::Money(d("1234.5")), "¥1,234.50", "1234.50"),
            (Figure::Apr(None), "—", ""),
            (Figure::Score(Some(d("612.34"))), "612.34", "612.34"),
        ];
        for (figure, text, csv) in cases {
            assert_eq!((figure.text().as_str(), figure.csv().as_str()), (text, csv));
        }
        let diff = |a, b| Figure::difference_text(a, b, Lang::En);
        assert_eq!(
            diff(Figure::Share(d("0.8123")), Figure::Share(d("0.7892"))),
            "−2.31 pp"
        );
        assert_eq!(diff(Figure::Count(10), Figure::Count(1_010)), "+1,000");
        assert_eq!(
            diff(Figure::Money(d("1")), Figure::Money(d("0.5"))),
            "−¥0.50"
        );
        assert_eq!(diff(Figure::Apr(None), Figure::Apr(Some(d("0.1")))), "—");
        assert_eq!(diff(Figure::Count(3), Figure::Count(3)), "0");
        assert_eq!(
            Figure::difference_text(Figure::Share(d("0.5")), Figure::Share(d("0.6")), Lang::Zh),
            "+10.00 个百分点"
        );
    }

    #[test]
    fn sections_hold_every_measure_for_both_rule_sets() {
        let people: Vec<_> = synthetic_range(3, 0, 400).collect();
        let mut strict = default_rules();
        strict.credit_loan.min_score = 700;
        let a = portfolio(&people, &default_rules());
        let b = portfolio(&people, &strict);
        let all = sections(&a, Some(&b), Lang::En);
        let ids: Vec<_> = all.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "pf-overall",
                "pf-histogram",
                "pf-bands",
                "pf-creditLoan",
                "pf-creditLine",
                "pf-microBusiness",
                "pf-declines",
                "pf-depositFree"
            ]
        );
        assert_eq!(all[1].rows.len(), 12);
        assert_eq!(all[1].rows[11].label, "900–950");
        assert_eq!(all[1].rows[0].label, "350–399");
        let binned: u64 = all[1]
            .rows
            .iter()
            .map(|r| match r.a {
                Figure::Count(n) => n,
                _ => 0,
            })
            .sum();
        assert_eq!(binned, 400);
        let loan = &all[3];
        let approved = loan
            .rows
            .iter()
            .find(|r| r.label == "Approved")
            .expect("a row");
        assert!(
            Figure::difference(approved.a, approved.b.expect("B")).expect("both") <= Decimal::ZERO
        );
        assert!(loan.rows.iter().any(|r| r.label.starts_with("Declined: ")));
        assert!(sections(&a, None, Lang::Zh)
            .iter()
            .all(|s| s.rows.iter().all(|r| r.b.is_none())));
    }
}
