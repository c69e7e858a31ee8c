//! The quote check's forms (核算真实年化): up to four quotes entered the way they are
//! advertised, their examples, our own offers as quotes, and each form as the core's
//! `QuoteInput`. A quote's texts live in the scenario's form texts under `q.<i>.` (`kind`,
//! `amt`, `n`, `rate`, `up`, `fee`, `of`), how many are shown under `q.count`. Pure: the core
//! checks every quote (`credit_sim::quote::check_quote_loose`).

use credit_sim::amount::round2;
use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::offers::Offers;
use credit_sim::quote::{check_quote_loose, QuoteCheck};
use rust_decimal::Decimal;

use super::tool_form::Group;
use crate::format::{amount_text, number_of};
use crate::i18n::quote as tx;
use crate::i18n::Text;
use crate::scenario::pairs::Pair;
use crate::scenario::{problems_of, Problem};

/// The most quotes side by side.
pub const MAX_QUOTES: usize = 4;
/// How many quotes a first visit shows.
pub const DEFAULT_COUNT: usize = 2;
/// The key of how many quotes are shown.
pub const COUNT_KEY: &str = "q.count";

/// How a quote is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// A fee each period, a share of the amount (card instalments: "0.6 % a month").
    FeePerPeriod,
    /// One fee for the whole term, a share of the amount (Huabei: "8.8 % for 12 periods").
    TotalFee,
    /// A payment each period ("repay ¥888 a month").
    Installment,
    /// A monthly rate on the original amount (月息).
    FlatRate,
    /// A daily rate on the balance (日利率), accrued by the month as the offers price it.
    Daily,
    /// An annual rate on the balance, equal instalments.
    Annual,
}

impl Said {
    /// Every way, in the select's order.
    pub const ALL: [Said; 6] = [
        Said::FeePerPeriod,
        Said::TotalFee,
        Said::Installment,
        Said::FlatRate,
        Said::Daily,
        Said::Annual,
    ];

    /// The code in the link and the select.
    pub fn code(self) -> &'static str {
        match self {
            Said::FeePerPeriod => "feePerPeriod",
            Said::TotalFee => "totalFee",
            Said::Installment => "installment",
            Said::FlatRate => "flatRate",
            Said::Daily => "daily",
            Said::Annual => "annual",
        }
    }

    /// The way with this code.
    pub fn from_code(code: &str) -> Option<Said> {
        Said::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether `rate` is a percentage (else an amount: the payment).
    pub fn rate_is_percent(self) -> bool {
        self != Said::Installment
    }
}

/// The fields of a quote's form, in key order.
pub const FIELDS: [&str; 7] = ["kind", "amt", "n", "rate", "up", "fee", "of"];

/// One quote, exactly as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteForm {
    /// The way it is said ([`Said::code`]).
    pub kind: String,
    /// The amount of the loan.
    pub amount: String,
    /// The number of periods.
    pub periods: String,
    /// The rate in percent, or the payment for an instalment quote.
    pub rate: String,
    /// Kept back at the start (砍头息).
    pub upfront: String,
    /// Added to every payment (a monthly service fee).
    pub fee: String,
    /// The product of ours it was taken from (`creditLoan`, `creditLine`, `microBusiness`), until
    /// its way or rate is changed.
    pub of: String,
}

impl QuoteForm {
    fn of_values(v: &[String]) -> QuoteForm {
        let get = |i: usize| v.get(i).cloned().unwrap_or_default();
        QuoteForm {
            kind: get(0),
            amount: get(1),
            periods: get(2),
            rate: get(3),
            upfront: get(4),
            fee: get(5),
            of: get(6),
        }
    }

    fn values(&self) -> Vec<String> {
        [
            &self.kind,
            &self.amount,
            &self.periods,
            &self.rate,
            &self.upfront,
            &self.fee,
            &self.of,
        ]
        .into_iter()
        .cloned()
        .collect()
    }

    /// The way it is said, when its code is known.
    pub fn said(&self) -> Option<Said> {
        Said::from_code(&self.kind)
    }
}

/// An example, one click away: its label and its texts (kind, amount, periods, rate, kept back,
/// fee each period).
pub struct Example {
    /// What the button says.
    pub label: Text,
    /// The texts.
    pub texts: [&'static str; 6],
}

/// The examples of each way a quote is said.
pub const EXAMPLES: [Example; 7] = [
    Example {
        label: tx::EXAMPLE_MONTHLY_FEE,
        texts: ["feePerPeriod", "12000", "12", "0.6", "", ""],
    },
    Example {
        label: tx::EXAMPLE_TOTAL_FEE,
        texts: ["totalFee", "6000", "12", "8.8", "", ""],
    },
    Example {
        label: tx::EXAMPLE_PAYMENT,
        texts: ["installment", "10000", "12", "888", "", ""],
    },
    Example {
        label: tx::EXAMPLE_FLAT,
        texts: ["flatRate", "10000", "12", "0.8", "", ""],
    },
    Example {
        label: tx::EXAMPLE_DAILY,
        texts: ["daily", "10000", "12", "0.05", "", ""],
    },
    Example {
        label: tx::EXAMPLE_KEPT_BACK,
        texts: ["annual", "10000", "12", "7.2", "1000", ""],
    },
    Example {
        label: tx::EXAMPLE_SERVICE_FEE,
        texts: ["annual", "10000", "12", "6", "", "50"],
    },
];

impl Example {
    /// The example as a form.
    pub fn form(&self) -> QuoteForm {
        let mut v: Vec<String> = self.texts.iter().map(|t| (*t).to_owned()).collect();
        v.push(String::new());
        QuoteForm::of_values(&v)
    }
}

/// The example each of the four places starts from.
const PLACE_EXAMPLES: [usize; MAX_QUOTES] = [0, 1, 2, 3];

/// The typical rate of a way (its first example's), for a quote switched to it.
pub fn typical_rate(said: Said) -> &'static str {
    EXAMPLES
        .iter()
        .find(|e| e.texts[0] == said.code())
        .map_or("", |e| e.texts[3])
}

const PREFIXES: [&str; MAX_QUOTES] = ["q.0.", "q.1.", "q.2.", "q.3."];

/// The places' defaults: each place's example's texts, and no `of`.
const DEFAULTS: [[&str; 7]; MAX_QUOTES] = {
    let mut out = [[""; 7]; MAX_QUOTES];
    let mut i = 0;
    while i < MAX_QUOTES {
        let t = EXAMPLES[PLACE_EXAMPLES[i]].texts;
        out[i] = [t[0], t[1], t[2], t[3], t[4], t[5], ""];
        i += 1;
    }
    out
};

/// The form group of quote `i` (0 to 3), its place's example as its defaults.
pub fn group(i: usize) -> Group<'static> {
    let i = i.min(MAX_QUOTES - 1);
    Group {
        prefix: PREFIXES[i],
        fields: &FIELDS,
        defaults: &DEFAULTS[i],
    }
}

/// The quote a place starts from (its example).
pub fn place_default(i: usize) -> QuoteForm {
    QuoteForm::of_values(&group(i).values(&[]))
}

/// How many quotes are shown (1 to 4; 2 until changed).
pub fn count(forms: &[Pair]) -> usize {
    forms
        .iter()
        .find(|(k, _)| k == COUNT_KEY)
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .filter(|n| (1..=MAX_QUOTES).contains(n))
        .unwrap_or(DEFAULT_COUNT)
}

/// The quotes shown, as typed.
pub fn quotes(forms: &[Pair]) -> Vec<QuoteForm> {
    (0..count(forms))
        .map(|i| QuoteForm::of_values(&group(i).values(forms)))
        .collect()
}

fn count_change(n: usize) -> Pair {
    let text = if n == DEFAULT_COUNT {
        String::new()
    } else {
        n.to_string()
    };
    (COUNT_KEY.to_owned(), text)
}

/// The changes that set field `field` of quote `i` to `value`. A new way or rate ends the tie to
/// the offer it was taken from; a new way also starts from its typical rate.
pub fn set_field(forms: &[Pair], i: usize, field: &str, value: &str) -> Vec<Pair> {
    let g = group(i);
    let mut changes = g.change(forms, field, value);
    if field == "kind" || field == "rate" {
        changes.push((format!("{}of", g.prefix), String::new()));
    }
    if field == "kind" {
        if let Some(said) = Said::from_code(value) {
            changes.push((format!("{}rate", g.prefix), typical_rate(said).to_owned()));
        }
    }
    // Applied in order: these follow the group's first change, which holds every field.
    changes
}

/// The changes that add `form` as a new quote, or put it in the last place when four are shown.
pub fn add(forms: &[Pair], form: &QuoteForm) -> Vec<Pair> {
    let n = count(forms);
    let at = n.min(MAX_QUOTES - 1);
    let mut changes = group(at).put(&form.values());
    changes.push(count_change((n + 1).min(MAX_QUOTES)));
    changes
}

/// The changes that remove quote `i`: the ones after it move up a place.
pub fn remove(forms: &[Pair], i: usize) -> Vec<Pair> {
    let mut kept = quotes(forms);
    if kept.len() <= 1 || i >= kept.len() {
        return Vec::new();
    }
    kept.remove(i);
    let mut changes = Vec::new();
    for place in 0..MAX_QUOTES {
        let values = kept
            .get(place)
            .map_or_else(|| vec![String::new(); FIELDS.len()], QuoteForm::values);
        changes.extend(group(place).put(&values));
    }
    changes.push(count_change(kept.len()));
    changes
}

/// A fraction's percentage text: `0.00035` → `0.035`.
fn percent_text(fraction: Decimal) -> String {
    (fraction * Decimal::ONE_HUNDRED).normalize().to_string()
}

/// One of our offers as a quote, priced on the amount its own APR is computed on.
pub fn offer_quote(offers: &Offers, insurance_fee_rate: Decimal, which: OfferQuote) -> QuoteForm {
    match which {
        OfferQuote::CreditLoan | OfferQuote::MicroBusiness => {
            let (offer, of) = match (which, &offers.micro_business) {
                (OfferQuote::MicroBusiness, Some(m)) => (m, "microBusiness"),
                _ => (&offers.credit_loan, "creditLoan"),
            };
            let p = offer.apr_principal;
            // The credit loan's insurance fee is paid with each instalment (its APR counts it).
            let fee = if of == "creditLoan" && !insurance_fee_rate.is_zero() {
                amount_text(round2(p * insurance_fee_rate / Decimal::from(12)))
            } else {
                String::new()
            };
            QuoteForm {
                kind: Said::Daily.code().to_owned(),
                amount: amount_text(p),
                periods: "12".to_owned(),
                rate: percent_text(offer.daily_rate),
                upfront: String::new(),
                fee,
                of: of.to_owned(),
            }
        }
        OfferQuote::CreditLine(periods) => {
            let line = &offers.credit_line;
            let fee_rate = line
                .installment_plans
                .iter()
                .find(|p| p.periods == periods)
                .map_or(Decimal::ZERO, |p| p.fee_rate);
            QuoteForm {
                kind: Said::TotalFee.code().to_owned(),
                amount: amount_text(line.apr_principal),
                periods: periods.to_string(),
                rate: percent_text(fee_rate),
                upfront: String::new(),
                fee: String::new(),
                of: "creditLine".to_owned(),
            }
        }
    }
}

/// Which of our offers to take as a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferQuote {
    /// The credit loan at its daily rate, 12 months.
    CreditLoan,
    /// One of the credit line's instalment plans, by its periods.
    CreditLine(u32),
    /// The micro-business loan at its daily rate, 12 months.
    MicroBusiness,
}

/// The problem's field for a path of the core's `QuoteInput`.
fn field_of(path: &str) -> String {
    match path {
        "principal" => "amt",
        "periods" => "n",
        "upfrontFee" => "up",
        "feePerPeriod" => "fee",
        p if p.starts_with("quote.") => "rate",
        _ => "quote",
    }
    .to_owned()
}

fn not_a_number(field: &str) -> Problem {
    Problem {
        field: field.to_owned(),
        code: Some(ErrorCode::NotANumber),
    }
}

/// A percentage text as the fraction text the core reads (`"0.6"` → `"0.006"`).
fn fraction_text(percent: &str) -> Option<String> {
    let d = Decimal::from_str_exact(percent.trim()).ok()?;
    Some((d / Decimal::ONE_HUNDRED).normalize().to_string())
}

/// The core's `QuoteInput` of a form, or the form's own problems (a rate that is not a number,
/// an unknown way).
pub fn quote_input(q: &QuoteForm) -> Result<Loose, Vec<Problem>> {
    let Some(said) = q.said() else {
        return Err(vec![Problem {
            field: "kind".to_owned(),
            code: Some(ErrorCode::UnknownValue),
        }]);
    };
    let rate = if said.rate_is_percent() {
        fraction_text(&q.rate).ok_or_else(|| vec![not_a_number("rate")])?
    } else {
        q.rate.trim().to_owned()
    };
    let rate = Loose::text(rate);
    let (kind, mut quote) = match said {
        Said::FeePerPeriod => ("feePerPeriod", vec![("feeRate", rate)]),
        Said::TotalFee => ("totalFee", vec![("feeRate", rate)]),
        Said::Installment => ("installment", vec![("payment", rate)]),
        Said::FlatRate => ("flatRate", vec![("monthlyRate", rate)]),
        Said::Daily => (
            "decliningRate",
            vec![("dailyRate", rate), ("accrual", Loose::text("monthly"))],
        ),
        Said::Annual => ("decliningRate", vec![("annualRate", rate)]),
    };
    quote.insert(0, ("kind", Loose::text(kind)));
    let periods =
        number_of(&q.periods).map_or_else(|| Loose::text(q.periods.trim()), Loose::Number);
    let mut pairs = vec![
        ("principal", Loose::text(q.amount.trim())),
        ("periods", periods),
        ("quote", Loose::object(quote)),
    ];
    for (name, text) in [("upfrontFee", &q.upfront), ("feePerPeriod", &q.fee)] {
        if !text.trim().is_empty() {
            pairs.push((name, Loose::text(text.trim())));
        }
    }
    Ok(Loose::object(pairs))
}

/// The check of a form, or every problem with it, each named by the form's field (`quote` for
/// payments that add up to less than the money received or to more than 100 times it).
pub fn check(q: &QuoteForm) -> Result<QuoteCheck, Vec<Problem>> {
    let input = quote_input(q)?;
    check_quote_loose(&input).map_err(|e| problems_of(&e, field_of))
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::offers::{default_rules, offers};

    fn pair(k: &str, v: &str) -> Pair {
        (k.to_owned(), v.to_owned())
    }

    fn apr(q: &QuoteForm) -> String {
        check(q).map(|c| c.apr.to_string()).unwrap_or_default()
    }

    #[test]
    fn every_example_is_checked_by_the_core() {
        let aprs: Vec<String> = EXAMPLES.iter().map(|e| apr(&e.form())).collect();
        // 0.6 % a month is 13.03 %, 8.8 % for 12 periods 15.86 %: MONEY.md's examples.
        assert_eq!(aprs[0], "0.1303");
        assert_eq!(aprs[1], "0.1586");
        assert!(aprs.iter().all(|a| !a.is_empty()), "{aprs:?}");
        // A fee kept back costs more than the rate says.
        let kept = check(&EXAMPLES[5].form()).expect("a check");
        assert_eq!(kept.received.to_string(), "9000");
        assert!(kept.apr > Decimal::new(72, 3));
    }

    #[test]
    fn a_form_reads_its_keys_and_names_its_problems() {
        assert_eq!(quotes(&[]), [EXAMPLES[0].form(), EXAMPLES[1].form()]);
        let forms = [
            pair("q.count", "3"),
            pair("q.1.kind", "daily"),
            pair("q.1.rate", "x"),
        ];
        let qs = quotes(&forms);
        assert_eq!(qs.len(), 3);
        assert_eq!((qs[1].kind.as_str(), qs[1].amount.as_str()), ("daily", ""));
        assert_eq!(qs[2], EXAMPLES[2].form());
        let fields = |q: &QuoteForm| -> Vec<String> {
            check(q).unwrap_err().into_iter().map(|p| p.field).collect()
        };
        assert_eq!(fields(&qs[1]), ["rate"]);
        let mut bad = EXAMPLES[0].form();
        bad.amount = "0".into();
        bad.periods = "361".into();
        bad.upfront = "-1".into();
        bad.fee = "1.001".into();
        assert_eq!(fields(&bad), ["amt", "n", "up", "fee"]);
        let mut cheap = EXAMPLES[2].form();
        cheap.rate = "100".into();
        assert_eq!(fields(&cheap), ["quote"]);
        cheap.kind = "nope".into();
        assert_eq!(fields(&cheap), ["kind"]);
    }

    #[test]
    fn quotes_are_added_changed_and_removed_by_key() {
        let changes = set_field(&[], 1, "rate", "9");
        assert!(changes.contains(&pair("q.1.rate", "9")));
        assert!(changes.contains(&pair("q.1.kind", "totalFee")));
        let forms = crate::scenario::forms::set(&[], &changes);
        assert_eq!(quotes(&forms)[1].rate, "9");
        // A new way starts from its typical rate and forgets the offer.
        let kind = set_field(&forms, 1, "kind", "installment");
        let forms = crate::scenario::forms::set(&forms, &kind);
        assert_eq!(quotes(&forms)[1].rate, "888");
        // Adding a fifth puts it in the fourth place.
        let mut forms = forms;
        for e in &EXAMPLES[4..7] {
            forms = crate::scenario::forms::set(&forms, &add(&forms, &e.form()));
        }
        let qs = quotes(&forms);
        assert_eq!(qs.len(), 4);
        assert_eq!(qs[3], EXAMPLES[6].form());
        let forms = crate::scenario::forms::set(&forms, &remove(&forms, 0));
        let after = quotes(&forms);
        assert_eq!(after.len(), 3);
        assert_eq!(after[0], qs[1]);
        assert_eq!(after[2], qs[3]);
        assert!(remove(&[], 2).is_empty());
        assert!(remove(&[pair("q.count", "1")], 0).is_empty());
    }

    #[test]
    fn our_offers_as_quotes_match_their_aprs() {
        let o = offers(&credit_sim::default_profile(), &default_rules());
        let loan = offer_quote(&o, Decimal::ZERO, OfferQuote::CreditLoan);
        assert_eq!(loan.of, "creditLoan");
        assert_eq!(check(&loan).expect("a check").apr, o.credit_loan.apr);
        for plan in &o.credit_line.installment_plans {
            let q = offer_quote(&o, Decimal::ZERO, OfferQuote::CreditLine(plan.periods));
            assert_eq!(
                check(&q).expect("a check").apr,
                plan.apr,
                "{}",
                plan.periods
            );
        }
    }
}
