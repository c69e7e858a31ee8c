//! The root component. A first slice: one profile input, validated by the core, and a figure.

use credit_sim::input::Loose;
use credit_sim::profile::{default_profile, Profile};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let income = use_state(|| "9000".to_owned());
    let oninput = {
        let income = income.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            income.set(input.value());
        })
    };
    let Loose::Object(mut pairs) = default_profile().to_loose() else {
        unreachable!()
    };
    for pair in &mut pairs {
        if pair.0 == "monthlyIncome" {
            pair.1 = Loose::Text((*income).clone());
        }
    }
    let result = Profile::from_loose(&Loose::Object(pairs));
    let figure = match &result {
        Ok(p) => format!("{}", p.monthly_income - p.monthly_debt_payments),
        Err(e) => e.to_string(),
    };
    html! {
        <main>
            <h1>{ "Credit Simulator · 信用模拟器" }</h1>
            <label for="income">{ "Monthly income" }</label>
            <input id="income" value={(*income).clone()} {oninput} />
            <output id="result" aria-live="polite">{ figure }</output>
        </main>
    }
}
