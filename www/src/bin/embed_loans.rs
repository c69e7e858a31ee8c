//! Embed bundle `loans` (`dist/embed/`): the offers, the loan planner and the comparison of two
//! plans, for `?embed=offers`, `plan` and `compare`. Built by scripts/build-deferred.

use credit_sim_www::app::state::State;
use credit_sim_www::embed::{self, with_view_ctx};
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::compare::compare_view;
use credit_sim_www::views::offers::offers_view;
use credit_sim_www::views::plan::Planner;
use yew::prelude::*;

fn render(tab: Tab, st: &State, send: &Callback<Action>) -> Option<Html> {
    let view: fn(&std::rc::Rc<credit_sim_www::views::ViewCtx>) -> Html = match tab {
        Tab::Offers => |ctx| offers_view(ctx),
        Tab::Plan => |ctx| html! { <Planner ctx={ctx.clone()} /> },
        Tab::Compare => |ctx| compare_view(ctx),
        _ => return None,
    };
    Some(with_view_ctx(st, send, view))
}

fn main() {
    embed::mount(render);
}
