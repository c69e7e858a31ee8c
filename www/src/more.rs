//! The deferred bundle's root (bin `credit-sim-more`, loaded when a deferred tab is first
//! opened): the Offers, Loan plan, Compare, Journey and Learn views over the `Plans` reducer. It mounts
//! into the main page's `#deferred-root`, reads the whole URL hash, writes only the plan keys
//! back, and follows the main bundle's events (`crate::url`).

use yew::prelude::*;

use crate::components::{
    compare::compare, journey::journey_view, learn::Learn, offers::offers_view, planner::Planner,
};
use crate::i18n::Lang;
use crate::plan::{Action, Plans};
use crate::state::Tab;
use crate::url;

/// The context every deferred view reads: the plans and their dispatcher.
pub type Ctx = UseReducerHandle<Plans>;

/// Today as `YYYY-MM-DD` in the browser's local time.
fn today() -> String {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    let two = |n: u32| {
        if n < 10 {
            format!("0{n}")
        } else {
            n.to_string()
        }
    };
    format!("{y}-{}-{}", two(m), two(day))
}

/// The deferred tabs' views.
#[function_component(More)]
pub fn more() -> Html {
    let st = use_reducer(|| Plans::from_hash(&url::current_text(), Lang::En, &today()));
    {
        let own = st.encode();
        use_effect_with(own, move |own| {
            url::write_own(own, false);
        });
    }
    {
        let d = st.dispatcher();
        use_effect_with((), move |()| {
            let d1 = d.clone();
            let on_main = url::listen(url::EV_MAIN, move || {
                d1.dispatch(Action::Sync(url::current_text()));
            });
            let d2 = d.clone();
            let on_reset = url::listen(url::EV_RESET, move || d2.dispatch(Action::Reset));
            let on_link = url::listen("hashchange", move || {
                d.dispatch(Action::Load(url::read_hash()));
            });
            url::fire(url::EV_READY);
            move || {
                on_main();
                on_reset();
                on_link();
            }
        });
    }
    let view = match st.tab {
        Tab::Plan => html! { <Planner /> },
        Tab::Compare => compare(&st),
        Tab::Journey => journey_view(&st),
        Tab::Learn => html! { <Learn /> },
        Tab::Offers => offers_view(&st),
        Tab::Score => Html::default(),
    };
    html! {
        <ContextProvider<Ctx> context={st.clone()}>{ view }</ContextProvider<Ctx>>
    }
}

/// Nothing (see `mount`).
#[function_component(Spacer)]
fn spacer() -> Html {
    Html::default()
}

/// Renders the deferred views into the main page's `#deferred-root` (or the body without it).
///
/// Yew delegates events from each app's root element in the capture phase and brands every
/// element it renders with its root's number, counted from 1 in each WASM instance. The main
/// app's root is 1; since `#deferred-root` lies inside it, the deferred app must not be 1 too, or
/// the main app would take the deferred views' clicks for its own. A detached, empty root takes
/// number 1 here first, so the deferred root is 2 and each event goes to the app that rendered
/// its target.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(spare) = document.as_ref().and_then(|d| d.create_element("div").ok()) {
        yew::Renderer::<Spacer>::with_root(spare).render();
    }
    let root = document.and_then(|d| d.get_element_by_id("deferred-root"));
    match root {
        Some(root) => {
            yew::Renderer::<More>::with_root(root).render();
        }
        None => {
            yew::Renderer::<More>::new().render();
        }
    }
}
