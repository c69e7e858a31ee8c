//! The offers tab: each product's eligibility (and why not), limit, the APR first and largest,
//! the daily rate beside it, and the legal-line badges; deposit-free services.

use credit_sim::money::LegalLines;
use credit_sim::offers::LoanOffer;
use yew::prelude::*;

use crate::format::{daily_pct, months, pct, pct2, yuan_short};
use crate::i18n::{decline_label, method_label, service_label, t, Lang, K};
use crate::more::Ctx;
use crate::plan::{Action, Product};

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

/// Three badges: 24 %, 36 %, 4 × LPR, each "within" (calm) or "above" (warning), with text.
#[function_component(LegalBadges)]
pub fn legal_badges(p: &BadgeProps) -> Html {
    let l = &p.lines;
    let lang = p.lang;
    let lpr_within = format!("≤ 4×LPR ({})", pct(l.four_lpr, 2));
    let compact = p.compact;
    let short = |within: &str| {
        within
            .replace('≤', ">")
            .replace(" (", "\u{0}")
            .split('\u{0}')
            .next()
            .unwrap_or("")
            .to_owned()
    };
    let badge = |above: bool, within: String, above_text: &'static str| {
        if above && compact {
            html! { <li class="badge badge-warn" title={above_text}><span aria-hidden="true">{ "⚠ " }{ short(&within) }</span><span class="visually-hidden">{ above_text }</span></li> }
        } else if above {
            html! { <li class="badge badge-warn">{ "⚠ " }{ above_text }</li> }
        } else {
            html! { <li class="badge badge-ok">{ "✓ " }{ within }</li> }
        }
    };
    html! {
        <ul class="badges" aria-label={t(lang, K::LegalLines)}>
            { badge(l.above_24_pct, t(lang, K::Within24).to_owned(), t(lang, K::Above24)) }
            { badge(l.above_36_pct, t(lang, K::Within36).to_owned(), t(lang, K::Above36)) }
            { badge(l.above_four_lpr, lpr_within, t(lang, K::AboveLpr)) }
        </ul>
    }
}

fn declines(lang: Lang, reasons: &[&'static str]) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class="declines">
            <span class="declines-label">{ t(lang, K::DeclineReasons) }{ lang.pick("：", ": ") }</span>
            <ul>{ for reasons.iter().map(|r| html! { <li>{ decline_label(lang, r) }</li> }) }</ul>
        </div>
    }
}

fn status(lang: Lang, eligible: bool) -> Html {
    html! {
        <span class={classes!("status", if eligible { "status-ok" } else { "status-no" })}>
            { if eligible { t(lang, K::Eligible) } else { t(lang, K::NotEligible) } }
        </span>
    }
}

fn loan_card(
    lang: Lang,
    id: &str,
    title: K,
    offer: &LoanOffer,
    lines: Option<LegalLines>,
    plan: Callback<MouseEvent>,
) -> Html {
    html! {
        <article class={classes!("card", "offer", (!offer.eligible).then_some("is-declined"))} id={id.to_owned()}>
            <header class="offer-head"><h3>{ t(lang, title) }</h3>{ status(lang, offer.eligible) }</header>
            { declines(lang, &offer.decline_reasons) }
            <div class="rate-row">
                <div class="apr-block">
                    <span class="apr-label">{ t(lang, K::Apr) }</span>
                    <span class="apr-value">{ pct2(offer.apr) }</span>
                </div>
                <div class="daily-block">
                    <span class="apr-label">{ t(lang, K::DailyRate) }</span>
                    <span class="daily-value">{ daily_pct(offer.daily_rate) }</span>
                    <span class="small">{ t(lang, K::SimpleRate) }{ " " }{ pct(offer.simple_annual_rate, 2) }</span>
                </div>
            </div>
            { for lines.map(|l| html! { <LegalBadges lines={l} lang={lang} /> }) }
            <dl class="facts">
                <div><dt>{ t(lang, K::Limit) }</dt><dd class="limit-value">{ yuan_short(offer.limit, lang) }</dd></div>
                <div><dt>{ t(lang, K::Terms) }</dt><dd>{ offer.terms.iter().map(|n| months(*n, lang)).collect::<Vec<_>>().join(" / ") }</dd></div>
                <div><dt>{ t(lang, K::Methods) }</dt><dd>{ offer.methods.iter().map(|m| method_label(lang, m)).collect::<Vec<_>>().join(" / ") }</dd></div>
            </dl>
            <button type="button" class="btn" onclick={plan}>{ t(lang, K::PlanThis) }</button>
        </article>
    }
}

/// The offers tab.
/// A plain function, not a component (like `form::profile_form`): it reads the state, so it
/// rendered with every change anyway.
pub fn offers_view(st: &Ctx) -> Html {
    let lang = st.lang;
    let o = &st.derived.offers;
    let plan = |p: Product| {
        let d = st.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::PlanProduct(p));
            crate::url::fire(crate::url::EV_OPEN_PLAN);
        })
    };
    let note = |product: &str, periods: Option<u32>| {
        o.legal_notes
            .iter()
            .find(|n| n.product == product && n.periods == periods)
            .map(|n| n.lines)
    };
    let line = &o.credit_line;
    html! {
        <div class="offers" id="offers">
            <h2 class="visually-hidden">{ t(lang, K::Offers) }</h2>
            { loan_card(lang, "offer-creditLoan", K::CreditLoan, &o.credit_loan, note("creditLoan", None), plan(Product::CreditLoan)) }
            <article class={classes!("card", "offer", (!line.eligible).then_some("is-declined"))} id="offer-creditLine">
                <header class="offer-head"><h3>{ t(lang, K::CreditLine) }</h3>{ status(lang, line.eligible) }</header>
                { declines(lang, &line.decline_reasons) }
                <dl class="facts">
                    <div><dt>{ t(lang, K::Limit) }</dt><dd class="limit-value">{ yuan_short(line.limit, lang) }</dd></div>
                </dl>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(lang, K::InstallmentPlans)}>
                <table class="plans">
                    <caption>{ t(lang, K::InstallmentPlans) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, K::Periods) }</th>
                        <th scope="col">{ t(lang, K::AprShort) }</th>
                        <th scope="col">{ t(lang, K::FeeRate) }</th>
                        <th scope="col">{ t(lang, K::LegalLines) }</th>
                    </tr></thead>
                    <tbody>
                        { for line.installment_plans.iter().map(|p| html! {
                            <tr>
                                // The number alone under "Periods": "3 months" made the table
                                // wider than its card, and its legal-line column scrolled away.
                                <th scope="row">{ p.periods }</th>
                                <td class="apr-cell">{ pct2(p.apr) }</td>
                                <td>{ pct(p.fee_rate, 2) }</td>
                                <td>{ for note("creditLine", Some(p.periods)).map(|l| html! { <LegalBadges lines={l} lang={lang} compact={true} /> }) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                <button type="button" class="btn" onclick={plan(Product::CreditLine)}>{ t(lang, K::PlanThis) }</button>
            </article>
            {
                match &o.micro_business {
                    Some(m) => loan_card(lang, "offer-microBusiness", K::MicroBusiness, m, note("microBusiness", None), plan(Product::MicroBusiness)),
                    None => html! {
                        <article class="card offer is-declined" id="offer-microBusiness">
                            <header class="offer-head"><h3>{ t(lang, K::MicroBusiness) }</h3></header>
                            <p>{ t(lang, K::NoBusiness) }</p>
                        </article>
                    },
                }
            }
            <article class="card offer" id="offer-depositFree">
                <header class="offer-head"><h3>{ t(lang, K::DepositFree) }</h3></header>
                <ul class="services">
                    { for o.deposit_free.iter().map(|s| html! {
                        <li>
                            <span>{ service_label(lang, s.service) }</span>
                            <span class="small">{ t(lang, K::Threshold) }{ " " }{ s.threshold }</span>
                            { status(lang, s.eligible) }
                        </li>
                    }) }
                </ul>
            </article>
        </div>
    }
}
