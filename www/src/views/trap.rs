//! The Minimum-payment trap tab (最低还款): one statement, repaid in full, by the minimum, by a
//! fixed amount (the core's `revolve`) and in the credit line's instalments under the rules in
//! force (`check_quote` with the rules' total fee), side by side: months, what is paid, the
//! interest or fees, the APR, and a chart of what is still owed. The form lives in the scenario's
//! form texts under `rv.`.

use std::rc::Rc;

use credit_sim::input::Loose;
use credit_sim::offers::rules::InstallmentFee;
use credit_sim::quote::{check_quote, QuoteInput, QuoteKind, TotalFee};
use credit_sim::revolving::{revolve_loose, Revolving};
use credit_sim::ErrorCode;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::tool_form::Group;
use super::ViewProps;
use crate::format::{pct, pct2, to_f64, yuan, yuan_short};
use crate::i18n::{plan, trap as tx, Lang, Text};
use crate::scenario::action::Action;
use crate::scenario::{problems_of, Problem};
use crate::widgets::lines::{Lines, Series};
use crate::widgets::quantity::{quantity, Quantity, Slider};

/// The trap's form: statement, daily rate (%), minimum share (%), its floor, a fixed payment.
pub const FORM: Group<'static> = Group {
    prefix: "rv.",
    fields: &["amt", "daily", "share", "floor", "fixed"],
    defaults: &["10000", "0.05", "10", "100", "1000"],
};

/// A way to repay the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// The whole statement on its date.
    Full,
    /// The minimum each month.
    Minimum,
    /// The fixed amount each month.
    Fixed,
    /// The credit line's instalments: periods and total fee rate.
    Instalments(u32, Decimal),
}

/// How one way turns out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The way.
    pub way: Way,
    /// Months of payments.
    pub months: u32,
    /// Everything paid.
    pub paid: Decimal,
    /// Interest or fees.
    pub cost: Decimal,
    /// The APR, when it is repaid.
    pub apr: Option<Decimal>,
    /// Repaid within the months.
    pub paid_off: bool,
    /// The interest would always be at least the payment.
    pub never_repaid: bool,
    /// What is still owed at month 0 and after each payment.
    pub owed: Vec<Decimal>,
}

impl Outcome {
    fn of_revolving(way: Way, statement: Decimal, r: &Revolving) -> Outcome {
        Outcome {
            way,
            months: r.months,
            paid: r.total_paid,
            cost: r.total_interest,
            apr: r.apr,
            paid_off: r.paid_off,
            never_repaid: r.never_repaid,
            owed: std::iter::once(statement)
                .chain(r.rows.iter().map(|row| row.unpaid))
                .collect(),
        }
    }
}

/// The field of a path of the core's `RevolvingInput` (`monthlyPayment` is the fixed amount's,
/// or the statement's when it pays in full).
fn field_of(path: &str, full: bool) -> String {
    match path {
        "dailyRate" => "daily",
        "minimumShare" => "share",
        "minimumFloor" => "floor",
        "monthlyPayment" if !full => "fixed",
        _ => "amt",
    }
    .to_owned()
}

/// A percentage text as the fraction text the core reads, or the field's problem.
fn fraction(values: &[String], field: &str, problems: &mut Vec<Problem>) -> Loose {
    match Decimal::from_str_exact(FORM.get(values, field).trim()) {
        Ok(d) => Loose::text((d / Decimal::ONE_HUNDRED).normalize().to_string()),
        Err(_) => {
            problems.push(Problem {
                field: field.to_owned(),
                code: Some(ErrorCode::NotANumber),
            });
            Loose::Null
        }
    }
}

/// Every way of repaying the form's statement from `start` (its statement date), the instalments
/// priced with `fees`; or every problem of the form, each named by its field.
pub fn outcomes(
    values: &[String],
    start: &str,
    fees: &[InstallmentFee],
) -> Result<Vec<Outcome>, Vec<Problem>> {
    let mut problems = Vec::new();
    let text = |f: &str| Loose::text(FORM.get(values, f).trim());
    let daily = fraction(values, "daily", &mut problems);
    let share = fraction(values, "share", &mut problems);
    let statement = || {
        vec![
            ("statement", text("amt")),
            ("startDate", Loose::text(start)),
            ("dailyRate", daily.clone()),
        ]
    };
    let with = |extra: Vec<(&'static str, Loose)>| {
        let mut pairs = statement();
        pairs.extend(extra);
        Loose::object(pairs)
    };
    let ways = [
        (Way::Full, with(vec![("monthlyPayment", text("amt"))])),
        (
            Way::Minimum,
            with(vec![
                ("minimumShare", share),
                ("minimumFloor", text("floor")),
            ]),
        ),
        (Way::Fixed, with(vec![("monthlyPayment", text("fixed"))])),
    ];
    let mut out = Vec::new();
    for (way, input) in ways {
        match revolve_loose(&input) {
            Ok(r) => out.push(r),
            Err(e) => {
                for p in problems_of(&e, |path| field_of(path, way == Way::Full)) {
                    if !problems.iter().any(|q| q.field == p.field) {
                        problems.push(p);
                    }
                }
            }
        }
    }
    let s = Decimal::from_str_exact(FORM.get(values, "amt").trim()).ok();
    let (Some(s), true) = (s, problems.is_empty()) else {
        return Err(problems);
    };
    let mut outcomes: Vec<Outcome> = [Way::Full, Way::Minimum, Way::Fixed]
        .into_iter()
        .zip(&out)
        .map(|(way, r)| Outcome::of_revolving(way, s, r))
        .collect();
    for fee in fees {
        let quote = QuoteInput {
            principal: s,
            periods: fee.periods,
            start_date: None,
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind: QuoteKind::TotalFee(TotalFee::Rate(fee.fee_rate)),
        };
        let Ok(c) = check_quote(&quote) else { continue };
        let mut left = c.total_payment;
        let mut owed = vec![left];
        for p in &c.payments {
            left -= p.amount;
            owed.push(left);
        }
        outcomes.push(Outcome {
            way: Way::Instalments(fee.periods, fee.fee_rate),
            months: fee.periods,
            paid: c.total_payment,
            cost: c.total_cost,
            apr: Some(c.apr),
            paid_off: true,
            never_repaid: false,
            owed,
        });
    }
    Ok(outcomes)
}

/// A way's name, with its terms.
fn way_text(lang: Lang, way: Way, values: &[String]) -> String {
    let v = |f: &str| FORM.get(values, f).trim().to_owned();
    let money =
        |f: &str| Decimal::from_str_exact(&v(f)).map_or_else(|_| v(f), |d| yuan_short(d, lang));
    match (way, lang) {
        (Way::Full, _) => lang.t(tx::FULL).to_owned(),
        (Way::Minimum, Lang::Zh) => format!("只还最低（{}%，至少 {}）", v("share"), money("floor")),
        (Way::Minimum, Lang::En) => {
            format!("The minimum ({}%, at least {})", v("share"), money("floor"))
        }
        (Way::Fixed, Lang::Zh) => format!("每月固定还 {}", money("fixed")),
        (Way::Fixed, Lang::En) => format!("{} each month", money("fixed")),
        (Way::Instalments(n, f), Lang::Zh) => format!("分 {n} 期（手续费 {}）", pct(f, 2)),
        (Way::Instalments(n, f), Lang::En) => format!("{n} instalments ({} fee)", pct(f, 2)),
    }
}

/// The code of a way in element ids (`minimum`, `inst-12`).
fn way_code(way: Way) -> String {
    match way {
        Way::Full => "full".to_owned(),
        Way::Minimum => "minimum".to_owned(),
        Way::Fixed => "fixed".to_owned(),
        Way::Instalments(n, _) => format!("inst-{n}"),
    }
}

fn months_text(lang: Lang, o: &Outcome) -> String {
    match (o.paid_off, o.never_repaid, lang) {
        (_, true, _) => lang.t(tx::NEVER).to_owned(),
        (true, _, Lang::Zh) => format!("{} 个月", o.months),
        (true, _, Lang::En) if o.months == 1 => "1 month".to_owned(),
        (true, _, Lang::En) => format!("{} months", o.months),
        (false, _, Lang::Zh) => format!("{} 个月后仍未还清", o.months),
        (false, _, Lang::En) => format!("Not repaid after {} months", o.months),
    }
}

/// The table and the chart of the outcomes.
fn results(lang: Lang, outcomes: &[Outcome], values: &[String]) -> Html {
    let rows = outcomes.iter().map(|o| {
        let code = way_code(o.way);
        html! {
            <tr id={format!("trap-way-{code}")} class={classes!(matches!(o.way, Way::Minimum).then_some("is-trap"))}>
                <th scope="row">{ way_text(lang, o.way, values) }</th>
                <td class="trap-months">{ months_text(lang, o) }</td>
                <td>{ yuan(o.paid) }</td>
                <td class="trap-cost">{ yuan(o.cost) }</td>
                <td class="trap-apr">{ o.apr.map_or_else(|| "—".to_owned(), pct2) }</td>
            </tr>
        }
    });
    let top = outcomes
        .iter()
        .flat_map(|o| o.owed.iter().copied())
        .max()
        .unwrap_or_default();
    let longest = outcomes.iter().map(|o| o.months).max().unwrap_or(1);
    let series: Vec<Series> = outcomes
        .iter()
        .map(|o| Series {
            label: way_text(lang, o.way, values).into(),
            values: o.owed.iter().map(|d| Some(to_f64(*d))).collect(),
        })
        .collect();
    let summary = outcomes
        .iter()
        .map(|o| {
            format!(
                "{}: {}",
                way_text(lang, o.way, values),
                months_text(lang, o)
            )
        })
        .collect::<Vec<_>>()
        .join(lang.pick("；", "; "));
    let last = match lang {
        Lang::Zh => format!("第 {longest} 月"),
        Lang::En => format!("Month {longest}"),
    };
    html! {
        <>
            <section class="card" aria-labelledby="trap-ways-h">
                <h3 id="trap-ways-h">{ lang.t(tx::WAYS) }</h3>
                <p class="scroll-hint" aria-hidden="true">{ lang.t(plan::SCROLL_HINT) }{ " →" }</p>
                <div class="table-wrap sticky-first" tabindex="0" role="region" aria-labelledby="trap-ways-h">
                    <table class="trap-table" id="trap-table">
                        <thead><tr>
                            <th scope="col">{ lang.t(tx::WAY) }</th>
                            <th scope="col">{ lang.t(tx::MONTHS) }</th>
                            <th scope="col">{ lang.t(tx::PAID) }</th>
                            <th scope="col">{ lang.t(tx::COST) }</th>
                            <th scope="col">{ lang.t(tx::APR) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </section>
            <section class="card">
                <Lines id="trap-chart" title={lang.t(tx::CHART)} summary={summary} series={series}
                    range={(0.0, to_f64(top).max(1.0) * 1.05)}
                    labels={(AttrValue::from(yuan_short(Decimal::ZERO, lang)), AttrValue::from(yuan_short(top, lang)))}
                    months={(AttrValue::from(lang.t(tx::MONTH_ZERO)), AttrValue::from(last))} />
                <p class="help">{ lang.t(tx::CHART_HELP) }</p>
            </section>
        </>
    }
}

/// The Minimum-payment trap tab.
#[function_component(TrapView)]
pub fn trap_view(p: &ViewProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let forms = ctx.scenario().forms.clone();
    let values = FORM.values(&forms);
    let fees = ctx.derived.rules.credit_line.installment_fees.clone();
    let today = ctx.scenario().today.clone();
    let result = use_memo((values.clone(), today, fees), |(values, today, fees)| {
        outcomes(values, today, fees).map(|o| Rc::new((values.clone(), o)))
    });
    let last = use_mut_ref(|| None::<Rc<(Vec<String>, Vec<Outcome>)>>);
    let (shown, problems) = match result.as_ref() {
        Ok(r) => {
            *last.borrow_mut() = Some(r.clone());
            (Some(r.clone()), Vec::new())
        }
        Err(problems) => (last.borrow().clone(), problems.clone()),
    };
    let field = |f: &'static str, label: Text, range: Text, slider: Option<Slider>| {
        let id = format!("trap-{f}");
        let err_id = format!("{id}-err");
        let forms = forms.clone();
        let set = ctx.on(move |v: String| Action::SetForms(FORM.change(&forms, f, &v)));
        quantity(
            Quantity {
                id: &id,
                err_id: &err_id,
                label: lang.t(label),
                raw: FORM.get(&values, f),
                slider,
                error: problems
                    .iter()
                    .any(|p| p.field == f)
                    .then(|| lang.t(range).to_owned()),
                extra: None,
            },
            &set,
        )
    };
    let stale = !problems.is_empty();
    html! {
        <div class="trap" id="trap">
            <section class="card" aria-labelledby="trap-h">
                <h2 id="trap-h">{ lang.t(tx::TITLE) }</h2>
                <p class="hint">{ lang.t(tx::INTRO) }</p>
                <p class="note" id="trap-note">{ lang.t(tx::NOTE) }</p>
                <form class="trap-form" aria-label={lang.t(tx::FORM)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { field("amt", tx::AMOUNT, tx::AMOUNT_RANGE, Some(Slider::whole(100, 100_000, 100))) }
                    { field("daily", tx::DAILY, tx::DAILY_RANGE, None) }
                    { field("share", tx::SHARE, tx::SHARE_RANGE, None) }
                    { field("floor", tx::FLOOR, tx::FLOOR_RANGE, None) }
                    { field("fixed", tx::FIXED, tx::FIXED_RANGE, None) }
                </form>
                if stale { <p class="note" id="trap-stale">{ lang.t(tx::STALE) }</p> }
            </section>
            { for shown.map(|r| results(lang, &r.1, &r.0)) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::offers::default_rules;

    fn fees() -> Vec<InstallmentFee> {
        default_rules().credit_line.installment_fees
    }

    #[test]
    fn every_way_side_by_side() {
        let o = outcomes(&FORM.values(&[]), "2024-01-10", &fees()).expect("outcomes");
        let ways: Vec<String> = o.iter().map(|x| way_code(x.way)).collect();
        assert_eq!(
            ways,
            ["full", "minimum", "fixed", "inst-3", "inst-6", "inst-9", "inst-12"]
        );
        // In full: one month, nothing more.
        assert_eq!(
            (o[0].months, o[0].cost, o[0].apr),
            (1, Decimal::ZERO, Some(Decimal::ZERO))
        );
        // The minimum: the core's figures (10 %, at least 100, 0.05 % a day).
        assert_eq!(o[1].months, 37);
        assert_eq!(o[1].cost.to_string(), "1502.69");
        assert_eq!(o[1].apr.map(|a| a.to_string()).as_deref(), Some("0.1637"));
        assert_eq!(o[1].owed.len(), 38);
        assert!(o[2].months < o[1].months && o[2].paid_off);
        // 12 instalments at 8.8 %: 15.86 %, and the owed line ends at zero.
        assert_eq!(o[6].apr.map(|a| a.to_string()).as_deref(), Some("0.1586"));
        assert_eq!(o[6].owed.last().copied(), Some(Decimal::ZERO));
        assert_eq!(o[6].owed.first().copied(), Some(Decimal::new(10880, 0)));
    }

    #[test]
    fn each_problem_is_named_by_its_field() {
        let values = |v: [&str; 5]| -> Vec<String> { v.iter().map(|s| (*s).to_owned()).collect() };
        let fields = |v: [&str; 5]| -> Vec<String> {
            outcomes(&values(v), "2024-01-10", &fees())
                .unwrap_err()
                .into_iter()
                .map(|p| p.field)
                .collect()
        };
        assert_eq!(fields(["0", "0.05", "10", "100", "1000"]), ["amt"]);
        assert_eq!(
            fields(["10000", "x", "0", "-1", "0"]),
            ["daily", "share", "floor", "fixed"]
        );
        // 50 a month never repays 10,000 at 0.05 % a day: a result, not a problem.
        let trap = outcomes(
            &values(["10000", "0.05", "10", "100", "50"]),
            "2024-01-10",
            &fees(),
        )
        .expect("outcomes");
        assert!(trap[2].never_repaid && trap[2].apr.is_none());
        assert_eq!(
            months_text(Lang::En, &trap[2]),
            "Never: the interest is at least the payment"
        );
    }
}
