//! The learn tab: the model card (from the core's data) and a glossary, in the page language.

use credit_sim::scoring::{model_card, Source};
use yew::prelude::*;

use crate::format::pct;
use crate::i18n::{band_label, dim_label, field_label, t, K};
use crate::more::Ctx;

/// The learn tab.
#[function_component(Learn)]
pub fn learn() -> Html {
    let Some(st) = use_context::<Ctx>() else {
        return Html::default();
    };
    let lang = st.lang;
    let card = use_memo((), |()| model_card());
    let sc = &card.scaling;
    let gloss = [
        (K::GlossAprTitle, K::GlossAprBody),
        (K::GlossFeeTitle, K::GlossFeeBody),
        (K::GlossMethodsTitle, K::GlossMethodsBody),
        (K::GlossReasonsTitle, K::GlossReasonsBody),
        (K::GlossLateTitle, K::GlossLateBody),
        (K::GlossLegalTitle, K::GlossLegalBody),
    ];
    html! {
        <div class="learn" id="learn">
            <section class="card" aria-labelledby="card-h">
                <h2 id="card-h">{ t(lang, K::ModelCard) }</h2>
                <p>{ t(lang, K::CardIntro) }</p>
                <dl class="facts facts-grid">
                    <div><dt>{ t(lang, K::CardScaling) }</dt><dd>{
                        match lang {
                            crate::i18n::Lang::Zh => format!("{} 分 ↔ 赔率 {}:1；每 {} 分赔率翻倍", sc.base_score, sc.base_odds, sc.pdo),
                            crate::i18n::Lang::En => format!("{} ↔ odds {}:1; every {} points double the odds", sc.base_score, sc.base_odds, sc.pdo),
                        }
                    }</dd></div>
                    <div><dt>{ t(lang, K::CardFit) }</dt><dd>{ format!("AUC {} · KS {}", card.fit_auc, card.fit_ks) }</dd></div>
                </dl>
                <h3>{ t(lang, K::ScoreTable) }</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(lang, K::ScoreTable)}>
                    <table class="score-table">
                        <thead><tr><th scope="col">{ t(lang, K::Score) }</th><th scope="col">{ t(lang, K::Band) }</th><th scope="col">{ t(lang, K::Pd) }</th></tr></thead>
                        <tbody>
                            { for card.score_table.iter().map(|r| html! {
                                <tr><th scope="row">{ r.score }</th><td>{ band_label(lang, r.band.api_name()) }</td><td>{ pct(r.probability_of_default, 2) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ t(lang, K::Characteristic) }</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(lang, K::Characteristic)}>
                    <table class="card-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, K::Characteristic) }</th>
                            <th scope="col">{ t(lang, K::Dimensions) }</th>
                            <th scope="col">{ t(lang, K::Source) }</th>
                            <th scope="col">{ t(lang, K::MaxPoints) }</th>
                            <th scope="col">{ t(lang, K::Bins) }</th>
                        </tr></thead>
                        <tbody>
                            { for card.characteristics.iter().map(|c| html! {
                                <tr>
                                    <th scope="row">{ c.fields.iter().map(|f| field_label(lang, f)).collect::<Vec<_>>().join(" / ") }</th>
                                    <td>{ dim_label(lang, c.dimension.api_name()) }</td>
                                    <td>{ t(lang, if c.source == Source::GermanFit { K::SourceFit } else { K::SourceJudgement }) }</td>
                                    <td class="num-cell">{ c.max_points }</td>
                                    <td class="bins">{ c.bins.iter().map(|b| format!("{}: {}", b.label, b.points)).collect::<Vec<_>>().join(" · ") }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <section class="card" aria-labelledby="gloss-h">
                <h2 id="gloss-h">{ t(lang, K::Glossary) }</h2>
                <dl class="glossary">
                    { for gloss.iter().map(|(h, b)| html! {
                        <div class="gloss-item"><dt>{ t(lang, *h) }</dt><dd>{ t(lang, *b) }</dd></div>
                    }) }
                </dl>
            </section>
        </div>
    }
}
