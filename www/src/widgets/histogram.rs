//! A histogram of counts in bins, with a second series beside the first (a portfolio under rules
//! A and B). The bars stretch to the figure's width; each bin's label and the top count are HTML,
//! so they keep their size on a phone.

use yew::prelude::*;

use crate::format::{f1, fixed};

/// One bin: its label, A's count and B's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// What the bin holds (`350`).
    pub label: String,
    /// A's count.
    pub a: u64,
    /// B's count, when compared.
    pub b: Option<u64>,
}

/// Props of a histogram.
#[derive(Properties, PartialEq)]
pub struct HistogramProps {
    /// The figure's element id.
    pub id: AttrValue,
    /// Its title.
    pub title: AttrValue,
    /// A sentence saying what it shows, for screen readers.
    pub summary: AttrValue,
    /// The legend's names of A and B.
    pub names: (AttrValue, AttrValue),
    /// The top count's label (the caller formats it).
    pub top_label: AttrValue,
    /// The bins, in order.
    pub bins: Vec<Bin>,
}

const W: f64 = 600.0;
const H: f64 = 180.0;

/// A bar's height in plot units for `count` of `top` (a count above zero is at least visible).
fn height(count: u64, top: u64) -> f64 {
    if count == 0 || top == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let h = H * count as f64 / top as f64;
    h.max(1.5)
}

/// The histogram.
#[function_component(Histogram)]
pub fn histogram(p: &HistogramProps) -> Html {
    let top = p
        .bins
        .iter()
        .flat_map(|b| [b.a, b.b.unwrap_or(0)])
        .max()
        .unwrap_or(0);
    let compared = p.bins.iter().any(|b| b.b.is_some());
    #[allow(clippy::cast_precision_loss)]
    let slot = W / p.bins.len().max(1) as f64;
    let bar = if compared { slot * 0.4 } else { slot * 0.7 };
    let bars = p.bins.iter().enumerate().map(|(i, b)| {
        #[allow(clippy::cast_precision_loss)]
        let x = slot * i as f64 + (slot - if compared { 2.0 * bar } else { bar }) / 2.0;
        let (ha, hb) = (height(b.a, top), b.b.map(|n| height(n, top)));
        html! {
            <g>
                <rect class="hist-a" x={f1(x)} y={f1(H - ha)} width={f1(bar)} height={f1(ha)} />
                if let Some(hb) = hb {
                    <rect class="hist-b" x={f1(x + bar)} y={f1(H - hb)} width={f1(bar)} height={f1(hb)} />
                }
            </g>
        }
    });
    html! {
        <figure class="chart hist" id={p.id.clone()}>
            <figcaption>
                <span class="chart-title">{ p.title.clone() }</span>
                <span class="legend">
                    <span class="key key-a"></span>{ p.names.0.clone() }
                    if compared { <span class="key key-b"></span>{ p.names.1.clone() } }
                </span>
            </figcaption>
            <div class="hist-plot">
                <span class="hist-top" aria-hidden="true">{ p.top_label.clone() }</span>
                <svg viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} preserveAspectRatio="none" role="img" aria-label={p.summary.clone()}>
                    <line class="axis" x1="0" y1={f1(H)} x2={f1(W)} y2={f1(H)} />
                    { for bars }
                </svg>
            </div>
            <div class="hist-labels" aria-hidden="true">
                { for p.bins.iter().map(|b| html! { <span>{ b.label.clone() }</span> }) }
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_top_count_and_stay_visible() {
        assert!((height(50, 100) - 90.0).abs() < 1e-9);
        assert!((height(100, 100) - H).abs() < 1e-9);
        assert!((height(1, 1_000_000) - 1.5).abs() < 1e-9);
        assert!(height(0, 100).abs() < 1e-9);
        assert!(height(3, 0).abs() < 1e-9);
    }
}
