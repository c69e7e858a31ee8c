//! Leaf components and helpers that take everything as props or arguments: charts, the gauge,
//! the radar, badges and the quantity control. A widget never imports the app, a view or the
//! scenario's state.

pub mod badges;
pub mod gauge;
pub mod histogram;
pub mod line_chart;
pub mod lines;
pub mod plan_chart;
pub mod quantity;
pub mod radar;

use credit_sim::scoring::Band;

/// The CSS class of a band's colour (`band-veryGood`).
pub fn band_class(band: Band) -> String {
    format!("band-{}", band.api_name())
}
