//! The journey's price: what a new draw of the credit loan would cost at each month's score
//! (dynamic risk pricing), from the offers module's pricing, so on-time months lower it and an
//! overdue raises it.
//!
//! *Not offered* means what makes the credit loan's offer decline before any limit is worked
//! out: a knock-out (on the dishonest-debtor list, not real-name verified) or a score below the
//! rules' `creditLoan.minScore`. Affordability is left out on purpose: the journey's own loan is
//! part of the debt service it would test, and the price of credit is the lender's view of the
//! risk, not of the amount.

use rust_decimal::Decimal;

use crate::offers::pricing::{comparable_apr, daily_rate};
use crate::offers::ProductRules;
use crate::profile::Profile;
use crate::scoring::{knock_outs, probability_of_default};

/// A month's price of the credit loan; both `None` while it is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Price {
    /// The quoted daily rate for the month's score.
    pub daily_rate: Option<Decimal>,
    /// The comparable APR of that rate (`Offers.creditLoan.apr`'s definition: 12 equal monthly
    /// instalments at daily rate × 360, monthly accrual, the insurance fee included) on the draw.
    pub apr: Option<Decimal>,
}

/// Prices the months of one journey: one draw amount, and the APR of each daily rate worked out
/// once (a journey's rate changes only when its score does).
#[derive(Debug, Clone)]
pub struct Pricer<'a> {
    rules: &'a ProductRules,
    draw: Decimal,
    known: Vec<(Decimal, Decimal)>,
}

impl<'a> Pricer<'a> {
    /// A pricer for a journey on a loan of `principal`: the draw priced is that amount within
    /// the credit loan's limits (at least ¥100), the same every month, so the APR moves only
    /// with the rate.
    pub fn new(rules: &'a ProductRules, principal: Decimal) -> Pricer<'a> {
        let r = &rules.credit_loan;
        let low = r.min_limit.max(Decimal::ONE_HUNDRED);
        let high = r.max_limit.max(low);
        Pricer {
            rules,
            draw: principal.clamp(low, high),
            known: Vec::new(),
        }
    }

    /// The amount every month's APR is computed on.
    pub fn draw(&self) -> Decimal {
        self.draw
    }

    /// The price at `score` for `profile` (its knock-outs); nothing while it is not offered.
    ///
    /// ```
    /// use credit_sim::journey::price::Pricer;
    /// use credit_sim::offers::default_rules;
    /// use rust_decimal::Decimal;
    /// let rules = default_rules();
    /// let mut pricer = Pricer::new(&rules, Decimal::from(10_000));
    /// let p = credit_sim::default_profile();
    /// let good = pricer.price(&p, 700);
    /// let worse = pricer.price(&p, 640);
    /// assert!(good.daily_rate < worse.daily_rate && good.apr < worse.apr);
    /// assert_eq!(pricer.price(&p, 599).apr, None); // below the rules' minimum score
    /// ```
    pub fn price(&mut self, profile: &Profile, score: u32) -> Price {
        let r = &self.rules.credit_loan;
        if score < r.min_score || !knock_outs(profile).is_empty() {
            return Price {
                daily_rate: None,
                apr: None,
            };
        }
        let daily = daily_rate(
            probability_of_default(score),
            &self.rules.pricing,
            r.daily_rate_min,
            r.daily_rate_max,
        );
        let apr = match self.known.iter().find(|(d, _)| *d == daily) {
            Some(&(_, apr)) => apr,
            None => {
                let annual = daily * Decimal::from(360);
                let apr = comparable_apr(self.draw, annual, r.insurance_fee_rate);
                self.known.push((daily, apr));
                apr
            }
        };
        Price {
            daily_rate: Some(daily),
            apr: Some(apr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::{default_rules, offers};

    #[test]
    fn the_draw_is_the_loan_within_the_products_limits() {
        let rules = default_rules();
        // (principal, draw): the default credit loan lends 1,000 to 300,000.
        let cases = [
            (Decimal::from(10_000), Decimal::from(10_000)),
            (Decimal::from(50), Decimal::from(1_000)),
            (Decimal::from(1_000_000), Decimal::from(300_000)),
        ];
        for (principal, draw) in cases {
            assert_eq!(Pricer::new(&rules, principal).draw(), draw, "{principal}");
        }
    }

    #[test]
    fn the_price_is_the_offers_price_while_offered_and_nothing_otherwise() {
        let rules = default_rules();
        let base = crate::default_profile();
        let mut unverified = base.clone();
        unverified.real_name_verified = false;
        let mut listed = base.clone();
        listed.dishonest_debtor = true;
        // (profile, score, offered)
        let cases = [
            (&base, 950, true),
            (&base, 600, true),
            (&base, 599, false),
            (&unverified, 800, false),
            (&listed, 800, false),
        ];
        for (profile, score, offered) in cases {
            let mut pricer = Pricer::new(&rules, Decimal::from(10_000));
            let price = pricer.price(profile, score);
            assert_eq!(price.daily_rate.is_some(), offered, "{score}");
            assert_eq!(price.apr.is_some(), offered, "{score}");
        }
        // At the profile's own score, with a limit of the draw, the offers show the same price.
        let offer = offers(&base, &rules).credit_loan;
        let score = crate::scoring::score_of(&base);
        let mut pricer = Pricer::new(&rules, offer.limit);
        let price = pricer.price(&base, score);
        assert_eq!(price.daily_rate, Some(offer.daily_rate));
        assert_eq!(price.apr, Some(offer.apr));
    }

    #[test]
    fn every_quoted_rate_prices_higher_than_the_one_below_it() {
        // Over the whole default range of daily rates (0.015 % to 0.06 %, six places) the APR on
        // the smallest draw never falls as the rate rises: a month's APR moves with its rate.
        let rules = default_rules();
        let r = &rules.credit_loan;
        let mut last = Decimal::ZERO;
        let mut daily = r.daily_rate_min;
        while daily <= r.daily_rate_max {
            let apr = comparable_apr(
                Decimal::from(1_000),
                daily * Decimal::from(360),
                r.insurance_fee_rate,
            );
            assert!(apr > last, "{daily}: {apr} after {last}");
            last = apr;
            daily += Decimal::new(1, 6);
        }
    }
}
