//! Scaling: from the sum of points to the score, its band and the probability of default.
//!
//! The score is `BASE_SCORE_OFFSET + Σ points`, clamped onto 350–950. It stands for odds of
//! repaying (good:bad) by points-to-double-odds scaling: 600 ↔ 19:1 (a 5 % probability of
//! default) and every 50 points double the odds, so
//! `odds = 19 × 2^((score − 600) / 50)` and `PD = 1 / (1 + odds)`.
//!
//! No logarithm or exponential is needed, because scores are whole numbers: `2^((s−600)/50)` is
//! `2^q × 2^(r/50)` with `q` whole and `r` in `0..50`, and the fifty values `2^(r/50)` are a
//! precomputed table of 24-decimal constants (`TWO_POW_FIFTIETHS`, generated with Python's
//! `decimal` at 40 digits). The PD is rounded half-up to 8 decimal places, which keeps it
//! strictly decreasing over every whole score from 350 to 950.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The lowest score.
pub const MIN_SCORE: u32 = 350;
/// The highest score.
pub const MAX_SCORE: u32 = 950;
/// Points to double the odds.
pub const PDO: u32 = 50;
/// The score at which the odds are [`BASE_ODDS`] to 1.
pub const BASE_SCORE: u32 = 600;
/// Good:bad odds at [`BASE_SCORE`] (19:1, a 5 % probability of default).
pub const BASE_ODDS: u32 = 19;
/// Decimal places of the probability of default.
pub const PD_DECIMALS: u32 = 8;

/// `2^(r/50)` for `r` in `0..50`, scaled by 10^24.
const TWO_POW_FIFTIETHS: [i128; 50] = [
    1000000000000000000000000,
    1013959479790029138690166,
    1028113826656066509346345,
    1042465760841121390954711,
    1057018040561380374499494,
    1071773462536293164213006,
    1086734862526058100855206,
    1101905115876610703292912,
    1117287138072219966610991,
    1132883885295798617079074,
    1148698354997035006798627,
    1164733586468455834051415,
    1180992661429530399550466,
    1197478704618928654251431,
    1214194884395046861412860,
    1231144413344916284499393,
    1248330548901611923607714,
    1265756593970279956670828,
    1283425897562904198075834,
    1301341855441933566832160,
    1319507910772894259374002,
    1337927554786112048799724,
    1356604327447671883174103,
    1375541818139743730782998,
    1394743666350405420275492,
    1414213562373095048801689,
    1433955248015827381906008,
    1453972517320310545421537,
    1474269217291101212291565,
    1494849248634938416485337,
    1515716566510398082347260,
    1536875181288012341198052,
    1558329159320999718174008,
    1580082623726754311533004,
    1602139755179244154365154,
    1624504792712471045219419,
    1647182034535146259997947,
    1670175838856738712986034,
    1693490624725054320491565,
    1717130872875507536683732,
    1741101126592248278272540,
    1765405992581309733090023,
    1790050141855944857859059,
    1815038310634321712910162,
    1840375301249750156780862,
    1866065983073614831962687,
    1892115293451191815010224,
    1918528238650528780264567,
    1945309894824571037045404,
    1972465408986718345814761,
];

/// A score band, as API.md names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Band {
    /// 350–549 较差.
    Poor,
    /// 550–599 中等.
    Fair,
    /// 600–649 良好.
    Good,
    /// 650–699 优秀.
    VeryGood,
    /// 700–950 极好.
    Excellent,
}

impl Band {
    /// Every band, worst first.
    pub const ALL: [Band; 5] = [
        Band::Poor,
        Band::Fair,
        Band::Good,
        Band::VeryGood,
        Band::Excellent,
    ];

    /// The band of a score.
    ///
    /// ```
    /// use credit_sim::scoring::Band;
    /// assert_eq!(Band::of(599), Band::Fair);
    /// assert_eq!(Band::of(600), Band::Good);
    /// ```
    pub fn of(score: u32) -> Band {
        match score {
            0..=549 => Band::Poor,
            550..=599 => Band::Fair,
            600..=649 => Band::Good,
            650..=699 => Band::VeryGood,
            _ => Band::Excellent,
        }
    }

    /// The lowest score in the band.
    pub fn lowest_score(self) -> u32 {
        match self {
            Band::Poor => 350,
            Band::Fair => 550,
            Band::Good => 600,
            Band::VeryGood => 650,
            Band::Excellent => 700,
        }
    }

    /// The API name (`"veryGood"`).
    pub fn api_name(self) -> &'static str {
        match self {
            Band::Poor => "poor",
            Band::Fair => "fair",
            Band::Good => "good",
            Band::VeryGood => "veryGood",
            Band::Excellent => "excellent",
        }
    }

    /// The Chinese name (`"优秀"`).
    pub fn name_zh(self) -> &'static str {
        match self {
            Band::Poor => "较差",
            Band::Fair => "中等",
            Band::Good => "良好",
            Band::VeryGood => "优秀",
            Band::Excellent => "极好",
        }
    }
}

/// Clamps a score onto 350–950.
pub fn clamp_score(raw: i64) -> u32 {
    let clamped = raw.clamp(i64::from(MIN_SCORE), i64::from(MAX_SCORE));
    u32::try_from(clamped).unwrap_or(MIN_SCORE)
}

/// Good:bad odds that a score stands for: `19 × 2^((score − 600) / 50)`. Scores outside
/// 350–950 are clamped first.
pub fn odds_of(score: u32) -> Decimal {
    let score = clamp_score(i64::from(score));
    let x = i64::from(score) - i64::from(BASE_SCORE);
    let pdo = i64::from(PDO);
    let q = x.div_euclid(pdo);
    let r = usize::try_from(x.rem_euclid(pdo)).unwrap_or(0);
    let fraction = Decimal::from_i128_with_scale(TWO_POW_FIFTIETHS[r.min(49)], 24);
    let mut odds = Decimal::from(BASE_ODDS) * fraction;
    // |q| ≤ 7 on 350–950, so these loops are short and exact (halving is exact in decimal).
    for _ in 0..q.max(0) {
        odds *= Decimal::TWO;
    }
    for _ in 0..(-q).max(0) {
        odds /= Decimal::TWO;
    }
    odds
}

/// The probability of default that a score stands for, `1 / (1 + odds)`, rounded half-up to
/// 8 decimal places.
///
/// ```
/// use credit_sim::scoring::probability_of_default;
/// assert_eq!(probability_of_default(600).to_string(), "0.05000000");
/// assert!(probability_of_default(650) < probability_of_default(649));
/// ```
pub fn probability_of_default(score: u32) -> Decimal {
    let pd = Decimal::ONE / (Decimal::ONE + odds_of(score));
    let mut pd = pd.round_dp_with_strategy(PD_DECIMALS, RoundingStrategy::MidpointAwayFromZero);
    pd.rescale(PD_DECIMALS);
    pd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_of_the_scaling() {
        assert_eq!(odds_of(600), Decimal::from(19));
        assert_eq!(odds_of(650), Decimal::from(38));
        assert_eq!(odds_of(550).to_string(), "9.500000000000000000000000");
        assert_eq!(probability_of_default(600).to_string(), "0.05000000");
    }

    #[test]
    fn pd_strictly_falls_over_every_score() {
        for s in MIN_SCORE..MAX_SCORE {
            assert!(
                probability_of_default(s + 1) < probability_of_default(s),
                "{s}"
            );
        }
    }

    #[test]
    fn bands_cover_the_range() {
        for s in MIN_SCORE..=MAX_SCORE {
            assert!(Band::of(s).lowest_score() <= s);
        }
    }
}
