//! Several lines over months on one axis, with a legend (the minimum-payment trap's balances):
//! each series its own colour and dash, so the lines stay apart in grey too. The plot stretches
//! to the figure's width like the line chart's; the caller formats the top and bottom labels.

use yew::prelude::*;

use super::line_chart::{runs_over, H, PAD, W};
use crate::format::{f1, fixed};

/// One line.
#[derive(Clone, PartialEq)]
pub struct Series {
    /// Its name in the legend.
    pub label: AttrValue,
    /// One value a month from month 0; `None` where there is none.
    pub values: Vec<Option<f64>>,
}

/// Props of the chart.
#[derive(Properties, PartialEq)]
pub struct LinesProps {
    /// The figure's element id.
    pub id: AttrValue,
    /// Its title.
    pub title: AttrValue,
    /// A sentence saying what the lines do, for screen readers.
    pub summary: AttrValue,
    /// The lines, in the legend's order (at most eight have their own style).
    pub series: Vec<Series>,
    /// The bottom and top of the y axis.
    pub range: (f64, f64),
    /// The labels of the bottom and the top.
    pub labels: (AttrValue, AttrValue),
    /// The labels of the first and the last month.
    pub months: (AttrValue, AttrValue),
}

/// The chart.
#[function_component(Lines)]
pub fn lines(p: &LinesProps) -> Html {
    let (lo, hi) = p.range;
    let n = p
        .series
        .iter()
        .map(|s| s.values.len().saturating_sub(1))
        .max()
        .unwrap_or(0)
        .max(1);
    let style = |i: usize| format!("ln ln-{}", i % 8);
    html! {
        <figure class="j-chart chart lines" id={p.id.clone()}>
            <figcaption>
                <span class="chart-title">{ p.title.clone() }</span>
                <span class="legend">
                    { for p.series.iter().enumerate().map(|(i, s)| html! {
                        <span class="ln-key"><svg viewBox="0 0 24 8" aria-hidden="true"><line x1="1" y1="4" x2="23" y2="4" class={style(i)} /></svg>{ s.label.clone() }</span>
                    }) }
                </span>
            </figcaption>
            <div class="j-plot">
                <div class="y-labels" aria-hidden="true">
                    <span class="y-top">{ p.labels.1.clone() }</span>
                    <span class="y-bottom">{ p.labels.0.clone() }</span>
                </div>
                <svg viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} role="img" aria-label={format!("{}: {}", p.title, p.summary)} preserveAspectRatio="none">
                    <line x1={f1(PAD)} y1={f1(PAD)} x2={f1(W - PAD)} y2={f1(PAD)} class="j-grid" />
                    <line x1={f1(PAD)} y1={f1(H - PAD)} x2={f1(W - PAD)} y2={f1(H - PAD)} class="j-axis" />
                    { for p.series.iter().enumerate().flat_map(|(i, s)| {
                        runs_over(&s.values, n, lo, hi).into_iter().map(move |points| html! {
                            <polyline points={points} class={style(i)} fill="none" />
                        })
                    }) }
                </svg>
            </div>
            <div class="x-labels" aria-hidden="true"><span>{ p.months.0.clone() }</span><span>{ p.months.1.clone() }</span></div>
        </figure>
    }
}
