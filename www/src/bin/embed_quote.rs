//! Embed bundle `quote` (`dist/embed/`): a quote's true APR and the minimum-payment trap, for
//! `?embed=quote` and `?embed=revolving`. Built by scripts/build-deferred.

use credit_sim_www::app::state::State;
use credit_sim_www::embed::{self, with_view_ctx_without_plans};
use credit_sim_www::scenario::action::Action;
use credit_sim_www::scenario::Tab;
use credit_sim_www::views::quote::QuoteView;
use credit_sim_www::views::trap::TrapView;
use yew::prelude::*;

fn render(tab: Tab, st: &State, send: &Callback<Action>) -> Option<Html> {
    let view: fn(&std::rc::Rc<credit_sim_www::views::ViewCtx>) -> Html = match tab {
        Tab::Quote => |ctx| html! { <QuoteView ctx={ctx.clone()} /> },
        Tab::Trap => |ctx| html! { <TrapView ctx={ctx.clone()} /> },
        _ => return None,
    };
    Some(with_view_ctx_without_plans(st, send, view))
}

fn main() {
    embed::mount(render);
}
