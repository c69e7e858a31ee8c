//! The page's state and its reducer: the one scenario, the last valid profile with its score,
//! the form's problems and the notice. Every change, from the page's own controls or from the
//! view library, is an `Action` applied here. Pure, tested natively.

use std::rc::Rc;

use credit_sim::offers::{default_rules, ProductRules};
use credit_sim::profile::Profile;
use yew::Reducible;

use crate::derive::{summarize, Summary};
use crate::i18n::Lang;
use crate::scenario::action::Action;
use crate::scenario::feed::Feed;
use crate::scenario::text::{decode, encode};
use crate::scenario::{rules, Problem, Scenario};

/// A one-time notice above the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Saved state was unreadable or of an older format.
    SavedIgnored,
    /// The link had pairs that could not be read: their keys.
    LinkIgnored(Vec<String>),
}

/// Everything the page knows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The scenario, forms as typed.
    pub scenario: Scenario,
    /// The last valid profile.
    pub profile: Rc<Profile>,
    /// The profile form's problems (empty when `profile` is the form's).
    pub problems: Vec<Problem>,
    /// The product rules in force: the last edited set the core's reader accepted.
    pub rules: Rc<ProductRules>,
    /// The edited rules' problems, by path (empty when `rules` are the edited ones).
    pub rule_problems: Vec<Problem>,
    /// The score of `profile` and its deposit-free services under `rules`.
    pub summary: Rc<Summary>,
    /// A notice to show.
    pub notice: Option<Notice>,
    /// How many times the page was reset (the hash is then replaced at once).
    pub resets: u32,
}

/// Where the first state comes from, as the browser gives it.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The link's hash, without `#`.
    pub hash: String,
    /// The saved text, if any.
    pub saved: Option<String>,
    /// Whether an older format's saved state is present.
    pub old_saved: bool,
    /// The browser's language.
    pub lang: Lang,
    /// Today, `YYYY-MM-DD`.
    pub today: String,
}

impl State {
    /// The state of a scenario.
    pub fn of(scenario: Scenario) -> State {
        let profile = credit_sim::default_profile();
        let rules = default_rules();
        let mut s = State {
            summary: Rc::new(summarize(&profile, &rules)),
            profile: Rc::new(profile),
            rules: Rc::new(rules),
            scenario,
            problems: Vec::new(),
            rule_problems: Vec::new(),
            notice: None,
            resets: 0,
        };
        s.revalidate();
        s
    }

    /// The default state in `lang`.
    pub fn new(lang: Lang, today: &str) -> State {
        State::of(Scenario::new(lang, today))
    }

    /// The first state: the link's scenario, else the saved one, else the defaults in the
    /// browser's language. What cannot be read is dropped with a notice naming it.
    pub fn from_sources(src: &Sources) -> State {
        let base = Scenario::new(src.lang, &src.today);
        if !src.hash.is_empty() {
            return match decode(&src.hash, &base) {
                Ok(d) => {
                    let mut s = State::of(d.scenario);
                    if !d.rejected.is_empty() {
                        s.notice = Some(Notice::LinkIgnored(d.rejected));
                    }
                    s
                }
                Err(_) => {
                    let mut s = State::of(base);
                    s.notice = Some(Notice::LinkIgnored(Vec::new()));
                    s
                }
            };
        }
        match &src.saved {
            Some(saved) => match decode(saved, &base) {
                Ok(d) => {
                    let mut s = State::of(d.scenario);
                    if !d.rejected.is_empty() {
                        s.notice = Some(Notice::SavedIgnored);
                    }
                    s
                }
                Err(_) => {
                    let mut s = State::of(base);
                    s.notice = Some(Notice::SavedIgnored);
                    s
                }
            },
            None => {
                let mut s = State::of(base);
                if src.old_saved {
                    s.notice = Some(Notice::SavedIgnored);
                }
                s
            }
        }
    }

    /// The raw text of a profile field.
    pub fn raw(&self, key: &str) -> &str {
        self.scenario.profile.get(key)
    }

    /// The problem of a profile field, if any.
    pub fn problem(&self, key: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == key)
    }

    /// The scenario's text, for the hash and storage.
    pub fn text(&self) -> String {
        encode(&self.scenario)
    }

    /// What the view library is given.
    pub fn feed(&self) -> Feed {
        Feed {
            scenario: self.scenario.clone(),
            profile: (*self.profile).clone(),
            stale: !self.problems.is_empty(),
            rules: (*self.rules).clone(),
            rule_problems: self.rule_problems.clone(),
        }
    }

    /// Applies an action.
    pub fn apply(&mut self, action: &Action) {
        match action {
            Action::DismissNotice => self.notice = None,
            Action::OpenLink(text) => {
                let sources = Sources {
                    hash: text.clone(),
                    saved: None,
                    old_saved: false,
                    lang: self.scenario.lang,
                    today: self.scenario.today.clone(),
                };
                let resets = self.resets;
                *self = State::from_sources(&sources);
                self.resets = resets;
            }
            Action::Reset => {
                self.scenario.apply(action);
                self.notice = None;
                self.resets = self.resets.wrapping_add(1);
                self.revalidate();
            }
            _ => {
                let before = (self.scenario.profile.clone(), self.scenario.rules.clone());
                self.scenario.apply(action);
                if (&self.scenario.profile, &self.scenario.rules) != (&before.0, &before.1) {
                    self.revalidate();
                }
            }
        }
    }

    /// Validates the profile form and the edited rules with the core; what is valid takes
    /// force, and the score and services follow it.
    fn revalidate(&mut self) {
        let mut changed = false;
        match self.scenario.profile.validate() {
            Ok(p) => {
                self.problems.clear();
                if *self.profile != p {
                    self.profile = Rc::new(p);
                    changed = true;
                }
            }
            Err(problems) => self.problems = problems,
        }
        match rules::validate(&self.scenario.rules) {
            Ok(r) => {
                self.rule_problems.clear();
                if *self.rules != r {
                    self.rules = Rc::new(r);
                    changed = true;
                }
            }
            Err(problems) => self.rule_problems = problems,
        }
        if changed {
            self.summary = Rc::new(summarize(&self.profile, &self.rules));
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(&action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::error::ErrorCode;
    use rust_decimal::Decimal;

    const TODAY: &str = "2025-01-15";

    fn state() -> State {
        State::new(Lang::En, TODAY)
    }

    fn field(k: &str, v: &str) -> Action {
        Action::SetField(k.into(), v.into())
    }

    #[test]
    fn a_valid_edit_updates_the_profile_and_the_score() {
        let mut s = state();
        let before = s.summary.report.score;
        s.apply(&field("onTimeRatePct", "40"));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.on_time_rate_pct, 40);
        assert!(s.summary.report.score < before);
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_good_profile() {
        let mut s = state();
        s.apply(&field("monthlyIncome", "12000"));
        s.apply(&field("monthlyIncome", "abc"));
        assert_eq!(
            s.problem("monthlyIncome").map(|p| p.code),
            Some(Some(ErrorCode::NotANumber))
        );
        assert_eq!(s.profile.monthly_income, Decimal::from(12_000));
        assert_eq!(s.raw("monthlyIncome"), "abc");
        assert!(s.feed().stale);
        s.apply(&field("age", "17"));
        assert!(s.problem("age").is_some());
        s.apply(&field("monthlyIncome", "9000"));
        s.apply(&field("age", "40"));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.age, 40);
    }

    #[test]
    fn edited_rules_take_force_and_a_bad_one_keeps_the_last_good() {
        let mut s = state();
        assert!(s.summary.deposit_free.iter().all(|d| d.eligible));
        s.apply(&Action::SetRule("depositFree.carHire".into(), "900".into()));
        assert_eq!(s.rules.deposit_free.car_hire, 900);
        assert!(!s.summary.deposit_free[2].eligible);
        s.apply(&Action::SetRule(
            "depositFree.carHire".into(),
            "9000".into(),
        ));
        assert_eq!(s.rule_problems[0].field, "depositFree.carHire");
        assert_eq!(s.rules.deposit_free.car_hire, 900);
        assert!(s.feed().rule_problems.len() == 1);
        s.apply(&Action::ResetRules(vec!["depositFree.carHire".into()]));
        assert!(s.rule_problems.is_empty());
        assert_eq!(*s.rules, default_rules());
    }

    #[test]
    fn unknown_fields_change_nothing() {
        let mut s = state();
        let before = s.clone();
        s.apply(&field("nope", "1"));
        assert_eq!(s, before);
    }

    #[test]
    fn reset_keeps_the_language() {
        let mut s = state();
        s.apply(&Action::SetLang(Lang::Zh));
        s.apply(&field("age", "50"));
        s.apply(&Action::Reset);
        assert_eq!(s.scenario.lang, Lang::Zh);
        assert_eq!(s.raw("age"), "30");
        assert_eq!(s.resets, 1);
    }

    #[test]
    fn the_first_state_comes_from_the_link_then_storage_then_the_browser() {
        let src = |hash: &str, saved: Option<&str>, old_saved: bool| Sources {
            hash: hash.into(),
            saved: saved.map(str::to_owned),
            old_saved,
            lang: Lang::Zh,
            today: TODAY.into(),
        };
        let fresh = State::from_sources(&src("", None, false));
        assert_eq!(fresh, State::new(Lang::Zh, TODAY));
        let linked =
            State::from_sources(&src("v=1&lang=en&age=40&zzz=1", Some("v=1&age=50"), false));
        assert_eq!(linked.profile.age, 40);
        assert_eq!(linked.scenario.lang, Lang::En);
        assert_eq!(linked.notice, Some(Notice::LinkIgnored(vec!["zzz".into()])));
        let saved = State::from_sources(&src("", Some("v=1&age=50"), false));
        assert_eq!((saved.profile.age, saved.notice), (50, None));
        let garbage = State::from_sources(&src("", Some("garbage%%%{"), false));
        assert_eq!(garbage.notice, Some(Notice::SavedIgnored));
        let old = State::from_sources(&src("", None, true));
        assert_eq!(old.notice, Some(Notice::SavedIgnored));
        let bad_link = State::from_sources(&src("x=1", None, false));
        assert_eq!(bad_link.notice, Some(Notice::LinkIgnored(Vec::new())));
        // A link pasted into the tab replaces everything.
        let mut s = fresh.clone();
        s.apply(&Action::OpenLink("v=1&age=41&tab=plan".into()));
        assert_eq!(
            (s.profile.age, s.scenario.tab),
            (41, crate::scenario::Tab::Plan)
        );
    }
}
