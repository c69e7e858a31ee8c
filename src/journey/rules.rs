//! The journey's rule values: when the limit is raised, frozen or cut, and when an early-warning
//! signal is raised. They live in `ProductRules::journey` (serialized as `journey`), so a product
//! demo changes them with the other rules; everything else the journey needs (the penalty
//! multiplier, the debt-service ceiling, the limit range, the minimum score) is read from the
//! other sections of `ProductRules`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::serialize_decimal_text;
use crate::error::ValidationErrors;
use crate::input::{check_range, Loose, ObjectReader};

/// Limit review and early-warning rule values of a journey (PRODUCT.md, "Dynamic credit").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyRules {
    /// Clean months in a row after which the limit is raised (提额): 6.
    pub raise_after_clean_months: u32,
    /// How much a raise adds, as a share of the limit (`0.2`, rounded down to ¥100).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub raise_share: Decimal,
    /// A late payment of at most this many days freezes the limit; a longer one, or a missed
    /// payment, cuts it (降额): 30.
    pub freeze_max_days: u32,
    /// How much a cut takes away, as a share of the limit (`0.5`, rounded down to ¥100).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub cut_share: Decimal,
    /// Utilisation above this percentage raises a warning: 90.
    pub utilization_warning_pct: u32,
    /// A fall of more than this many points in one month raises a warning: 30.
    pub score_drop_warning: u32,
    /// This many applications or more in three months raise a warning (多头借贷): 3.
    pub applications_warning: u32,
}

impl Default for JourneyRules {
    fn default() -> Self {
        default_journey_rules()
    }
}

/// PRODUCT.md's journey numbers.
///
/// ```
/// let r = credit_sim::journey::default_journey_rules();
/// assert_eq!(r.raise_after_clean_months, 6);
/// assert_eq!(r.score_drop_warning, 30);
/// ```
pub fn default_journey_rules() -> JourneyRules {
    JourneyRules {
        raise_after_clean_months: 6,
        raise_share: Decimal::new(2, 1),
        freeze_max_days: 30,
        cut_share: Decimal::new(5, 1),
        utilization_warning_pct: 90,
        score_drop_warning: 30,
        applications_warning: 3,
    }
}

fn whole(
    r: &mut ObjectReader<'_>,
    name: &str,
    min: i64,
    max: i64,
    e: &mut ValidationErrors,
) -> Option<u32> {
    r.integer(name, min, max, e)
        .and_then(|v| u32::try_from(v).ok())
}

impl JourneyRules {
    /// Validates loose journey rules at `path` (`"journey"`), every problem at once; `null`
    /// gives the defaults.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::journey::JourneyRules;
    /// assert_eq!(JourneyRules::from_loose(&Loose::Null, "journey").unwrap(), JourneyRules::default());
    /// let bad = Loose::object([("cutShare", Loose::text("2"))]);
    /// let errors = JourneyRules::from_loose(&bad, "journey").unwrap_err();
    /// assert!(errors.errors().iter().any(|e| e.field == "journey.cutShare"));
    /// ```
    pub fn from_loose(value: &Loose, path: &str) -> Result<JourneyRules, ValidationErrors> {
        if matches!(value, Loose::Null) {
            return Ok(default_journey_rules());
        }
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, path, &mut e) else {
            return Err(e);
        };
        let raise_after_clean_months = whole(&mut r, "raiseAfterCleanMonths", 1, 120, &mut e);
        let raise_share = r.decimal("raiseShare", &mut e).and_then(|v| {
            check_range(
                v,
                Decimal::ZERO,
                Decimal::TEN,
                &r.path_of("raiseShare"),
                &mut e,
            )
        });
        let freeze_max_days = whole(&mut r, "freezeMaxDays", 0, 3650, &mut e);
        let cut_share = r.decimal("cutShare", &mut e).and_then(|v| {
            check_range(
                v,
                Decimal::ZERO,
                Decimal::ONE,
                &r.path_of("cutShare"),
                &mut e,
            )
        });
        let utilization_warning_pct = whole(&mut r, "utilizationWarningPct", 0, 200, &mut e);
        let score_drop_warning = whole(&mut r, "scoreDropWarning", 0, 600, &mut e);
        let applications_warning = whole(&mut r, "applicationsWarning", 1, 100, &mut e);
        r.finish(&mut e);
        e.into_result(|| {
            Some(JourneyRules {
                raise_after_clean_months: raise_after_clean_months?,
                raise_share: raise_share?,
                freeze_max_days: freeze_max_days?,
                cut_share: cut_share?,
                utilization_warning_pct: utilization_warning_pct?,
                score_drop_warning: score_drop_warning?,
                applications_warning: applications_warning?,
            })
        })
    }
}
