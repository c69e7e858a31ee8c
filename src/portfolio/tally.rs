//! The portfolio's counts and sums ([`PortfolioTally`]), which workers fill in parallel and merge
//! exactly, and the summary of API.md that [`PortfolioTally::finish`] makes of them
//! ([`Portfolio`]).
//!
//! A tally holds only whole counts and exact sums (scores, fen, four-place APRs), so adding rows
//! in any order and merging tallies in any grouping gives the same tally, and the same summary.
//! Averages and rates are rounded once, in `finish`:
//! - `averageScore`: Σ score / count, half-up to 2 places (`null` for no profile);
//! - `approvalRate`: eligible / applicants, half-up to 4 places (`"0.0000"` for no applicant);
//! - `averageLimit`: Σ limit / eligible, half-up to the fen (`"0.00"` when none is eligible);
//! - `averageApr`: Σ APR / eligible, half-up to 4 places (`null` when none is eligible);
//! - `depositFree[].share`: eligible / count, half-up to 4 places (`"0.0000"` for no profile).
//!
//! `totalLimit` and `expectedLoss` are exact sums of fen (each expected loss is rounded per
//! applicant, see [`super::underwrite::expected_loss`]).

use rust_decimal::{Decimal, RoundingStrategy};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::underwrite::{ProductOutcome, ScoredRow};
use crate::amount::serialize_fen;
use crate::offers::{DeclineReason, ProductRules, Service};
use crate::scoring::{Band, MAX_SCORE, MIN_SCORE};

/// Bins of the score histogram: 50 points each from 350, the last (900–950) holding 950.
pub const HISTOGRAM_BINS: usize = 12;

/// Counts by decline reason, in [`DeclineReason::ALL`]'s order; written as an object
/// `{ dishonestDebtor: 12, ... }` with every code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeclineCounts(pub [u64; 6]);

impl DeclineCounts {
    fn add(&mut self, outcome: &ProductOutcome) {
        for reason in outcome.decline.iter() {
            self.0[reason as usize] += 1;
        }
    }

    fn merge(&mut self, other: &DeclineCounts) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a = a.saturating_add(b);
        }
    }

    /// The count of one reason.
    pub fn of(&self, reason: DeclineReason) -> u64 {
        self.0[reason as usize]
    }
}

impl Serialize for DeclineCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(6))?;
        for reason in DeclineReason::ALL {
            map.serialize_entry(reason.api_name(), &self.of(reason))?;
        }
        map.end()
    }
}

/// One product's counts and sums.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProductTally {
    /// Applicants (every profile; for the micro-business loan, those with a business).
    pub applicants: u64,
    /// Of them, offered the product.
    pub eligible: u64,
    /// Σ limit of the eligible, fen.
    pub total_limit: Decimal,
    /// Σ APR of the eligible (four-place fractions).
    pub apr_sum: Decimal,
    /// Σ expected loss of the eligible, fen.
    pub expected_loss: Decimal,
    /// Decline reasons of those declined.
    pub declines: DeclineCounts,
}

impl ProductTally {
    fn add(&mut self, outcome: &ProductOutcome) {
        self.applicants += 1;
        if outcome.eligible() {
            self.eligible += 1;
            self.total_limit += outcome.limit;
            self.apr_sum += outcome.apr.unwrap_or(Decimal::ZERO);
            self.expected_loss += outcome.expected_loss;
        } else {
            self.declines.add(outcome);
        }
    }

    fn merge(&mut self, other: &ProductTally) {
        self.applicants = self.applicants.saturating_add(other.applicants);
        self.eligible = self.eligible.saturating_add(other.eligible);
        self.total_limit = self.total_limit.saturating_add(other.total_limit);
        self.apr_sum = self.apr_sum.saturating_add(other.apr_sum);
        self.expected_loss = self.expected_loss.saturating_add(other.expected_loss);
        self.declines.merge(&other.declines);
    }

    fn summary(&self) -> ProductSummary {
        let eligible = Decimal::from(self.eligible);
        ProductSummary {
            applicants: self.applicants,
            eligible: self.eligible,
            approval_rate: ratio(self.eligible, self.applicants),
            total_limit: self.total_limit,
            average_limit: if self.eligible == 0 {
                Decimal::ZERO
            } else {
                crate::amount::round2(self.total_limit / eligible)
            },
            average_apr: (self.eligible > 0).then(|| places(self.apr_sum / eligible, 4)),
            expected_loss: self.expected_loss,
            decline_reasons: self.declines,
        }
    }
}

/// Everything a portfolio counts; add rows, merge tallies, then [`finish`](Self::finish).
///
/// ```
/// use credit_sim::offers::default_rules;
/// use credit_sim::portfolio::{synthetic::synthetic_range, PortfolioTally, Underwriter};
/// let rules = default_rules();
/// // Two workers, each with its own share of one population...
/// let mut parts = [(0, 500), (500, 500)].map(|(from, count)| {
///     let mut underwriter = Underwriter::new(&rules);
///     let mut tally = PortfolioTally::new();
///     for p in synthetic_range(7, from, count) {
///         tally.add(&underwriter.row(&p));
///     }
///     tally
/// });
/// // ...merged, give what one pass over the whole gives.
/// let [mut a, b] = parts;
/// a.merge(&b);
/// let whole = credit_sim::portfolio::portfolio(&synthetic_range(7, 0, 1_000).collect::<Vec<_>>(), &rules);
/// assert_eq!(a.finish(&rules), whole);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PortfolioTally {
    /// Profiles counted.
    pub count: u64,
    /// Σ score.
    pub score_sum: u64,
    /// Profiles by 50-point score bin.
    pub histogram: [u64; HISTOGRAM_BINS],
    /// Profiles by band, in [`Band::ALL`]'s order.
    pub bands: [u64; 5],
    /// The cash loan.
    pub credit_loan: ProductTally,
    /// The credit line.
    pub credit_line: ProductTally,
    /// The micro-business loan.
    pub micro_business: ProductTally,
    /// Eligible for hotel, rental and car hire without a deposit.
    pub deposit_free: [u64; 3],
}

/// The histogram bin of a score.
pub fn histogram_bin(score: u32) -> usize {
    let offset = score.clamp(MIN_SCORE, MAX_SCORE) - MIN_SCORE;
    usize::try_from(offset / 50)
        .unwrap_or(0)
        .min(HISTOGRAM_BINS - 1)
}

fn band_index(band: Band) -> usize {
    Band::ALL.iter().position(|b| *b == band).unwrap_or(0)
}

impl PortfolioTally {
    /// An empty tally.
    pub fn new() -> PortfolioTally {
        PortfolioTally::default()
    }

    /// Counts one applicant's row.
    pub fn add(&mut self, row: &ScoredRow) {
        self.count += 1;
        self.score_sum += u64::from(row.score);
        self.histogram[histogram_bin(row.score)] += 1;
        self.bands[band_index(row.band)] += 1;
        self.credit_loan.add(&row.credit_loan);
        self.credit_line.add(&row.credit_line);
        if let Some(micro) = &row.micro_business {
            self.micro_business.add(micro);
        }
        for (n, eligible) in self.deposit_free.iter_mut().zip(row.deposit_free) {
            *n += u64::from(eligible);
        }
    }

    /// Adds another tally (a worker's share) to this one. Exact: merging in any grouping gives
    /// the same tally.
    ///
    /// Sums saturate rather than overflow: no real population comes near, but a part read from
    /// untrusted data might.
    pub fn merge(&mut self, other: &PortfolioTally) {
        self.count = self.count.saturating_add(other.count);
        self.score_sum = self.score_sum.saturating_add(other.score_sum);
        for (a, b) in self.histogram.iter_mut().zip(other.histogram) {
            *a = a.saturating_add(b);
        }
        for (a, b) in self.bands.iter_mut().zip(other.bands) {
            *a = a.saturating_add(b);
        }
        self.credit_loan.merge(&other.credit_loan);
        self.credit_line.merge(&other.credit_line);
        self.micro_business.merge(&other.micro_business);
        for (a, b) in self.deposit_free.iter_mut().zip(other.deposit_free) {
            *a = a.saturating_add(b);
        }
    }

    /// The summary of API.md, under the rules the rows were made with (only the deposit-free
    /// thresholds are read from them).
    pub fn finish(&self, rules: &ProductRules) -> Portfolio {
        let mut reasons = self.credit_loan.declines;
        reasons.merge(&self.credit_line.declines);
        reasons.merge(&self.micro_business.declines);
        let free = &rules.deposit_free;
        let services = [
            (Service::Hotel, free.hotel),
            (Service::Rental, free.rental),
            (Service::CarHire, free.car_hire),
        ];
        Portfolio {
            count: self.count,
            average_score: (self.count > 0)
                .then(|| places(Decimal::from(self.score_sum) / Decimal::from(self.count), 2)),
            score_histogram: (0..HISTOGRAM_BINS)
                .map(|i| {
                    let from = MIN_SCORE + 50 * u32::try_from(i).unwrap_or(0);
                    HistogramBin {
                        from,
                        to: from + 50,
                        count: self.histogram[i],
                    }
                })
                .collect(),
            bands: BandCounts {
                poor: self.bands[0],
                fair: self.bands[1],
                good: self.bands[2],
                very_good: self.bands[3],
                excellent: self.bands[4],
            },
            products: Products {
                credit_loan: self.credit_loan.summary(),
                credit_line: self.credit_line.summary(),
                micro_business: self.micro_business.summary(),
            },
            deposit_free: services
                .iter()
                .zip(self.deposit_free)
                .map(|((service, threshold), eligible)| DepositFreeShare {
                    service: *service,
                    threshold: *threshold,
                    eligible,
                    share: ratio(eligible, self.count),
                })
                .collect(),
            decline_reasons: reasons,
        }
    }
}

/// `value` half-up to `dp` places, written with exactly that many.
fn places(value: Decimal, dp: u32) -> Decimal {
    let mut v = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    v.rescale(dp);
    v
}

/// `part / whole` half-up to 4 places; 0.0000 when `whole` is 0.
fn ratio(part: u64, whole: u64) -> Decimal {
    if whole == 0 {
        return places(Decimal::ZERO, 4);
    }
    places(Decimal::from(part) / Decimal::from(whole), 4)
}

fn serialize_text<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_string())
}

fn serialize_text_opt<S: Serializer>(
    value: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_str(&v.to_string()),
        None => serializer.serialize_none(),
    }
}

/// A score is a number in the API; the two-place average is written as the nearest double,
/// whose shortest text is the same two places.
fn serialize_score_opt<S: Serializer>(
    value: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value.and_then(|v| v.to_string().parse::<f64>().ok()) {
        Some(n) => serializer.serialize_f64(n),
        None => serializer.serialize_none(),
    }
}

/// One product's figures over the population.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductSummary {
    /// Every profile; for the micro-business loan, those with a business.
    pub applicants: u64,
    /// Of them, offered the product.
    pub eligible: u64,
    /// eligible / applicants, four places (`"0.8123"`).
    #[serde(serialize_with = "serialize_text")]
    pub approval_rate: Decimal,
    /// Σ limit of the eligible.
    #[serde(serialize_with = "serialize_fen")]
    pub total_limit: Decimal,
    /// totalLimit / eligible, to the fen.
    #[serde(serialize_with = "serialize_fen")]
    pub average_limit: Decimal,
    /// Σ APR / eligible, four places; `null` when none is eligible. The credit line's APR is
    /// that of its longest instalment plan.
    #[serde(serialize_with = "serialize_text_opt")]
    pub average_apr: Option<Decimal>,
    /// Σ round2(PD × LGD × limit) over the eligible.
    #[serde(serialize_with = "serialize_fen")]
    pub expected_loss: Decimal,
    /// This product's decline reasons, counted over the declined.
    pub decline_reasons: DeclineCounts,
}

/// One bin of the score histogram: `from` ≤ score < `to` (the last bin also holds 950).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistogramBin {
    /// Lowest score of the bin.
    pub from: u32,
    /// The next bin's lowest score (950 for the last).
    pub to: u32,
    /// Profiles in the bin.
    pub count: u64,
}

/// Profiles by band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BandCounts {
    /// 350–549.
    pub poor: u64,
    /// 550–599.
    pub fair: u64,
    /// 600–649.
    pub good: u64,
    /// 650–699.
    pub very_good: u64,
    /// 700–950.
    pub excellent: u64,
}

/// The three loan products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Products {
    /// The cash loan.
    pub credit_loan: ProductSummary,
    /// The credit line.
    pub credit_line: ProductSummary,
    /// The micro-business loan.
    pub micro_business: ProductSummary,
}

/// One deposit-free service over the population.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DepositFreeShare {
    /// Which service.
    pub service: Service,
    /// The rules' threshold.
    pub threshold: u32,
    /// Profiles that get it.
    pub eligible: u64,
    /// eligible / count, four places.
    #[serde(serialize_with = "serialize_text")]
    pub share: Decimal,
}

/// API.md's Portfolio: what a rule set does to a whole population.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    /// Profiles.
    pub count: u64,
    /// Mean score, two places; `null` for no profile.
    #[serde(serialize_with = "serialize_score_opt")]
    pub average_score: Option<Decimal>,
    /// Twelve 50-point bins from 350.
    pub score_histogram: Vec<HistogramBin>,
    /// Profiles by band.
    pub bands: BandCounts,
    /// The loan products.
    pub products: Products,
    /// The deposit-free services.
    pub deposit_free: Vec<DepositFreeShare>,
    /// Every decline reason of the three products, summed: a person declined two products for
    /// the same reason counts twice.
    pub decline_reasons: DeclineCounts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_bins_are_fifty_points_and_the_last_holds_950() {
        let cases = [
            (350, 0),
            (399, 0),
            (400, 1),
            (549, 3),
            (550, 4),
            (899, 10),
            (900, 11),
            (950, 11),
            (0, 0),
            (2_000, 11),
        ];
        for (score, bin) in cases {
            assert_eq!(histogram_bin(score), bin, "{score}");
        }
    }

    #[test]
    fn rates_and_averages_round_half_up_once() {
        let cases = [
            (1, 3, "0.3333"),
            (2, 3, "0.6667"),
            (1, 8, "0.1250"),
            (1, 20_000, "0.0001"),
            (1, 20_001, "0.0000"),
            (0, 0, "0.0000"),
            (5, 5, "1.0000"),
        ];
        for (part, whole, want) in cases {
            assert_eq!(ratio(part, whole).to_string(), want, "{part}/{whole}");
        }
        let mut t = ProductTally {
            applicants: 3,
            eligible: 3,
            total_limit: Decimal::from(100),
            apr_sum: "0.4500".parse().unwrap_or_default(),
            ..ProductTally::default()
        };
        let s = t.summary();
        assert_eq!(s.average_limit.to_string(), "33.33");
        assert_eq!(
            s.average_apr.map(|a| a.to_string()).as_deref(),
            Some("0.1500")
        );
        t.eligible = 0;
        assert_eq!(t.summary().average_apr, None);
        assert_eq!(t.summary().average_limit, Decimal::ZERO);
    }
}
