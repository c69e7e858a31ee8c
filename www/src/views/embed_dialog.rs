//! The Embed dialog (opened from the page's header, drawn by the view library): pick the part,
//! the language, the profile fields shown beside it and whether it is locked; see it live in a
//! preview frame; copy either snippet (the custom element, or a plain iframe for sites that
//! allow no scripts), both carrying the current scenario. A modal `<dialog>`: focus moves in,
//! Escape and Close shut it, and focus returns to the page.

use std::rc::Rc;

use yew::prelude::*;

use super::ViewCtx;
use crate::browser::embed::{
    copy_text, frame_heights, page_base, select_text, set_height, show_modal,
};
use crate::browser::input::{checked, selected};
use crate::embed::config::{view_name, EmbedConfig};
use crate::format::fixed;
use crate::i18n::{embed as tx, Lang};
use crate::scenario::action::Action;
use crate::scenario::fields::FIELDS;
use crate::scenario::text::encode;
use crate::scenario::Tab;

/// Props of the dialog.
#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The views' context: the scenario the snippets carry.
    pub ctx: Rc<ViewCtx>,
}

/// Text for an HTML attribute's value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The custom element's snippet.
pub fn element_snippet(base: &str, config: &EmbedConfig, scenario: &str) -> String {
    let view = config.view.as_ref().map_or("score", |t| view_name(*t));
    let mut tag = format!("<credit-sim-embed view=\"{view}\"");
    if let Some(lang) = config.lang {
        tag.push_str(&format!(" lang=\"{}\"", lang.code()));
    }
    tag.push_str(&format!(" scenario=\"{}\"", attr(scenario)));
    if let Some(fields) = &config.fields {
        tag.push_str(&format!(" fields=\"{}\"", fields.join(",")));
    }
    if config.lock {
        tag.push_str(" lock");
    }
    format!(
        "<script src=\"{}embed.js\" defer></script>\n{tag}></credit-sim-embed>",
        attr(base)
    )
}

/// The plain iframe's snippet, `height` its content's height.
pub fn iframe_snippet(
    base: &str,
    config: &EmbedConfig,
    scenario: &str,
    title: &str,
    height: f64,
) -> String {
    let src = format!("{base}?{}#{scenario}", config.to_query());
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        attr(&src),
        attr(title),
        fixed(height, 0)
    )
}

/// The frame's title: the simulator and the part.
fn frame_title(lang: Lang, tab: Tab) -> String {
    format!(
        "{} · {}",
        lang.t(crate::i18n::page::APP_TITLE),
        lang.t(tx::part(tab))
    )
}

/// The dialog.
#[function_component(EmbedDialog)]
pub fn embed_dialog(p: &EmbedDialogProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let view = use_state(|| ctx.scenario().tab);
    let embed_lang = use_state(|| Some(lang));
    let choose = use_state(|| false);
    let fields = use_state(Vec::<&'static str>::new);
    let lock = use_state(|| false);
    let said = use_state(|| None::<&'static str>);
    let height = use_state(|| 480.0_f64);
    let dialog_ref = use_node_ref();
    let frame_ref = use_node_ref();
    let element_ref = use_node_ref();
    let iframe_ref = use_node_ref();
    {
        let (dialog_ref, frame_ref, height) =
            (dialog_ref.clone(), frame_ref.clone(), height.clone());
        use_effect_with((), move |()| {
            if let Some(d) = dialog_ref.cast::<web_sys::Element>() {
                show_modal(&d);
            }
            let listener = frame_ref
                .cast::<web_sys::Element>()
                .map(|f| frame_heights(&f, move |h| height.set(h)));
            move || drop(listener)
        });
    }
    {
        // The preview follows its part's height (set through the style object: the CSP refuses
        // style attributes).
        let frame_ref = frame_ref.clone();
        use_effect_with(fixed(*height, 0), move |h| {
            if let (Some(f), Ok(px)) = (frame_ref.cast::<web_sys::Element>(), h.parse::<f64>()) {
                set_height(&f, px);
            }
        });
    }
    let config = EmbedConfig {
        view: Ok(*view),
        lang: *embed_lang,
        fields: choose.then(|| (*fields).clone()),
        lock: *lock,
    };
    let scenario = encode(ctx.scenario());
    let base = page_base();
    let title = frame_title(embed_lang.unwrap_or(lang), *view);
    let element = element_snippet(&base, &config, &scenario);
    let iframe = iframe_snippet(&base, &config, &scenario, &title, *height);
    let preview = format!("?{}#{scenario}", config.to_query());
    let close = ctx.on(|_: MouseEvent| Action::ShowEmbed(false));
    let on_close = ctx.on(|_: Event| Action::ShowEmbed(false));
    let copy = |text: String, area: NodeRef| {
        let said = said.clone();
        Callback::from(move |_: MouseEvent| {
            if copy_text(&text) {
                said.set(Some("copied"));
            } else {
                if let Some(a) = area.cast::<web_sys::Element>() {
                    select_text(&a);
                }
                said.set(Some("selected"));
            }
        })
    };
    let on_view = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            if let Some(t) = crate::embed::config::view_of(&selected(&e)) {
                view.set(t);
            }
        })
    };
    let on_lang = {
        let embed_lang = embed_lang.clone();
        Callback::from(move |e: Event| embed_lang.set(Lang::from_code(&selected(&e))))
    };
    let on_lock = {
        let lock = lock.clone();
        Callback::from(move |e: Event| lock.set(checked(&e)))
    };
    let on_choose = {
        let choose = choose.clone();
        Callback::from(move |e: Event| choose.set(checked(&e)))
    };
    let field_box = |key: &'static str, label: &'static str| {
        let fields = fields.clone();
        let on = fields.contains(&key);
        let id = format!("embed-field-{}", key.replace('.', "-"));
        let toggle = Callback::from(move |e: Event| {
            let mut next: Vec<&'static str> = (*fields).clone();
            next.retain(|k| *k != key);
            if checked(&e) {
                next.push(key);
            }
            // In the form's order, whatever order they were ticked in.
            next.sort_by_key(|k| FIELDS.iter().position(|f| f.key == *k));
            fields.set(next);
        });
        html! {
            <div class="field field-check">
                <input type="checkbox" id={id.clone()} checked={on} onchange={toggle} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let said_text = match *said {
        Some("copied") => lang.t(tx::COPIED),
        Some(_) => lang.t(tx::SELECTED),
        None => "",
    };
    html! {
        <dialog class="embed-dialog card" id="embed-dialog" ref={dialog_ref} aria-labelledby="embed-h" onclose={on_close}>
            <div class="embed-dialog-head">
                <h2 id="embed-h">{ lang.t(tx::DIALOG_TITLE) }</h2>
                <button type="button" class="btn btn-quiet" id="embed-close" onclick={close}>{ lang.t(tx::CLOSE) }</button>
            </div>
            <p class="hint">{ lang.t(tx::DIALOG_INTRO) }</p>
            <div class="embed-settings">
                <div class="field">
                    <label for="embed-view">{ lang.t(tx::PART) }</label>
                    <select id="embed-view" onchange={on_view}>
                        { for Tab::ALL.iter().map(|t| html! {
                            <option value={view_name(*t)} selected={*t == *view}>{ lang.t(tx::part(*t)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lang">{ lang.t(tx::LANGUAGE) }</label>
                    <select id="embed-lang" onchange={on_lang}>
                        <option value="" selected={embed_lang.is_none()}>{ lang.t(tx::READER_LANG) }</option>
                        <option value="zh" selected={*embed_lang == Some(Lang::Zh)}>{ "中文" }</option>
                        <option value="en" selected={*embed_lang == Some(Lang::En)}>{ "English" }</option>
                    </select>
                </div>
                <div class="field field-check">
                    <input type="checkbox" id="embed-lock" checked={*lock} onchange={on_lock} />
                    <label for="embed-lock">{ lang.t(tx::LOCK) }</label>
                </div>
            </div>
            <fieldset class="embed-fields">
                <legend>{ lang.t(tx::FIELDS) }</legend>
                <div class="field field-check">
                    <input type="checkbox" id="embed-choose-fields" checked={*choose} onchange={on_choose} />
                    <label for="embed-choose-fields">{ lang.t(tx::CHOOSE_FIELDS) }</label>
                </div>
                if *choose {
                    <div class="embed-field-list" id="embed-field-list">
                        { for FIELDS.iter().map(|f| field_box(f.key, lang.t(f.label))) }
                    </div>
                }
            </fieldset>
            <h3 id="embed-preview-h">{ lang.t(tx::PREVIEW) }</h3>
            <div class="embed-preview-box">
                <iframe id="embed-preview" ref={frame_ref} src={preview} title={title}></iframe>
            </div>
            <h3>{ lang.t(tx::SNIPPETS) }</h3>
            <p class="hint">{ lang.t(tx::CURRENT_SCENARIO) }</p>
            <div class="embed-snippet">
                <label for="embed-snippet-element">{ lang.t(tx::SNIPPET_ELEMENT) }</label>
                <textarea id="embed-snippet-element" ref={element_ref.clone()} readonly=true rows="4" value={element.clone()} />
                <button type="button" class="btn btn-small" id="embed-copy-element" onclick={copy(element, element_ref)}>{ lang.t(tx::COPY) }</button>
            </div>
            <div class="embed-snippet">
                <label for="embed-snippet-iframe">{ lang.t(tx::SNIPPET_IFRAME) }</label>
                <textarea id="embed-snippet-iframe" ref={iframe_ref.clone()} readonly=true rows="3" value={iframe.clone()} />
                <button type="button" class="btn btn-small" id="embed-copy-iframe" onclick={copy(iframe, iframe_ref)}>{ lang.t(tx::COPY) }</button>
            </div>
            <p class="embed-said" id="embed-said" role="status">{ said_text }</p>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_carry_the_settings_and_escape_the_scenario() {
        let config = EmbedConfig {
            view: Ok(Tab::Trap),
            lang: Some(Lang::En),
            fields: Some(vec!["age", "monthlyIncome"]),
            lock: true,
        };
        let base = "https://sim.example/";
        let element = element_snippet(base, &config, "v=1&lang=en&age=40");
        assert_eq!(
            element,
            "<script src=\"https://sim.example/embed.js\" defer></script>\n<credit-sim-embed view=\"revolving\" lang=\"en\" scenario=\"v=1&amp;lang=en&amp;age=40\" fields=\"age,monthlyIncome\" lock></credit-sim-embed>"
        );
        let iframe = iframe_snippet(base, &config, "v=1&age=40", "A \"title\"", 612.4);
        assert_eq!(
            iframe,
            "<iframe src=\"https://sim.example/?embed=revolving&amp;lang=en&amp;fields=age,monthlyIncome&amp;lock=1#v=1&amp;age=40\" title=\"A &quot;title&quot;\" width=\"100%\" height=\"612\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        let reader = EmbedConfig {
            view: Ok(Tab::Score),
            lang: None,
            fields: None,
            lock: false,
        };
        assert!(element_snippet(base, &reader, "v=1")
            .contains("<credit-sim-embed view=\"score\" scenario=\"v=1\"></credit-sim-embed>"));
    }
}
