//! The annualised rates of any cash flows, as a schedule shows them: the certified integer
//! bracket of [`super::fast`] when it decides the shown values, else the `Decimal` IRR solver.
//! Quotes and revolving credit use it for flows that are not a loan's schedule.

use rust_decimal::Decimal;

use super::apr::{apr_of, effective_annual_rate_of, monthly_irr};
use super::fast::certified_rates_of;

/// `apr` and `effectiveAnnualRate` (4 places, half-up) of receiving `principal` at month 0 and
/// paying `flows` (period, amount; increasing periods, amounts ≥ 0): the same figures as
/// [`monthly_irr`] with [`apr_of`] and [`effective_annual_rate_of`], found faster when the
/// integer bracket certifies them. `None` when the payments add up to less than `principal`.
///
/// ```
/// use credit_sim::money::rates::apr_and_effective;
/// use rust_decimal::Decimal;
/// // 1,000 now, 12 payments of 88.85: about 1 % a month.
/// let flows: Vec<(u32, Decimal)> = (1..=12).map(|k| (k, Decimal::new(8885, 2))).collect();
/// let (apr, ear) = apr_and_effective(Decimal::from(1_000), &flows).unwrap();
/// assert_eq!((apr.to_string(), ear.to_string()), ("0.1200".to_owned(), "0.1269".to_owned()));
/// ```
pub fn apr_and_effective(
    principal: Decimal,
    flows: &[(u32, Decimal)],
) -> Option<(Decimal, Decimal)> {
    if let Some(rates) = certified_rates_of(principal, flows) {
        return Some(rates);
    }
    let monthly = monthly_irr(principal, flows)?;
    Some((apr_of(monthly), effective_annual_rate_of(monthly)?))
}
