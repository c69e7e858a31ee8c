//! The legal-line badges of one rate (24 %, 36 %, 4 × LPR), and a product's status pill.

use credit_sim::money::LegalLines;
use yew::prelude::*;

use crate::format::pct;
use crate::i18n::{money as tx, Lang, Text};

/// Props of the legal badges.
#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    /// The checks of one rate.
    pub lines: LegalLines,
    /// Page language.
    pub lang: Lang,
    /// Short labels (in a table); the full sentence stays for screen readers and as a tooltip.
    #[prop_or_default]
    pub compact: bool,
}

/// Three badges, each "within" (calm) or "above" (a warning), with its words.
#[function_component(LegalBadges)]
pub fn legal_badges(p: &BadgeProps) -> Html {
    let l = &p.lines;
    let lang = p.lang;
    let lpr = format!("4×LPR ({})", pct(l.four_lpr, 2));
    let badge = |above: bool, within: String, past: Text, above_text: Text| {
        let above_text = lang.t(above_text);
        match (above, p.compact) {
            (true, true) => html! {
                <li class="badge badge-warn" title={above_text}>
                    <span aria-hidden="true">{ "⚠ " }{ lang.t(past) }</span>
                    <span class="visually-hidden">{ above_text }</span>
                </li>
            },
            (true, false) => html! { <li class="badge badge-warn">{ "⚠ " }{ above_text }</li> },
            (false, _) => html! { <li class="badge badge-ok">{ "✓ " }{ within }</li> },
        }
    };
    html! {
        <ul class="badges" aria-label={lang.t(tx::LEGAL_LINES)}>
            { badge(l.above_24_pct, lang.t(tx::WITHIN_24).to_owned(), tx::PAST_24, tx::ABOVE_24) }
            { badge(l.above_36_pct, lang.t(tx::WITHIN_36).to_owned(), tx::PAST_36, tx::ABOVE_36) }
            { badge(l.above_four_lpr, format!("≤ {lpr}"), tx::PAST_LPR, tx::ABOVE_LPR) }
        </ul>
    }
}

/// "Eligible" or "Not eligible", coloured.
pub fn status(lang: Lang, eligible: bool) -> Html {
    let (class, text) = if eligible {
        ("status-ok", tx::ELIGIBLE)
    } else {
        ("status-no", tx::NOT_ELIGIBLE)
    };
    html! { <span class={classes!("status", class)}>{ lang.t(text) }</span> }
}
