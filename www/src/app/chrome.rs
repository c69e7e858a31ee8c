//! The page's frame around the form and the tabs: the header, the one-time notice, the headline
//! (the score, announced on change) and the footer.
//!
//! Plain functions, not components: they render with every change anyway, and each component
//! costs the first load its own copy of Yew's lifecycle.

use yew::prelude::*;

use super::state::{Notice, State};
use crate::format::pct;
use crate::i18n::{money, page, score as tx, Lang};
use crate::scenario::action::Action;
use crate::widgets::band_class;

/// The header: the logo, the title in both languages, the language switch, the Embed dialog's
/// button (`prefetch` starts loading the view library, which draws the dialog) and the reset.
pub fn header(
    lang: Lang,
    send: &Callback<Action>,
    on_reset: Callback<MouseEvent>,
    prefetch: &Callback<()>,
) -> Html {
    let switch = {
        let send = send.clone();
        Callback::from(move |_| send.emit(Action::SetLang(lang.other())))
    };
    let embed = {
        let send = send.clone();
        Callback::from(move |_| send.emit(Action::ShowEmbed(true)))
    };
    let (p1, p2) = (prefetch.clone(), prefetch.clone());
    html! {
        <header class="top">
            <div class="brand">
                <svg class="logo" viewBox="0 0 32 32" aria-hidden="true" width="32" height="32">
                    <circle cx="16" cy="16" r="15" fill="#1d4e89" />
                    <path d="M8 20 A9 9 0 0 1 24 20" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" />
                    <circle cx="16" cy="20" r="2.5" fill="#f4b942" />
                </svg>
                <div>
                    <h1>{ lang.t(page::APP_TITLE) }<span class="alt-title" lang={lang.other().tag()}>{ lang.other().t(page::APP_TITLE) }</span></h1>
                    <p class="tagline">{ lang.t(page::TAGLINE) }</p>
                </div>
            </div>
            <div class="top-actions">
                <button type="button" id="lang-switch" class="btn" onclick={switch}
                    lang={lang.other().tag()} aria-label={lang.t(page::SWITCH_LANG_LABEL)}>{ lang.t(page::SWITCH_LANG) }</button>
                <button type="button" id="embed-open" class="btn btn-quiet" onclick={embed} aria-haspopup="dialog"
                    onmouseenter={Callback::from(move |_: MouseEvent| p1.emit(()))}
                    onfocus={Callback::from(move |_: FocusEvent| p2.emit(()))}>{ lang.t(page::EMBED) }</button>
                <button type="button" id="reset" class="btn btn-quiet" onclick={on_reset}>{ lang.t(page::RESET) }</button>
            </div>
        </header>
    }
}

/// A dismissible notice, announced politely.
pub fn notice_bar(st: &State, send: &Callback<Action>) -> Html {
    let lang = st.scenario.lang;
    let Some(notice) = &st.notice else {
        return html! { <div role="status" class="notice-slot"></div> };
    };
    let text = match notice {
        Notice::SavedIgnored => lang.t(page::SAVED_IGNORED).to_owned(),
        Notice::LinkIgnored(keys) if keys.is_empty() => {
            lang.t(page::LINK_IGNORED)
                .trim_end_matches([':', '：'])
                .to_owned()
                + lang.pick("。", ".")
        }
        Notice::LinkIgnored(keys) => format!("{} {}", lang.t(page::LINK_IGNORED), keys.join(", ")),
    };
    let dismiss = {
        let send = send.clone();
        Callback::from(move |_| send.emit(Action::DismissNotice))
    };
    html! {
        <div role="status" class="notice-slot">
            <div class="notice" id="state-notice">
                <span>{ text }</span>
                <button type="button" class="btn btn-quiet" onclick={dismiss}>{ lang.t(page::DISMISS) }</button>
            </div>
        </div>
    }
}

/// The always-visible summary: the score (`#score-value`), its band, the probability of default
/// and the deposit-free services it unlocks. Limits and prices need the loan maths, which the
/// Offers tab loads with it.
pub fn headline(st: &State) -> Html {
    let lang = st.scenario.lang;
    let r = &st.summary.report;
    let unlocked: Vec<&str> = st
        .summary
        .deposit_free
        .iter()
        .filter(|s| s.eligible)
        .map(|s| lang.t(money::service_short(s.service)))
        .collect();
    let stale = !st.problems.is_empty();
    html! {
        <div class={classes!("headline", band_class(r.band), stale.then_some("is-stale"))} id="result" aria-live="polite" aria-atomic="true">
            <div class="hl-score">
                <span class="hl-label">{ lang.t(tx::SCORE) }</span>
                <span class="hl-value" id="score-value" elementtiming="score">{ r.score }</span>
                <span class={classes!("band-pill", band_class(r.band))} id="score-band">{ lang.t(tx::band(r.band)) }</span>
            </div>
            <div class="hl-item">
                <span class="hl-label">{ lang.t(tx::PD) }</span>
                <span class="hl-num" id="pd-value">{ pct(r.probability_of_default, 2) }</span>
            </div>
            <div class="hl-item">
                <span class="hl-label">{ lang.t(tx::DEPOSIT_FREE) }</span>
                <span class="hl-num" id="deposit-free-summary">{
                    if unlocked.is_empty() { lang.t(tx::NONE_UNLOCKED).to_owned() } else { unlocked.join(" · ") }
                }</span>
            </div>
            if stale {
                <p class="hl-stale" id="stale-note">{ lang.t(tx::INVALID_SUMMARY) }</p>
            }
        </div>
    }
}

/// The footer on every page.
pub fn footer(lang: Lang) -> Html {
    html! {
        <footer class="foot">
            <p>{ lang.t(page::NOTICE) }</p>
            <p>{ lang.t(page::PRIVACY) }{ " " }{ lang.t(page::LINK_IN_ADDRESS_BAR) }</p>
            <p lang={lang.other().tag()} class="foot-other">{ lang.other().t(page::NOTICE) }</p>
        </footer>
    }
}
