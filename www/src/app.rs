//! The main bundle's root: owns the reducer, reads the scenario from the URL or storage once, and
//! writes its keys back (hash, localStorage, `<html lang>`) in effects. The deferred tabs are a
//! second bundle, loaded through `window.creditSimLoadDeferred` (www/boot.js) the first time one
//! is opened (or hovered), and mounted into `#deferred-root` inside the panel.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{
    form::profile_form,
    notice::{footer, notice_bar},
    score::score_view,
    summary::headline,
};
use crate::i18n::{t, Lang, K};
use crate::state::{Action, Notice, State, Tab};
use crate::{storage, url};

/// The context every component reads: the state and its dispatcher.
pub type Ctx = UseReducerHandle<State>;

#[wasm_bindgen]
extern "C" {
    /// Loads and mounts the deferred bundle once (www/boot.js); resolves when it has started.
    #[wasm_bindgen(js_namespace = window, js_name = creditSimLoadDeferred, catch)]
    fn load_deferred_js() -> Result<js_sys::Promise, JsValue>;
}

/// Where the deferred bundle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deferred {
    /// Not asked for yet.
    Idle,
    /// Asked for, not mounted yet.
    Loading,
    /// Mounted.
    Ready,
    /// The download or start failed.
    Failed,
}

/// Asks for the deferred bundle (a no-op once it is loading or loaded).
fn load_deferred(status: &UseStateHandle<Deferred>) {
    if **status != Deferred::Idle {
        return;
    }
    status.set(Deferred::Loading);
    let failed = {
        let status = status.clone();
        Closure::once(move |_: JsValue| status.set(Deferred::Failed))
    };
    match load_deferred_js() {
        Ok(promise) => {
            let _ = promise.catch(&failed);
            failed.forget();
        }
        Err(_) => status.set(Deferred::Failed),
    }
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// The first state: the link's scenario, else the saved one (staged for the hash, where the
/// deferred bundle reads it: `url::stage`), else defaults in the browser's language. A saved
/// scenario that cannot be read is dropped with a notice.
fn initial_state() -> State {
    let base = State::new(browser_lang());
    let hash = url::read_hash();
    if !hash.is_empty() {
        if let Ok((s, _)) = url::decode(&hash, &base) {
            return s;
        }
        let mut s = base;
        s.notice = Some(Notice::LinkIgnored);
        return s;
    }
    match storage::load() {
        Some(saved) => match url::decode(&saved, &base) {
            Ok((mut s, clean)) => {
                url::stage(&saved);
                if !clean {
                    s.notice = Some(Notice::SavedIgnored);
                }
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

/// How the page starts.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Renders the first frame with the header and the headline (the score) only, and the form
    /// and the tabs right after that frame is painted. The page sets it (`crate::mount`): the
    /// score is painted about 120 ms sooner (BENCHMARKS.md, "The page"), and nothing already
    /// shown moves, since everything that follows comes below it. Tests leave it off and get the
    /// whole page at once.
    #[prop_or_default]
    pub main_after_first_paint: bool,
    /// Starts from the default scenario in this language instead of reading the link, storage
    /// and the browser's language: the build's prerender of the first frame
    /// (`crate::prerender`), which runs outside a browser.
    #[prop_or_default]
    pub prerender: Option<Lang>,
}

/// Calls `f` once the browser has painted the current frame (a timeout queued from the next
/// animation frame), or after 100 ms if no frame comes (a tab loaded in the background).
fn after_first_paint(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let f = Rc::new(f);
    let late = f.clone();
    let after_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let now = Closure::once_into_js(move || f());
            let _ = w.set_timeout_with_callback(now.unchecked_ref());
        }
    });
    let fallback = Closure::once_into_js(move || late());
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 100);
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let prerender = props.prerender;
    let state = use_reducer(move || prerender.map_or_else(initial_state, State::new));
    let deferred = use_state(|| Deferred::Idle);
    let main_shown = use_state_eq(|| !props.main_after_first_paint);
    {
        let main_shown = main_shown.clone();
        use_effect_with((), move |()| {
            if !*main_shown {
                after_first_paint(move || main_shown.set(true));
            }
        });
    }
    {
        let own = url::encode(&state);
        let lang = state.lang;
        use_effect_with((own, lang, state.resets), move |(own, lang, _)| {
            url::write_own(own, true);
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                // Only when it differs: setting `lang` on the root, even to the same value,
                // restyles the whole page (3 ms a keystroke, BENCHMARKS.md).
                if let Some(el) = doc
                    .document_element()
                    .filter(|el| el.get_attribute("lang").as_deref() != Some(lang.tag()))
                {
                    let _ = el.set_attribute("lang", lang.tag());
                }
                doc.set_title(&format!(
                    "{} · {}",
                    t(*lang, K::AppTitle),
                    t(lang.other(), K::AppTitle)
                ));
            }
            url::fire(url::EV_MAIN);
        });
    }
    {
        // A link pasted into this tab changes only the hash: read it like a first load. The
        // deferred bundle says when it has mounted.
        let d = state.dispatcher();
        let open = state.dispatcher();
        let ready = deferred.setter();
        use_effect_with((), move |()| {
            let on_link = url::listen("hashchange", move || {
                let base = State::new(browser_lang());
                let next = match url::decode(&url::read_hash(), &base) {
                    Ok((s, _)) => s,
                    Err(_) => {
                        let mut s = base;
                        s.notice = Some(Notice::LinkIgnored);
                        s
                    }
                };
                d.dispatch(Action::Load(Box::new(next)));
            });
            let on_ready = url::listen(url::EV_READY, move || ready.set(Deferred::Ready));
            // The hash trails the input (url::write_own); a page left meanwhile writes it now.
            let on_hide = url::listen("pagehide", url::write_hash_now);
            let on_hidden = url::listen("visibilitychange", url::write_hash_now);
            let on_plan = url::listen(url::EV_OPEN_PLAN, move || {
                open.dispatch(Action::SetTab(Tab::Plan))
            });
            move || {
                on_link();
                on_ready();
                on_hide();
                on_hidden();
                on_plan();
            }
        });
    }
    let tab = state.tab;
    {
        let deferred = deferred.clone();
        use_effect_with(tab.is_deferred(), move |on| {
            if *on {
                load_deferred(&deferred);
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
        Callback::from(move |_| {
            // The plan keys go too; the deferred bundle (if loaded) resets itself.
            url::replace_hash("");
            url::fire(url::EV_RESET);
            d.dispatch(Action::Reset);
        })
    };
    let prefetch: Rc<dyn Fn()> = {
        let deferred = deferred.clone();
        Rc::new(move || load_deferred(&deferred))
    };
    let tabs = Tab::ALL.iter().map(|&tb| {
        let d = dispatch.clone();
        let selected = tb == tab;
        let (enter, focus) = if tb.is_deferred() {
            let (p1, p2) = (prefetch.clone(), prefetch.clone());
            (
                Some(Callback::from(move |_: MouseEvent| p1())),
                Some(Callback::from(move |_: FocusEvent| p2())),
            )
        } else {
            (None, None)
        };
        html! {
            <a href={format!("#tab-{}", tb.code())} id={format!("tab-{}", tb.code())}
               class={classes!("tab", selected.then_some("is-active"))}
               aria-current={selected.then_some("page")}
               onmouseenter={enter} onfocus={focus}
               onclick={Callback::from(move |e: MouseEvent| { e.prevent_default(); d.dispatch(Action::SetTab(tb)); })}>
                { t(lang, tb.label()) }
            </a>
        }
    });
    let waiting = tab.is_deferred() && *deferred != Deferred::Ready;
    let panel = match tab {
        Tab::Score => score_view(&state),
        _ if *deferred == Deferred::Failed => {
            html! { <p class="card note" role="alert">{ t(lang, K::LoadFailed) }</p> }
        }
        _ if waiting => {
            html! { <p class="card loading" role="status">{ t(lang, K::Loading) }</p> }
        }
        _ => Html::default(),
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
                        <h1>{ t(lang, K::AppTitle) }<span class="alt-title" lang={lang.other().tag()}>{ t(lang.other(), K::AppTitle) }</span></h1>
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
            { notice_bar(&state) }
            { headline(&state) }
            if *main_shown {
                <main class="layout" id="main">
                    { profile_form(&state) }
                    <section class="results" id="results" aria-label={t(lang, K::NavLabel)}>
                        <nav class="tabs" aria-label={t(lang, K::NavLabel)}>{ for tabs }</nav>
                        <div class="panel" id={format!("panel-{}", tab.code())} aria-busy={waiting.then_some("true")}>
                            { panel }
                            <div id="deferred-root" hidden={!tab.is_deferred()}></div>
                        </div>
                    </section>
                </main>
                { footer(lang) }
            } else {
                <main class="layout" id="main" aria-busy="true"></main>
            }
        </ContextProvider<Ctx>>
    }
}
