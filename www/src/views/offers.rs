//! The Offers tab: each product's eligibility (and, when declined, why, with the score it needs
//! and the gap), its limit, the APR first and largest with the daily rate beside it, and the
//! legal-line badges; then the deposit-free services.

use credit_sim::money::LegalLines;
use credit_sim::offers::{DeclineReason, LoanOffer};
use yew::prelude::*;

use super::ViewCtx;
use crate::derive::plan_product;
use crate::format::{daily_pct, months, pct, pct2, yuan_short};
use crate::i18n::{money, offers as tx, Lang};
use crate::scenario::action::Action;
use crate::scenario::loan::{Product, Which};
use crate::scenario::Tab;
use crate::widgets::badges::{status, LegalBadges};

/// Why a product is declined: each reason, and for a score below the minimum the score needed,
/// the score now and the gap, with a way to the improvements.
fn declines(ctx: &ViewCtx, reasons: &[DeclineReason], min_score: u32) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    let lang = ctx.lang();
    let score = ctx.derived.report.score;
    let item = |r: &DeclineReason| {
        let text = lang.t(money::decline(*r));
        if *r != DeclineReason::ScoreBelowMinimum {
            return html! { <li>{ text }</li> };
        }
        let gap = min_score.saturating_sub(score);
        let detail = match lang {
            Lang::Zh => format!("需要 {min_score} 分，你现在 {score} 分：还差 {gap} 分"),
            Lang::En => format!("needs {min_score}, you have {score}: {gap} points short"),
        };
        html! {
            <li>
                { text }{ lang.pick("：", ": ") }<span class="gap">{ detail }</span>
                { " " }
                <a href="#improvements" class="to-improvements" onclick={ctx.on(|e: MouseEvent| { e.prevent_default(); Action::SetTab(Tab::Score) })}>
                    { lang.t(tx::SEE_IMPROVEMENTS) }
                </a>
            </li>
        }
    };
    html! {
        <div class="declines">
            <span class="declines-label">{ lang.t(tx::DECLINE_REASONS) }{ lang.pick("：", ": ") }</span>
            <ul>{ for reasons.iter().map(item) }</ul>
        </div>
    }
}

/// "Plan this loan": plan A on this product at its limit, on the planner.
fn plan_button(ctx: &ViewCtx, product: Product) -> Html {
    let (send, derived, form) = (
        ctx.send.clone(),
        ctx.derived.clone(),
        ctx.scenario().plan_a.clone(),
    );
    let onclick = Callback::from(move |_: MouseEvent| {
        let next = plan_product(&form, &derived, product);
        send.emit(Action::SetLoan(Which::A, Box::new(next)));
        send.emit(Action::SetPage(0));
        send.emit(Action::SetTab(Tab::Plan));
    });
    html! { <button type="button" class="btn" {onclick}>{ ctx.lang().t(tx::PLAN_THIS) }</button> }
}

fn loan_card(
    ctx: &ViewCtx,
    product: Product,
    offer: &LoanOffer,
    min_score: u32,
    lines: Option<LegalLines>,
) -> Html {
    let lang = ctx.lang();
    html! {
        <article class={classes!("card", "offer", (!offer.eligible).then_some("is-declined"))} id={format!("offer-{}", product.code())}>
            <header class="offer-head"><h3>{ lang.t(money::product(product)) }</h3>{ status(lang, offer.eligible) }</header>
            { declines(ctx, &offer.decline_reasons, min_score) }
            <div class="rate-row">
                <div class="apr-block">
                    <span class="apr-label">{ lang.t(money::APR) }</span>
                    <span class="apr-value">{ pct2(offer.apr) }</span>
                </div>
                <div class="daily-block">
                    <span class="apr-label">{ lang.t(money::DAILY_RATE) }</span>
                    <span class="daily-value">{ daily_pct(offer.daily_rate) }</span>
                    <span class="small">{ lang.t(money::SIMPLE_RATE) }{ " " }{ pct(offer.simple_annual_rate, 2) }</span>
                </div>
            </div>
            { for lines.map(|l| html! { <LegalBadges lines={l} lang={lang} /> }) }
            <dl class="facts">
                <div><dt>{ lang.t(money::LIMIT) }</dt><dd class="limit-value">{ yuan_short(offer.limit, lang) }</dd></div>
                <div><dt>{ lang.t(tx::TERMS) }</dt><dd>{ offer.terms.iter().map(|n| months(*n, lang)).collect::<Vec<_>>().join(" / ") }</dd></div>
                <div><dt>{ lang.t(tx::METHODS) }</dt><dd>{ offer.methods.iter().map(|m| lang.t(money::method(m))).collect::<Vec<_>>().join(" / ") }</dd></div>
            </dl>
            if offer.eligible { { plan_button(ctx, product) } }
        </article>
    }
}

/// The Offers tab.
pub fn offers_view(ctx: &ViewCtx) -> Html {
    let lang = ctx.lang();
    let o = &ctx.derived.offers;
    let rules = &ctx.derived.rules;
    let note = |product: &str, periods: Option<u32>| {
        o.legal_notes
            .iter()
            .find(|n| n.product == product && n.periods == periods)
            .map(|n| n.lines)
    };
    let line = &o.credit_line;
    html! {
        <div class="offers" id="offers">
            <h2 class="visually-hidden">{ lang.t(tx::OFFERS) }</h2>
            { loan_card(ctx, Product::CreditLoan, &o.credit_loan, rules.credit_loan.min_score, note("creditLoan", None)) }
            <article class={classes!("card", "offer", (!line.eligible).then_some("is-declined"))} id="offer-creditLine">
                <header class="offer-head"><h3>{ lang.t(money::product(Product::CreditLine)) }</h3>{ status(lang, line.eligible) }</header>
                { declines(ctx, &line.decline_reasons, rules.credit_line.min_score) }
                <dl class="facts">
                    <div><dt>{ lang.t(money::LIMIT) }</dt><dd class="limit-value">{ yuan_short(line.limit, lang) }</dd></div>
                </dl>
                <div class="table-wrap" tabindex="0" role="region" aria-label={lang.t(tx::INSTALLMENT_PLANS)}>
                <table class="plans">
                    <caption>{ lang.t(tx::INSTALLMENT_PLANS) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::PERIODS) }</th>
                        <th scope="col">{ lang.t(money::APR_SHORT) }</th>
                        <th scope="col">{ lang.t(tx::FEE_RATE) }</th>
                        <th scope="col">{ lang.t(money::LEGAL_LINES) }</th>
                    </tr></thead>
                    <tbody>
                        { for line.installment_plans.iter().map(|p| html! {
                            <tr>
                                // The number alone under "Periods" keeps the table within its card.
                                <th scope="row">{ p.periods }</th>
                                <td class="apr-cell">{ pct2(p.apr) }</td>
                                <td>{ pct(p.fee_rate, 2) }</td>
                                <td>{ for note("creditLine", Some(p.periods)).map(|l| html! { <LegalBadges lines={l} lang={lang} compact={true} /> }) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                if line.eligible { { plan_button(ctx, Product::CreditLine) } }
            </article>
            {
                match &o.micro_business {
                    Some(m) => loan_card(ctx, Product::MicroBusiness, m, rules.micro_business.min_score, note("microBusiness", None)),
                    None => html! {
                        <article class="card offer is-declined" id="offer-microBusiness">
                            <header class="offer-head"><h3>{ lang.t(money::product(Product::MicroBusiness)) }</h3></header>
                            <p>{ lang.t(tx::NO_BUSINESS) }</p>
                        </article>
                    },
                }
            }
            <article class="card offer" id="offer-depositFree">
                <header class="offer-head"><h3>{ lang.t(crate::i18n::score::DEPOSIT_FREE) }</h3></header>
                <ul class="services">
                    { for o.deposit_free.iter().map(|s| html! {
                        <li>
                            <span>{ lang.t(money::service(s.service)) }</span>
                            <span class="small">{ lang.t(tx::THRESHOLD) }{ " " }{ s.threshold }</span>
                            { status(lang, s.eligible) }
                        </li>
                    }) }
                </ul>
            </article>
        </div>
    }
}
