//! The page's own bundle (the first load) and the one owner of the scenario: it holds the state
//! (`state`), reads the scenario once from the link or storage, writes it back (hash, storage,
//! `<html lang>`), renders the frame, the profile form and the Score tab, and loads, mounts and
//! feeds the view library for every other tab (`crate::browser::library`), whose actions come
//! back here.

pub mod chrome;
pub mod form;
pub mod state;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{self, hash, library, storage};
use crate::i18n::{page, Lang};
use crate::scenario::action::Action;
use crate::scenario::{Bundle, Tab};
use crate::views::score::score_view;
use state::{Sources, State};

/// Where the view library is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Library {
    /// Not asked for yet.
    Idle,
    /// Asked for, not mounted yet.
    Loading,
    /// Mounted.
    Ready,
    /// The download or start failed.
    Failed,
}

/// How the page starts.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Renders the first frame with the header and the headline (the score) only, and the form
    /// and the tabs right after that frame is painted: the score is painted sooner, and nothing
    /// already shown moves, since everything that follows comes below it. Tests leave it off and
    /// get the whole page at once.
    #[prop_or_default]
    pub main_after_first_paint: bool,
    /// Starts from the default scenario in this language instead of reading the link, storage
    /// and the browser: the build's prerender of the first frame (`crate::prerender`), which
    /// runs outside a browser.
    #[prop_or_default]
    pub prerender: Option<Lang>,
}

/// The first state, from the browser's link, storage and language.
fn read_sources() -> Sources {
    Sources {
        hash: hash::read(),
        saved: storage::load(),
        old_saved: storage::has_old(),
        lang: browser::language(),
        today: browser::today(),
    }
}

/// What the page keeps of the view library between renders.
#[derive(Default)]
struct LibraryLink {
    /// The library, once mounted.
    library: Option<library::ViewLibrary>,
    /// The last feed text it was given.
    fed: String,
    /// The function it calls with each action (kept alive for the page's life).
    send: Option<js_sys::Function>,
}

/// Downloads the view library once, then mounts it into `#deferred-root` with the current feed.
fn load_library(
    status: &UseStateHandle<Library>,
    link: &Rc<RefCell<LibraryLink>>,
    state: &UseReducerHandle<State>,
) {
    if **status != Library::Idle {
        return;
    }
    status.set(Library::Loading);
    let send = {
        let dispatch = state.dispatcher();
        library::sender(move |text| {
            if let Some(action) = Action::from_text(&text) {
                dispatch.dispatch(action);
            }
        })
    };
    let (ready, failed) = (status.clone(), status.clone());
    let link = link.clone();
    let state = state.clone();
    library::load(
        move |lib| {
            let feed = state.feed().to_text();
            let started = browser::element("deferred-root")
                .is_some_and(|root| lib.start(&root, &feed, &send));
            let mut l = link.borrow_mut();
            l.fed = feed;
            l.library = Some(lib);
            l.send = Some(send);
            ready.set(if started {
                Library::Ready
            } else {
                Library::Failed
            });
        },
        move || failed.set(Library::Failed),
    );
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let prerender = props.prerender;
    let state = use_reducer(move || match prerender {
        Some(lang) => State::new(lang, "2000-01-01"),
        None => State::from_sources(&read_sources()),
    });
    let status = use_state(|| Library::Idle);
    let link = use_mut_ref(LibraryLink::default);
    let main_shown = use_state_eq(|| !props.main_after_first_paint);
    {
        let main_shown = main_shown.clone();
        use_effect_with((), move |()| {
            if !*main_shown {
                browser::after_first_paint(move || main_shown.set(true));
            }
        });
    }
    let lang = state.scenario.lang;
    {
        // The scenario goes to storage at once and to the hash once the input is quiet; a reset
        // replaces the hash at once.
        let text = state.text();
        let last_reset = use_mut_ref(|| state.resets);
        use_effect_with((text, lang, state.resets), move |(text, lang, resets)| {
            storage::save(text);
            if *last_reset.borrow() == *resets {
                hash::stage(text);
            } else {
                *last_reset.borrow_mut() = *resets;
                hash::replace(text);
            }
            let title = format!(
                "{} · {}",
                lang.t(page::APP_TITLE),
                lang.other().t(page::APP_TITLE)
            );
            browser::set_language_and_title(*lang, &title);
        });
    }
    {
        // A link pasted into this tab changes only the hash: open it. A page left while the
        // hash trails the input writes it now.
        let dispatch = state.dispatcher();
        use_effect_with((), move |()| {
            let listeners = [
                browser::on_window("hashchange", move || {
                    dispatch.dispatch(Action::OpenLink(hash::read()));
                }),
                browser::on_window("pagehide", hash::write_now),
                browser::on_window("visibilitychange", hash::write_now),
            ];
            move || drop(listeners)
        });
    }
    {
        // The view library follows every change once it is mounted.
        let feed = (*status == Library::Ready).then(|| state.feed().to_text());
        let link = link.clone();
        use_effect_with(feed, move |feed| {
            let mut l = link.borrow_mut();
            if let Some(feed) = feed.as_ref().filter(|f| **f != l.fed) {
                if let Some(lib) = &l.library {
                    lib.feed(feed);
                }
                l.fed.clone_from(feed);
            }
        });
    }
    let tab = state.scenario.tab;
    let in_library = tab.bundle() == Bundle::Library;
    // The Embed dialog is the library's too: its root shows while the dialog is open.
    let dialog = state.scenario.embed_dialog;
    {
        let (status, link, state) = (status.clone(), link.clone(), state.clone());
        use_effect_with(in_library || dialog, move |on| {
            if *on {
                load_library(&status, &link, &state);
            }
        });
    }
    let send: Callback<Action> = {
        let dispatch = state.dispatcher();
        Callback::from(move |a| dispatch.dispatch(a))
    };
    let on_reset = {
        let send = send.clone();
        Callback::from(move |_| send.emit(Action::Reset))
    };
    let prefetch = {
        let (status, link, state) = (status.clone(), link.clone(), state.clone());
        Callback::from(move |()| load_library(&status, &link, &state))
    };
    let tabs = Tab::ALL.iter().map(|&tb| {
        let selected = tb == tab;
        let (enter, focus) = if tb.bundle() == Bundle::Library {
            let (p1, p2) = (prefetch.clone(), prefetch.clone());
            (
                Some(Callback::from(move |_: MouseEvent| p1.emit(()))),
                Some(Callback::from(move |_: FocusEvent| p2.emit(()))),
            )
        } else {
            (None, None)
        };
        let send = send.clone();
        html! {
            <a href={format!("#tab-{}", tb.code())} id={format!("tab-{}", tb.code())}
               class={classes!("tab", selected.then_some("is-active"))}
               aria-current={selected.then_some("page")}
               onmouseenter={enter} onfocus={focus}
               onclick={Callback::from(move |e: MouseEvent| { e.prevent_default(); send.emit(Action::SetTab(tb)); })}>
                { lang.t(tb.label()) }
            </a>
        }
    });
    let waiting = in_library && *status != Library::Ready;
    let panel = match tab.bundle() {
        Bundle::Page => score_view(lang, &state.summary.report, &send),
        Bundle::Library if *status == Library::Failed => {
            html! { <p class="card note" role="alert">{ lang.t(page::LOAD_FAILED) }</p> }
        }
        Bundle::Library if waiting => {
            html! { <p class="card loading" role="status">{ lang.t(page::LOADING) }</p> }
        }
        Bundle::Library => Html::default(),
    };
    html! {
        <>
            <a class="skip" href="#results">{ lang.t(page::SKIP) }</a>
            { chrome::header(lang, &send, on_reset, &prefetch) }
            <p class="independence" id="independence-notice">{ lang.t(page::NOTICE) }</p>
            { chrome::notice_bar(&state, &send) }
            { chrome::headline(&state) }
            if *main_shown {
                <main class="layout" id="main">
                    { form::profile_form(&state, &send) }
                    <section class="results" id="results" aria-label={lang.t(page::NAV_LABEL)}>
                        <nav class="tabs" aria-label={lang.t(page::NAV_LABEL)}>{ for tabs }</nav>
                        <div class="panel" id={format!("panel-{}", tab.code())} aria-busy={waiting.then_some("true")}>
                            { panel }
                            <div id="deferred-root" hidden={!in_library && !dialog}></div>
                        </div>
                    </section>
                </main>
                { chrome::footer(lang) }
            } else {
                <main class="layout" id="main" aria-busy="true"></main>
            }
        </>
    }
}

/// Renders the page into `<div id="app">`, or into the body when it is missing. The div is
/// emptied first: it holds the `<noscript>` text and, on a first visit, the prerendered first
/// frame (`crate::prerender`), which the first render replaces with the same markup and, since
/// the score is already on screen, the form at once.
pub fn mount() {
    let props = |first_frame_shown: bool| AppProps {
        main_after_first_paint: !first_frame_shown,
        prerender: None,
    };
    match browser::element("app") {
        Some(root) => {
            let shown = root.has_attribute("data-prerendered");
            root.set_inner_html("");
            let _ = root.remove_attribute("data-prerendered");
            yew::Renderer::<App>::with_root_and_props(root, props(shown)).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props(false)).render();
        }
    }
}
