//! Embed bundle `workbench` (`dist/embed/`): the product rules and the portfolio, for
//! `?embed=workbench` (its workers are the page's, `dist/deferred/worker/`). Built by
//! scripts/build-deferred.

use credit_sim_www::app::state::State;
use credit_sim_www::embed::{self, with_view_ctx_without_plans};
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::workbench::workbench_whole;
use yew::prelude::*;

fn render(tab: Tab, st: &State, send: &Callback<Action>) -> Option<Html> {
    (tab == Tab::Workbench).then(|| with_view_ctx_without_plans(st, send, workbench_whole))
}

fn main() {
    embed::mount(render);
}
