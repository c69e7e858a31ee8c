//! The seeded fuzz of the borrower's entry points: a small xorshift generator (no crate, the same
//! values on every run) and random JSON-ish values built from a test's own texts and numbers.

use credit_sim::input::Loose;

/// A seeded xorshift generator.
pub struct Rng(pub u64);

impl Rng {
    /// The next raw value.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A value below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True once in `n` draws.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    /// One of `items`.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let len = u64::try_from(items.len()).unwrap_or(1);
        items[usize::try_from(self.below(len)).unwrap_or(0)]
    }

    /// An amount in whole fen below `max` yuan, as text (`"1234.56"`).
    pub fn fen(&mut self, max: u64) -> Loose {
        Loose::text(format!("{}.{:02}", self.below(max), self.below(100)))
    }

    /// A whole JS number below `n`.
    pub fn count(&mut self, n: u64) -> Loose {
        Loose::Number(f64::from(u32::try_from(self.below(n)).unwrap_or(0)))
    }
}

/// Numbers every fuzz throws in: signs, fractions, the huge, NaN and the infinities.
pub const NUMBERS: [f64; 12] = [
    0.0,
    -1.0,
    1.0,
    0.5,
    1e300,
    -1e-300,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    360.0,
    601.0,
    1e8,
];

/// Any JSON-like value, from `texts` (also used as keys) and [`NUMBERS`], at most three deep.
pub fn garbage(rng: &mut Rng, texts: &[&str], depth: u32) -> Loose {
    match rng.below(if depth > 2 { 4 } else { 6 }) {
        0 => Loose::Null,
        1 => Loose::Bool(rng.one_in(2)),
        2 => Loose::Number(rng.pick(&NUMBERS)),
        3 => Loose::text(rng.pick(texts)),
        4 => Loose::List(
            (0..rng.below(3))
                .map(|_| garbage(rng, texts, depth + 1))
                .collect(),
        ),
        _ => Loose::Object(
            (0..rng.below(4))
                .map(|_| (rng.pick(texts).to_owned(), garbage(rng, texts, depth + 1)))
                .collect(),
        ),
    }
}

/// An object of the fields `make` gives for `keys`, each kept with probability `keep(key)` in 14,
/// sometimes with an unknown key or a key given twice.
pub fn object(
    rng: &mut Rng,
    keys: &[&str],
    keep: impl Fn(&str) -> u64,
    mut make: impl FnMut(&mut Rng, &str) -> Loose,
) -> Loose {
    let mut pairs = Vec::new();
    for &key in keys {
        if rng.below(14) < keep(key) {
            let value = make(rng, key);
            pairs.push((key.to_owned(), value));
        }
    }
    if rng.one_in(20) {
        pairs.push(("unknown".to_owned(), Loose::Number(1.0)));
    }
    if rng.one_in(20) {
        let key = rng.pick(keys);
        let value = make(rng, key);
        pairs.push((key.to_owned(), value));
    }
    Loose::Object(pairs)
}
