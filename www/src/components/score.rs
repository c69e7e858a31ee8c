//! The score tab: gauge, radar, probability of default, reasons and one-click improvements.

use credit_sim::scoring::{reason_action, reason_text, FieldValue};
use yew::prelude::*;

use crate::app::Ctx;
use crate::components::gauge::Gauge;
use crate::components::radar::Radar;
use crate::components::{band_class, core_lang};
use crate::format::{amount_plain, pct, yuan};
use crate::i18n::{band_label, dim_label, field_label, t, Lang, K};
use crate::state::Action;

fn value_text(v: FieldValue, lang: Lang) -> (String, String) {
    match v {
        FieldValue::Count(n) => (n.to_string(), n.to_string()),
        FieldValue::Amount(a) => (amount_plain(a), yuan(a)),
        FieldValue::Flag(b) => (
            if b { "true" } else { "false" }.to_owned(),
            lang.pick(if b { "是" } else { "否" }, if b { "yes" } else { "no" })
                .to_owned(),
        ),
    }
}

/// The score tab (a plain function, like `form::profile_form`).
pub fn score_view(st: &Ctx) -> Html {
    let lang = st.lang;
    let r = &st.derived.report;
    let cl = core_lang(lang);
    let dims: Vec<(&'static str, u32, u32)> = r
        .dimensions
        .iter()
        .map(|d| (d.id.api_name(), d.points, d.max_points))
        .collect();
    let reasons = r.reasons.iter().map(|x| {
        html! {
            <li class="reason">
                <div class="reason-head">
                    <span class="reason-dim">{ dim_label(lang, x.dimension.api_name()) }</span>
                    <span class="reason-lost">{ format!("−{} {}", x.points_lost, t(lang, K::Gain)) }</span>
                </div>
                <p class="reason-text">{ reason_text(x.code, cl) }</p>
                <p class="reason-action">{ reason_action(x.code, cl) }</p>
            </li>
        }
    });
    let improvements = r.improvements.iter().enumerate().map(|(i, imp)| {
        let (raw, shown) = value_text(imp.to, lang);
        let d = st.dispatcher();
        let field = imp.field.to_owned();
        let raw2 = raw.clone();
        let onclick = Callback::from(move |_| d.dispatch(Action::SetField(field.clone(), raw2.clone())));
        html! {
            <li class="improvement">
                <span class="imp-text">
                    { field_label(lang, imp.field) }{ " → " }<strong>{ shown }</strong>
                </span>
                <span class="imp-gain">{ format!("+{} {}", imp.score_gain, t(lang, K::Gain)) }</span>
                <button type="button" class="btn btn-small" id={format!("improve-{i}")} {onclick}
                    aria-label={format!("{}: {} → {}", t(lang, K::Apply), field_label(lang, imp.field), raw)}>
                    { t(lang, K::Apply) }
                </button>
            </li>
        }
    });
    html! {
        <div class="score-tab">
            <section class="card score-card" aria-labelledby="score-h">
                <h2 id="score-h">{ t(lang, K::Score) }</h2>
                <div class="score-visuals">
                    <div class="gauge-wrap">
                        <Gauge score={r.score} band={r.band} lang={lang} />
                        <p class={classes!("band-pill", "band-big", band_class(r.band))}>{ band_label(lang, r.band.api_name()) }</p>
                        <p class="pd"><span class="pd-label">{ t(lang, K::Pd) }</span>
                            <strong>{ pct(r.probability_of_default, 2) }</strong></p>
                        <p class="help">{ t(lang, K::PdHelp) }</p>
                    </div>
                    <div class="radar-wrap">
                        <h3>{ t(lang, K::Dimensions) }</h3>
                        <Radar dims={dims.clone()} lang={lang} />
                        <ul class="dim-bars">
                            { for dims.iter().map(|(id, pts, max)| html! {
                                <li>
                                    <span>{ dim_label(lang, id) }</span>
                                    <meter min="0" max={max.to_string()} value={pts.to_string()} aria-label={dim_label(lang, id)}></meter>
                                    <span class="num-cell">{ format!("{pts}/{max}") }</span>
                                </li>
                            }) }
                        </ul>
                    </div>
                </div>
                if r.thin_file { <p class="note">{ t(lang, K::ThinFile) }</p> }
                if r.knocked_out() { <p class="note note-bad" id="knocked-out">{ t(lang, K::KnockedOut) }</p> }
            </section>
            <section class="card" aria-labelledby="reasons-h">
                <h2 id="reasons-h">{ t(lang, K::Reasons) }</h2>
                if r.reasons.is_empty() { <p>{ t(lang, K::NoReasons) }</p> }
                <ol class="reasons" id="reasons">{ for reasons }</ol>
            </section>
            <section class="card" aria-labelledby="improve-h">
                <h2 id="improve-h">{ t(lang, K::Improvements) }</h2>
                if r.improvements.is_empty() { <p>{ t(lang, K::NoImprovements) }</p> }
                <ul class="improvements" id="improvements">{ for improvements }</ul>
            </section>
        </div>
    }
}
