//! The headline strip above the tabs: the score (`#score-value`, announced on change), its
//! band, the probability of default and the deposit-free services it unlocks, readable at a
//! glance. (Limits and prices need the loan maths, which the Offers tab loads with it.)

use yew::prelude::*;

use crate::components::band_class;
use crate::format::pct;
use crate::i18n::{band_label, service_short, t, K};
use crate::state::State;

/// The always-visible summary. A plain function, not a component: it renders with every state
/// change anyway, and each component costs the first load its own copy of Yew's lifecycle.
pub fn headline(st: &State) -> Html {
    let lang = st.lang;
    let r = &st.derived.report;
    let unlocked: Vec<&str> = st
        .derived
        .deposit_free
        .iter()
        .filter(|s| s.eligible)
        .map(|s| service_short(lang, s.service))
        .collect();
    let stale = !st.problems.is_empty();
    html! {
        <div class={classes!("headline", band_class(r.band), stale.then_some("is-stale"))} id="result" aria-live="polite" aria-atomic="true">
            <div class="hl-score">
                <span class="hl-label">{ t(lang, K::Score) }</span>
                <span class="hl-value" id="score-value" elementtiming="score">{ r.score }</span>
                <span class={classes!("band-pill", band_class(r.band))} id="score-band">{ band_label(lang, r.band.api_name()) }</span>
            </div>
            <div class="hl-item">
                <span class="hl-label">{ t(lang, K::Pd) }</span>
                <span class="hl-num" id="pd-value">{ pct(r.probability_of_default, 2) }</span>
            </div>
            <div class="hl-item">
                <span class="hl-label">{ t(lang, K::DepositFree) }</span>
                <span class="hl-num" id="deposit-free-summary">{
                    if unlocked.is_empty() { t(lang, K::NotEligible).to_owned() } else { unlocked.join(" · ") }
                }</span>
            </div>
            if stale {
                <p class="hl-stale" id="stale-note">{ t(lang, K::InvalidSummary) }</p>
            }
        </div>
    }
}
