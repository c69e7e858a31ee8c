//! The embedded page (`?embed=VIEW`): one part of the simulator inside another site's page, with
//! only the profile fields the author listed, the one-line notice and a link that opens the same
//! scenario in the full page. Each embed bundle (`bin/embed_*.rs`, built into `dist/embed/`) is
//! this shell and the views it renders, so an embed fetches only what its part needs.
//!
//! The shell owns its scenario as the page does (`app::state::State`, the same reducer), read
//! from the link's hash and never from or to storage: a lesson shows what its author set, and a
//! reader's own saved scenario is never touched. It tells the host page its height whenever it
//! changes and the scenario once the reader's input is quiet; a locked example (`lock=1`) makes
//! every input read-only and ignores every action that would change a figure.

pub mod config;

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::app::chrome::notice_bar;
use crate::app::form::{fields_form, profile_form};
use crate::app::state::{Sources, State};
use crate::browser::embed::{full_page_url, post_scenario, query, HeightReporter, Lock};
use crate::browser::{self, hash};
use crate::i18n::{embed as tx, Lang};
use crate::scenario::action::Action;
use crate::scenario::Tab;
use config::{view_name, EmbedConfig};

/// How long the reader's input must be quiet before the host page is told the scenario.
const QUIET_MS: u32 = 600;

/// Renders a bundle's view of a tab with the state and where its actions go; `None` for a tab
/// the bundle does not hold.
pub type Render = fn(Tab, &State, &Callback<Action>) -> Option<Html>;

/// A bundle's render function as a prop. Every value is the same function for a bundle's whole
/// life, so two are always equal (comparing function pointers would say nothing useful).
#[derive(Clone, Copy)]
pub struct RenderFn(pub Render);

impl PartialEq for RenderFn {
    fn eq(&self, _: &RenderFn) -> bool {
        true
    }
}

/// Props of the embedded page.
#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// What the URL asked for.
    pub config: EmbedConfig,
    /// The bundle's views.
    pub render: RenderFn,
}

/// Whether a locked example lets an action through: only those that change no figure.
fn allowed_when_locked(action: &Action) -> bool {
    matches!(
        action,
        Action::SetPage(_) | Action::DismissNotice | Action::SetLoan(..)
    )
}

/// The embedded page's state: the page's own [`State`], the URL's settings, and the scenario
/// text the host page last gave (the reader's changes are the texts that differ from it).
#[derive(Clone, PartialEq)]
pub struct EmbedState {
    /// The scenario and what is derived from it.
    pub st: State,
    config: EmbedConfig,
    host_text: String,
}

/// What changes the embedded page's state.
pub enum EmbedMsg {
    /// The reader did something (refused in a locked example unless it changes no figure).
    Reader(Action),
    /// The host page gave a scenario (the frame's hash changed): always taken.
    Host(String),
}

impl EmbedState {
    /// The state of a link's text in the URL's language, on the URL's view.
    fn of_link(text: &str, config: &EmbedConfig) -> EmbedState {
        let mut st = State::from_sources(&Sources {
            hash: text.to_owned(),
            saved: None,
            old_saved: false,
            lang: config.lang.unwrap_or_else(browser::language),
            today: browser::today(),
        });
        if let Some(lang) = config.lang {
            st.apply(&Action::SetLang(lang));
        }
        if let Ok(tab) = config.view {
            st.apply(&Action::SetTab(tab));
        }
        let host_text = st.text();
        EmbedState {
            st,
            config: config.clone(),
            host_text,
        }
    }
}

impl Reducible for EmbedState {
    type Action = EmbedMsg;

    fn reduce(self: Rc<Self>, msg: EmbedMsg) -> Rc<Self> {
        match msg {
            EmbedMsg::Reader(action) if self.config.lock && !allowed_when_locked(&action) => self,
            EmbedMsg::Reader(action) => {
                let mut next = (*self).clone();
                next.st.apply(&action);
                Rc::new(next)
            }
            EmbedMsg::Host(text) => Rc::new(EmbedState::of_link(&text, &self.config)),
        }
    }
}

/// The message for a view that does not exist, in both languages.
pub fn unknown_view(name: &str) -> Html {
    html! {
        <div class="embed-unknown card" role="alert" id="embed-unknown">
            <p lang="zh-CN">{ Lang::Zh.t(tx::UNKNOWN_VIEW).replace("{view}", name) }</p>
            <p lang="en">{ Lang::En.t(tx::UNKNOWN_VIEW).replace("{view}", name) }</p>
        </div>
    }
}

/// The embedded page.
#[function_component(EmbedApp)]
pub fn embed_app(p: &EmbedProps) -> Html {
    let config = p.config.clone();
    let state = use_reducer(move || EmbedState::of_link(&hash::read(), &config));
    let st = &state.st;
    let lang = st.scenario.lang;
    let text = st.text();
    let root = use_node_ref();
    {
        // The height, observed; the lock, over whatever the part renders.
        let (root, lock) = (root.clone(), p.config.lock);
        use_effect_with((), move |()| {
            let el = root.cast::<web_sys::Element>();
            let reporter = el.as_ref().and_then(HeightReporter::start);
            let locked = el.as_ref().filter(|_| lock).and_then(Lock::start);
            move || drop((reporter, locked))
        });
    }
    {
        // The host changed the scenario attribute: the frame's hash changes without a reload.
        let dispatch = state.dispatcher();
        use_effect_with((), move |()| {
            let listener = browser::on_window("hashchange", move || {
                dispatch.dispatch(EmbedMsg::Host(hash::read()));
            });
            move || drop(listener)
        });
    }
    {
        // The reader's scenario, once the input is quiet (never the one the host gave).
        let pending = use_mut_ref(|| None::<Timeout>);
        let changed = (text != state.host_text).then(|| text.clone());
        use_effect_with(changed, move |changed| {
            *pending.borrow_mut() = changed
                .clone()
                .map(|text| Timeout::new(QUIET_MS, move || post_scenario(&text)));
        });
    }
    {
        let title = format!(
            "{} · {}",
            lang.t(tx::TITLE),
            lang.t(crate::i18n::page::APP_TITLE)
        );
        use_effect_with((lang, title), |(lang, title)| {
            browser::set_language_and_title(*lang, title);
        });
    }
    let send: Callback<Action> = {
        let dispatch = state.dispatcher();
        Callback::from(move |a: Action| dispatch.dispatch(EmbedMsg::Reader(a)))
    };
    let body = match &p.config.view {
        Err(name) => unknown_view(name),
        Ok(tab) => {
            let fields = p.config.shown_fields();
            let form = match (&p.config.fields, fields.is_empty()) {
                (_, true) => Html::default(),
                (None, false) => profile_form(st, &send),
                (Some(_), false) => fields_form(st, &send, &fields),
            };
            let view =
                (p.render.0)(*tab, st, &send).unwrap_or_else(|| unknown_view(view_name(*tab)));
            html! {
                <div class={classes!("embed-body", (!fields.is_empty()).then_some("with-form"))}>
                    { form }
                    <div class="embed-view panel" id={format!("panel-{}", tab.code())}>{ view }</div>
                </div>
            }
        }
    };
    html! {
        <div class={classes!("embed", p.config.lock.then_some("is-locked"))} id="embed-root" ref={root}>
            { notice_bar(st, &send) }
            { body }
            <p class="embed-foot">
                <span class="embed-notice" id="independence-notice">{ lang.t(tx::NOTICE) }</span>
                <a href={full_page_url(&text)} target="_blank" rel="noopener" id="embed-open-full">{ lang.t(tx::OPEN_FULL) }</a>
            </p>
        </div>
    }
}

/// Renders the embedded page into `<div id="app">` (emptied first) with a bundle's views.
pub fn mount(render: Render) {
    let config = EmbedConfig::from_query(&query()).unwrap_or(EmbedConfig {
        view: Err(String::new()),
        lang: None,
        fields: None,
        lock: false,
    });
    let props = EmbedProps {
        config,
        render: RenderFn(render),
    };
    match browser::element("app") {
        Some(root) => {
            root.set_inner_html("");
            let _ = root.remove_attribute("data-prerendered");
            yew::Renderer::<EmbedApp>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<EmbedApp>::with_props(props).render();
        }
    }
}

/// Renders a view that needs the views' context (the score and offers, the plans): the library's
/// [`crate::library::OneView`] with this state's feed.
pub fn with_view_ctx(
    st: &State,
    send: &Callback<Action>,
    view: fn(&Rc<crate::views::ViewCtx>) -> Html,
) -> Html {
    use crate::library::{OneView, ViewFn};
    html! { <OneView feed={Rc::new(st.feed())} send={send.clone()} view={ViewFn(view)} /> }
}

/// [`with_view_ctx`] for a view that shows no plan (its bundle leaves the planner out).
pub fn with_view_ctx_without_plans(
    st: &State,
    send: &Callback<Action>,
    view: fn(&Rc<crate::views::ViewCtx>) -> Html,
) -> Html {
    use crate::library::{OneViewWithoutPlans, ViewFn};
    html! { <OneViewWithoutPlans feed={Rc::new(st.feed())} send={send.clone()} view={ViewFn(view)} /> }
}
