//! A line chart of one value over months (the Journey's score, limit and price). The plot
//! stretches to the figure's width; its top and bottom values are labelled in HTML beside it, so
//! the labels keep their size and the caller formats them (¥54,560, 5.46万).

use yew::prelude::*;

use crate::format::{clamp_f64, f1, fixed};

/// Props of a line chart.
#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    /// The figure's element id.
    pub id: AttrValue,
    /// Its title.
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

/// The plot's size in its own units; the height is the figure's height in CSS pixels, so the
/// HTML labels line up with the plot's top and bottom.
pub const W: f64 = 600.0;
/// The plot's height.
pub const H: f64 = 160.0;
/// The space kept around the plot.
pub const PAD: f64 = 12.0;

/// The x of month `i` of `n` months after month 0.
fn x_of(i: usize, n: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let f = i as f64 / n.max(1) as f64;
    PAD + (W - 2.0 * PAD) * f
}

/// The y of `v` in `lo..=hi` (outside values stay on the edge).
fn y_of(v: f64, lo: f64, hi: f64) -> f64 {
    let span = if hi > lo { hi - lo } else { 1.0 };
    H - PAD - (H - 2.0 * PAD) * clamp_f64((v - lo) / span, 0.0, 1.0)
}

/// The points of each unbroken run of values, as SVG `points` texts.
fn runs(values: &[Option<f64>], lo: f64, hi: f64) -> Vec<String> {
    runs_over(values, values.len().saturating_sub(1), lo, hi)
}

/// The points of each unbroken run of values on an x axis of `n` months after month 0 (so lines
/// of different lengths share one axis).
pub fn runs_over(values: &[Option<f64>], n: usize, lo: f64, hi: f64) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                run.push_str(&format!("{},{} ", f1(x_of(i, n)), f1(y_of(*v, lo, hi))));
            }
            None if !run.is_empty() => out.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// The chart.
#[function_component(LineChart)]
pub fn line_chart(p: &LineChartProps) -> Html {
    let (lo, hi) = p.range;
    let n = p.values.len().saturating_sub(1);
    // A dot is a line of no length with round caps: it stays round when the plot stretches.
    let dots = p.values.iter().enumerate().filter_map(|(i, v)| {
        v.map(|v| {
            let (x, y) = (f1(x_of(i, n)), f1(y_of(v, lo, hi)));
            html! { <line x1={x.clone()} y1={y.clone()} x2={x} y2={y} class="j-dot" /> }
        })
    });
    html! {
        <figure class="j-chart chart" id={p.id.clone()}>
            <figcaption><span class="chart-title">{ p.title.clone() }</span></figcaption>
            <div class="j-plot">
                <div class="y-labels" aria-hidden="true">
                    <span class="y-top">{ p.labels.1.clone() }</span>
                    <span class="y-bottom">{ p.labels.0.clone() }</span>
                </div>
                <svg viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} role="img" aria-label={format!("{}: {}", p.title, p.summary)} preserveAspectRatio="none">
                    <line x1={f1(PAD)} y1={f1(PAD)} x2={f1(W - PAD)} y2={f1(PAD)} class="j-grid" />
                    <line x1={f1(PAD)} y1={f1(H - PAD)} x2={f1(W - PAD)} y2={f1(H - PAD)} class="j-axis" />
                    { for runs(&p.values, lo, hi).into_iter().map(|points| html! { <polyline points={points} class="j-line" fill="none" /> }) }
                    { for dots }
                </svg>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_value_breaks_the_line() {
        let values = [Some(600.0), Some(650.0), None, Some(700.0)];
        let lines = runs(&values, 600.0, 700.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "12.0,148.0 204.0,80.0 ");
        assert_eq!(lines[1], "588.0,12.0 ");
        assert!(runs(&[None, None], 0.0, 1.0).is_empty());
    }
}
