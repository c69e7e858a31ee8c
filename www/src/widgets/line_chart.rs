//! A line chart of one value over months (the Journey's score, limit and price), with its
//! range labelled at the left edge by the caller's formatter.

use yew::prelude::*;

use crate::format::{clamp_f64, f1};

/// Props of a line chart.
#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    /// The figure's element id.
    pub id: AttrValue,
    /// Its title (and the chart's accessible name, with `summary`).
    pub title: AttrValue,
    /// A sentence saying what the line does, for screen readers.
    pub summary: AttrValue,
    /// The values, one a month from month 0; `None` where there is none (the line breaks).
    pub values: Vec<Option<f64>>,
    /// The bottom and top of the y axis.
    pub range: (f64, f64),
    /// The labels of the bottom and the top.
    pub labels: (AttrValue, AttrValue),
}

const W: f64 = 640.0;
const H: f64 = 180.0;
const PAD: f64 = 30.0;
const LEFT: f64 = 64.0;

/// The chart.
#[function_component(LineChart)]
pub fn line_chart(p: &LineChartProps) -> Html {
    let n = p.values.len().max(2) - 1;
    #[allow(clippy::cast_precision_loss)]
    let x = |i: usize| LEFT + (W - LEFT - PAD) * (i as f64) / (n as f64);
    let (lo, hi) = p.range;
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y = |v: f64| H - PAD - (H - 2.0 * PAD) * clamp_f64((v - lo) / span, 0.0, 1.0);
    // One polyline per unbroken run of values.
    let mut runs: Vec<String> = Vec::new();
    let mut run = String::new();
    for (i, v) in p.values.iter().enumerate() {
        match v {
            Some(v) => run.push_str(&format!("{},{} ", f1(x(i)), f1(y(*v)))),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let dots = p.values.iter().enumerate().filter_map(|(i, v)| {
        v.map(|v| html! { <circle cx={f1(x(i))} cy={f1(y(v))} r="3" class="j-dot" /> })
    });
    html! {
        <figure class="j-chart chart" id={p.id.clone()}>
            <figcaption><span class="chart-title">{ p.title.clone() }</span></figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={format!("{}: {}", p.title, p.summary)} preserveAspectRatio="none">
                <line x1={f1(LEFT)} y1={f1(H - PAD)} x2={f1(W - PAD)} y2={f1(H - PAD)} class="j-axis" />
                <line x1={f1(LEFT)} y1={f1(PAD)} x2={f1(W - PAD)} y2={f1(PAD)} class="j-grid" />
                <text x={f1(LEFT - 6.0)} y={f1(PAD + 4.0)} class="j-tick" text-anchor="end">{ p.labels.1.clone() }</text>
                <text x={f1(LEFT - 6.0)} y={f1(H - PAD + 4.0)} class="j-tick" text-anchor="end">{ p.labels.0.clone() }</text>
                { for runs.into_iter().map(|points| html! { <polyline points={points} class="j-line" fill="none" /> }) }
                { for dots }
            </svg>
        </figure>
    }
}
