//! The main bundle's state and its reducer: language, open tab, the profile form (raw texts, the
//! last valid profile and its score and offers) and notices. The loan plans live in
//! `crate::plan` (the deferred bundle); the two meet only in the URL hash (`crate::url`).
//! Everything here is pure and testable natively.

use std::rc::Rc;

use credit_sim::error::{ErrorCode, ValidationErrors};
use credit_sim::profile::{default_profile, Profile};
use yew::Reducible;

use crate::engine::{self, Summary};
use crate::fields::{loose_profile, raw_of};
use crate::i18n::{Lang, K};

/// The tabs of the results area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Gauge, radar, reasons, improvements.
    #[default]
    Score,
    /// Products.
    Offers,
    /// The loan planner.
    Plan,
    /// Two plans side by side.
    Compare,
    /// The month-by-month journey (a later issue).
    Journey,
    /// Model card and glossary.
    Learn,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 6] = [
        Tab::Score,
        Tab::Offers,
        Tab::Plan,
        Tab::Compare,
        Tab::Journey,
        Tab::Learn,
    ];

    /// The code used in the URL and in element ids.
    pub fn code(self) -> &'static str {
        match self {
            Tab::Score => "score",
            Tab::Offers => "offers",
            Tab::Plan => "plan",
            Tab::Compare => "compare",
            Tab::Journey => "journey",
            Tab::Learn => "learn",
        }
    }

    /// The tab with this code.
    pub fn from_code(code: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.code() == code)
    }

    /// Whether the tab's view lives in the deferred bundle (loaded when first opened).
    pub fn is_deferred(self) -> bool {
        self != Tab::Score
    }

    /// The tab's label key.
    pub fn label(self) -> K {
        match self {
            Tab::Score => K::TabScore,
            Tab::Offers => K::TabOffers,
            Tab::Plan => K::TabPlan,
            Tab::Compare => K::TabCompare,
            Tab::Journey => K::TabJourney,
            Tab::Learn => K::TabLearn,
        }
    }
}

/// A field error: which field, and what kind of problem (its text is made in the page language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field path (profile) or loan field code.
    pub field: String,
    /// The core's code, or `None` for the planner's own "above the limit".
    pub code: Option<ErrorCode>,
}

/// A one-time notice above the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Saved state was unreadable or old.
    SavedIgnored,
    /// The link had something unreadable.
    LinkIgnored,
}

/// The whole state of the main bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Page language.
    pub lang: Lang,
    /// Open tab.
    pub tab: Tab,
    /// The profile form's raw texts, by API path.
    pub raw: Vec<(&'static str, String)>,
    /// Whether the business block is on.
    pub has_business: bool,
    /// The preset last applied, while the form still equals it.
    pub preset: Option<String>,
    /// The last valid profile.
    pub profile: Rc<Profile>,
    /// Problems with the profile form.
    pub problems: Vec<Problem>,
    /// Score and cash-loan decision of `profile`.
    pub derived: Rc<Summary>,
    /// A notice to show.
    pub notice: Option<Notice>,
    /// How many times the page was reset (a reset also clears the planner's keys).
    pub resets: u32,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch language.
    SetLang(Lang),
    /// Open a tab.
    SetTab(Tab),
    /// Change a profile field's raw text.
    SetField(String, String),
    /// Turn the business block on or off.
    SetBusiness(bool),
    /// Load a whole profile (a preset, with its id).
    ApplyProfile(Box<Profile>, Option<String>),
    /// Back to the defaults (keeps the language).
    Reset,
    /// Hide the notice.
    DismissNotice,
    /// Replace everything (a link opened in this tab).
    Load(Box<State>),
}

/// The profile of raw form texts, or every problem with them.
pub fn validate_profile(
    raw: &[(&'static str, String)],
    has_business: bool,
) -> Result<Profile, Vec<Problem>> {
    Profile::from_loose(&loose_profile(raw, has_business))
        .map_err(|e| problems_of(&e, |path| path.to_owned()))
}

/// Sets a raw text in a list of form fields; `false` for an unknown field.
pub fn set_raw_in(raw: &mut [(&'static str, String)], key: &str, value: &str) -> bool {
    match raw.iter_mut().find(|(k, _)| *k == key) {
        Some(pair) => {
            pair.1 = value.to_owned();
            true
        }
        None => false,
    }
}

impl State {
    /// The default state in `lang`.
    pub fn new(lang: Lang) -> State {
        let profile = default_profile();
        let (raw, has_business) = raw_of(&profile);
        State {
            lang,
            tab: Tab::Score,
            raw,
            has_business,
            // The default profile is one of the presets (the salaried employee): say so.
            preset: engine::all_presets()
                .into_iter()
                .find(|p| p.profile == profile)
                .map(|p| p.id.to_owned()),
            derived: Rc::new(engine::summarize(&profile)),
            profile: Rc::new(profile),
            problems: Vec::new(),
            notice: None,
            resets: 0,
        }
    }

    /// The raw text of a profile field.
    pub fn raw(&self, key: &str) -> &str {
        self.raw
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The problem of a profile field, if any.
    pub fn problem(&self, key: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == key)
    }

    /// Sets a profile field's raw text; `false` for an unknown field.
    pub fn set_raw(&mut self, key: &str, value: &str) -> bool {
        set_raw_in(&mut self.raw, key, value)
    }

    /// Applies an action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(l) => self.lang = l,
            Action::SetTab(t) => self.tab = t,
            Action::SetField(k, v) => {
                if self.set_raw(&k, &v) {
                    self.preset = None;
                    self.revalidate();
                }
            }
            Action::SetBusiness(on) => {
                self.has_business = on;
                self.preset = None;
                self.revalidate();
            }
            Action::ApplyProfile(p, id) => {
                let (raw, biz) = raw_of(&p);
                self.raw = raw;
                self.has_business = biz;
                self.preset = id;
                self.revalidate();
            }
            Action::Reset => {
                let mut fresh = State::new(self.lang);
                fresh.resets = self.resets.wrapping_add(1);
                *self = fresh;
            }
            Action::DismissNotice => self.notice = None,
            Action::Load(s) => {
                let resets = self.resets;
                *self = *s;
                self.resets = resets;
            }
        }
    }

    /// Validates the profile form with the core; on success the results follow it.
    pub fn revalidate(&mut self) {
        match validate_profile(&self.raw, self.has_business) {
            Ok(p) => {
                self.problems.clear();
                if *self.profile != p {
                    self.derived = Rc::new(engine::summarize(&p));
                    self.profile = Rc::new(p);
                }
            }
            Err(e) => self.problems = e,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// Every problem of a validation, one per field, named by `map` of the core's path.
pub fn problems_of(e: &ValidationErrors, map: impl Fn(&str) -> String) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for fe in e.errors() {
        let field = map(&fe.field);
        if !out.iter().any(|p| p.field == field) {
            out.push(Problem {
                field,
                code: Some(fe.code),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn state() -> State {
        State::new(Lang::En)
    }

    #[test]
    fn a_valid_edit_updates_the_profile() {
        let mut s = state();
        s.apply(Action::SetField("monthlyIncome".into(), "20000".into()));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.monthly_income, Decimal::from(20_000));
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_good_profile() {
        let mut s = state();
        s.apply(Action::SetField("monthlyIncome".into(), "12000".into()));
        s.apply(Action::SetField("monthlyIncome".into(), "abc".into()));
        assert_eq!(
            s.problem("monthlyIncome").map(|p| p.code),
            Some(Some(credit_sim::error::ErrorCode::NotANumber))
        );
        assert_eq!(s.profile.monthly_income, Decimal::from(12_000));
        assert_eq!(s.raw("monthlyIncome"), "abc");
        s.apply(Action::SetField("age".into(), "17".into()));
        assert!(s.problem("age").is_some());
        s.apply(Action::SetField("monthlyIncome".into(), "9000".into()));
        s.apply(Action::SetField("age".into(), "40".into()));
        assert!(s.problems.is_empty());
        assert_eq!(s.profile.age, 40);
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let mut s = state();
        let before = s.clone();
        s.apply(Action::SetField("nope".into(), "1".into()));
        assert_eq!(s, before);
    }

    #[test]
    fn reset_keeps_the_language() {
        let mut s = state();
        s.apply(Action::SetLang(Lang::Zh));
        s.apply(Action::SetField("age".into(), "50".into()));
        s.apply(Action::Reset);
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(s.raw("age"), "30");
        assert_eq!(s.resets, 1);
    }
}
