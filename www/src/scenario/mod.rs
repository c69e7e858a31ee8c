//! The scenario: everything a person has set up, exactly as typed: language, open tab, the
//! profile form, the two loan plans, the schedule's page and the Journey's month marks.
//!
//! Pure (no web_sys, no yew), so it is tested natively. The page's own bundle owns the one
//! scenario (`crate::app::state`); links, storage and the view library carry it as text
//! ([`text`], [`feed`]); views change it only by sending an [`action::Action`].

pub mod action;
pub mod feed;
pub mod fields;
pub mod forms;
pub mod loan;
pub mod marks;
pub mod pairs;
pub mod rules;
pub mod text;

use credit_sim::error::ErrorCode;
use credit_sim::presets::presets;
use credit_sim::profile::Profile;

use crate::i18n::{Lang, Text};
use fields::{raw_of, FIELDS};
use loan::{LoanForm, Which};
use marks::MonthMark;

/// Where a tab's view is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// In the page's own bundle, part of the first load.
    Page,
    /// In the view library, loaded the first time one of its tabs is opened or hovered.
    Library,
}

macro_rules! tabs {
    ($($(#[$doc:meta])* $tab:ident => $code:literal, $label:expr, $bundle:ident;)*) => {
        /// The tabs of the results area: one line each, in order (the tab registry).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum Tab {
            $($(#[$doc])* $tab,)*
        }

        impl Tab {
            /// Every tab, in order.
            pub const ALL: &'static [Tab] = &[$(Tab::$tab,)*];

            /// The code of links and element ids.
            pub fn code(self) -> &'static str {
                match self { $(Tab::$tab => $code,)* }
            }

            /// The tab's label.
            pub fn label(self) -> Text {
                match self { $(Tab::$tab => $label,)* }
            }

            /// Where its view is built.
            pub fn bundle(self) -> Bundle {
                match self { $(Tab::$tab => Bundle::$bundle,)* }
            }
        }
    };
}

tabs! {
    /// Gauge, radar, reasons, improvements.
    #[default]
    Score => "score", Text::new("评分", "Score"), Page;
    /// The products and their prices.
    Offers => "offers", Text::new("产品", "Offers"), Library;
    /// The loan planner.
    Plan => "plan", Text::new("还款计划", "Loan plan"), Library;
    /// Two plans side by side.
    Compare => "compare", Text::new("对比", "Compare"), Library;
    /// A quote's true APR, up to four side by side.
    Quote => "quote", Text::new("核算真实年化", "Check a quote"), Library;
    /// A statement paid by the minimum, a fixed amount, in instalments or in full.
    Trap => "trap", Text::new("最低还款", "Minimum payment"), Library;
    /// The shortest plan to a score or a product.
    Goal => "goal", Text::new("达成目标", "Reach a goal"), Library;
    /// Month by month: score, limit, price.
    Journey => "journey", Text::new("信用旅程", "Journey"), Library;
    /// The model card and the glossary.
    Learn => "learn", Text::new("了解", "Learn"), Library;
    /// Every product rule, for a lender's demo.
    Workbench => "workbench", Text::new("规则工作台", "Workbench"), Library;
}

impl Tab {
    /// The tab with this code.
    pub fn from_code(code: &str) -> Option<Tab> {
        Tab::ALL.iter().copied().find(|t| t.code() == code)
    }
}

/// A field error: which field, and what kind of problem (its text is made in the page language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field: a profile path, or a form's own field code.
    pub field: String,
    /// The core's code, or `None` for a form's own check (an amount above the limit).
    pub code: Option<ErrorCode>,
}

/// Every problem of a validation, one per field, named by `map` of the core's path.
pub fn problems_of(
    e: &credit_sim::error::ValidationErrors,
    map: impl Fn(&str) -> String,
) -> Vec<Problem> {
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

/// The profile form: the raw text of every field (in `FIELDS` order), the business switch, and
/// the preset last applied while the form still equals it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileForm {
    /// Raw texts, in [`FIELDS`] order.
    pub raw: Vec<String>,
    /// Whether the business block is on.
    pub has_business: bool,
    /// The preset applied, until a field is changed.
    pub preset: Option<String>,
}

impl ProfileForm {
    /// The form of a profile.
    pub fn of(profile: &Profile, preset: Option<String>) -> ProfileForm {
        let (raw, has_business) = raw_of(profile);
        ProfileForm {
            raw,
            has_business,
            preset,
        }
    }

    /// The raw text of a field ("" for an unknown one).
    pub fn get(&self, key: &str) -> &str {
        FIELDS
            .iter()
            .position(|f| f.key == key)
            .and_then(|i| self.raw.get(i))
            .map_or("", String::as_str)
    }

    /// Sets a field's raw text; `false` for an unknown field.
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        match FIELDS.iter().position(|f| f.key == key) {
            Some(i) => {
                self.raw[i] = value.to_owned();
                true
            }
            None => false,
        }
    }

    /// The profile of the form, or every problem with it (named by profile path).
    pub fn validate(&self) -> Result<Profile, Vec<Problem>> {
        Profile::from_loose(&fields::loose_profile(&self.raw, self.has_business))
            .map_err(|e| problems_of(&e, str::to_owned))
    }
}

/// The id of the preset the default profile is (it is one of them: the salaried employee).
fn default_preset(profile: &Profile) -> Option<String> {
    presets()
        .into_iter()
        .find(|p| p.profile == *profile)
        .map(|p| p.id.to_owned())
}

/// Everything a person has set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// Page language.
    pub lang: Lang,
    /// Open tab.
    pub tab: Tab,
    /// The profile form.
    pub profile: ProfileForm,
    /// Plan A (the planner's).
    pub plan_a: LoanForm,
    /// Plan B (Compare's second).
    pub plan_b: LoanForm,
    /// The schedule table's page (0-based; views show at most the last page there is).
    pub page: usize,
    /// The Journey's month marks.
    pub marks: Vec<MonthMark>,
    /// The product rules edited in the Workbench: `(path, text)`, in `RULE_PATHS` order.
    pub rules: Vec<pairs::Pair>,
    /// The library tools' form texts by key (`forms`), sorted.
    pub forms: Vec<pairs::Pair>,
    /// The day new plans start on (`YYYY-MM-DD`), the browser's today. Not part of a link: a
    /// plan that differs from its default carries its own start date.
    pub today: String,
    /// The Embed dialog is open (the view library draws it). Not part of a link.
    pub embed_dialog: bool,
}

impl Scenario {
    /// The default scenario in `lang`, plans starting `today`.
    pub fn new(lang: Lang, today: &str) -> Scenario {
        let profile = credit_sim::default_profile();
        Scenario {
            lang,
            tab: Tab::Score,
            profile: ProfileForm::of(&profile, default_preset(&profile)),
            plan_a: Scenario::default_plan(Which::A, today),
            plan_b: Scenario::default_plan(Which::B, today),
            page: 0,
            marks: marks::default_marks(),
            rules: Vec::new(),
            forms: Vec::new(),
            today: today.to_owned(),
            embed_dialog: false,
        }
    }

    /// A plan's default form: a 12-month credit loan of ¥10,000 (6 months for plan B).
    pub fn default_plan(which: Which, today: &str) -> LoanForm {
        let mut form = LoanForm::new(today);
        if which == Which::B {
            form.term = "6".into();
        }
        form
    }

    /// Plan A or B.
    pub fn plan(&self, which: Which) -> &LoanForm {
        match which {
            Which::A => &self.plan_a,
            Which::B => &self.plan_b,
        }
    }

    /// Plan A or B, to change.
    pub fn plan_mut(&mut self, which: Which) -> &mut LoanForm {
        match which {
            Which::A => &mut self.plan_a,
            Which::B => &mut self.plan_b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_read_back_from_their_codes() {
        for &tab in Tab::ALL {
            assert_eq!(Tab::from_code(tab.code()), Some(tab));
        }
        assert_eq!(Tab::from_code("nowhere"), None);
        assert_eq!(Tab::Score.bundle(), Bundle::Page);
        assert_eq!(Tab::default(), Tab::Score);
    }

    #[test]
    fn the_default_profile_is_the_salaried_preset() {
        let s = Scenario::new(Lang::En, "2025-01-15");
        assert_eq!(s.profile.preset.as_deref(), Some("salaried"));
        assert_eq!(s.profile.get("age"), "30");
        assert_eq!(s.profile.validate(), Ok(credit_sim::default_profile()));
        assert_eq!(s.plan_b.term, "6");
    }

    #[test]
    fn an_invalid_form_names_every_field() {
        let mut form = Scenario::new(Lang::En, "2025-01-15").profile;
        assert!(form.set("age", "17"));
        assert!(form.set("monthlyIncome", "abc"));
        assert!(!form.set("nope", "1"));
        let problems = form.validate().unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["monthlyIncome", "age"]);
        assert_eq!(problems[0].code, Some(ErrorCode::NotANumber));
    }
}
