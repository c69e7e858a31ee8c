//! One applicant's outcome under a rule set ([`ScoredRow`]: score, band, probability of default,
//! each product's decision, limit, APR and expected loss, the deposit-free services), and the
//! [`Underwriter`] that finds it fast for a whole population.
//!
//! Every figure of a row is the one [`crate::offers::offers`] and [`crate::scoring::score_profile`]
//! give ([`ScoredRow::from_offers`] builds it from them, and a property test compares the two).
//! The underwriter gets there sooner by remembering what depends on the score alone (its band,
//! probability of default, prices, the whole credit line) and the 12-month payments and APRs it
//! has already planned, and by skipping what a portfolio never shows (reasons, improvements, the
//! indicative prices of declined products).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::offers::credit_line::{credit_line_limit, installment_plans};
use crate::offers::credit_loan::{apr_principal, credit_loan_daily_rate, credit_loan_limit};
use crate::offers::micro_business::{micro_business_daily_rate, micro_business_limit};
use crate::offers::pricing::{comparable_apr, twelve_month_payment, twelve_month_payment_and_apr};
use crate::offers::screen::{Applicant, Declines};
use crate::offers::DeclineReason;
use crate::offers::{Offers, ProductRules};
use crate::profile::Profile;
use crate::scoring::{probability_of_default, score_of, Band, ScoreReport, MIN_SCORE};

/// One product's outcome for one applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProductOutcome {
    /// Why it is declined; empty when offered.
    pub decline: Declines,
    /// The limit; zero when declined.
    pub limit: Decimal,
    /// The offer's APR when offered (for the credit line, its longest instalment plan's);
    /// `None` when declined (the indicative price of a declined product is not an offer).
    pub apr: Option<Decimal>,
    /// PD × LGD × limit, rounded half-up to the fen ([`expected_loss`]); zero when declined.
    pub expected_loss: Decimal,
}

impl ProductOutcome {
    /// True when the product is offered.
    pub fn eligible(&self) -> bool {
        self.decline.is_empty()
    }

    fn declined(decline: Declines) -> ProductOutcome {
        ProductOutcome {
            decline,
            limit: Decimal::ZERO,
            apr: None,
            expected_loss: Decimal::ZERO,
        }
    }
}

/// What a rule set makes of one applicant: a row of the scored-rows download, and what a
/// [`super::PortfolioTally`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoredRow {
    /// The score, 350–950.
    pub score: u32,
    /// Its band.
    pub band: Band,
    /// Its probability of default.
    pub probability_of_default: Decimal,
    /// The cash loan.
    pub credit_loan: ProductOutcome,
    /// The credit line.
    pub credit_line: ProductOutcome,
    /// The micro-business loan; `None` without a business.
    pub micro_business: Option<ProductOutcome>,
    /// Hotel, rental and car hire without a deposit, in that order.
    pub deposit_free: [bool; 3],
}

/// The expected loss of a limit: round2(PD × LGD × limit), half-up to the fen. It is rounded
/// here, once per applicant and product, so that a portfolio's total is an exact sum of fen
/// however its population is split between workers.
///
/// ```
/// use credit_sim::portfolio::underwrite::expected_loss;
/// use rust_decimal::Decimal;
/// // 5 % × 0.9 × 20,000 = 900.
/// assert_eq!(expected_loss(Decimal::new(5, 2), Decimal::new(9, 1), Decimal::from(20_000)), Decimal::from(900));
/// ```
pub fn expected_loss(pd: Decimal, lgd: Decimal, limit: Decimal) -> Decimal {
    pd.checked_mul(lgd)
        .and_then(|x| x.checked_mul(limit))
        .map_or(Decimal::ZERO, round2)
}

fn declines_of(reasons: &[DeclineReason]) -> Declines {
    let mut d = Declines::default();
    for reason in reasons {
        d.insert(*reason);
    }
    d
}

impl ScoredRow {
    /// The row built from a full score report and the offers of the same profile: the
    /// reference the [`Underwriter`] must equal.
    ///
    /// ```
    /// use credit_sim::offers::{default_rules, offers};
    /// use credit_sim::portfolio::underwrite::{ScoredRow, Underwriter};
    /// use credit_sim::scoring::score_profile;
    /// let p = credit_sim::default_profile();
    /// let rules = default_rules();
    /// let reference = ScoredRow::from_offers(&score_profile(&p), &offers(&p, &rules), &rules);
    /// assert_eq!(Underwriter::new(&rules).row(&p), reference);
    /// ```
    pub fn from_offers(report: &ScoreReport, offers: &Offers, rules: &ProductRules) -> ScoredRow {
        let pd = report.probability_of_default;
        let lgd = rules.pricing.loss_given_default;
        let outcome = |reasons: &[DeclineReason], limit: Decimal, apr: Decimal| {
            let decline = declines_of(reasons);
            if decline.is_empty() {
                ProductOutcome {
                    decline,
                    limit,
                    apr: Some(apr),
                    expected_loss: expected_loss(pd, lgd, limit),
                }
            } else {
                ProductOutcome::declined(decline)
            }
        };
        let loan = &offers.credit_loan;
        let line = &offers.credit_line;
        let longest = line
            .installment_plans
            .iter()
            .max_by_key(|p| p.periods)
            .map_or(Decimal::ZERO, |p| p.apr);
        let mut deposit_free = [false; 3];
        for (slot, service) in deposit_free.iter_mut().zip(&offers.deposit_free) {
            *slot = service.eligible;
        }
        ScoredRow {
            score: report.score,
            band: report.band,
            probability_of_default: pd,
            credit_loan: outcome(&loan.decline_reasons, loan.limit, loan.apr),
            credit_line: outcome(&line.decline_reasons, line.limit, longest),
            micro_business: offers
                .micro_business
                .as_ref()
                .map(|m| outcome(&m.decline_reasons, m.limit, m.apr)),
            deposit_free,
        }
    }
}

/// What depends on the score alone, worked out once per score.
#[derive(Debug, Clone)]
struct ScoreFacts {
    band: Band,
    pd: Decimal,
    loan_annual: Decimal,
    micro_annual: Decimal,
    /// The credit line of someone with this score and no knock-out.
    credit_line: ProductOutcome,
}

/// Planned figures are remembered up to this many entries per table, then forgotten, so a
/// million varied applicants cannot grow the memory without bound.
const MEMORY_LIMIT: usize = 200_000;

/// A product whose figures are remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Product {
    CreditLoan,
    MicroBusiness,
}

/// What a payment or an APR is remembered by, in one word: the product (bit 63), the score, its
/// price (bits 50–62) and the principal in whole yuan (bits 0–49). Only a principal of whole
/// yuan with scale 0 gets a key (every limit the searches try is one); any other is planned
/// every time, which costs time, never a wrong answer.
fn key(product: Product, score: u32, principal: Decimal) -> Option<u64> {
    let yuan = u64::try_from(principal.mantissa()).ok()?;
    (principal.scale() == 0 && yuan < 1 << 50 && score < 1 << 13).then(|| {
        let product_bit = match product {
            Product::CreditLoan => 0,
            Product::MicroBusiness => 1 << 63,
        };
        product_bit | u64::from(score) << 50 | yuan
    })
}

/// A multiply-rotate hash of one word (FxHash's), mixed at the end: these keys come from the
/// core, not from an adversary, so SipHash's protection is not needed, and SipHash costs a tenth
/// of a portfolio's time in WASM.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    /// Mixed once more (SplitMix64's finaliser): a product alone leaves the low bits, which pick
    /// the bucket, to the key's low bits, and limits are multiples of 100 that differ by score
    /// only in the high bits.
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0_u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Memory<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Remembers `value`, forgetting everything first once the table holds [`MEMORY_LIMIT`] entries.
fn remember<V>(memory: &mut Memory<V>, key: u64, value: V) {
    if memory.len() >= MEMORY_LIMIT {
        memory.clear();
    }
    memory.insert(key, value);
}

/// Scores and underwrites applicants under one rule set, remembering what repeats.
///
/// A Web Worker keeps one for its share of a population: `row` gives each applicant's
/// [`ScoredRow`], equal to [`ScoredRow::from_offers`] of the same profile.
pub struct Underwriter {
    rules: ProductRules,
    by_score: Vec<Option<ScoreFacts>>,
    payments: Memory<Option<Decimal>>,
    aprs: Memory<Decimal>,
}

impl Underwriter {
    /// An underwriter for (a copy of) `rules`, remembering nothing yet.
    pub fn new(rules: &ProductRules) -> Underwriter {
        Underwriter {
            rules: rules.clone(),
            by_score: Vec::new(),
            payments: Memory::default(),
            aprs: Memory::default(),
        }
    }

    /// The rules it underwrites with.
    pub fn rules(&self) -> &ProductRules {
        &self.rules
    }

    fn facts(&mut self, score: u32) -> ScoreFacts {
        let index = usize::try_from(score.saturating_sub(MIN_SCORE)).unwrap_or(0);
        if let Some(Some(facts)) = self.by_score.get(index) {
            return facts.clone();
        }
        let rules = &self.rules;
        let pd = probability_of_default(score);
        let band = Band::of(score);
        let clean = Applicant {
            score,
            band,
            probability_of_default: pd,
            knock_outs: Declines::default(),
        };
        let (decline, limit) = credit_line_limit(&clean, rules);
        let credit_line = if decline.is_empty() {
            let principal = apr_principal(limit, rules.credit_line.min_limit);
            let longest = installment_plans(principal, rules)
                .into_iter()
                .max_by_key(|p| p.periods)
                .map_or(Decimal::ZERO, |p| p.apr);
            ProductOutcome {
                decline,
                limit,
                apr: Some(longest),
                expected_loss: expected_loss(pd, rules.pricing.loss_given_default, limit),
            }
        } else {
            ProductOutcome::declined(decline)
        };
        let facts = ScoreFacts {
            band,
            pd,
            loan_annual: credit_loan_daily_rate(pd, rules) * Decimal::from(360),
            micro_annual: micro_business_daily_rate(pd, rules) * Decimal::from(360),
            credit_line,
        };
        if self.by_score.len() <= index {
            self.by_score.resize(index + 1, None);
        }
        self.by_score[index] = Some(facts.clone());
        facts
    }

    /// The 12-month payment of `principal` for `product` at `score`'s price, remembered. With no
    /// insurance fee the same plan also gives the APR that [`comparable_apr`] would, remembered
    /// for when the principal becomes the limit (it usually does).
    fn payment(
        payments: &mut Memory<Option<Decimal>>,
        aprs: &mut Memory<Decimal>,
        (product, score, principal): (Product, u32, Decimal),
        annual: Decimal,
        insurance: Decimal,
    ) -> Option<Decimal> {
        let Some(key) = key(product, score, principal) else {
            return twelve_month_payment(principal, annual, insurance);
        };
        if let Some(p) = payments.get(&key) {
            return *p;
        }
        let p = if insurance.is_zero() {
            twelve_month_payment_and_apr(principal, annual).map(|(p, apr)| {
                if let Some(apr) = apr {
                    remember(aprs, key, apr);
                }
                p
            })
        } else {
            twelve_month_payment(principal, annual, insurance)
        };
        remember(payments, key, p);
        p
    }

    /// The comparable APR of `principal` for `product` at `score`'s price, remembered.
    fn apr(
        aprs: &mut Memory<Decimal>,
        (product, score, principal): (Product, u32, Decimal),
        annual: Decimal,
        insurance: Decimal,
    ) -> Decimal {
        let Some(key) = key(product, score, principal) else {
            return comparable_apr(principal, annual, insurance);
        };
        if let Some(a) = aprs.get(&key) {
            return *a;
        }
        let a = comparable_apr(principal, annual, insurance);
        remember(aprs, key, a);
        a
    }

    /// The scored row of one applicant.
    pub fn row(&mut self, profile: &Profile) -> ScoredRow {
        let score = score_of(profile);
        let facts = self.facts(score);
        let Underwriter {
            rules,
            payments,
            aprs,
            ..
        } = self;
        let mut knock_outs = Declines::default();
        if profile.dishonest_debtor {
            knock_outs.insert(DeclineReason::DishonestDebtor);
        }
        if !profile.real_name_verified {
            knock_outs.insert(DeclineReason::NotRealNameVerified);
        }
        let applicant = Applicant {
            score,
            band: facts.band,
            probability_of_default: facts.pd,
            knock_outs,
        };
        let lgd = rules.pricing.loss_given_default;

        let insurance = rules.credit_loan.insurance_fee_rate;
        let (decline, limit) = credit_loan_limit(profile, &applicant, rules, |principal| {
            let key = (Product::CreditLoan, score, principal);
            Self::payment(payments, aprs, key, facts.loan_annual, insurance)
        });
        let credit_loan = if decline.is_empty() {
            let key = (Product::CreditLoan, score, limit);
            ProductOutcome {
                decline,
                limit,
                apr: Some(Self::apr(aprs, key, facts.loan_annual, insurance)),
                expected_loss: expected_loss(facts.pd, lgd, limit),
            }
        } else {
            ProductOutcome::declined(decline)
        };

        let micro_business = profile.business.as_ref().map(|business| {
            let (decline, limit) =
                micro_business_limit(profile, business, &applicant, rules, |principal| {
                    let key = (Product::MicroBusiness, score, principal);
                    Self::payment(payments, aprs, key, facts.micro_annual, Decimal::ZERO)
                });
            if decline.is_empty() {
                let key = (Product::MicroBusiness, score, limit);
                ProductOutcome {
                    decline,
                    limit,
                    apr: Some(Self::apr(aprs, key, facts.micro_annual, Decimal::ZERO)),
                    expected_loss: expected_loss(facts.pd, lgd, limit),
                }
            } else {
                ProductOutcome::declined(decline)
            }
        });

        let credit_line = if knock_outs.is_empty() {
            facts.credit_line
        } else {
            ProductOutcome::declined(applicant.screen(rules.credit_line.min_score))
        };
        let free = &rules.deposit_free;
        let clean = knock_outs.is_empty();
        ScoredRow {
            score,
            band: facts.band,
            probability_of_default: facts.pd,
            credit_loan,
            credit_line,
            micro_business,
            deposit_free: [
                clean && score >= free.hotel,
                clean && score >= free.rental,
                clean && score >= free.car_hire,
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::{default_rules, offers};
    use crate::presets::presets;
    use crate::scoring::score_profile;

    #[test]
    fn every_preset_and_knock_out_matches_the_offers() {
        let rules = default_rules();
        let mut strict = default_rules();
        strict.credit_loan.min_score = 700;
        strict.credit_loan.insurance_fee_rate = Decimal::new(2, 2);
        for rules in [&rules, &strict] {
            let mut underwriter = Underwriter::new(rules);
            for preset in presets() {
                for (dishonest, verified) in [(false, true), (true, true), (false, false)] {
                    let mut p = preset.profile.clone();
                    p.dishonest_debtor = dishonest;
                    p.real_name_verified = verified;
                    let want =
                        ScoredRow::from_offers(&score_profile(&p), &offers(&p, rules), rules);
                    // Twice: the second answer comes from what it remembered.
                    assert_eq!(underwriter.row(&p), want, "{}", preset.id);
                    assert_eq!(underwriter.row(&p), want, "{} again", preset.id);
                }
            }
        }
    }

    #[test]
    fn expected_loss_rounds_half_up_to_the_fen() {
        let cases = [
            ("0.05", "0.9", "20000", "900.00"),
            ("0.00041102", "0.9", "300000", "110.98"),
            ("0.00000001", "0.5", "1", "0.00"),
            ("0.1", "0.9", "0", "0"),
        ];
        for (pd, lgd, limit, want) in cases {
            let d = |s: &str| s.parse::<Decimal>().unwrap_or_default();
            assert_eq!(
                expected_loss(d(pd), d(lgd), d(limit)),
                d(want),
                "{pd} {lgd} {limit}"
            );
        }
    }
}
