//! The score gauge: a half circle from 350 to 950 in the five band colours, with a marker at
//! the score. SVG with presentation attributes only (the CSP allows no inline styles).

use yew::prelude::*;

use crate::format::f1;
use crate::i18n::{score, Lang};
use credit_sim::scoring::Band;

const CX: f64 = 120.0;
const CY: f64 = 120.0;
const R: f64 = 96.0;

/// The point on the arc for a score (350 at the left, 950 at the right).
pub fn point(score: f64, radius: f64) -> (f64, f64) {
    let f = crate::format::clamp_f64((score - 350.0) / 600.0, 0.0, 1.0);
    let angle = std::f64::consts::PI * (1.0 - f);
    let (cos, sin) = crate::format::cos_sin(angle);
    (CX + radius * cos, CY - radius * sin)
}

fn arc(from: f64, to: f64) -> String {
    let (x1, y1) = point(from, R);
    let (x2, y2) = point(to, R);
    format!(
        "M {} {} A 96 96 0 0 1 {} {}",
        f1(x1),
        f1(y1),
        f1(x2),
        f1(y2)
    )
}

/// The gauge's properties.
#[derive(Properties, PartialEq)]
pub struct GaugeProps {
    /// 350–950.
    pub score: u32,
    /// Its band.
    pub band: Band,
    /// Page language.
    pub lang: Lang,
}

/// The gauge.
#[function_component(Gauge)]
pub fn gauge(p: &GaugeProps) -> Html {
    let bands: [(f64, f64, &str); 5] = [
        (350.0, 549.0, "poor"),
        (550.0, 599.0, "fair"),
        (600.0, 649.0, "good"),
        (650.0, 699.0, "veryGood"),
        (700.0, 950.0, "excellent"),
    ];
    let s = f64::from(p.score);
    let (mx, my) = point(s, R);
    let label = format!("{} {}", p.score, p.lang.t(score::band(p.band)));
    html! {
        <svg class="gauge" viewBox="0 0 240 140" role="img" aria-label={label}>
            { for bands.iter().map(|(a, b, name)| html! {
                <path d={arc(*a, *b + 1.0)} class={format!("arc band-stroke-{name}")} fill="none" stroke-width="16" />
            }) }
            <circle cx={f1(mx)} cy={f1(my)} r="9" class="marker" stroke-width="3" />
            <text x="24" y="136" class="gauge-tick" text-anchor="middle">{ "350" }</text>
            <text x="216" y="136" class="gauge-tick" text-anchor="middle">{ "950" }</text>
            <text x="120" y="112" class="gauge-score" text-anchor="middle">{ p.score }</text>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_and_middle() {
        let (x, y) = point(350.0, R);
        assert!((x - (CX - R)).abs() < 1e-9 && (y - CY).abs() < 1e-9);
        let (x, y) = point(950.0, R);
        assert!((x - (CX + R)).abs() < 1e-9 && (y - CY).abs() < 1e-9);
        let (x, y) = point(650.0, R);
        assert!((x - CX).abs() < 1e-9 && (y - (CY - R)).abs() < 1e-9);
    }
}
