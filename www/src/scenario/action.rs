//! What a person can do to the scenario, as one `Action` enum: the page's reducer applies it
//! (`crate::app::state`), and the view library sends it as text ([`Action::to_text`]), so both
//! bundles change the scenario through the same messages.

use credit_sim::presets::presets;

use super::loan::{LoanField, LoanForm, Which};
use super::marks::{self, MonthMark};
use super::pairs::{join, split};
use super::text::MAX_PAGE;
use super::{forms, rules};
use super::{ProfileForm, Scenario, Tab};
use crate::i18n::Lang;

/// Something a person did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Switch the language.
    SetLang(Lang),
    /// Open a tab.
    SetTab(Tab),
    /// Change a profile field's raw text.
    SetField(String, String),
    /// Change several profile fields at once (an improvement plan's steps).
    SetFields(Vec<(String, String)>),
    /// Turn the business block on or off.
    SetBusiness(bool),
    /// Load a preset profile by its id.
    ApplyPreset(String),
    /// Replace a plan's form (the view has fitted it to its product).
    SetLoan(Which, Box<LoanForm>),
    /// Show another page of the schedule.
    SetPage(usize),
    /// Replace the Journey's month marks.
    SetMarks(Vec<MonthMark>),
    /// Change a product rule's text, by its path.
    SetRule(String, String),
    /// Put these rules back to their defaults, by path.
    ResetRules(Vec<String>),
    /// Set texts of the library tools' forms, by key (an empty text removes the key).
    SetForms(Vec<(String, String)>),
    /// Remove every form text whose key starts with this prefix (a tool's reset).
    ClearForms(String),
    /// Open a link's scenario (pasted into this tab): its text.
    OpenLink(String),
    /// Hide the notice.
    DismissNotice,
    /// Open or close the Embed dialog.
    ShowEmbed(bool),
    /// Back to the defaults, keeping the language.
    Reset,
}

impl Scenario {
    /// Applies the scenario's part of an action (notices and validation are the page's).
    pub fn apply(&mut self, action: &Action) {
        match action {
            Action::SetLang(l) => self.lang = *l,
            Action::SetTab(t) => self.tab = *t,
            Action::SetField(k, v) => {
                if self.profile.set(k, v) {
                    self.profile.preset = None;
                }
            }
            Action::SetFields(changes) => {
                for (k, v) in changes {
                    if self.profile.set(k, v) {
                        self.profile.preset = None;
                    }
                }
            }
            Action::SetBusiness(on) => {
                self.profile.has_business = *on;
                self.profile.preset = None;
            }
            Action::ApplyPreset(id) => {
                if let Some(p) = presets().into_iter().find(|p| p.id == id) {
                    self.profile = ProfileForm::of(&p.profile, Some(p.id.to_owned()));
                }
            }
            Action::SetLoan(which, form) => *self.plan_mut(*which) = (**form).clone(),
            Action::SetPage(p) => self.page = (*p).min(MAX_PAGE),
            Action::SetMarks(m) => {
                if !m.is_empty() && m.len() <= marks::MAX_MONTHS {
                    self.marks = m.clone();
                }
            }
            Action::SetRule(path, text) => self.rules = rules::set(&self.rules, path, text),
            Action::ResetRules(paths) => self.rules.retain(|(p, _)| !paths.contains(p)),
            Action::SetForms(changes) => self.forms = forms::set(&self.forms, changes),
            Action::ClearForms(prefix) => self.forms = forms::clear(&self.forms, prefix),
            Action::ShowEmbed(open) => self.embed_dialog = *open,
            Action::OpenLink(_) | Action::DismissNotice => {}
            Action::Reset => *self = Scenario::new(self.lang, &self.today),
        }
    }
}

/// The `k`, `v` pairs of an action's text, in order.
fn changes(rest: &[(String, String)]) -> Vec<(String, String)> {
    let keys = rest
        .iter()
        .filter(|(k, _)| k == "k")
        .map(|(_, v)| v.clone());
    let values = rest
        .iter()
        .filter(|(k, _)| k == "v")
        .map(|(_, v)| v.clone());
    keys.zip(values).collect()
}

impl Action {
    /// The action as text, for the view library's messages to the page.
    pub fn to_text(&self) -> String {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: &str| pairs.push((k.to_owned(), v.to_owned()));
        match self {
            Action::SetLang(l) => {
                put("do", "lang");
                put("v", l.code());
            }
            Action::SetTab(t) => {
                put("do", "tab");
                put("v", t.code());
            }
            Action::SetField(k, v) => {
                put("do", "field");
                put("k", k);
                put("v", v);
            }
            Action::SetFields(changes) => {
                put("do", "fields");
                for (k, v) in changes {
                    put("k", k);
                    put("v", v);
                }
            }
            Action::SetBusiness(on) => {
                put("do", "business");
                put("v", if *on { "1" } else { "0" });
            }
            Action::ApplyPreset(id) => {
                put("do", "preset");
                put("v", id);
            }
            Action::SetLoan(which, form) => {
                put("do", "loan");
                put("w", which.prefix());
                for f in LoanField::ALL {
                    put(f.code(), &form.get(f));
                }
            }
            Action::SetPage(p) => {
                put("do", "page");
                put("v", &p.to_string());
            }
            Action::SetMarks(m) => {
                put("do", "marks");
                put("v", &marks::encode(m));
            }
            Action::SetRule(path, text) => {
                put("do", "rule");
                put("k", path);
                put("v", text);
            }
            Action::ResetRules(paths) => {
                put("do", "resetRules");
                for p in paths {
                    put("k", p);
                }
            }
            Action::SetForms(changes) => {
                put("do", "forms");
                for (k, v) in changes {
                    put("k", k);
                    put("v", v);
                }
            }
            Action::ClearForms(prefix) => {
                put("do", "clearForms");
                put("v", prefix);
            }
            Action::OpenLink(text) => {
                put("do", "link");
                put("v", text);
            }
            Action::DismissNotice => put("do", "dismiss"),
            Action::ShowEmbed(open) => {
                put("do", "embed");
                put("v", if *open { "1" } else { "0" });
            }
            Action::Reset => put("do", "reset"),
        }
        join(&pairs)
    }

    /// The action of a text from [`Action::to_text`]; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Action> {
        let pairs = split(text);
        let (first, rest) = pairs.split_first()?;
        if first.0 != "do" {
            return None;
        }
        let get = |k: &str| {
            rest.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let v = get("v");
        Some(match first.1.as_str() {
            "lang" => Action::SetLang(Lang::from_code(v?)?),
            "tab" => Action::SetTab(Tab::from_code(v?)?),
            "field" => Action::SetField(get("k")?.to_owned(), v?.to_owned()),
            "fields" => Action::SetFields(changes(rest)),
            "forms" => Action::SetForms(changes(rest)),
            "clearForms" => Action::ClearForms(v?.to_owned()),
            "business" => Action::SetBusiness(v? == "1"),
            "preset" => Action::ApplyPreset(v?.to_owned()),
            "loan" => {
                let which = match get("w")? {
                    "a." => Which::A,
                    "b." => Which::B,
                    _ => return None,
                };
                let mut form = LoanForm::new("");
                for f in LoanField::ALL {
                    if !form.set(f, get(f.code())?) {
                        return None;
                    }
                }
                Action::SetLoan(which, Box::new(form))
            }
            "page" => Action::SetPage(v?.parse().ok()?),
            "marks" => Action::SetMarks(marks::decode(v?)?),
            "rule" => Action::SetRule(get("k")?.to_owned(), v?.to_owned()),
            "resetRules" => Action::ResetRules(
                rest.iter()
                    .filter(|(k, _)| k == "k")
                    .map(|(_, v)| v.clone())
                    .collect(),
            ),
            "link" => Action::OpenLink(v?.to_owned()),
            "dismiss" => Action::DismissNotice,
            "embed" => Action::ShowEmbed(v? == "1"),
            "reset" => Action::Reset,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::loan::Product;

    fn every_action() -> Vec<Action> {
        let mut form = LoanForm::new("2025-01-15");
        form.product = Product::Custom;
        form.amount = "a&b=c 中".into();
        vec![
            Action::SetLang(Lang::En),
            Action::SetTab(Tab::Journey),
            Action::SetField("monthlyIncome".into(), "20000&x=1".into()),
            Action::SetFields(vec![
                ("creditUtilizationPct".into(), "20".into()),
                ("realNameVerified".into(), "true".into()),
            ]),
            Action::SetFields(Vec::new()),
            Action::SetBusiness(true),
            Action::ApplyPreset("student".into()),
            Action::SetLoan(Which::B, Box::new(form)),
            Action::SetPage(3),
            Action::SetMarks(vec![MonthMark::OnTime, MonthMark::Late(45)]),
            Action::SetRule("creditLoan.minScore".into(), "620".into()),
            Action::ResetRules(vec!["lpr".into(), "pricing.margin".into()]),
            Action::ResetRules(Vec::new()),
            Action::SetForms(vec![
                ("q.0.kind".into(), "installment".into()),
                ("q.0.payment".into(), String::new()),
            ]),
            Action::ClearForms("q.".into()),
            Action::OpenLink("v=1&age=40".into()),
            Action::DismissNotice,
            Action::ShowEmbed(true),
            Action::ShowEmbed(false),
            Action::Reset,
        ]
    }

    #[test]
    fn every_action_crosses_as_text() {
        for a in every_action() {
            assert_eq!(Action::from_text(&a.to_text()), Some(a.clone()), "{a:?}");
        }
        for bad in [
            "",
            "x=1",
            "do=fly",
            "do=tab&v=nowhere",
            "do=loan&w=c.",
            "do=marks&v=o0",
        ] {
            assert_eq!(Action::from_text(bad), None, "{bad}");
        }
    }

    #[test]
    fn actions_change_the_scenario() {
        let mut s = Scenario::new(Lang::Zh, "2025-01-15");
        s.apply(&Action::SetField("age".into(), "40".into()));
        assert_eq!(s.profile.get("age"), "40");
        assert_eq!(s.profile.preset, None);
        s.apply(&Action::ApplyPreset("student".into()));
        assert_eq!(s.profile.preset.as_deref(), Some("student"));
        s.apply(&Action::SetPage(999));
        assert_eq!(s.page, MAX_PAGE);
        s.apply(&Action::SetMarks(Vec::new()));
        assert_eq!(s.marks, marks::default_marks());
        s.apply(&Action::SetLang(Lang::En));
        s.apply(&Action::Reset);
        assert_eq!(s, Scenario::new(Lang::En, "2025-01-15"));
    }
}
