//! Embed bundle `journey` (`dist/embed/`): the credit journey and the plan to reach a goal, for
//! `?embed=journey` and `?embed=goal`. Built by scripts/build-deferred.

use credit_sim_www::app::state::State;
use credit_sim_www::embed::{self, with_view_ctx_without_plans};
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::goal::GoalView;
use credit_sim_www::views::journey::JourneyView;
use yew::prelude::*;

fn render(tab: Tab, st: &State, send: &Callback<Action>) -> Option<Html> {
    let view: fn(&std::rc::Rc<credit_sim_www::views::ViewCtx>) -> Html = match tab {
        Tab::Journey => |ctx| html! { <JourneyView ctx={ctx.clone()} /> },
        Tab::Goal => |ctx| html! { <GoalView ctx={ctx.clone()} /> },
        _ => return None,
    };
    Some(with_view_ctx_without_plans(st, send, view))
}

fn main() {
    embed::mount(render);
}
