//! The Workbench tab, for a lender or fintech team demoing a product: every product rule, in
//! groups, each with its number box (and a slider where a range is natural), its unit and range,
//! its error, and a mark when it differs from the default; a reset per group and for all. Every
//! change is sent to the page, which validates the set and puts the last valid one in force on
//! every view (the headline, the offers, the plans, the journey). The library puts the portfolio
//! (`super::portfolio`) between the head and the rules.

use credit_sim::error::ErrorCode;
use credit_sim::offers::{default_rules, rule_range, RuleRange};
use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::portfolio::PortfolioPanel;
use super::ViewCtx;
use crate::format::pct;
use crate::i18n::workbench::{self as tx, Unit, GROUPS, RULES};
use crate::i18n::{with_commas, Lang, Text};
use crate::scenario::action::Action;
use crate::widgets::quantity::{quantity, Quantity, Slider};

/// The DOM id of a rule's box (`rule-creditLine-installmentFees-3-feeRate`).
pub fn rule_id(path: &str) -> String {
    format!("rule-{}", path.replace('.', "-"))
}

/// A bound as a form shows it: whole numbers with separators, others to six places.
fn bound(d: Decimal) -> String {
    let whole = d.trunc().normalize();
    if d.fract().is_zero() && whole.scale() == 0 {
        i64::try_from(whole.mantissa()).map_or_else(|_| whole.to_string(), with_commas)
    } else {
        d.round_dp(6).normalize().to_string()
    }
}

/// The range beside a rule's box: `350–950`, `0–1`, `0 to below 1`.
fn range_text(lang: Lang, r: &RuleRange) -> String {
    let (lo, hi) = (bound(r.min), bound(r.max));
    match (r.max_included, lang) {
        (true, _) => format!("{lo}–{hi}"),
        (false, Lang::Zh) => format!("{lo} 至小于 {hi}"),
        (false, Lang::En) => format!("{lo} to below {hi}"),
    }
}

/// The slider of a rule, where its range is natural.
fn slider(unit: Unit, r: &RuleRange) -> Option<Slider> {
    let text = |d: Decimal| d.normalize().to_string();
    match unit {
        Unit::Score | Unit::Percent => Some(Slider::whole(
            i64::try_from(r.min.mantissa()).ok()?,
            i64::try_from(r.max.mantissa()).ok()?,
            1,
        )),
        Unit::Share | Unit::PerYear if r.max <= Decimal::ONE => Some(Slider {
            min: text(r.min),
            max: text(r.max),
            step: "0.001".into(),
        }),
        Unit::PerDay => Some(Slider {
            min: "0".into(),
            max: "0.0027".into(),
            step: "0.00001".into(),
        }),
        _ => None,
    }
}

/// What a rule's fraction reads as in percent (`= 50%`, `= 0.05% a day`), for fractions.
fn echo(lang: Lang, unit: Unit, raw: &str) -> Option<String> {
    let d = Decimal::from_str_exact(raw.trim()).ok()?;
    match unit {
        Unit::Share | Unit::PerYear => Some(format!("= {}", pct(d, 4))),
        Unit::PerDay => Some(format!("= {}{}", pct(d, 5), lang.pick(" / 日", " a day"))),
        _ => None,
    }
}

/// A rule's problem in the page language.
fn problem_text(lang: Lang, code: Option<ErrorCode>, r: &RuleRange, raw: &str) -> String {
    let in_range = Decimal::from_str_exact(raw.trim())
        .is_ok_and(|d| d >= r.min && (d < r.max || (r.max_included && d == r.max)));
    match code {
        // A value in its own range can only be out of order with its maximum.
        Some(ErrorCode::OutOfRange) if in_range => lang.t(tx::OUT_OF_ORDER).to_owned(),
        Some(ErrorCode::NotAnInteger | ErrorCode::WrongType) if r.whole => match lang {
            Lang::Zh => format!("请输入 {} 之间的整数。", range_text(lang, r)),
            Lang::En => format!("Enter a whole number, {}.", range_text(lang, r)),
        },
        _ => match lang {
            Lang::Zh => format!("请输入 {} 之间的数。", range_text(lang, r)),
            Lang::En => format!("Enter a number, {}.", range_text(lang, r)),
        },
    }
}

/// One rule: its box, slider, unit, range, default and mark.
fn rule_field(ctx: &ViewCtx, path: &'static str, label: Text, unit: Unit, default: &str) -> Html {
    let lang = ctx.lang();
    let Some(range) = rule_range(path) else {
        return Html::default();
    };
    let edited = ctx.scenario().rules.iter().find(|(p, _)| p == path);
    let raw = edited.map_or(default, |(_, v)| v.as_str());
    let problem = ctx.feed.rule_problems.iter().find(|p| p.field == path);
    let error = problem.map(|p| problem_text(lang, p.code, &range, raw));
    let id = rule_id(path);
    let err_id = format!("{id}-err");
    let set = ctx.on(move |text: String| Action::SetRule(path.to_owned(), text));
    let extra = html! {
        <p class="rule-meta">
            <span class="rule-unit">{ lang.t(unit.text()) }</span>
            { for echo(lang, unit, raw).map(|e| html! { <span class="rule-echo">{ e }</span> }) }
            <span class="rule-range">{ lang.t(tx::RANGE) }{ " " }{ range_text(lang, &range) }</span>
            if edited.is_some() {
                <span class="rule-changed badge badge-warn">{ lang.t(tx::CHANGED) }</span>
                <span class="rule-default">{ lang.t(tx::DEFAULT) }{ " " }{ default.to_owned() }</span>
            }
        </p>
    };
    quantity(
        Quantity {
            id: &id,
            err_id: &err_id,
            label: lang.t(label),
            raw,
            slider: slider(unit, &range),
            error,
            extra: Some(extra),
        },
        &set,
    )
}

/// The Workbench's head: what it is, the stale-rules notice and the reset of every rule.
pub fn workbench_head(ctx: &ViewCtx) -> Html {
    let lang = ctx.lang();
    let all: Vec<String> = ctx
        .scenario()
        .rules
        .iter()
        .map(|(p, _)| p.clone())
        .collect();
    let any = !all.is_empty();
    let reset_all = ctx.on(move |_: MouseEvent| Action::ResetRules(all.clone()));
    html! {
        <section class="card" aria-labelledby="workbench-h">
            <h2 id="workbench-h">{ lang.t(tx::TITLE) }</h2>
            <p class="hint">{ lang.t(tx::INTRO) }</p>
            if !ctx.feed.rule_problems.is_empty() { <p class="note" id="rules-stale" role="status">{ lang.t(tx::STALE) }</p> }
            <button type="button" class="btn" id="rules-reset-all" disabled={!any} onclick={reset_all}>{ lang.t(tx::RESET_ALL) }</button>
        </section>
    }
}

/// The whole Workbench in one place (an embedded page): the head, the portfolio, the rules.
/// The page's library instead keeps the portfolio mounted across its tabs.
pub fn workbench_whole(ctx: &Rc<ViewCtx>) -> Html {
    let scenario = ctx.scenario();
    let form: Vec<_> = scenario
        .forms
        .iter()
        .filter(|(k, _)| k.starts_with("pf."))
        .cloned()
        .collect();
    html! {
        <div class="workbench" id="workbench">
            { workbench_head(ctx) }
            <PortfolioPanel lang={scenario.lang} rules={ctx.feed.rules.clone()} {form} send={ctx.send.clone()} />
            { workbench_rules(ctx) }
        </div>
    }
}

/// The Workbench's rules, a group at a time.
pub fn workbench_rules(ctx: &ViewCtx) -> Html {
    let lang = ctx.lang();
    let defaults = default_rules().values();
    let edited = &ctx.scenario().rules;
    let groups = GROUPS.iter().map(|(id, title, prefixes)| {
        let in_group = |path: &str| prefixes.iter().any(|p| path.starts_with(p));
        let paths: Vec<String> = RULES
            .iter()
            .filter(|(p, _, _)| in_group(p))
            .map(|(p, _, _)| (*p).to_owned())
            .collect();
        let changed = edited.iter().filter(|(p, _)| in_group(p)).count();
        let reset = ctx.on(move |_: MouseEvent| Action::ResetRules(paths.clone()));
        html! {
            <fieldset class="card rule-group" id={format!("rules-{id}")}>
                <legend>{ lang.t(*title) }</legend>
                <div class="rule-group-head">
                    if changed > 0 { <span class="badge badge-warn">{ format!("{changed} {}", lang.t(tx::CHANGED)) }</span> }
                    <button type="button" class="btn btn-small btn-quiet" disabled={changed == 0} onclick={reset}
                        aria-label={format!("{}: {}", lang.t(tx::RESET_GROUP), lang.t(*title))}>{ lang.t(tx::RESET_GROUP) }</button>
                </div>
                <div class="group-fields">
                    { for RULES.iter().zip(&defaults).filter(|((p, _, _), _)| in_group(p)).map(|((path, label, unit), (_, default))| {
                        rule_field(ctx, path, *label, *unit, default)
                    }) }
                </div>
            </fieldset>
        }
    });
    html! { <>{ for groups }</> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_problems_read_well() {
        let score = rule_range("creditLoan.minScore").expect("a rule");
        assert_eq!(range_text(Lang::En, &score), "350–950");
        let money = rule_range("creditLoan.minLimit").expect("a rule");
        assert_eq!(range_text(Lang::En, &money), "0–100,000,000");
        let fee = rule_range("creditLine.installmentFees.0.feeRate").expect("a rule");
        assert_eq!(range_text(Lang::Zh, &fee), "0 至小于 1");
        assert_eq!(
            problem_text(Lang::En, Some(ErrorCode::OutOfRange), &score, "2000"),
            "Enter a number, 350–950."
        );
        assert_eq!(
            problem_text(Lang::En, Some(ErrorCode::NotAnInteger), &score, "62.5"),
            "Enter a whole number, 350–950."
        );
        assert_eq!(
            problem_text(Lang::En, Some(ErrorCode::OutOfRange), &money, "5000"),
            "Must not be above the matching maximum."
        );
        assert_eq!(echo(Lang::En, Unit::Share, "0.5").as_deref(), Some("= 50%"));
        assert_eq!(
            echo(Lang::En, Unit::PerDay, "0.00015").as_deref(),
            Some("= 0.015% a day")
        );
        assert_eq!(echo(Lang::En, Unit::Yuan, "100"), None);
    }
}
