//! A seeded synthetic population: plausible profiles for the lender's workbench, with the joint
//! distributions stated in MODEL.md ("The synthetic population").
//!
//! Profile `i` of seed `s` is computed from `(s, i)` alone, so Web Workers can each generate a
//! range of a population without anyone building the whole of it: it uses draws `128 i + 1` to
//! `128 i + 128` of one SplitMix64 stream whose start is the seed, mixed (so seeds 1 and 2 are
//! unrelated streams, not one stream shifted). Every draw is integer arithmetic: no `f64`, so the
//! same seed gives the same profiles natively and in WASM.

use rust_decimal::Decimal;

use crate::journey::prng::SplitMix64;
use crate::profile::{Business, Education, Occupation, Profile};

/// The most profiles one call generates (API.md: 1–1,000,000).
pub const MAX_PROFILES: u64 = 1_000_000;

/// Draws reserved for each profile: profile `i` starts at draw `DRAWS_PER_PROFILE × i`.
pub const DRAWS_PER_PROFILE: u64 = 128;

/// SplitMix64's increment: one step of its state.
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// The draws of one profile, counted so a test can check the budget is never passed.
struct Draws {
    rng: SplitMix64,
    used: u64,
}

impl Draws {
    fn at(seed: u64, index: u64) -> Draws {
        let start = SplitMix64::new(seed).next_u64();
        let offset = index.wrapping_mul(DRAWS_PER_PROFILE).wrapping_mul(GAMMA);
        Draws {
            rng: SplitMix64::new(start.wrapping_add(offset)),
            used: 0,
        }
    }

    fn next(&mut self) -> u64 {
        self.used += 1;
        self.rng.next_u64()
    }

    /// Uniform in `0..n` (1 ≤ n ≤ 2^32), by the high half of the draw's top 32 bits times `n`
    /// (no `f64`, and no 128-bit product, a library call in WASM).
    fn below(&mut self, n: u64) -> u64 {
        ((self.next() >> 32) * n.clamp(1, 1 << 32)) >> 32
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: u32, hi: u32) -> u32 {
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        let span = u64::from(hi - lo) + 1;
        lo + u32::try_from(self.below(span)).unwrap_or(0)
    }

    /// True with probability `per_mille / 1000`.
    fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < u64::from(per_mille)
    }

    /// One of `choices`, each as likely as its weight (a non-empty table: `N` ≥ 1).
    fn pick<T: Copy, const N: usize>(&mut self, choices: &[(T, u32); N]) -> T {
        let total: u64 = choices.iter().map(|(_, w)| u64::from(*w)).sum();
        let mut at = self.below(total);
        for (value, weight) in choices {
            if at < u64::from(*weight) {
                return *value;
            }
            at -= u64::from(*weight);
        }
        choices[N - 1].0
    }

    /// A log-normal-like factor in per mille (median 1000, σ about 0.5): linear between the
    /// 16-quantiles of exp(0.5 z), the tails clipped at 0.3 and 3.5.
    fn spread(&mut self) -> u64 {
        const QUANTILES: [u64; 17] = [
            300, 464, 563, 642, 714, 783, 853, 925, 1000, 1082, 1173, 1277, 1401, 1558, 1777, 2153,
            3500,
        ];
        let x = self.below(16 * 1024);
        let bucket = usize::try_from(x / 1024).unwrap_or(0).min(15);
        let within = x % 1024;
        let (lo, hi) = (QUANTILES[bucket], QUANTILES[bucket + 1]);
        lo + (hi - lo) * within / 1024
    }
}

fn yuan(amount: u64) -> Decimal {
    Decimal::from(amount)
}

/// Rounds to a multiple of `step`, half up.
fn round_to(value: u64, step: u64) -> u64 {
    (value + step / 2) / step * step
}

/// `value × per_mille / 1000`.
fn per_mille(value: u64, per_mille: u64) -> u64 {
    value.saturating_mul(per_mille) / 1000
}

/// Profile `index` of the population of `seed`.
///
/// ```
/// use credit_sim::portfolio::synthetic::synthetic_profile;
/// let a = synthetic_profile(7, 12_345);
/// assert_eq!(a, synthetic_profile(7, 12_345)); // random access: the same (seed, index), the same person
/// assert_ne!(a, synthetic_profile(8, 12_345));
/// ```
pub fn synthetic_profile(seed: u64, index: u64) -> Profile {
    generate(seed, index).0
}

/// Profiles `from .. from + count` of the population of `seed` (a worker's share of it).
pub fn synthetic_range(seed: u64, from: u64, count: u64) -> impl Iterator<Item = Profile> {
    (from..from.saturating_add(count)).map(move |i| synthetic_profile(seed, i))
}

/// The profile and the number of draws it took (at most [`DRAWS_PER_PROFILE`]).
fn generate(seed: u64, index: u64) -> (Profile, u64) {
    let mut d = Draws::at(seed, index);
    let (lo, hi) = d.pick(&[
        ((18, 22), 100),
        ((23, 29), 220),
        ((30, 39), 260),
        ((40, 49), 200),
        ((50, 59), 140),
        ((60, 75), 80),
    ]);
    let age = d.between(lo, hi);
    let occupation = occupation_for(&mut d, age);
    let education = education_for(&mut d, occupation, age);
    let income = income_for(&mut d, occupation, education, age);
    // Discipline: a hidden 0–999 trait that every behavioural field leans on, so they agree.
    // Skewed low: four people in ten are pulled down to 0.6 of their draw (mean about 420).
    let discipline = match (d.between(0, 999), d.chance(400)) {
        (x, true) => x * 6 / 10,
        (x, false) => x,
    };
    let history = history_for(&mut d, age, discipline);
    let capacity = capacity_for(&mut d, age, occupation, income, discipline);
    let identity = identity_for(&mut d, age, occupation);
    let young = age <= 25;
    let dishonest_per_mille = match (history.worst_overdue_days, discipline) {
        (91.., _) => 120,
        (_, 0..=99) => 25,
        _ => 2,
    };
    let business = business_for(
        &mut d,
        occupation,
        income,
        identity.years_at_job,
        discipline,
    );
    let profile = Profile {
        credit_age_months: history.credit_age_months,
        repayments_last24m: history.repayments,
        on_time_rate_pct: history.on_time_rate_pct,
        worst_overdue_days: history.worst_overdue_days,
        months_since_overdue: history.months_since_overdue,
        credit_utilization_pct: match (history.repayments, discipline) {
            (0, _) => d.between(0, 20),
            (_, 0..=299) => d.between(50, 130),
            (_, 300..=699) => d.between(20, 90),
            _ => d.between(0, 50),
        },
        recent_applications3m: match discipline {
            0..=199 => d.between(2, 9),
            200..=599 => d.between(0, 4),
            _ => d.between(0, 2),
        } + u32::from(young && d.chance(300)),
        deposit_free_uses12m: if history.repayments == 0 {
            d.between(0, 3)
        } else {
            d.between(0, 4)
                + if discipline >= 600 {
                    d.between(0, 12)
                } else {
                    0
                }
        },
        broken_contracts24m: {
            let p = match discipline {
                0..=199 => 250,
                200..=499 => 60,
                _ => 10,
            };
            if d.chance(p) {
                d.between(1, 3)
            } else {
                0
            }
        },
        dishonest_debtor: d.chance(dishonest_per_mille),
        active_months12m: if history.repayments == 0 {
            d.between(2, 12)
        } else if d.chance(600) {
            12
        } else {
            d.between(3, 11)
        },
        monthly_spend: yuan(capacity.spend),
        bills_on_time_pct: match discipline {
            0..=199 => d.between(40, 85),
            200..=599 => d.between(75, 97),
            _ => d.between(85, 100),
        },
        essential_spend_pct: if income < 5000 {
            d.between(55, 90)
        } else {
            d.between(30, 75)
        },
        holds_savings_products: d.chance(
            150 + if income >= 8000 { 200 } else { 0 } + if discipline >= 600 { 200 } else { 0 },
        ),
        monthly_income: yuan(income),
        monthly_debt_payments: yuan(capacity.debt),
        liquid_assets: yuan(capacity.liquid),
        owns_home: capacity.owns_home,
        owns_car: capacity.owns_car,
        pays_housing_fund: capacity.housing_fund,
        age,
        real_name_verified: d.chance(970),
        education,
        occupation,
        years_at_job: identity.years_at_job,
        phone_years: identity.phone_years,
        contacts_good_credit_pct: match discipline {
            0..=199 => d.between(30, 80),
            200..=599 => d.between(60, 95),
            _ => d.between(75, 100),
        },
        verified_contacts: d.between(0, 200)
            + if (23..=49).contains(&age) {
                d.between(0, 300)
            } else {
                0
            },
        business,
    };
    (profile, d.used)
}

fn occupation_for(d: &mut Draws, age: u32) -> Occupation {
    use Occupation::*;
    match age {
        0..=22 => d.pick(&[
            (Student, 600),
            (Employee, 230),
            (Freelancer, 80),
            (Unemployed, 60),
            (SelfEmployed, 30),
        ]),
        23..=29 => d.pick(&[
            (Employee, 620),
            (CivilServant, 60),
            (SelfEmployed, 100),
            (Freelancer, 120),
            (Unemployed, 50),
            (Student, 50),
        ]),
        30..=49 => d.pick(&[
            (Employee, 570),
            (CivilServant, 90),
            (SelfEmployed, 200),
            (Freelancer, 90),
            (Unemployed, 50),
        ]),
        50..=59 => d.pick(&[
            (Employee, 470),
            (CivilServant, 90),
            (SelfEmployed, 180),
            (Freelancer, 60),
            (Unemployed, 70),
            (Retired, 130),
        ]),
        _ => d.pick(&[
            (Retired, 720),
            (SelfEmployed, 100),
            (Employee, 100),
            (Freelancer, 30),
            (Unemployed, 50),
        ]),
    }
}

fn education_for(d: &mut Draws, occupation: Occupation, age: u32) -> Education {
    use Education::*;
    match occupation {
        // Highest completed: most students are still studying for their first degree.
        Occupation::Student if age <= 22 => d.pick(&[(Secondary, 750), (Vocational, 250)]),
        Occupation::Student => d.pick(&[(Bachelor, 700), (Vocational, 150), (Postgraduate, 150)]),
        Occupation::CivilServant => d.pick(&[
            (Secondary, 40),
            (Vocational, 160),
            (Bachelor, 600),
            (Postgraduate, 200),
        ]),
        Occupation::Employee => d.pick(&[
            (None, 20),
            (Secondary, 280),
            (Vocational, 270),
            (Bachelor, 350),
            (Postgraduate, 80),
        ]),
        Occupation::SelfEmployed | Occupation::Freelancer => d.pick(&[
            (None, 50),
            (Secondary, 420),
            (Vocational, 250),
            (Bachelor, 240),
            (Postgraduate, 40),
        ]),
        Occupation::Retired | Occupation::Unemployed => d.pick(&[
            (None, 120),
            (Secondary, 530),
            (Vocational, 180),
            (Bachelor, 150),
            (Postgraduate, 20),
        ]),
    }
}

/// Monthly income, whole ¥100: a median by occupation, times factors for age and education,
/// times a log-normal-like spread; a third of the unemployed have none.
fn income_for(d: &mut Draws, occupation: Occupation, education: Education, age: u32) -> u64 {
    let median: u64 = match occupation {
        Occupation::Student => 1_500,
        Occupation::Employee => 7_500,
        Occupation::CivilServant => 8_500,
        Occupation::SelfEmployed => 9_000,
        Occupation::Freelancer => 6_000,
        Occupation::Retired => 3_800,
        Occupation::Unemployed => 800,
    };
    let age_factor: u64 = match age {
        0..=22 => 700,
        23..=29 => 850,
        30..=39 => 1_100,
        40..=49 => 1_150,
        50..=59 => 1_000,
        _ => 900,
    };
    let education_factor: u64 = match (occupation, education) {
        (Occupation::Student, _) => 1_000,
        (_, Education::None) => 600,
        (_, Education::Secondary) => 800,
        (_, Education::Vocational) => 900,
        (_, Education::Bachelor) => 1_150,
        (_, Education::Postgraduate) => 1_450,
    };
    let spread = d.spread();
    if occupation == Occupation::Unemployed && d.chance(330) {
        return 0;
    }
    let raw = per_mille(
        per_mille(per_mille(median, age_factor), education_factor),
        spread,
    );
    round_to(raw, 100)
}

struct History {
    credit_age_months: u32,
    repayments: u32,
    on_time_rate_pct: u32,
    worst_overdue_days: u32,
    months_since_overdue: Option<u32>,
}

/// Credit history: its length grows with age; thin files are commoner among the young and the
/// old; an overdue in the last 24 months is likelier with low discipline and a short history.
fn history_for(d: &mut Draws, age: u32, discipline: u32) -> History {
    let longest = ((age - 18) * 12 + 6).min(600);
    let thin_per_mille = match age {
        0..=22 => 350,
        23..=29 => 150,
        30..=59 => 60,
        _ => 200,
    };
    if d.chance(thin_per_mille) {
        let credit_age_months = if d.chance(500) {
            0
        } else {
            d.between(0, longest.min(11))
        };
        return History {
            credit_age_months,
            repayments: 0,
            on_time_rate_pct: 0,
            worst_overdue_days: 0,
            months_since_overdue: None,
        };
    }
    // Triangular: the mean of two uniforms, at least three months.
    let credit_age_months = ((d.between(0, longest) + d.between(0, longest)) / 2).max(3);
    let products = d.between(1, 4);
    let repayments = (products * credit_age_months.min(24)).min(1000);
    let base: u32 = match discipline {
        0..=149 => 600,
        150..=399 => 300,
        400..=699 => 100,
        _ => 30,
    };
    let history_factor: u32 = match credit_age_months {
        0..=23 => 1000,
        24..=59 => 750,
        60..=119 => 550,
        _ => 400,
    };
    if d.chance(base * history_factor / 1000) {
        let (lo, hi) = d.pick(&[
            ((1, 3), 420),
            ((4, 30), 300),
            ((31, 60), 130),
            ((61, 90), 60),
            ((91, 365), 90),
        ]);
        let worst = d.between(lo, hi);
        let on_time = match worst {
            0..=3 => d.between(92, 99),
            4..=30 => d.between(85, 97),
            31..=90 => d.between(75, 94),
            _ => d.between(50, 85),
        };
        return History {
            credit_age_months,
            repayments,
            on_time_rate_pct: on_time,
            worst_overdue_days: worst,
            months_since_overdue: Some(d.between(0, 23).min(credit_age_months)),
        };
    }
    // Clean for 24 months; some had an overdue before that.
    let older = credit_age_months > 24 && d.chance(base / 2);
    History {
        credit_age_months,
        repayments,
        on_time_rate_pct: 100,
        worst_overdue_days: 0,
        months_since_overdue: if older {
            Some(d.between(24, credit_age_months))
        } else {
            None
        },
    }
}

struct Capacity {
    spend: u64,
    debt: u64,
    liquid: u64,
    owns_home: bool,
    owns_car: bool,
    housing_fund: bool,
}

fn capacity_for(
    d: &mut Draws,
    age: u32,
    occupation: Occupation,
    income: u64,
    discipline: u32,
) -> Capacity {
    let spend = if income < 1_000 {
        d.between(800, 2_500).into()
    } else {
        round_to(per_mille(income, d.between(400, 950).into()), 10)
    };
    let home_per_mille: u32 = match age {
        0..=24 => 40,
        25..=34 => 280,
        35..=49 => 620,
        _ => 780,
    } + if income >= 15_000 { 150 } else { 0 };
    let owns_home = d.chance(home_per_mille.min(950));
    let owns_car =
        d.chance(150 + if income >= 10_000 { 250 } else { 0 } + if age >= 30 { 100 } else { 0 });
    let housing_fund = d.chance(match occupation {
        Occupation::CivilServant => 950,
        Occupation::Employee => 680,
        Occupation::SelfEmployed => 30,
        Occupation::Freelancer => 40,
        _ => 0,
    });
    let mortgage = if owns_home && d.chance(550) {
        per_mille(income, d.between(150, 450).into())
    } else {
        0
    };
    let consumer = if discipline < 400 {
        per_mille(income, d.between(50, 300).into()) + u64::from(d.between(0, 500))
    } else if d.chance(300) {
        per_mille(income, d.between(20, 150).into())
    } else {
        0
    };
    let months: u64 = match (occupation, discipline) {
        (Occupation::Retired, _) => d.between(6, 48).into(),
        (_, 0..=299) => d.between(0, 3).into(),
        _ if age >= 40 => d.between(0, 18).into(),
        _ => d.between(0, 8).into(),
    };
    let liquid = round_to(per_mille(income.max(1_000) * months, d.spread()), 100);
    Capacity {
        spend,
        debt: round_to(mortgage + consumer, 10),
        liquid,
        owns_home,
        owns_car,
        housing_fund,
    }
}

struct Identity {
    years_at_job: u32,
    phone_years: u32,
}

fn identity_for(d: &mut Draws, age: u32, occupation: Occupation) -> Identity {
    let working = !matches!(
        occupation,
        Occupation::Student | Occupation::Retired | Occupation::Unemployed
    );
    let years_at_job = if working {
        // Skewed to short tenures: a uniform share of a uniform span.
        let span = (age - 18).min(60);
        d.between(0, span) * d.between(0, 1000) / 1000
    } else {
        0
    };
    let phone_years = d.between(1, (age - 12).min(40));
    Identity {
        years_at_job,
        phone_years,
    }
}

/// Most self-employed people run a business, a few freelancers and employees too.
fn business_for(
    d: &mut Draws,
    occupation: Occupation,
    income: u64,
    years_at_job: u32,
    discipline: u32,
) -> Option<Business> {
    let share = match occupation {
        Occupation::SelfEmployed => 780,
        Occupation::Freelancer => 120,
        Occupation::Employee => 20,
        _ => 0,
    };
    if !d.chance(share) {
        return None;
    }
    let revenue = round_to(
        per_mille_of(income.max(2_000), d.between(2_500, 8_000)),
        100,
    );
    let oldest = (years_at_job * 12 + 11).clamp(12, 600);
    let trend = if discipline < 200 {
        d.between(0, 80)
    } else {
        d.between(20, 100)
    };
    Some(Business {
        monthly_revenue: yuan(revenue),
        business_age_months: d.between(1, oldest),
        // 0..=100 shifted to −60..=40 or −40..=40.
        revenue_trend_pct: i32::try_from(trend).unwrap_or(60) - 60,
    })
}

fn per_mille_of(value: u64, share: u32) -> u64 {
    per_mille(value, u64::from(share))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_profile_takes_more_than_its_draws() {
        let most = (0..20_000)
            .flat_map(|i| [generate(1, i).1, generate(i, 3).1])
            .max()
            .unwrap_or(0);
        assert!(most <= DRAWS_PER_PROFILE, "{most} draws");
    }

    #[test]
    fn random_access_equals_the_range() {
        let range: Vec<Profile> = synthetic_range(42, 1_000, 50).collect();
        for (k, p) in range.iter().enumerate() {
            assert_eq!(*p, synthetic_profile(42, 1_000 + k as u64));
        }
    }

    #[test]
    fn draw_helpers_stay_in_their_ranges() {
        let mut d = Draws::at(3, 0);
        for _ in 0..10_000 {
            assert!((5..=9).contains(&d.between(5, 9)));
            assert!((300..=3_500).contains(&d.spread()));
            assert!(d.below(7) < 7);
        }
        let cases = [
            (1_234, 100, 1_200),
            (1_250, 100, 1_300),
            (5, 10, 10),
            (0, 10, 0),
        ];
        for (value, step, want) in cases {
            assert_eq!(round_to(value, step), want, "{value} to {step}");
        }
    }
}
