//! What the page gives its view library on every change: the scenario, and the last valid
//! profile with whether the form now differs from it. The page validates; the view library only
//! reads the result. One text crosses between the two wasm instances, made of the same
//! `key=value` pairs as a link ([`Feed::to_text`], [`Feed::from_text`]).

use credit_sim::error::ErrorCode;
use credit_sim::offers::{default_rules, ProductRules};
use credit_sim::profile::Profile;

use super::fields::{loose_profile, raw_of, FIELDS};
use super::pairs::{join, split, Pair};
use super::text::{decode_pairs, encode_pairs};
use super::{Problem, Scenario};
use crate::i18n::Lang;

/// The prefix of the valid profile's pairs.
const VALID: &str = "valid.";
/// The prefix of the values of the rules in force that differ from the defaults.
const FORCE: &str = "force.";
/// The prefix of the edited rules' problems (the value is the code's name).
const PROBLEM: &str = "problem.";

/// The view library's input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// The scenario, forms as typed.
    pub scenario: Scenario,
    /// The last valid profile: what every figure is computed from.
    pub profile: Profile,
    /// True while the profile form has problems (the figures are then the last valid ones).
    pub stale: bool,
    /// The product rules in force.
    pub rules: ProductRules,
    /// The edited rules' problems, by path.
    pub rule_problems: Vec<Problem>,
}

impl Feed {
    /// The feed as text.
    pub fn to_text(&self) -> String {
        let mut pairs: Vec<Pair> = vec![
            ("today".into(), self.scenario.today.clone()),
            ("stale".into(), if self.stale { "1" } else { "0" }.into()),
        ];
        if self.scenario.embed_dialog {
            pairs.push(("dialog".into(), "1".into()));
        }
        let (raw, has_business) = raw_of(&self.profile);
        for (f, v) in FIELDS.iter().zip(raw) {
            pairs.push((format!("{VALID}{}", f.key), v));
        }
        pairs.push((
            format!("{VALID}biz"),
            if has_business { "1" } else { "0" }.into(),
        ));
        for ((path, value), (_, default)) in self
            .rules
            .values()
            .into_iter()
            .zip(default_rules().values())
        {
            if value != default {
                pairs.push((format!("{FORCE}{path}"), value));
            }
        }
        for p in &self.rule_problems {
            let code = p.code.map_or("", ErrorCode::api_name);
            pairs.push((format!("{PROBLEM}{}", p.field), code.into()));
        }
        pairs.extend(encode_pairs(&self.scenario));
        join(&pairs)
    }

    /// The feed of a text from [`Feed::to_text`]; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Feed> {
        let pairs = split(text);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let today = get("today")?;
        let stale = get("stale")? == "1";
        let raw: Vec<String> = FIELDS
            .iter()
            .map(|f| get(&format!("{VALID}{}", f.key)).map(str::to_owned))
            .collect::<Option<_>>()?;
        let has_business = get(&format!("{VALID}biz"))? == "1";
        let profile = Profile::from_loose(&loose_profile(&raw, has_business)).ok()?;
        let force: Vec<(&str, &str)> = pairs
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix(FORCE)?, v.as_str())))
            .collect();
        let rules = default_rules().with_values(&force).ok()?;
        let rule_problems = pairs
            .iter()
            .filter_map(|(k, v)| {
                Some(Problem {
                    field: k.strip_prefix(PROBLEM)?.to_owned(),
                    code: ErrorCode::of_api_name(v),
                })
            })
            .collect();
        let own: Vec<Pair> = pairs
            .iter()
            .filter(|(k, _)| {
                k != "today"
                    && k != "stale"
                    && k != "dialog"
                    && ![VALID, FORCE, PROBLEM].iter().any(|p| k.starts_with(p))
            })
            .cloned()
            .collect();
        let mut scenario = decode_pairs(&own, &Scenario::new(Lang::Zh, today))
            .ok()?
            .scenario;
        scenario.embed_dialog = get("dialog") == Some("1");
        // A link's reader drops the rules it refuses; the feed keeps the page's edits as typed,
        // so a rule with a problem still shows its text beside its error.
        scenario.rules = own
            .iter()
            .filter_map(|(k, v)| {
                Some((k.strip_prefix(super::rules::PREFIX)?.to_owned(), v.clone()))
            })
            .collect();
        Some(Feed {
            scenario,
            profile,
            stale,
            rules,
            rule_problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::action::Action;
    use crate::scenario::Tab;

    #[test]
    fn a_feed_crosses_as_text() {
        let mut scenario = Scenario::new(Lang::En, "2025-01-15");
        scenario.apply(&Action::SetTab(Tab::Plan));
        scenario.apply(&Action::ShowEmbed(true));
        scenario.apply(&Action::SetField("monthlyIncome".into(), "abc".into()));
        scenario.plan_b.amount = "5000".into();
        // A rule with a problem crosses as typed, beside its problem.
        scenario.apply(&Action::SetRule(
            "creditLoan.minScore".into(),
            "2000".into(),
        ));
        scenario.apply(&Action::SetRule("lpr".into(), "0.035".into()));
        assert_eq!(scenario.rules.len(), 2);
        let mut profile = credit_sim::default_profile();
        profile.age = 44;
        let feed = Feed {
            scenario,
            profile,
            stale: true,
            rules: default_rules()
                .with_values(&[("lpr", "0.035")])
                .expect("rules"),
            rule_problems: vec![Problem {
                field: "creditLoan.minScore".into(),
                code: Some(ErrorCode::OutOfRange),
            }],
        };
        assert_eq!(Feed::from_text(&feed.to_text()), Some(feed));
        assert_eq!(Feed::from_text("v=1&age=30"), None);
        assert_eq!(Feed::from_text(""), None);
    }
}
