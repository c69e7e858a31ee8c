//! The view library: the tabs other than Score, built as a second wasm (bin
//! `credit-sim-views`, `dist/deferred/`) so the first load does not carry them. The page mounts
//! it into `#deferred-root` with a feed, gives it every later feed, and gets back each action as
//! text. It keeps no scenario of its own: every figure is derived from the feed it was given,
//! and the last valid plans are kept only so a form with an error leaves its figures on screen.

use std::cell::RefCell;
use std::rc::Rc;

use credit_sim::money::Schedule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::derive::{calculator_interest, derive, plan, Derived, PlanState};
use crate::scenario::action::Action;
use crate::scenario::feed::Feed;
use crate::scenario::loan::LoanForm;
use crate::scenario::Tab;
use crate::views::compare::compare_view;
use crate::views::embed_dialog::EmbedDialog;
use crate::views::goal::GoalView;
use crate::views::journey::JourneyView;
use crate::views::learn::Learn;
use crate::views::offers::offers_view;
use crate::views::plan::Planner;
use crate::views::portfolio::PortfolioPanel;
use crate::views::quote::QuoteView;
use crate::views::trap::TrapView;
use crate::views::workbench::{workbench_head, workbench_rules};
use crate::views::ViewCtx;

/// The library's props: the feed and where actions go.
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// The page's feed.
    pub feed: Rc<Feed>,
    /// Sends an action to the page.
    pub send: Callback<Action>,
}

/// A plan's figures, computed only while `needed`; the last valid plan stays while the form has
/// problems.
#[hook]
fn use_plan(form: &LoanForm, derived: &Rc<Derived>, needed: bool) -> PlanState {
    let result = use_memo(
        (form.clone(), derived.clone(), needed),
        |(form, derived, needed)| {
            needed.then(|| {
                plan(form, derived).map(|s| (Rc::new(s), calculator_interest(form, derived)))
            })
        },
    );
    let last = use_mut_ref(|| None::<(Rc<Schedule>, Option<Decimal>)>);
    match result.as_ref() {
        None => PlanState::default(),
        Some(Ok((s, calculator))) => {
            *last.borrow_mut() = Some((s.clone(), *calculator));
            PlanState {
                schedule: Some(s.clone()),
                problems: Vec::new(),
                calculator: *calculator,
            }
        }
        Some(Err(problems)) => {
            let last = last.borrow().clone();
            PlanState {
                schedule: last.as_ref().map(|(s, _)| s.clone()),
                problems: problems.clone(),
                calculator: last.and_then(|(_, c)| c),
            }
        }
    }
}

/// What every view reads, derived from a feed: the score and offers once per profile and rules,
/// the plans only while the open tab shows them. The embedded page builds its views' context
/// the same way (`crate::embed`).
#[hook]
pub fn use_view_ctx(feed: &Rc<Feed>, send: &Callback<Action>) -> Rc<ViewCtx> {
    let tab = feed.scenario.tab;
    let derived = use_memo(
        (feed.profile.clone(), feed.rules.clone()),
        |(profile, rules)| Rc::new(derive(profile, rules)),
    );
    let derived: Rc<Derived> = (*derived).clone();
    let plan_a = use_plan(
        &feed.scenario.plan_a,
        &derived,
        matches!(tab, Tab::Plan | Tab::Compare),
    );
    let plan_b = use_plan(&feed.scenario.plan_b, &derived, tab == Tab::Compare);
    Rc::new(ViewCtx {
        feed: feed.clone(),
        derived,
        plan_a,
        plan_b,
        send: send.clone(),
    })
}

/// [`use_view_ctx`] without the plans, for a view that shows none (an embedded quote, journey or
/// workbench): the loan planner's code stays out of its bundle.
#[hook]
pub fn use_view_ctx_without_plans(feed: &Rc<Feed>, send: &Callback<Action>) -> Rc<ViewCtx> {
    let derived = use_memo(
        (feed.profile.clone(), feed.rules.clone()),
        |(profile, rules)| Rc::new(derive(profile, rules)),
    );
    Rc::new(ViewCtx {
        feed: feed.clone(),
        derived: (*derived).clone(),
        plan_a: PlanState::default(),
        plan_b: PlanState::default(),
        send: send.clone(),
    })
}

/// A view drawn from its context: the one part of an embedded page. Every value is the same
/// function for a page's whole life, so two are always equal.
#[derive(Clone, Copy)]
pub struct ViewFn(pub fn(&Rc<ViewCtx>) -> Html);

impl PartialEq for ViewFn {
    fn eq(&self, _: &ViewFn) -> bool {
        true
    }
}

/// Props of [`OneView`].
#[derive(Properties, PartialEq)]
pub struct OneViewProps {
    /// The state as a feed.
    pub feed: Rc<Feed>,
    /// Where actions go.
    pub send: Callback<Action>,
    /// The view.
    pub view: ViewFn,
}

/// One view with its context, outside the library's tabs (an embedded page).
#[function_component(OneView)]
pub fn one_view(p: &OneViewProps) -> Html {
    let ctx = use_view_ctx(&p.feed, &p.send);
    (p.view.0)(&ctx)
}

/// [`OneView`] for a view that shows no plan.
#[function_component(OneViewWithoutPlans)]
pub fn one_view_without_plans(p: &OneViewProps) -> Html {
    let ctx = use_view_ctx_without_plans(&p.feed, &p.send);
    (p.view.0)(&ctx)
}

/// The open tab's view.
#[function_component(Views)]
pub fn views(p: &LibraryProps) -> Html {
    let scenario = &p.feed.scenario;
    let tab = scenario.tab;
    let ctx = use_view_ctx(&p.feed, &p.send);
    // The portfolio stays mounted, hidden, once the Workbench has been opened, so a run goes on
    // on other tabs. Every child is keyed so the panel keeps its place between the layouts.
    let opened = use_mut_ref(|| false);
    *opened.borrow_mut() |= tab == Tab::Workbench;
    let panel = opened.borrow().then(|| {
        let form: Vec<_> = scenario.forms.iter().filter(|(k, _)| k.starts_with("pf.")).cloned().collect();
        html! {
            <div key="portfolio" class="workbench" hidden={tab != Tab::Workbench}>
                <PortfolioPanel lang={scenario.lang} rules={p.feed.rules.clone()} {form} send={p.send.clone()} />
            </div>
        }
    });
    // The Embed dialog, over whichever tab is open.
    let dialog = scenario.embed_dialog.then(|| {
        html! { <div key="embed-dialog"><EmbedDialog ctx={ctx.clone()} /></div> }
    });
    let view = match tab {
        Tab::Score => Html::default(),
        Tab::Offers => offers_view(&ctx),
        Tab::Plan => html! { <Planner ctx={ctx.clone()} /> },
        Tab::Compare => compare_view(&ctx),
        Tab::Quote => html! { <QuoteView ctx={ctx.clone()} /> },
        Tab::Trap => html! { <TrapView ctx={ctx.clone()} /> },
        Tab::Goal => html! { <GoalView ctx={ctx.clone()} /> },
        Tab::Journey => html! { <JourneyView ctx={ctx.clone()} /> },
        Tab::Learn => html! { <Learn lang={ctx.lang()} /> },
        Tab::Workbench => {
            return html! {
                <>
                    <div key="workbench-head" class="workbench" id="workbench">{ workbench_head(&ctx) }</div>
                    { for panel }
                    <div key="workbench-rules" class="workbench">{ workbench_rules(&ctx) }</div>
                    { for dialog }
                </>
            }
        }
    };
    html! {
        <>
            <div key={format!("view-{}", tab.code())}>{ view }</div>
            { for panel }
            { for dialog }
        </>
    }
}

thread_local! {
    static APP: RefCell<Option<(yew::AppHandle<Views>, Callback<Action>)>> = const { RefCell::new(None) };
}

/// Nothing: a root that exists to be counted (see [`mount`]).
#[function_component(Uncounted)]
fn uncounted() -> Html {
    Html::default()
}

/// Renders the views into `root` with the first feed; `send` gets each action. A feed that
/// cannot be read renders nothing until a readable one comes.
///
/// Yew delegates events from each app's root element and marks every element it renders with
/// its root's number, counted from 1 in each wasm instance. The page's root is 1, and
/// `#deferred-root` lies inside it, so the library's root must not be 1 too, or the page would
/// take the views' clicks for its own: an empty root takes number 1 here first.
pub fn mount(root: web_sys::Element, feed: &str, send: Callback<Action>) {
    if let Some(spare) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    {
        yew::Renderer::<Uncounted>::with_root(spare).render();
    }
    let feed = Feed::from_text(feed).unwrap_or_else(|| Feed {
        scenario: crate::scenario::Scenario::new(crate::i18n::Lang::Zh, ""),
        profile: credit_sim::default_profile(),
        stale: false,
        rules: credit_sim::offers::default_rules(),
        rule_problems: Vec::new(),
    });
    let props = LibraryProps {
        feed: Rc::new(feed),
        send: send.clone(),
    };
    let handle = yew::Renderer::<Views>::with_root_and_props(root, props).render();
    APP.with(|app| *app.borrow_mut() = Some((handle, send)));
}

/// Gives the mounted views the next feed (a feed that cannot be read is ignored).
pub fn update(feed: &str) {
    let Some(feed) = Feed::from_text(feed) else {
        return;
    };
    APP.with(|app| {
        if let Some((handle, send)) = app.borrow_mut().as_mut() {
            handle.update(LibraryProps {
                feed: Rc::new(feed),
                send: send.clone(),
            });
        }
    });
}
