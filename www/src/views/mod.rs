//! One module per tab. The Score tab is in the page's own bundle; the others are the view
//! library's (`crate::library`), which gives each the same [`ViewCtx`]. A view never imports the
//! app's root: it reads the context and sends actions.

pub mod compare;
pub mod embed_dialog;
pub mod goal;
pub mod journey;
pub mod learn;
pub mod loan_form;
pub mod offers;
pub mod plan;
pub mod portfolio;
pub mod portfolio_results;
pub mod portfolio_source;
pub mod quote;
pub mod quote_form;
pub mod schedule;
pub mod score;
pub mod tool_form;
pub mod trap;
pub mod workbench;

use std::rc::Rc;

use yew::prelude::*;

use crate::derive::{Derived, PlanState};
use crate::i18n::Lang;
use crate::scenario::action::Action;
use crate::scenario::feed::Feed;
use crate::scenario::loan::Which;
use crate::scenario::Scenario;

/// What every library view reads, and how it changes the scenario.
#[derive(Clone, PartialEq)]
pub struct ViewCtx {
    /// The page's feed: the scenario and the last valid profile.
    pub feed: Rc<Feed>,
    /// The score and offers of the profile.
    pub derived: Rc<Derived>,
    /// Plan A's figures.
    pub plan_a: PlanState,
    /// Plan B's figures (empty unless Compare is open).
    pub plan_b: PlanState,
    /// Sends an action to the page.
    pub send: Callback<Action>,
}

impl ViewCtx {
    /// The page language.
    pub fn lang(&self) -> Lang {
        self.feed.scenario.lang
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.feed.scenario
    }

    /// Plan A's or B's figures.
    pub fn plan(&self, which: Which) -> &PlanState {
        match which {
            Which::A => &self.plan_a,
            Which::B => &self.plan_b,
        }
    }

    /// A callback that sends the action `make` builds from an event.
    pub fn on<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let send = self.send.clone();
        Callback::from(move |e| send.emit(make(e)))
    }
}

/// The props of a view that is a component (it keeps state of its own, such as printing).
#[derive(Properties, Clone, PartialEq)]
pub struct ViewProps {
    /// The context.
    pub ctx: Rc<ViewCtx>,
}
