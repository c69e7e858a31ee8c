//! The five-axis radar of the dimensions: each axis is points / max points of one dimension.

use yew::prelude::*;

use crate::format::f1;
use credit_sim::scoring::Dimension;

use crate::i18n::{score, Lang};

const C: f64 = 130.0;
const R: f64 = 80.0;

fn at(i: usize, n: usize, f: f64) -> (f64, f64) {
    #[allow(clippy::cast_precision_loss)]
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i as f64) / (n as f64);
    let (cos, sin) = crate::format::cos_sin(angle);
    (C + R * f * cos, C - 10.0 + R * f * sin)
}

fn polygon(values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (x, y) = at(i, values.len(), *f);
            format!("{},{}", f1(x), f1(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The radar's properties: `(dimension, points, max points)` in API order.
#[derive(Properties, PartialEq)]
pub struct RadarProps {
    /// The dimensions.
    pub dims: Vec<(Dimension, u32, u32)>,
    /// Page language.
    pub lang: Lang,
}

/// The radar.
#[function_component(Radar)]
pub fn radar(p: &RadarProps) -> Html {
    let n = p.dims.len().max(3);
    let values: Vec<f64> = p
        .dims
        .iter()
        .map(|(_, pts, max)| {
            if *max == 0 {
                0.0
            } else {
                f64::from(*pts) / f64::from(*max)
            }
        })
        .collect();
    let label = p
        .dims
        .iter()
        .map(|(id, pts, max)| format!("{} {pts}/{max}", p.lang.t(score::dimension_short(*id))))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <svg class="radar" viewBox="-64 0 388 240" role="img" aria-label={label}>
            { for [0.25, 0.5, 0.75, 1.0].iter().map(|f| html! {
                <polygon points={polygon(&vec![*f; n])} class="radar-grid" fill="none" />
            }) }
            { for (0..n).map(|i| { let (x, y) = at(i, n, 1.0); html! {
                <line x1="130" y1="120" x2={f1(x)} y2={f1(y)} class="radar-axis" />
            }}) }
            <polygon points={polygon(&values)} class="radar-shape" stroke-width="2" />
            { for p.dims.iter().enumerate().map(|(i, (id, pts, max))| {
                let (x, y) = at(i, n, 1.18);
                let anchor = if (x - C).abs() < 5.0 { "middle" } else if x < C { "end" } else { "start" };
                html! {
                    <text x={f1(x)} y={f1(y + 4.0)} text-anchor={anchor} class="radar-label">
                        { format!("{} {pts}/{max}", p.lang.t(score::dimension_short(*id))) }
                    </text>
                }
            }) }
        </svg>
    }
}
