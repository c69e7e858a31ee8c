//! The schedule table, one page of rows at a time (a 360-row plan renders 24 rows), with a
//! pager; every figure exactly as the core gives it. While the page prints (`all`), a print-only
//! copy holds every row, so paper gets the whole schedule and the screen keeps its page.

use credit_sim::money::{Row, Schedule};
use yew::prelude::*;

use crate::format::yuan;
use crate::i18n::{t, Lang, K};
use crate::more::Ctx;
use crate::plan::{page_count, Action, PAGE_ROWS};

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
                <th scope="col">{ t(lang, K::Period) }</th>
                if has_dates { <th scope="col">{ t(lang, K::DueDate) }</th> }
                <th scope="col">{ t(lang, K::Payment) }</th>
                <th scope="col">{ t(lang, K::Principal) }</th>
                if has_interest { <th scope="col">{ t(lang, K::Interest) }</th> }
                if has_fee { <th scope="col">{ t(lang, K::Fee) }</th> }
                if has_prepay { <th scope="col">{ t(lang, K::Prepayment) }</th> }
                <th scope="col">{ t(lang, K::Balance) }</th>
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

/// The paged table of `s`, at the state's page and in its language; with `all` (printing), every
/// row again in a print-only table. A plain function, not a component (like
/// `form::profile_form`): it reads the state, so it rendered with every change anyway.
pub fn schedule_table(st: &Ctx, s: &Schedule, all: bool) -> Html {
    let lang = st.lang;
    let pages = page_count(s.rows.len());
    let page = st.page.min(pages - 1);
    let start = page * PAGE_ROWS;
    let end = (start + PAGE_ROWS).min(s.rows.len());
    let rows = s.rows.get(start..end).unwrap_or_default();
    let go = |to: usize| {
        let d = st.dispatcher();
        Callback::from(move |_| d.dispatch(Action::SetPage(to)))
    };
    html! {
        <section class="schedule" aria-labelledby="schedule-h">
            <h3 id="schedule-h">{ t(lang, K::Schedule) }</h3>
            <div class={classes!("table-wrap", all.then_some("no-print"))} tabindex="0" role="region" aria-labelledby="schedule-h">
                { table(lang, s, "schedule-table", rows) }
            </div>
            if all {
                <div class="print-only" id="schedule-print-wrap">
                    { table(lang, s, "schedule-print", &s.rows) }
                </div>
            }
            if pages > 1 {
                <nav class="pager no-print" aria-label={t(lang, K::Schedule)}>
                    <button type="button" class="btn btn-small" id="page-prev" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ t(lang, K::PrevPage) }</button>
                    <span id="page-status" aria-live="polite">{
                        match lang {
                            Lang::Zh => format!("第 {} / {} 页（第 {}–{} 期）", page + 1, pages, start + 1, (start + PAGE_ROWS).min(s.rows.len())),
                            Lang::En => format!("Page {} of {} (periods {}–{})", page + 1, pages, start + 1, (start + PAGE_ROWS).min(s.rows.len())),
                        }
                    }</span>
                    <button type="button" class="btn btn-small" id="page-next" disabled={page + 1 >= pages} onclick={go(page + 1)}>{ t(lang, K::NextPage) }</button>
                </nav>
            }
        </section>
    }
}
