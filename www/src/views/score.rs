//! The Score tab, in the page's own bundle: the gauge, the radar, the probability of default,
//! the reasons and the improvements, each one click to try.

use credit_sim::scoring::{reason_action, reason_text, FieldValue, ScoreReport};
use yew::prelude::*;

use crate::format::{amount_text, pct, yuan};
use crate::i18n::{score as tx, Lang};
use crate::scenario::action::Action;
use crate::scenario::fields::field;
use crate::widgets::band_class;
use crate::widgets::gauge::Gauge;
use crate::widgets::radar::Radar;

/// An improvement's value: the raw text for the form, and how it reads.
pub fn value_text(v: FieldValue, lang: Lang) -> (String, String) {
    match v {
        FieldValue::Count(n) => (n.to_string(), n.to_string()),
        FieldValue::Amount(a) => (amount_text(a), yuan(a)),
        FieldValue::Flag(b) => (
            if b { "true" } else { "false" }.to_owned(),
            lang.t(if b { tx::YES } else { tx::NO }).to_owned(),
        ),
    }
}

/// A profile field's label, by its API path.
fn label(lang: Lang, key: &str) -> &'static str {
    field(key).map_or("", |f| lang.t(f.label))
}

/// The Score tab (a plain function, like the form).
pub fn score_view(lang: Lang, r: &ScoreReport, send: &Callback<Action>) -> Html {
    let cl = lang.core();
    let dims: Vec<_> = r
        .dimensions
        .iter()
        .map(|d| (d.id, d.points, d.max_points))
        .collect();
    let reasons = r.reasons.iter().map(|x| {
        html! {
            <li class="reason">
                <div class="reason-head">
                    <span class="reason-dim">{ lang.t(tx::dimension(x.dimension)) }</span>
                    <span class="reason-lost">{ format!("−{} {}", x.points_lost, lang.t(tx::POINTS)) }</span>
                </div>
                <p class="reason-text">{ reason_text(x.code, cl) }</p>
                <p class="reason-action">{ reason_action(x.code, cl) }</p>
            </li>
        }
    });
    let improvements = r.improvements.iter().enumerate().map(|(i, imp)| {
        let (raw, shown) = value_text(imp.to, lang);
        let onclick = {
            let send = send.clone();
            let (key, raw) = (imp.field.to_owned(), raw.clone());
            Callback::from(move |_| send.emit(Action::SetField(key.clone(), raw.clone())))
        };
        let name = label(lang, imp.field);
        html! {
            <li class="improvement">
                <span class="imp-text">{ name }{ " → " }<strong>{ shown }</strong></span>
                <span class="imp-gain">{ format!("+{} {}", imp.score_gain, lang.t(tx::POINTS)) }</span>
                <button type="button" class="btn btn-small" id={format!("improve-{i}")} {onclick}
                    aria-label={format!("{}: {} → {}", lang.t(tx::APPLY), name, raw)}>
                    { lang.t(tx::APPLY) }
                </button>
            </li>
        }
    });
    html! {
        <div class="score-tab">
            <section class="card score-card" aria-labelledby="score-h">
                <h2 id="score-h">{ lang.t(tx::SCORE) }</h2>
                <div class="score-visuals">
                    <div class="gauge-wrap">
                        <Gauge score={r.score} band={r.band} lang={lang} />
                        <p class={classes!("band-pill", "band-big", band_class(r.band))}>{ lang.t(tx::band(r.band)) }</p>
                        <p class="pd"><span class="pd-label">{ lang.t(tx::PD) }</span>
                            <strong>{ pct(r.probability_of_default, 2) }</strong></p>
                        <p class="help">{ lang.t(tx::PD_HELP) }</p>
                    </div>
                    <div class="radar-wrap">
                        <h3>{ lang.t(tx::DIMENSIONS) }</h3>
                        <Radar dims={dims.clone()} lang={lang} />
                        <ul class="dim-bars">
                            { for dims.iter().map(|(id, pts, max)| html! {
                                <li>
                                    <span>{ lang.t(tx::dimension(*id)) }</span>
                                    <meter min="0" max={max.to_string()} value={pts.to_string()} aria-label={lang.t(tx::dimension(*id))}></meter>
                                    <span class="num-cell">{ format!("{pts}/{max}") }</span>
                                </li>
                            }) }
                        </ul>
                    </div>
                </div>
                if r.thin_file { <p class="note">{ lang.t(tx::THIN_FILE) }</p> }
                if r.knocked_out() { <p class="note note-bad" id="knocked-out">{ lang.t(tx::KNOCKED_OUT) }</p> }
            </section>
            <section class="card" aria-labelledby="reasons-h">
                <h2 id="reasons-h">{ lang.t(tx::REASONS) }</h2>
                if r.reasons.is_empty() { <p>{ lang.t(tx::NO_REASONS) }</p> }
                <ol class="reasons" id="reasons">{ for reasons }</ol>
            </section>
            <section class="card" aria-labelledby="improve-h">
                <h2 id="improve-h">{ lang.t(tx::IMPROVEMENTS) }</h2>
                if r.improvements.is_empty() { <p>{ lang.t(tx::NO_IMPROVEMENTS) }</p> }
                <ul class="improvements" id="improvements">{ for improvements }</ul>
            </section>
        </div>
    }
}
