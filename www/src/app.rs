//! The root component: owns the reducer, reads the scenario from the URL or storage once, and
//! writes it back (hash, localStorage, `<html lang>`) in effects. Everything else renders state.

use yew::prelude::*;

use crate::components::{
    compare::Compare,
    form::ProfileForm,
    journey::JourneyView,
    learn::Learn,
    notice::{Footer, NoticeBar},
    offers::OffersView,
    planner::Planner,
    score::ScoreView,
    summary::Headline,
};
use crate::i18n::{t, Lang, K};
use crate::state::{Action, Notice, State, Tab};
use crate::{storage, url};

/// The context every component reads: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

/// Today as `YYYY-MM-DD` in the browser's local time.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// The first state: the link's scenario, else the saved one, else defaults in the browser's
/// language. A saved scenario that cannot be read is dropped with a notice.
fn initial_state() -> State {
    let base = State::new(browser_lang(), &today());
    let hash = url::read_hash();
    if !hash.trim_start_matches('#').is_empty() {
        if let Ok((s, _)) = url::decode(&hash, &base) {
            return s;
        }
        let mut s = base;
        s.notice = Some(Notice::LinkIgnored);
        return s;
    }
    match storage::load() {
        Some(saved) => match url::decode(&saved, &base) {
            Ok((s, true)) => s,
            Ok((mut s, false)) => {
                s.notice = Some(Notice::SavedIgnored);
                s
            }
            Err(_) => {
                storage::clear();
                let mut s = base;
                s.notice = Some(Notice::SavedIgnored);
                s
            }
        },
        None if storage::has_old() => {
            let mut s = base;
            s.notice = Some(Notice::SavedIgnored);
            s
        }
        None => base,
    }
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    {
        let encoded = url::encode(&state);
        let lang = state.lang;
        use_effect_with((encoded, lang), move |(encoded, lang)| {
            url::write_hash(encoded);
            storage::save(encoded);
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if let Some(el) = doc.document_element() {
                    let _ = el.set_attribute("lang", lang.tag());
                }
                doc.set_title(&format!(
                    "{} · {}",
                    t(*lang, K::AppTitle),
                    t(lang.other(), K::AppTitle)
                ));
            }
        });
    }
    {
        // A link pasted into this tab changes only the hash: read it like a first load.
        let d = state.dispatcher();
        let today = state.today.clone();
        use_effect_with((), move |()| {
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                let base = State::new(browser_lang(), &today);
                let hash = url::read_hash();
                let next = match url::decode(&hash, &base) {
                    Ok((s, _)) => s,
                    Err(_) => {
                        let mut s = base;
                        s.notice = Some(Notice::LinkIgnored);
                        s
                    }
                };
                d.dispatch(Action::Load(Box::new(next)));
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                );
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                    );
                }
                drop(listener);
            }
        });
    }
    let lang = state.lang;
    let dispatch = state.dispatcher();
    let switch_lang = {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::SetLang(lang.other())))
    };
    let reset = {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::Reset))
    };
    let tab = state.tab;
    let tabs = Tab::ALL.iter().map(|&tb| {
        let d = dispatch.clone();
        let onclick = Callback::from(move |_| d.dispatch(Action::SetTab(tb)));
        let selected = tb == tab;
        html! {
            <a href={format!("#tab-{}", tb.code())} id={format!("tab-{}", tb.code())}
               class={classes!("tab", selected.then_some("is-active"))}
               aria-current={selected.then_some("page")}
               onclick={Callback::from(move |e: MouseEvent| { e.prevent_default(); onclick.emit(()); })}>
                { t(lang, tb.label()) }
            </a>
        }
    });
    let panel = match tab {
        Tab::Score => html! { <ScoreView /> },
        Tab::Offers => html! { <OffersView /> },
        Tab::Plan => html! { <Planner /> },
        Tab::Compare => html! { <Compare /> },
        Tab::Journey => html! { <JourneyView /> },
        Tab::Learn => html! { <Learn /> },
    };
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
            <a class="skip" href="#results">{ lang.pick("跳到结果", "Skip to results") }</a>
            <header class="top">
                <div class="brand">
                    <svg class="logo" viewBox="0 0 32 32" aria-hidden="true" width="32" height="32">
                        <circle cx="16" cy="16" r="15" fill="#1d4e89" />
                        <path d="M8 20 A9 9 0 0 1 24 20" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" />
                        <circle cx="16" cy="20" r="2.5" fill="#f4b942" />
                    </svg>
                    <div>
                        <h1>{ t(lang, K::AppTitle) }<span class="alt-title">{ t(lang.other(), K::AppTitle) }</span></h1>
                        <p class="tagline">{ t(lang, K::Tagline) }</p>
                    </div>
                </div>
                <div class="top-actions">
                    <button type="button" id="lang-switch" class="btn" onclick={switch_lang}
                        lang={lang.other().tag()} aria-label={t(lang, K::SwitchLangLabel)}>{ t(lang, K::SwitchLang) }</button>
                    <button type="button" id="reset" class="btn btn-quiet" onclick={reset}>{ t(lang, K::Reset) }</button>
                </div>
            </header>
            <p class="independence" id="independence-notice">{ t(lang, K::Notice) }</p>
            <NoticeBar />
            <Headline />
            <main class="layout" id="main">
                <ProfileForm />
                <section class="results" id="results" aria-label={t(lang, K::NavLabel)}>
                    <nav class="tabs" aria-label={t(lang, K::NavLabel)}>{ for tabs }</nav>
                    <div class="panel" id={format!("panel-{}", tab.code())}>{ panel }</div>
                </section>
            </main>
            <Footer />
        </ContextProvider<Ctx>>
    }
}
