//! Embed bundle `score` (`dist/embed/`): the score, for `?embed=score` (and the message for a
//! view no bundle holds). Built by scripts/build-deferred; boot.js picks it.

use credit_sim_www::app::state::State;
use credit_sim_www::embed;
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::score::score_view;
use yew::prelude::*;

fn render(tab: Tab, st: &State, send: &Callback<Action>) -> Option<Html> {
    (tab == Tab::Score).then(|| score_view(st.scenario.lang, &st.summary.report, send))
}

fn main() {
    embed::mount(render);
}
