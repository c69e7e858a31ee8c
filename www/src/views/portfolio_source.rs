//! The portfolio panel's form: the population's seed and size and their checks, the CSV's
//! columns as the help lists them, and the names of the downloads.

use credit_sim::portfolio::csv_cells::{Kind, COLUMNS};
use credit_sim::profile::{Education, Occupation};
use yew::prelude::*;

use super::portfolio_results::Counted;
use crate::i18n::workbench as tx;
use crate::i18n::Lang;
use crate::scenario::fields::field;
use crate::scenario::pairs::Pair;

/// The largest seed a link or a worker's message carries exactly (2⁵³ − 1).
pub const MAX_SEED: u64 = 9_007_199_254_740_991;
/// The population sizes a generated portfolio may have.
pub const COUNTS: std::ops::RangeInclusive<u64> = 1_000..=1_000_000;
/// The form's default seed.
pub const DEFAULT_SEED: &str = "1";
/// The form's default size.
pub const DEFAULT_COUNT: &str = "100000";
/// A form text of the scenario, or its default.
pub fn form_value<'a>(form: &'a [Pair], key: &str, default: &'a str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == key)
        .map_or(default, |(_, v)| v.as_str())
}

/// A whole number typed with or without separators (`100,000`, `100 000`).
pub fn whole(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '，'))
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The seed, or none when the text is not one.
pub fn seed_of(text: &str) -> Option<u64> {
    whole(text).filter(|s| *s <= MAX_SEED)
}

/// The population's size, or none when the text is not one.
pub fn count_of(text: &str) -> Option<u64> {
    whole(text).filter(|n| COUNTS.contains(n))
}

/// The column help's words for a kind of cell.
fn kind_text(lang: Lang, name: &str, kind: Kind) -> String {
    let names = |all: &[&str]| all.join(" / ");
    match kind {
        Kind::Integer => lang.t(tx::KIND_INTEGER).to_owned(),
        Kind::NullableInteger => lang.t(tx::KIND_NULLABLE).to_owned(),
        Kind::Amount => lang.t(tx::KIND_AMOUNT).to_owned(),
        Kind::Boolean => lang.t(tx::KIND_BOOLEAN).to_owned(),
        Kind::Name if name == "education" => names(&Education::ALL.map(|(n, _)| n)),
        Kind::Name => names(&Occupation::ALL.map(|(n, _)| n)),
    }
}

/// The CSV's columns, each with its field's label and what its cells hold.
pub fn columns_help(lang: Lang) -> Html {
    html! {
        <details class="pf-columns" id="pf-columns">
            <summary>{ lang.t(tx::COLUMNS) }</summary>
            <p class="hint">{ lang.t(tx::COLUMNS_HELP) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label={lang.t(tx::COLUMNS)}>
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::COLUMN) }</th>
                        <th scope="col">{ lang.t(tx::MEANING) }</th>
                        <th scope="col">{ lang.t(tx::CELLS) }</th>
                    </tr></thead>
                    <tbody>
                        { for COLUMNS.iter().map(|c| html! {
                            <tr>
                                <td><code>{ c.name }</code></td>
                                <td class="pf-wrap">{ field(c.name).map(|f| lang.t(f.label)).unwrap_or_default() }</td>
                                <td class="pf-wrap">{ kind_text(lang, c.name, c.kind) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// The downloads' names: `credit-sim-portfolio-1-100000`, `credit-sim-portfolio-applicants`.
pub fn file_stem(counted: &Counted) -> String {
    match counted {
        Counted::Synthetic { seed, count } => format!("credit-sim-portfolio-{seed}-{count}"),
        Counted::Csv { name } => {
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
            let safe: String = stem
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .take(60)
                .collect();
            format!("credit-sim-portfolio-{safe}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_and_sizes_are_whole_numbers_in_range() {
        for (text, seed, count) in [
            ("1", Some(1), None),
            ("100,000", Some(100_000), Some(100_000)),
            ("1 000 000", Some(1_000_000), Some(1_000_000)),
            ("999", Some(999), None),
            ("1000001", Some(1_000_001), None),
            ("9007199254740992", None, None),
            ("-5", None, None),
            ("1e5", None, None),
            ("", None, None),
            ("１０", None, None),
        ] {
            assert_eq!((seed_of(text), count_of(text)), (seed, count), "{text}");
        }
    }

    #[test]
    fn download_names_are_safe_file_names() {
        assert_eq!(
            file_stem(&Counted::Synthetic {
                seed: 7,
                count: 1_000
            }),
            "credit-sim-portfolio-7-1000"
        );
        assert_eq!(
            file_stem(&Counted::Csv {
                name: "我的 客户/2026.csv".into()
            }),
            "credit-sim-portfolio-我的-客户-2026"
        );
    }
}
