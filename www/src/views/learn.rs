//! The Learn tab: the model card (from the core's data, every name and bin in the page
//! language) and the glossary.

use credit_sim::scoring::{model_card, Source};
use yew::prelude::*;

use crate::format::pct;
use crate::i18n::{learn as tx, score, Lang};

/// Props of the Learn tab: only the language (it shows the model, not the person).
#[derive(Properties, PartialEq)]
pub struct LearnProps {
    /// The page language.
    pub lang: Lang,
}

/// The Learn tab.
#[function_component(Learn)]
pub fn learn(p: &LearnProps) -> Html {
    let lang = p.lang;
    let card = use_memo((), |()| model_card());
    let sc = &card.scaling;
    let gloss = [
        (tx::GLOSS_APR_TITLE, tx::GLOSS_APR_BODY),
        (tx::GLOSS_FEE_TITLE, tx::GLOSS_FEE_BODY),
        (tx::GLOSS_METHODS_TITLE, tx::GLOSS_METHODS_BODY),
        (tx::GLOSS_REASONS_TITLE, tx::GLOSS_REASONS_BODY),
        (tx::GLOSS_LATE_TITLE, tx::GLOSS_LATE_BODY),
        (tx::GLOSS_LEGAL_TITLE, tx::GLOSS_LEGAL_BODY),
    ];
    let scaling = match lang {
        Lang::Zh => format!(
            "{} 分 ↔ 赔率 {}:1；每 {} 分赔率翻倍",
            sc.base_score, sc.base_odds, sc.pdo
        ),
        Lang::En => format!(
            "{} ↔ odds {}:1; every {} points double the odds",
            sc.base_score, sc.base_odds, sc.pdo
        ),
    };
    html! {
        <div class="learn" id="learn">
            <section class="card" aria-labelledby="card-h">
                <h2 id="card-h">{ lang.t(tx::MODEL_CARD) }</h2>
                <p>{ lang.t(tx::CARD_INTRO) }</p>
                <dl class="facts facts-grid">
                    <div><dt>{ lang.t(tx::CARD_SCALING) }</dt><dd>{ scaling }</dd></div>
                    <div><dt>{ lang.t(tx::CARD_FIT) }</dt><dd>{ format!("AUC {} · KS {}", card.fit_auc, card.fit_ks) }</dd></div>
                </dl>
                <h3>{ lang.t(tx::SCORE_TABLE) }</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-label={lang.t(tx::SCORE_TABLE)}>
                    <table class="score-table">
                        <thead><tr><th scope="col">{ lang.t(score::SCORE) }</th><th scope="col">{ lang.t(score::BAND) }</th><th scope="col">{ lang.t(score::PD) }</th></tr></thead>
                        <tbody>
                            { for card.score_table.iter().map(|r| html! {
                                <tr><th scope="row">{ r.score }</th><td>{ lang.t(score::band(r.band)) }</td><td>{ pct(r.probability_of_default, 2) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ lang.t(tx::CHARACTERISTIC) }</h3>
                <div class="table-wrap sticky-first" tabindex="0" role="region" aria-label={lang.t(tx::CHARACTERISTIC)}>
                    <table class="card-table">
                        <thead><tr>
                            <th scope="col">{ lang.t(tx::CHARACTERISTIC) }</th>
                            <th scope="col">{ lang.t(score::DIMENSIONS) }</th>
                            <th scope="col">{ lang.t(tx::SOURCE) }</th>
                            <th scope="col">{ lang.t(tx::MAX_POINTS) }</th>
                            <th scope="col">{ lang.t(tx::BINS) }</th>
                        </tr></thead>
                        <tbody>
                            { for card.characteristics.iter().map(|c| html! {
                                <tr>
                                    <th scope="row">{ lang.pick(c.name.zh, c.name.en) }</th>
                                    <td>{ lang.t(score::dimension(c.dimension)) }</td>
                                    <td>{ lang.t(if c.source == Source::GermanFit { tx::SOURCE_FIT } else { tx::SOURCE_JUDGEMENT }) }</td>
                                    <td class="num-cell">{ c.max_points }</td>
                                    <td class="bins">{ c.bins.iter().map(|b| format!("{}: {}", lang.pick(b.label_zh, b.label), b.points)).collect::<Vec<_>>().join(" · ") }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <section class="card" aria-labelledby="gloss-h">
                <h2 id="gloss-h">{ lang.t(tx::GLOSSARY) }</h2>
                <dl class="glossary">
                    { for gloss.iter().map(|(h, b)| html! {
                        <div class="gloss-item"><dt>{ lang.t(*h) }</dt><dd>{ lang.t(*b) }</dd></div>
                    }) }
                </dl>
            </section>
        </div>
    }
}
