//! The page's components. Each reads the app context (`crate::app::Ctx`) and dispatches actions.

pub mod chart;
pub mod compare;
pub mod form;
pub mod gauge;
pub mod journey;
pub mod learn;
pub mod notice;
pub mod offers;
pub mod planner;
pub mod radar;
pub mod schedule_table;
pub mod score;
pub mod summary;

use credit_sim::scoring::Band;

/// The CSS class of a band's colour (`band-veryGood`).
pub fn band_class(band: Band) -> String {
    format!("band-{}", band.api_name())
}

/// The core's language for reason texts.
pub fn core_lang(lang: crate::i18n::Lang) -> credit_sim::scoring::Lang {
    match lang {
        crate::i18n::Lang::Zh => credit_sim::scoring::Lang::Zh,
        crate::i18n::Lang::En => credit_sim::scoring::Lang::En,
    }
}
