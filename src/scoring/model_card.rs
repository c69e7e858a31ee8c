//! The model card as data: every characteristic's bins, points and source, the scaling, and the
//! score-to-default table, so the app's Learn page shows the same facts as MODEL.md.

use rust_decimal::Decimal;
use serde::Serialize;

use super::card_words::{Name, WORDS};
use super::characteristics::{Dimension, Source, CHARACTERISTICS, FIT_SCALE};
use super::scaling::{
    probability_of_default, Band, BASE_ODDS, BASE_SCORE, MAX_SCORE, MIN_SCORE, PDO,
};
use super::SCORE_OFFSET;
use crate::amount::serialize_decimal_text;

/// One bin on the model card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardBin {
    /// The values the bin holds, in English (`"31–50 %"`, `"6–11 months"`).
    pub label: &'static str,
    /// The same in Chinese (`"6–11 个月"`).
    pub label_zh: &'static str,
    /// The points it earns.
    pub points: u32,
}

/// One characteristic on the model card.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardCharacteristic {
    /// Identifier and reason code.
    pub id: &'static str,
    /// Its name in Chinese and English.
    pub name: Name,
    /// Its dimension.
    pub dimension: Dimension,
    /// The Profile fields it reads.
    pub fields: &'static [&'static str],
    /// Where the points come from.
    pub source: Source,
    /// Bins, worst first.
    pub bins: Vec<CardBin>,
    /// The most points it can give.
    pub max_points: u32,
}

/// One row of the score-to-default table.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreRow {
    /// The score.
    pub score: u32,
    /// Its band.
    pub band: Band,
    /// The probability of default it stands for.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub probability_of_default: Decimal,
}

/// The odds scaling.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scaling {
    /// Points to double the odds (50).
    pub pdo: u32,
    /// The anchor score (600).
    pub base_score: u32,
    /// Good:bad odds at the anchor (19).
    pub base_odds: u32,
    /// Score = offset + Σ points, before clamping (350).
    pub offset: u32,
    /// Lowest score.
    pub min_score: u32,
    /// Highest score.
    pub max_score: u32,
}

/// The whole model card.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelCard {
    /// The odds scaling.
    pub scaling: Scaling,
    /// The factor applied to the German-credit fit's points.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub fit_scale: Decimal,
    /// The fit's in-sample AUC on the German credit data.
    pub fit_auc: &'static str,
    /// The fit's in-sample KS.
    pub fit_ks: &'static str,
    /// Every characteristic.
    pub characteristics: Vec<CardCharacteristic>,
    /// Scores every 50 points from 350 to 950 with their probability of default.
    pub score_table: Vec<ScoreRow>,
}

/// The model card: every characteristic's bins, points and source, and the scaling.
///
/// ```
/// let card = credit_sim::scoring::model_card();
/// assert_eq!(card.characteristics.len(), 30);
/// let total: u32 = card.characteristics.iter().map(|c| c.max_points).sum();
/// assert_eq!(total, 600);
/// ```
pub fn model_card() -> ModelCard {
    ModelCard {
        scaling: Scaling {
            pdo: PDO,
            base_score: BASE_SCORE,
            base_odds: BASE_ODDS,
            offset: SCORE_OFFSET,
            min_score: MIN_SCORE,
            max_score: MAX_SCORE,
        },
        fit_scale: FIT_SCALE,
        fit_auc: "0.7185",
        fit_ks: "0.3467",
        characteristics: CHARACTERISTICS
            .iter()
            .zip(&WORDS)
            .map(|(c, (_, name, labels))| CardCharacteristic {
                id: c.id,
                dimension: c.dimension,
                fields: c.fields,
                source: c.source,
                bins: c
                    .bins
                    .iter()
                    .zip(labels.iter())
                    .map(|(&points, &(label, label_zh))| CardBin {
                        label,
                        label_zh,
                        points,
                    })
                    .collect(),
                name: *name,
                max_points: c.max_points(),
            })
            .collect(),
        score_table: (MIN_SCORE..=MAX_SCORE)
            .step_by(50)
            .map(|score| ScoreRow {
                score,
                band: Band::of(score),
                probability_of_default: probability_of_default(score),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_characteristic_has_a_name_and_a_label_per_bin() {
        assert_eq!(CHARACTERISTICS.len(), WORDS.len());
        for (c, (id, name, labels)) in CHARACTERISTICS.iter().zip(&WORDS) {
            assert_eq!(c.id, *id);
            assert_eq!(c.bins.len(), labels.len(), "{id}");
            assert!(!name.zh.is_empty() && !name.en.is_empty(), "{id}");
            for (en, zh) in labels.iter() {
                assert!(!en.is_empty() && !zh.is_empty(), "{id}");
            }
        }
    }
}
