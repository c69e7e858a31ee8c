//! The product rules a demo has edited: `(path, text)` for each value that differs from the
//! default, in the order of the core's `RULE_PATHS`, texts exactly as typed. A link carries each
//! as `r.` and its path (`r.creditLoan.minScore=620`). Which rules are in force is the page's
//! business: the last set that the core's reader accepted.

use credit_sim::offers::{default_rules, ProductRules, RULE_PATHS};
use rust_decimal::Decimal;

use super::pairs::Pair;
use super::problems_of;
use super::Problem;

/// The prefix of a rule's key in links.
pub const PREFIX: &str = "r.";

/// Whether `text` holds the same value as the default at `path` (`"1000"` is `"1000.00"`).
pub fn is_default(path: &str, text: &str) -> bool {
    let default = default_rules().value_text(path);
    match (
        Decimal::from_str_exact(text.trim()),
        default.as_deref().map(Decimal::from_str_exact),
    ) {
        (Ok(a), Some(Ok(b))) => a == b,
        _ => default.as_deref() == Some(text),
    }
}

/// The edited values with `path` set to `text` (dropped when it is the default's value), in
/// `RULE_PATHS` order; an unknown path changes nothing.
pub fn set(rules: &[Pair], path: &str, text: &str) -> Vec<Pair> {
    if !RULE_PATHS.contains(&path) {
        return rules.to_vec();
    }
    let rank = |p: &str| RULE_PATHS.iter().position(|q| *q == p);
    let mut out: Vec<Pair> = rules.iter().filter(|(p, _)| p != path).cloned().collect();
    if !is_default(path, text) {
        let at = out
            .iter()
            .position(|(p, _)| rank(p) > rank(path))
            .unwrap_or(out.len());
        out.insert(at, (path.to_owned(), text.to_owned()));
    }
    out
}

/// The rules the edited values make, or every problem with them, each named by its path.
pub fn validate(rules: &[Pair]) -> Result<ProductRules, Vec<Problem>> {
    default_rules()
        .with_values(rules)
        .map_err(|e| problems_of(&e, str::to_owned))
}

/// The largest part of `rules` the reader accepts, and the paths it had to leave out: those its
/// problems name, or all of them when a problem names a value the set does not hold (two values
/// that only fail together, such as a minimum above a maximum).
pub fn accepted(rules: &[Pair]) -> (Vec<Pair>, Vec<String>) {
    let mut kept = rules.to_vec();
    let mut dropped = Vec::new();
    while let Err(problems) = validate(&kept) {
        let named: Vec<String> = problems
            .iter()
            .map(|p| p.field.clone())
            .filter(|f| kept.iter().any(|(p, _)| p == f))
            .collect();
        if named.is_empty() {
            dropped.extend(kept.drain(..).map(|(p, _)| p));
            break;
        }
        kept.retain(|(p, _)| !named.contains(p));
        dropped.extend(named);
    }
    (kept, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(p: &str, v: &str) -> Pair {
        (p.to_owned(), v.to_owned())
    }

    #[test]
    fn values_keep_the_rules_order_and_defaults_drop_out() {
        let r = set(&[], "lpr", "0.035");
        let r = set(&r, "creditLoan.minScore", "620");
        assert_eq!(
            r,
            [pair("creditLoan.minScore", "620"), pair("lpr", "0.035")]
        );
        let r = set(&r, "lpr", "0.03");
        assert_eq!(r, [pair("creditLoan.minScore", "620")]);
        assert_eq!(set(&r, "creditLoan.minLimit", "1000"), r);
        assert_eq!(set(&r, "nope", "1"), r);
        // A text that is not a number stays, for the form to name.
        assert_eq!(set(&r, "lpr", "x").len(), 2);
    }

    #[test]
    fn the_reader_names_bad_values_and_keeps_the_good() {
        let good = pair("creditLoan.minScore", "620");
        assert_eq!(
            validate(std::slice::from_ref(&good)).map(|r| r.credit_loan.min_score),
            Ok(620)
        );
        let (kept, dropped) = accepted(&[good.clone(), pair("depositFree.carHire", "2000")]);
        assert_eq!(
            (kept, dropped),
            (vec![good.clone()], vec!["depositFree.carHire".to_owned()])
        );
        // A maximum below the default minimum fails on the minimum, which the set lacks.
        let (kept, dropped) = accepted(&[good, pair("creditLoan.maxLimit", "500")]);
        assert!(kept.is_empty());
        assert_eq!(dropped, ["creditLoan.minScore", "creditLoan.maxLimit"]);
    }
}
