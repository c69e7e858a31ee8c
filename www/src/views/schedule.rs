//! The schedule table, one page of rows at a time (a 360-row plan renders 24), with a pager;
//! every figure exactly as the core gives it. While the page prints, a print-only copy holds
//! every row, so paper gets the whole schedule and the screen keeps its page. On a phone the
//! table scrolls sideways under a sticky period column, with a cue that there is more.

use credit_sim::money::{Row, Schedule};
use yew::prelude::*;

use super::ViewCtx;
use crate::derive::{page_count, PAGE_ROWS};
use crate::format::yuan;
use crate::i18n::{plan as tx, Lang};
use crate::scenario::action::Action;

/// The columns a schedule needs: (dates, interest, fee, prepayment).
fn columns(s: &Schedule) -> (bool, bool, bool, bool) {
    let has_fee = !s.total_fee.is_zero();
    let has_interest = !s.total_interest.is_zero() || !has_fee;
    let has_prepay = s.rows.iter().any(|r| r.prepayment.is_some());
    let has_dates = s.rows.iter().any(|r| r.due_date.is_some());
    (has_dates, has_interest, has_fee, has_prepay)
}

/// A table of `rows` of `s`.
fn table(lang: Lang, s: &Schedule, id: &str, rows: &[Row]) -> Html {
    let (has_dates, has_interest, has_fee, has_prepay) = columns(s);
    html! {
        <table class="schedule-table" id={id.to_owned()}>
            <thead><tr>
                <th scope="col">{ lang.t(tx::PERIOD) }</th>
                if has_dates { <th scope="col">{ lang.t(tx::DUE_DATE) }</th> }
                <th scope="col">{ lang.t(tx::PAYMENT) }</th>
                <th scope="col">{ lang.t(tx::PRINCIPAL) }</th>
                if has_interest { <th scope="col">{ lang.t(tx::INTEREST) }</th> }
                if has_fee { <th scope="col">{ lang.t(tx::FEE) }</th> }
                if has_prepay { <th scope="col">{ lang.t(tx::PREPAYMENT) }</th> }
                <th scope="col">{ lang.t(tx::BALANCE) }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.period }</th>
                        if has_dates { <td class="date">{ r.due_date.map(|d| d.to_string()).unwrap_or_default() }</td> }
                        <td>{ yuan(r.payment) }</td>
                        <td>{ yuan(r.principal) }</td>
                        if has_interest { <td>{ yuan(r.interest) }</td> }
                        if has_fee { <td>{ yuan(r.fee) }</td> }
                        if has_prepay { <td>{ r.prepayment.map(yuan).unwrap_or_default() }</td> }
                        <td>{ yuan(r.balance) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The paged table of `s` at the scenario's page; with `all` (printing), every row again in a
/// print-only table.
pub fn schedule_table(ctx: &ViewCtx, s: &Schedule, all: bool) -> Html {
    let lang = ctx.lang();
    let pages = page_count(s.rows.len());
    let page = ctx.scenario().page.min(pages - 1);
    let start = page * PAGE_ROWS;
    let end = (start + PAGE_ROWS).min(s.rows.len());
    let rows = s.rows.get(start..end).unwrap_or_default();
    let go = |to: usize| ctx.on(move |_: MouseEvent| Action::SetPage(to));
    html! {
        <section class="schedule" aria-labelledby="schedule-h">
            <h3 id="schedule-h">{ lang.t(tx::SCHEDULE) }</h3>
            <p class="scroll-hint" aria-hidden="true">{ lang.t(tx::SCROLL_HINT) }{ " →" }</p>
            <div class={classes!("table-wrap", "sticky-first", all.then_some("no-print"))} tabindex="0" role="region" aria-labelledby="schedule-h">
                { table(lang, s, "schedule-table", rows) }
            </div>
            if all {
                <div class="print-only" id="schedule-print-wrap">
                    { table(lang, s, "schedule-print", &s.rows) }
                </div>
            }
            if pages > 1 {
                <nav class="pager no-print" aria-label={lang.t(tx::SCHEDULE)}>
                    <button type="button" class="btn btn-small" id="page-prev" data-view-only="true" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ lang.t(tx::PREV_PAGE) }</button>
                    <span id="page-status" aria-live="polite">{
                        match lang {
                            Lang::Zh => format!("第 {} / {} 页（第 {}–{} 期）", page + 1, pages, start + 1, end),
                            Lang::En => format!("Page {} of {} (periods {}–{})", page + 1, pages, start + 1, end),
                        }
                    }</span>
                    <button type="button" class="btn btn-small" id="page-next" data-view-only="true" disabled={page + 1 >= pages} onclick={go(page + 1)}>{ lang.t(tx::NEXT_PAGE) }</button>
                </nav>
            }
        </section>
    }
}
