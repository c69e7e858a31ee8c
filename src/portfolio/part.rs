//! A [`PortfolioTally`] as plain data (`PortfolioPart` in JS), so a Web Worker can post its share
//! to the page and the page merge the shares exactly: whole counts as numbers, sums of money and
//! of APRs as exact decimal text, read back by a validating reader like every other input.

use rust_decimal::Decimal;
use serde::Serialize;

use super::tally::{DeclineCounts, PortfolioTally, ProductTally, HISTOGRAM_BINS};
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{check_range, Loose, ObjectReader};
use crate::journey::cohort::MAX_SEED;

fn serialize_text<S: serde::Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&value.to_string())
}

/// One product's share, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductPart {
    applicants: u64,
    eligible: u64,
    #[serde(serialize_with = "serialize_text")]
    total_limit: Decimal,
    #[serde(serialize_with = "serialize_text")]
    apr_sum: Decimal,
    #[serde(serialize_with = "serialize_text")]
    expected_loss: Decimal,
    declines: [u64; 6],
}

/// A tally as data: what `PortfolioRun.part()` gives and `mergePortfolio` takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioPart {
    count: u64,
    score_sum: u64,
    histogram: [u64; HISTOGRAM_BINS],
    bands: [u64; 5],
    credit_loan: ProductPart,
    credit_line: ProductPart,
    micro_business: ProductPart,
    deposit_free: [u64; 3],
}

fn product_part(t: &ProductTally) -> ProductPart {
    ProductPart {
        applicants: t.applicants,
        eligible: t.eligible,
        total_limit: t.total_limit,
        apr_sum: t.apr_sum,
        expected_loss: t.expected_loss,
        declines: t.declines.0,
    }
}

impl PortfolioTally {
    /// The tally as data.
    pub fn part(&self) -> PortfolioPart {
        PortfolioPart {
            count: self.count,
            score_sum: self.score_sum,
            histogram: self.histogram,
            bands: self.bands,
            credit_loan: product_part(&self.credit_loan),
            credit_line: product_part(&self.credit_line),
            micro_business: product_part(&self.micro_business),
            deposit_free: self.deposit_free,
        }
    }

    /// Reads a tally back from its data (`part()` as JSON, or as a JS object), every problem at
    /// once with its path (`"creditLoan.totalLimit"`, `"histogram[3]"`).
    ///
    /// ```
    /// use credit_sim::input::json::parse;
    /// use credit_sim::portfolio::{synthetic::synthetic_range, PortfolioTally, Underwriter};
    /// let rules = credit_sim::offers::default_rules();
    /// let mut u = Underwriter::new(&rules);
    /// let mut t = PortfolioTally::new();
    /// synthetic_range(1, 0, 100).for_each(|p| t.add(&u.row(&p)));
    /// let text = serde_json::to_string(&t.part()).unwrap_or_default();
    /// assert_eq!(PortfolioTally::from_loose(&parse(&text).unwrap_or(credit_sim::input::Loose::Null), ""), Ok(t));
    /// ```
    pub fn from_loose(value: &Loose, path: &str) -> Result<PortfolioTally, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, path, &mut e) else {
            return Err(e);
        };
        let profiles = count(&mut r, "count", &mut e);
        let score_sum = count(&mut r, "scoreSum", &mut e);
        let histogram = counts::<HISTOGRAM_BINS>(&mut r, "histogram", &mut e);
        let bands = counts::<5>(&mut r, "bands", &mut e);
        let mut product = |name: &str, e: &mut ValidationErrors| {
            let path = r.path_of(name);
            match r.get(name) {
                Some(v) => product_from_loose(v, &path, e),
                None => {
                    e.push(
                        &path,
                        ErrorCode::Missing,
                        format!("{path} is required (an object)."),
                    );
                    None
                }
            }
        };
        let credit_loan = product("creditLoan", &mut e);
        let credit_line = product("creditLine", &mut e);
        let micro_business = product("microBusiness", &mut e);
        let deposit_free = counts::<3>(&mut r, "depositFree", &mut e);
        r.finish(&mut e);
        e.into_result(|| {
            Some(PortfolioTally {
                count: profiles?,
                score_sum: score_sum?,
                histogram: histogram?,
                bands: bands?,
                credit_loan: credit_loan?,
                credit_line: credit_line?,
                micro_business: micro_business?,
                deposit_free: deposit_free?,
            })
        })
    }
}

/// A count: a whole number from 0 to 2^53 − 1.
fn count(r: &mut ObjectReader<'_>, name: &str, e: &mut ValidationErrors) -> Option<u64> {
    r.integer(name, 0, MAX_SEED, e)
        .and_then(|v| u64::try_from(v).ok())
}

/// A list of exactly `N` counts.
fn counts<const N: usize>(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
) -> Option<[u64; N]> {
    let path = r.path_of(name);
    let items = match r.get(name) {
        Some(Loose::List(items)) if items.len() == N => items,
        Some(_) => {
            e.push(
                &path,
                ErrorCode::WrongType,
                format!("{path} must be a list of {N} counts."),
            );
            return None;
        }
        None => {
            e.push(
                &path,
                ErrorCode::Missing,
                format!("{path} is required (a list of {N} counts)."),
            );
            return None;
        }
    };
    let mut out = [0; N];
    let mut ok = true;
    for (i, (slot, item)) in out.iter_mut().zip(items).enumerate() {
        match crate::input::integer_of(item, 0, MAX_SEED, &format!("{path}[{i}]"), e) {
            Some(v) => *slot = u64::try_from(v).unwrap_or(0),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn sum(r: &mut ObjectReader<'_>, name: &str, e: &mut ValidationErrors) -> Option<Decimal> {
    let v = r.decimal(name, e)?;
    check_range(
        v,
        Decimal::ZERO,
        Decimal::from(MAX_SEED) * Decimal::from(100_000_000),
        &r.path_of(name),
        e,
    )
}

fn product_from_loose(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<ProductTally> {
    let mut r = ObjectReader::open(value, path, e)?;
    let applicants = count(&mut r, "applicants", e);
    let eligible = count(&mut r, "eligible", e);
    let total_limit = sum(&mut r, "totalLimit", e);
    let apr_sum = sum(&mut r, "aprSum", e);
    let expected_loss = sum(&mut r, "expectedLoss", e);
    let declines = counts::<6>(&mut r, "declines", e);
    r.finish(e);
    if let (Some(a), Some(b)) = (applicants, eligible) {
        if b > a {
            let field = crate::input::join_path(path, "eligible");
            e.push(
                &field,
                ErrorCode::OutOfRange,
                format!("{field} must not be above the applicants ({b} > {a})."),
            );
            return None;
        }
    }
    Some(ProductTally {
        applicants: applicants?,
        eligible: eligible?,
        total_limit: total_limit?,
        apr_sum: apr_sum?,
        expected_loss: expected_loss?,
        declines: DeclineCounts(declines?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::json::parse;

    fn fields(json: &str) -> Vec<(String, ErrorCode)> {
        let value = parse(json).unwrap_or(Loose::Null);
        match PortfolioTally::from_loose(&value, "parts[0]") {
            Ok(_) => Vec::new(),
            Err(e) => e
                .errors()
                .iter()
                .map(|x| (x.field.clone(), x.code))
                .collect(),
        }
    }

    #[test]
    fn a_part_reads_back_and_bad_parts_name_their_fields() {
        let mut t = PortfolioTally::new();
        t.count = 3;
        t.credit_loan.applicants = 3;
        t.credit_loan.eligible = 2;
        t.credit_loan.total_limit = Decimal::new(4_000_050, 2);
        let good = serde_json::to_string(&t.part()).unwrap_or_default();
        assert_eq!(
            PortfolioTally::from_loose(&parse(&good).unwrap_or(Loose::Null), ""),
            Ok(t)
        );
        use ErrorCode::*;
        let product = r#"{"applicants":1,"eligible":1,"totalLimit":"1","aprSum":"0.1","expectedLoss":"0","declines":[0,0,0,0,0,0]}"#;
        let whole = |count: &str, loan: &str| {
            format!(
                r#"{{"count":{count},"scoreSum":0,"histogram":[0,0,0,0,0,0,0,0,0,0,0,0],"bands":[0,0,0,0,0],"creditLoan":{loan},"creditLine":{product},"microBusiness":{product},"depositFree":[0,0,0]}}"#
            )
        };
        let cases: Vec<(String, Vec<(&str, ErrorCode)>)> = vec![
            (whole("1", product), vec![]),
            (whole("-1", product), vec![("parts[0].count", OutOfRange)]),
            (
                whole("1.5", product),
                vec![("parts[0].count", NotAnInteger)],
            ),
            (
                whole("1", &product.replace(r#""eligible":1"#, r#""eligible":2"#)),
                vec![("parts[0].creditLoan.eligible", OutOfRange)],
            ),
            (
                whole(
                    "1",
                    &product.replace(r#""totalLimit":"1""#, r#""totalLimit":"x""#),
                ),
                vec![("parts[0].creditLoan.totalLimit", NotANumber)],
            ),
            (
                whole("1", &product.replace("[0,0,0,0,0,0]", "[0,0]")),
                vec![("parts[0].creditLoan.declines", WrongType)],
            ),
            (
                whole("1", &product.replace("[0,0,0,0,0,0]", "[0,0,0,0,0,-3]")),
                vec![("parts[0].creditLoan.declines[5]", OutOfRange)],
            ),
            (
                r#"{"count":1}"#.to_owned(),
                vec![
                    ("parts[0].scoreSum", Missing),
                    ("parts[0].histogram", Missing),
                    ("parts[0].bands", Missing),
                    ("parts[0].creditLoan", Missing),
                    ("parts[0].creditLine", Missing),
                    ("parts[0].microBusiness", Missing),
                    ("parts[0].depositFree", Missing),
                ],
            ),
            ("[]".to_owned(), vec![("parts[0]", WrongType)]),
        ];
        for (json, want) in cases {
            let want: Vec<(String, ErrorCode)> =
                want.iter().map(|(f, c)| ((*f).to_owned(), *c)).collect();
            assert_eq!(fields(&json), want, "{json}");
        }
    }
}
