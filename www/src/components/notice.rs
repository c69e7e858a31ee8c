//! The one-time notice bar (ignored saved state or link) and the footer with the independence
//! notice and the privacy promise.

use yew::prelude::*;

use crate::app::Ctx;
use crate::i18n::{t, Lang, K};
use crate::state::{Action, Notice};

/// A dismissible notice, announced politely. A plain function, not a component: it renders
/// with every state change anyway, and each component costs the first load its own copy of
/// Yew's lifecycle.
pub fn notice_bar(st: &Ctx) -> Html {
    let lang = st.lang;
    let Some(notice) = st.notice else {
        return html! { <div role="status" class="notice-slot"></div> };
    };
    let text = match notice {
        Notice::SavedIgnored => t(lang, K::SavedIgnored),
        Notice::LinkIgnored => t(lang, K::LinkIgnored),
    };
    let d = st.dispatcher();
    html! {
        <div role="status" class="notice-slot">
            <div class="notice" id="state-notice">
                <span>{ text }</span>
                <button type="button" class="btn btn-quiet" onclick={Callback::from(move |_| d.dispatch(Action::DismissNotice))}>
                    { t(lang, K::Dismiss) }
                </button>
            </div>
        </div>
    }
}

/// The footer on every page (a plain function, like [`notice_bar`]).
pub fn footer(lang: Lang) -> Html {
    html! {
        <footer class="foot">
            <p>{ t(lang, K::Notice) }</p>
            <p>{ t(lang, K::Privacy) }{ " " }{ t(lang, K::LinkInAddressBar) }</p>
            <p lang={lang.other().tag()} class="foot-other">{ t(lang.other(), K::Notice) }</p>
        </footer>
    }
}
