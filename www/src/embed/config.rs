//! What an embed URL asks for: `?embed=VIEW&lang=zh|en&fields=a,b&lock=1`, the scenario staying in
//! the hash as in any shared link. Pure: read from the query text, written back for the Embed
//! dialog's snippets, each view's bundle named here.

use crate::i18n::Lang;
use crate::scenario::fields::field;
use crate::scenario::pairs::{join, split};
use crate::scenario::Tab;

/// An embed's settings, read from the page's query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedConfig {
    /// The part shown, or the unknown name asked for.
    pub view: Result<Tab, String>,
    /// The language asked for (else the reader's browser's).
    pub lang: Option<Lang>,
    /// The profile fields shown beside the part; `None`: the view's default (the whole form for
    /// the score, none for the others).
    pub fields: Option<Vec<&'static str>>,
    /// Every input read-only: a worked example.
    pub lock: bool,
}

/// The name of a tab in an embed URL (`revolving` is the minimum-payment trap).
pub fn view_name(tab: Tab) -> &'static str {
    match tab {
        Tab::Trap => "revolving",
        _ => tab.code(),
    }
}

/// The tab an embed URL's view name stands for.
pub fn view_of(name: &str) -> Option<Tab> {
    Tab::ALL.iter().copied().find(|t| view_name(*t) == name)
}

/// The bundle (`dist/embed/credit-sim-embed-NAME.js`) that holds a view: views that share most
/// of their code share a bundle, and every bundle stays under the first-load budget.
pub fn bundle_of(tab: Tab) -> &'static str {
    match tab {
        Tab::Score => "score",
        Tab::Learn => "learn",
        Tab::Offers | Tab::Plan | Tab::Compare => "loans",
        Tab::Quote | Tab::Trap => "quote",
        Tab::Goal | Tab::Journey => "journey",
        Tab::Workbench => "workbench",
    }
}

/// Every bundle's name, each once.
pub const BUNDLES: [&str; 6] = ["score", "learn", "loans", "quote", "journey", "workbench"];

impl EmbedConfig {
    /// The settings of a query text (`?embed=quote&lang=zh`, with or without the `?`); `None`
    /// when it asks for no embed. Unknown fields are left out; the last of a repeated key counts.
    pub fn from_query(query: &str) -> Option<EmbedConfig> {
        let mut view = None;
        let mut config = EmbedConfig {
            view: Err(String::new()),
            lang: None,
            fields: None,
            lock: false,
        };
        for (k, v) in split(query) {
            match k.as_str() {
                "embed" => view = Some(v),
                "lang" => config.lang = Lang::from_code(&v),
                "lock" => config.lock = v == "1" || v == "true",
                "fields" => {
                    config.fields = Some(
                        v.split(',')
                            .filter_map(|name| field(name.trim()).map(|f| f.key))
                            .collect(),
                    );
                }
                _ => {}
            }
        }
        let view = view?;
        config.view = view_of(&view).ok_or(view);
        Some(config)
    }

    /// As a query (`embed=quote&lang=zh&fields=age,monthlyIncome&lock=1`), for a snippet.
    pub fn to_query(&self) -> String {
        let view = match &self.view {
            Ok(tab) => view_name(*tab).to_owned(),
            Err(name) => name.clone(),
        };
        // Names and field keys are plain ASCII; only an unknown name needs encoding.
        let mut q = join(&[("embed", view)]);
        if let Some(lang) = self.lang {
            q.push_str(&format!("&lang={}", lang.code()));
        }
        if let Some(fields) = &self.fields {
            q.push_str(&format!("&fields={}", fields.join(",")));
        }
        if self.lock {
            q.push_str("&lock=1");
        }
        q
    }

    /// The profile fields shown beside the part.
    pub fn shown_fields(&self) -> Vec<&'static str> {
        match (&self.fields, &self.view) {
            (Some(fields), _) => fields.clone(),
            (None, Ok(Tab::Score)) => crate::scenario::fields::FIELDS
                .iter()
                .map(|f| f.key)
                .collect(),
            (None, _) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_reads_and_writes_back() {
        let c =
            EmbedConfig::from_query("?embed=quote&lang=zh&fields=age,nope,monthlyIncome&lock=1")
                .expect("an embed");
        assert_eq!(c.view, Ok(Tab::Quote));
        assert_eq!(c.lang, Some(Lang::Zh));
        assert_eq!(c.fields, Some(vec!["age", "monthlyIncome"]));
        assert!(c.lock);
        assert_eq!(
            c.to_query(),
            "embed=quote&lang=zh&fields=age,monthlyIncome&lock=1"
        );
        assert_eq!(EmbedConfig::from_query(&c.to_query()), Some(c));
    }

    #[test]
    fn views_names_and_bundles() {
        assert_eq!(view_of("revolving"), Some(Tab::Trap));
        assert_eq!(view_of("trap"), None);
        for &tab in Tab::ALL.iter() {
            assert_eq!(view_of(view_name(tab)), Some(tab));
            assert!(BUNDLES.contains(&bundle_of(tab)));
        }
        let unknown = EmbedConfig::from_query("embed=ledger%20view").expect("an embed");
        assert_eq!(unknown.view, Err("ledger view".to_owned()));
        assert_eq!(EmbedConfig::from_query("lang=zh"), None);
        assert_eq!(EmbedConfig::from_query(""), None);
    }

    #[test]
    fn boot_js_picks_the_bundle_that_holds_each_view() {
        let boot = include_str!("../../boot.js");
        let table = boot
            .split("const EMBEDS = {")
            .nth(1)
            .and_then(|t| t.split('}').next())
            .expect("the table");
        let rows: Vec<(String, String)> = table
            .lines()
            .filter_map(|l| {
                let (k, v) = l.trim().trim_end_matches(',').split_once(':')?;
                Some((k.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
            })
            .collect();
        assert_eq!(rows.len(), Tab::ALL.len());
        for (name, bundle) in rows {
            let tab = view_of(&name).unwrap_or_else(|| panic!("boot.js names {name}"));
            assert_eq!(bundle, bundle_of(tab), "{name}");
        }
    }

    #[test]
    fn the_score_shows_the_whole_form_unless_fields_say_otherwise() {
        let score = EmbedConfig::from_query("embed=score").expect("an embed");
        assert_eq!(
            score.shown_fields().len(),
            crate::scenario::fields::FIELDS.len()
        );
        let two = EmbedConfig::from_query("embed=score&fields=creditUtilizationPct,age")
            .expect("an embed");
        assert_eq!(two.shown_fields(), ["creditUtilizationPct", "age"]);
        let plan = EmbedConfig::from_query("embed=plan").expect("an embed");
        assert!(plan.shown_fields().is_empty());
        let none = EmbedConfig::from_query("embed=plan&fields=").expect("an embed");
        assert_eq!(none.fields, Some(vec![]));
    }
}
