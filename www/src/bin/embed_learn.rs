//! Embed bundle `learn` (`dist/embed/`): the model card and the glossary, for `?embed=learn`.
//! Built by scripts/build-deferred; boot.js picks it.

use credit_sim_www::app::state::State;
use credit_sim_www::embed;
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::learn::Learn;
use yew::prelude::*;

fn render(tab: Tab, st: &State, _: &Callback<Action>) -> Option<Html> {
    let lang = st.scenario.lang;
    (tab == Tab::Learn).then(|| html! { <Learn {lang} /> })
}

fn main() {
    embed::mount(render);
}
