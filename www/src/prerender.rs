//! The build's prerender of the first frame: the header and the headline of the default
//! scenario in each language, rendered by the app's own components (Yew's server renderer, at
//! build time) and written into `index.html`, so a first visit paints its score before the wasm
//! has even downloaded.
//!
//! How the page uses it: `index.html` carries one `<template>` per language and a small inline
//! script (allowed by its hash in the Content-Security-Policy, which stays without
//! `'unsafe-inline'`). The script reads what the app itself will read first (the link's hash,
//! else the saved scenario, else the browser's language, as `app::state::State::from_sources` does) and
//! clones a template into `#app` (marking it `data-prerendered="zh"` or `"en"`) only when the app
//! will start from that very scenario: the default in that language. Anything else (a shared
//! link, an edited scenario, an old saved format) shows nothing until the app renders, as before.
//! When the app starts, `crate::app::mount` empties `#app`, drops the mark and renders the same markup
//! live, with the form at once (e2e/prerender.spec.mjs compares the two).
//!
//! The script, the text it compares and the insertion into the page (with the CSP extended by the
//! hashes of the script and of any inline stylesheet) are plain functions, tested natively;
//! rendering and SHA-256 need the `prerender` feature (Yew's `ssr`), which only the build step
//! `src/bin/prerender.rs` enables.

use crate::app::state::State;
use crate::browser::storage;
use crate::i18n::Lang;

/// Both languages, in the order their templates are written.
pub const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// The id of `lang`'s template: `first-zh` or `first-en`.
pub fn template_id(lang: Lang) -> String {
    format!("first-{}", lang.code())
}

/// What the app saves (and puts in the hash) on a first visit in `lang`, before anything is
/// changed: the text the script compares with. It holds no date (a default plan is not written),
/// so the same text serves every day.
pub fn default_text(lang: Lang) -> String {
    State::new(lang, "2000-01-01").text()
}

/// A 53-bit hash of `text`'s UTF-16 code units (cyrb53, seed 0), the same number the page's
/// script computes with `Math.imul`: the script compares hashes, not the texts themselves,
/// which would cost about 700 bytes gzipped. A different scenario with the same hash (about one
/// in 2^53) would show the default's frame for a moment, until the app renders its own.
pub fn text_hash(text: &str) -> u64 {
    let (mut h1, mut h2) = (0xdead_beef_u32, 0x41c6_ce57_u32);
    for unit in text.encode_utf16() {
        let unit = u32::from(unit);
        h1 = (h1 ^ unit).wrapping_mul(2_654_435_761);
        h2 = (h2 ^ unit).wrapping_mul(1_597_334_677);
    }
    h1 = (h1 ^ (h1 >> 16)).wrapping_mul(2_246_822_507);
    h1 ^= (h2 ^ (h2 >> 13)).wrapping_mul(3_266_489_909);
    h2 = (h2 ^ (h2 >> 16)).wrapping_mul(2_246_822_507);
    h2 ^= (h1 ^ (h1 >> 13)).wrapping_mul(3_266_489_909);
    (u64::from(h2 & 0x1f_ffff) << 32) | u64::from(h1)
}

/// The inline script that picks the template, in the same order of sources as
/// `app::initial_state`: a non-empty hash, else the saved text, else (with no older saved
/// format, which would show a notice) the browser's language by `Lang::from_tag`'s rule. An
/// embedded page (`?embed=`) shows no first frame and reads no storage.
/// Language codes, tags and the storage key are plain ASCII without quotes.
pub fn chooser_script() -> String {
    let mut branches = String::new();
    for lang in LANGS {
        branches.push_str(&format!(
            "h=={}?\"{}\":",
            text_hash(&default_text(lang)),
            lang.code()
        ));
    }
    let tags: Vec<String> = LANGS
        .iter()
        .map(|l| format!("{}:\"{}\"", l.code(), l.tag()))
        .collect();
    format!(
        "(function(){{if(/[?&]embed=/.test(location.search))return;\
var d=document,t=location.hash.replace(/^#+/,\"\"),k=\"{key}\",l,h,i,c,\
a=0xdeadbeef,b=0x41c6ce57;try{{var s=localStorage;if(!t){{t=s.getItem(k)||\"\";\
if(!t)for(i=0;i<s.length;i++){{c=s.key(i);if(c.indexOf(\"credit-sim\")===0&&c!==k)t=\"?\"}}}}}}catch(e){{}}\
for(i=0;i<t.length;i++){{c=t.charCodeAt(i);a=Math.imul(a^c,2654435761);b=Math.imul(b^c,1597334677)}}\
a=Math.imul(a^a>>>16,2246822507);a^=Math.imul(b^b>>>13,3266489909);\
b=Math.imul(b^b>>>16,2246822507);b^=Math.imul(a^a>>>13,3266489909);\
h=4294967296*(2097151&b)+(a>>>0);\
l=t===\"\"?(/^zh/i.test((navigator.language||\"\").trim())?\"{zh}\":\"{en}\"):{branches}\"\";\
var f=l&&d.getElementById(\"first-\"+l),p=d.getElementById(\"app\");\
if(f&&p){{p.appendChild(f.content.cloneNode(true));p.dataset.prerendered=l;d.documentElement.lang={{{tags}}}[l]}}}})();",
        key = storage::KEY,
        zh = Lang::Zh.code(),
        en = Lang::En.code(),
        tags = tags.join(","),
    )
}

/// The CSP source that allows exactly the inline element whose text is `text`: `'sha256-…'` of
/// its UTF-8 bytes.
#[cfg(feature = "prerender")]
pub fn csp_source(text: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Why `index.html` could not take the prerender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InsertError {
    /// The page has no `script-src 'self'` in its CSP to extend.
    NoScriptSrc,
    /// The page has an inline `<style>` but no `style-src 'self'` in its CSP to extend.
    NoStyleSrc,
    /// The page has no `</body>`.
    NoBodyEnd,
    /// The page already holds a prerender (the hook ran twice on it).
    AlreadyThere,
}

/// The text of every `<style>` element of `page` (Trunk inlines www/style.css as one).
fn inline_styles(page: &str) -> Vec<&str> {
    let mut styles = Vec::new();
    let mut rest = page;
    while let Some(open) = rest.find("<style") {
        let Some(start) = rest[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let Some(len) = rest[start..].find("</style>") else {
            break;
        };
        styles.push(&rest[start..start + len]);
        rest = &rest[start + len..];
    }
    styles
}

/// Adds `sources` after `directive 'self'` in the page's CSP.
fn extend_csp(page: &str, directive: &str, sources: &[String]) -> Option<String> {
    let anchor = format!("{directive} 'self'");
    let at = page.find(&anchor)? + anchor.len();
    Some(format!(
        "{} {}{}",
        &page[..at],
        sources.join(" "),
        &page[at..]
    ))
}

/// `index` with the templates (`(lang, markup)`) and the script before `</body>`, and the CSP
/// extended to allow exactly that script and the page's inline styles, by their hashes
/// (`csp_hash` gives a hash source, `csp_source` in the build).
pub fn insert(
    index: &str,
    frames: &[(Lang, String)],
    script: &str,
    csp_hash: &dyn Fn(&str) -> String,
) -> Result<String, InsertError> {
    if index.contains("id=\"first-") {
        return Err(InsertError::AlreadyThere);
    }
    let mut page =
        extend_csp(index, "script-src", &[csp_hash(script)]).ok_or(InsertError::NoScriptSrc)?;
    let styles: Vec<String> = inline_styles(index).into_iter().map(csp_hash).collect();
    if !styles.is_empty() {
        page = extend_csp(&page, "style-src", &styles).ok_or(InsertError::NoStyleSrc)?;
    }
    let end = page.rfind("</body>").ok_or(InsertError::NoBodyEnd)?;
    let mut block = String::new();
    for (lang, markup) in frames {
        block.push_str(&format!(
            "<template id=\"{}\">{markup}</template>",
            template_id(*lang)
        ));
    }
    block.push_str(&format!("<script>{script}</script>"));
    page.insert_str(end, &block);
    Ok(page)
}

/// The first frame of the default scenario in `lang`, as the page's first render draws it
/// (header and headline; the form comes in the next frame).
#[cfg(feature = "prerender")]
pub fn first_frame(lang: Lang) -> String {
    let props = crate::app::AppProps {
        main_after_first_paint: true,
        prerender: Some(lang),
    };
    futures::executor::block_on(
        yew::LocalServerRenderer::<crate::app::App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same numbers as the page's script gives (checked in Node with the script's loop).
    #[test]
    fn text_hash_matches_the_scripts_cyrb53() {
        for (text, hash) in [
            ("", 3_338_908_027_751_811_u64),
            ("a", 7_929_297_801_672_961),
            ("v=1&lang=zh", 3_297_533_136_399_383),
            ("信用模拟器 😀", 2_704_058_449_937_502),
        ] {
            assert_eq!(text_hash(text), hash, "{text:?}");
        }
    }

    #[test]
    fn the_default_text_reads_back_as_the_default_scenario() {
        for lang in LANGS {
            let text = default_text(lang);
            let base = State::new(Lang::Zh, "2031-07-01").scenario;
            let d = crate::scenario::text::decode(&text, &base).expect("readable");
            assert!(d.rejected.is_empty());
            assert_eq!(d.scenario.lang, lang);
            assert_eq!(State::of(d.scenario).text(), text);
        }
        assert_ne!(
            text_hash(&default_text(Lang::Zh)),
            text_hash(&default_text(Lang::En))
        );
    }

    #[test]
    fn the_script_knows_each_default_and_the_storage_key() {
        let script = chooser_script();
        for lang in LANGS {
            assert!(script.contains(&format!(
                "h=={}?\"{}\"",
                text_hash(&default_text(lang)),
                lang.code()
            )));
            assert!(script.contains(&format!("{}:\"{}\"", lang.code(), lang.tag())));
        }
        assert!(script.contains(&format!("k=\"{}\"", storage::KEY)));
        assert!(
            !script.contains("</"),
            "the script must not close its element"
        );
    }

    const PAGE: &str = "<html><head><meta http-equiv=\"Content-Security-Policy\" \
        content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\" />\
        <style>a{}</style><style media=print>b{}</style></head>\
        <body><div id=\"app\"></div></body></html>";

    /// A stand-in for the SHA-256 source: tests see which text was hashed.
    fn fake_hash(text: &str) -> String {
        format!("'h({text})'")
    }

    #[test]
    fn insert_adds_the_templates_the_script_and_the_hashes() {
        let frames = [
            (Lang::Zh, "<p>740</p>".to_owned()),
            (Lang::En, "<p>740 en</p>".to_owned()),
        ];
        let page = insert(PAGE, &frames, "go()", &fake_hash).expect("inserted");
        assert!(page.contains("script-src 'self' 'h(go())' 'wasm-unsafe-eval'"));
        assert!(page.contains("style-src 'self' 'h(a{})' 'h(b{})'\""));
        assert!(page.ends_with(
            "<div id=\"app\"></div><template id=\"first-zh\"><p>740</p></template>\
             <template id=\"first-en\"><p>740 en</p></template><script>go()</script></body></html>"
        ));
        assert_eq!(
            insert(&page, &frames, "go()", &fake_hash),
            Err(InsertError::AlreadyThere)
        );
    }

    #[test]
    fn insert_refuses_a_page_it_cannot_extend() {
        let no_script_src = PAGE.replace("script-src 'self' ", "");
        assert_eq!(
            insert(&no_script_src, &[], "go()", &fake_hash),
            Err(InsertError::NoScriptSrc)
        );
        let no_style_src = PAGE.replace("; style-src 'self'", "");
        assert_eq!(
            insert(&no_style_src, &[], "go()", &fake_hash),
            Err(InsertError::NoStyleSrc)
        );
        let no_body = PAGE.replace("</body>", "");
        assert_eq!(
            insert(&no_body, &[], "go()", &fake_hash),
            Err(InsertError::NoBodyEnd)
        );
    }

    #[cfg(feature = "prerender")]
    #[test]
    fn csp_source_is_the_base64_sha256_of_the_text() {
        // The value `printf 'go()' | openssl dgst -sha256 -binary | base64` prints.
        assert_eq!(
            csp_source("go()"),
            "'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"
        );
    }

    #[cfg(feature = "prerender")]
    #[test]
    fn the_first_frame_holds_the_default_score_and_not_the_form() {
        for lang in LANGS {
            let html = first_frame(lang);
            let score = State::new(lang, "2000-01-01").summary.report.score;
            assert!(
                html.contains(&format!(
                    "elementtiming=\"score\" class=\"hl-value\">{score}<"
                )),
                "{html}"
            );
            assert!(html.contains("<main id=\"main\" aria-busy=\"true\" class=\"layout\"></main>"));
            assert!(!html.contains("field-monthlyIncome"));
            assert!(html.contains(&format!("<h1>{}", lang.t(crate::i18n::page::APP_TITLE))));
        }
    }
}
