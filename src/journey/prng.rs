//! A tiny deterministic pseudo-random generator (SplitMix64) for the lender's cohort: the core
//! has no randomness source, so the seed is always an input and the same seed gives the same
//! cohort on every machine.

use rust_decimal::Decimal;

/// SplitMix64 (Steele, Lea and Flood, 2014): 64 bits of state, full period, good mixing.
///
/// ```
/// use credit_sim::journey::prng::SplitMix64;
/// let mut a = SplitMix64::new(42);
/// let mut b = SplitMix64::new(42);
/// assert_eq!(a.next_u64(), b.next_u64());
/// // The reference output of seed 0.
/// assert_eq!(SplitMix64::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// True with probability `threshold / 2^64` (see [`threshold_of`]): exact integer
    /// comparison, no floating point.
    pub fn below(&mut self, threshold: u128) -> bool {
        u128::from(self.next_u64()) < threshold
    }
}

/// A probability in 0–1 as a threshold out of 2^64: `floor(p × 2^64)`, exact for any decimal
/// of up to 20 places (a probability of default has 8). Values outside 0–1 are clamped.
///
/// ```
/// use credit_sim::journey::prng::threshold_of;
/// use rust_decimal::Decimal;
/// assert_eq!(threshold_of(Decimal::new(5, 1)), 1u128 << 63);
/// assert_eq!(threshold_of(Decimal::ONE), 1u128 << 64);
/// assert_eq!(threshold_of(Decimal::ZERO), 0);
/// ```
pub fn threshold_of(p: Decimal) -> u128 {
    if p <= Decimal::ZERO {
        return 0;
    }
    if p >= Decimal::ONE {
        return 1 << 64;
    }
    let p = p.round_dp_with_strategy(20, rust_decimal::RoundingStrategy::ToZero);
    // 0 < p < 1 so the mantissa is below 10^scale ≤ 10^20 < 2^67; shifting by 64 fits in u128.
    let mantissa = u128::try_from(p.mantissa()).unwrap_or(0);
    let scale = 10u128.pow(p.scale());
    let whole = mantissa / scale;
    let rest = mantissa % scale;
    // (whole × 2^64) + floor(rest × 2^64 / scale), computed without overflow in two halves.
    let high = (rest << 32) / scale;
    let low = (((rest << 32) % scale) << 32) / scale;
    (whole << 64) + (high << 32) + low
}
