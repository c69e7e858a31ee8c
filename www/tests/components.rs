//! Component tests: the app renders in headless Chromium (wasm-bindgen-test + Yew's scheduler),
//! shows a score from the core, keeps it while a field is invalid, and switches language.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `#test-root` in the body, with storage and the hash cleared.
fn fresh_root() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    if let Some(old) = document.get_element_by_id("test-root") {
        old.remove();
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.clear();
    }
    let _ = web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"));
    let root = document.create_element("div").expect("a div");
    root.set_id("test-root");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

async fn mount() -> Element {
    let root = fresh_root();
    yew::Renderer::<credit_sim_www::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Resolves after `ms` milliseconds (a `setTimeout`).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |done, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn by_id<T: JsCast>(root: &Element, id: &str) -> T {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<T>().ok())
        .unwrap_or_else(|| panic!("#{id}"))
}

fn text(root: &Element, id: &str) -> String {
    by_id::<Element>(root, id)
        .text_content()
        .unwrap_or_default()
}

async fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = by_id(root, id);
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_app_renders_a_score_from_the_core() {
    let root = mount().await;
    let score: u32 = text(&root, "score-value").parse().expect("a number");
    assert!((350..=950).contains(&score));
    assert!(text(&root, "independence-notice").len() > 20);
}

#[wasm_bindgen_test]
async fn the_page_shows_the_score_first_and_the_form_after_that_frame() {
    let root = fresh_root();
    let props = credit_sim_www::app::AppProps {
        main_after_first_paint: true,
        prerender: None,
    };
    yew::Renderer::<credit_sim_www::app::App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let score: u32 = text(&root, "score-value").parse().expect("a number");
    assert!((350..=950).contains(&score));
    let form = || root.query_selector("#field-monthlyIncome").ok().flatten();
    assert!(form().is_none(), "the form waits for the first frame");
    // After the next frame, or the 100 ms fallback at the latest.
    for _ in 0..20 {
        sleep(25).await;
        yew::scheduler::flush().await;
        if form().is_some() {
            break;
        }
    }
    assert!(form().is_some(), "the form follows");
    assert_eq!(text(&root, "score-value"), score.to_string());
}

#[wasm_bindgen_test]
async fn an_invalid_field_keeps_the_last_score() {
    let root = mount().await;
    type_into(&root, "field-monthlyIncome", "30000").await;
    let good = text(&root, "score-value");
    type_into(&root, "field-monthlyIncome", "lots").await;
    assert!(!text(&root, "err-monthlyIncome").is_empty());
    assert_eq!(text(&root, "score-value"), good);
    type_into(&root, "field-monthlyIncome", "9000").await;
    assert!(root
        .query_selector("#err-monthlyIncome")
        .ok()
        .flatten()
        .is_none_or(|e| e.text_content().unwrap_or_default().is_empty()));
}

#[wasm_bindgen_test]
async fn the_language_switches() {
    let root = mount().await;
    let before = text(&root, "tab-score");
    by_id::<HtmlElement>(&root, "lang-switch").click();
    yew::scheduler::flush().await;
    let after = text(&root, "tab-score");
    assert_ne!(before, after);
    assert!(["Score", "评分"].contains(&after.as_str()));
}

/// A plan-A feed: a custom loan of ¥1,000,000 over `term` months, equal principal, 4.9 %.
fn plan_feed(term: &str) -> credit_sim_www::scenario::feed::Feed {
    use credit_sim_www::scenario::{feed::Feed, loan::Product, Scenario, Tab};
    let mut scenario = Scenario::new(credit_sim_www::i18n::Lang::En, "2025-01-15");
    scenario.tab = Tab::Plan;
    scenario.plan_a.product = Product::Custom;
    scenario.plan_a.amount = "1000000".into();
    scenario.plan_a.term = term.into();
    scenario.plan_a.method = "equalPrincipal".into();
    scenario.plan_a.rate_pct = "4.9".into();
    Feed {
        scenario,
        profile: credit_sim::default_profile(),
        stale: false,
        rules: credit_sim::offers::default_rules(),
        rule_problems: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn the_view_library_renders_its_feed_and_sends_actions() {
    use credit_sim_www::scenario::action::Action;
    use credit_sim_www::scenario::loan::Which;
    use std::cell::RefCell;
    use std::rc::Rc;
    let root = fresh_root();
    let sent: Rc<RefCell<Vec<Action>>> = Rc::default();
    let log = sent.clone();
    credit_sim_www::library::mount(
        root.clone(),
        &plan_feed("360").to_text(),
        yew::Callback::from(move |a| log.borrow_mut().push(a)),
    );
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "plan-payment"), "¥6,861.11");
    // Typing sends the whole form to the page; the views change only with the next feed.
    type_into(&root, "loan-term", "120").await;
    let last = sent.borrow().last().cloned();
    match last {
        Some(Action::SetLoan(Which::A, form)) => assert_eq!(form.term, "120"),
        other => panic!("{other:?}"),
    }
    assert_eq!(text(&root, "plan-payment"), "¥6,861.11");
    credit_sim_www::library::update(&plan_feed("120").to_text());
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "plan-payment"), "¥12,416.66");
    // An invalid term keeps the last plan on screen and names the field.
    credit_sim_www::library::update(&plan_feed("999").to_text());
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "plan-payment"), "¥12,416.66");
    assert!(!text(&root, "loan-term-err").is_empty());
}

fn hash() -> String {
    credit_sim_www::browser::hash::read()
}

#[wasm_bindgen_test]
async fn the_hash_follows_the_input_once_it_is_quiet_and_never_over_a_pasted_link() {
    use credit_sim_www::browser::hash::{current as current_text, HASH_DELAY_MS};
    let root = mount().await;
    sleep(2 * HASH_DELAY_MS as i32 + 60).await;
    assert!(
        hash().contains("monthlyIncome="),
        "the first write lands: {}",
        hash()
    );

    type_into(&root, "field-monthlyIncome", "12345").await;
    type_into(&root, "field-monthlyIncome", "12346").await;
    assert!(current_text().contains("monthlyIncome=12346"));
    assert!(
        !hash().contains("monthlyIncome=1234"),
        "the hash trails the input"
    );
    let saved = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| {
            s.get_item(credit_sim_www::browser::storage::KEY)
                .ok()
                .flatten()
        })
        .unwrap_or_default();
    assert!(
        saved.contains("monthlyIncome=12346"),
        "storage is written at once: {saved}"
    );
    sleep(2 * HASH_DELAY_MS as i32 + 60).await;
    assert!(hash().contains("monthlyIncome=12346"), "{}", hash());

    // Someone else sets the hash while a write is pending: theirs stays.
    type_into(&root, "field-monthlyIncome", "22222").await;
    let link = "v=1&lang=en&monthlyIncome=5";
    let _ = web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{link}")));
    assert_eq!(current_text(), link);
    sleep(2 * HASH_DELAY_MS as i32 + 60).await;
    assert_eq!(hash(), link);
}
