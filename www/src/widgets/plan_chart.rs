//! The plan chart (a widget: props only): the balance over time and, below it, each period's (or year's) principal
//! against interest and fees, as SVG; with a table by year as its text alternative.

use std::rc::Rc;

use credit_sim::money::Schedule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format::{f1, to_f64, yuan};
use crate::i18n::{plan as tx, Lang};

const W: f64 = 640.0;
const LEFT: f64 = 8.0;
const PLOT_W: f64 = W - 16.0;

/// One bar: principal (with any prepayment), interest plus fee, balance at its end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    /// Principal repaid.
    pub principal: Decimal,
    /// Interest and fees paid.
    pub cost: Decimal,
    /// Balance after it.
    pub balance: Decimal,
}

/// Groups the rows into per-period buckets (up to 60 rows) or per-year buckets.
pub fn buckets(s: &Schedule) -> (Vec<Bucket>, bool) {
    let by_year = s.rows.len() > 60;
    let size = if by_year { 12 } else { 1 };
    let out = s
        .rows
        .chunks(size)
        .map(|c| Bucket {
            principal: c
                .iter()
                .map(|r| r.principal + r.prepayment.unwrap_or_default())
                .sum(),
            cost: c.iter().map(|r| r.interest + r.fee).sum(),
            balance: c.last().map_or(Decimal::ZERO, |r| r.balance),
        })
        .collect();
    (out, by_year)
}

/// Props of the chart.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The plan.
    pub schedule: Rc<Schedule>,
    /// Page language.
    pub lang: Lang,
}

/// The chart and its text alternative.
#[function_component(Chart)]
pub fn chart(p: &ChartProps) -> Html {
    let lang = p.lang;
    let s = &p.schedule;
    let (bs, by_year) = buckets(s);
    let n = bs.len().max(1);
    let principal0: Decimal = s
        .rows
        .iter()
        .map(|r| r.principal + r.prepayment.unwrap_or_default())
        .sum();
    let max_bal = to_f64(principal0).max(1.0);
    let max_bar = bs
        .iter()
        .map(|b| to_f64(b.principal + b.cost))
        .fold(1.0_f64, f64::max);
    #[allow(clippy::cast_precision_loss)]
    let step = PLOT_W / n as f64;
    // Balance: top panel, y 10..110.
    let mut line = format!("{l},110.0 {l},10.0", l = f1(LEFT));
    for (i, b) in bs.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let x = LEFT + step * (i as f64 + 1.0);
        let y = 110.0 - 100.0 * to_f64(b.balance) / max_bal;
        line.push_str(&format!(" {},{}", f1(x), f1(y)));
    }
    let area = format!("{line} {},110.0", f1(LEFT + PLOT_W));
    let bars = bs.iter().enumerate().map(|(i, b)| {
        #[allow(clippy::cast_precision_loss)]
        let x = LEFT + step * i as f64 + step * 0.12;
        let w = (step * 0.76).max(0.8);
        let hp = 100.0 * to_f64(b.principal) / max_bar;
        let hc = 100.0 * to_f64(b.cost) / max_bar;
        let base = 240.0;
        html! {
            <g>
                <rect x={f1(x)} y={f1(base - hp)} width={f1(w)} height={f1(hp)} class="bar-principal" />
                <rect x={f1(x)} y={f1(base - hp - hc)} width={f1(w)} height={f1(hc)} class="bar-cost" />
            </g>
        }
    });
    let first = s.rows.first().map_or(Decimal::ZERO, |r| {
        r.balance + r.principal + r.prepayment.unwrap_or_default()
    });
    let desc = match lang {
        Lang::Zh => format!(
            "剩余本金从 {} 在 {} 期内降至 0；总利息与费用 {}。",
            yuan(first),
            s.rows.len(),
            yuan(s.total_interest + s.total_fee)
        ),
        Lang::En => format!(
            "The balance falls from {} to 0 over {} periods; interest and fees total {}.",
            yuan(first),
            s.rows.len(),
            yuan(s.total_interest + s.total_fee)
        ),
    };
    // The text alternative: always by year.
    let years: Vec<(usize, Decimal, Decimal, Decimal)> = s
        .rows
        .chunks(12)
        .enumerate()
        .map(|(i, c)| {
            (
                i + 1,
                c.iter()
                    .map(|r| r.principal + r.prepayment.unwrap_or_default())
                    .sum(),
                c.iter().map(|r| r.interest + r.fee).sum(),
                c.last().map_or(Decimal::ZERO, |r| r.balance),
            )
        })
        .collect();
    html! {
        <figure class="chart" id="plan-chart">
            <figcaption>
                <span class="chart-title">{ lang.t(tx::CHART) }</span>
                <span class="legend">
                    <span class="key key-balance"></span>{ lang.t(tx::CHART_BALANCE) }
                    <span class="key key-principal"></span>{ lang.t(tx::CHART_PRINCIPAL) }
                    <span class="key key-cost"></span>{ lang.t(tx::CHART_COST) }
                    if by_year { <span class="small">{ lang.t(tx::BY_YEAR) }</span> }
                </span>
            </figcaption>
            <svg viewBox="0 0 640 250" role="img" aria-label={desc.clone()} preserveAspectRatio="none">
                <line x1={f1(LEFT)} y1="110" x2={f1(LEFT + PLOT_W)} y2="110" class="axis" />
                <polygon points={area} class="balance-area" />
                <polyline points={line} class="balance-line" fill="none" stroke-width="2" />
                <line x1={f1(LEFT)} y1="240" x2={f1(LEFT + PLOT_W)} y2="240" class="axis" />
                { for bars }
            </svg>
            <p class="visually-hidden">{ desc }</p>
            <details class="chart-text">
                <summary>{ lang.t(tx::CHART_BY_YEAR) }</summary>
                <table class="by-year">
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::YEAR) }</th>
                        <th scope="col">{ lang.t(tx::PRINCIPAL) }</th>
                        <th scope="col">{ lang.t(tx::CHART_COST) }</th>
                        <th scope="col">{ lang.t(tx::BALANCE) }</th>
                    </tr></thead>
                    <tbody>
                        { for years.iter().map(|(y, pr, c, b)| html! {
                            <tr><th scope="row">{ y }</th><td>{ yuan(*pr) }</td><td>{ yuan(*c) }</td><td>{ yuan(*b) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
