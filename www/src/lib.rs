//! Credit Simulator's web page: a Yew front end over the pure `credit-sim` core.
//!
//! Layers, each importing only those above it in this list:
//! - [`i18n`]: every text in Chinese and English, typed.
//! - [`format`]: numbers and amounts as the page shows them.
//! - [`scenario`]: the scenario as typed, its link text, the actions that change it and the feed
//!   the page gives its view library. Pure.
//! - [`derive`]: the core's answers reshaped for the views. Pure.
//! - [`csv`]: the schedule as a CSV file. Pure.
//! - [`portfolio`]: a portfolio run as the page's Web Workers do it, and their messages. Pure.
//! - [`browser`]: the only code that touches the browser (web_sys, gloo).
//! - [`widgets`]: charts, gauge, radar, badges, the quantity control; props only.
//! - [`views`]: one module per tab.
//! - [`app`]: the page's own bundle and the one owner of the scenario.
//! - [`library`]: the view library, the second bundle the page loads for the other tabs.
//! - [`embed`]: the embedded page (`?embed=VIEW`), one part of the simulator in another site,
//!   each embed bundle this shell and the views of its part.
//! - [`prerender`]: the first frame, rendered at build time.
//!
//! ARCHITECTURE.md says why it is cut this way; `tests/tidy.rs` checks that it stays so.

pub mod browser;
pub mod csv;
pub mod derive;
pub mod format;
pub mod i18n;
pub mod portfolio;
pub mod scenario;
pub mod widgets;

pub mod app;
pub mod embed;
pub mod library;
pub mod prerender;
pub mod views;
