//! The headline and the Score tab: score, band, probability of default, dimensions, reasons and
//! improvements.

use credit_sim::scoring::{Band, Dimension};

use super::{texts, Text};

texts! {
    SCORE => "信用分", "Score";
    BAND => "等级", "Band";
    PD => "违约概率", "Probability of default";
    PD_HELP => "按模型的赔率刻度，从分数换算出的 12 个月违约概率。", "From the score by the model's odds scaling: the chance of default within 12 months.";
    THIN_FILE => "信用记录较少（薄档案）：分数主要依据其他维度。", "Thin file: few repayments on record, so other dimensions weigh more.";
    DIMENSIONS => "五个维度", "Five dimensions";
    REASONS => "为什么是这个分数", "Why this score";
    NO_REASONS => "没有明显扣分项。", "Nothing costs you notable points.";
    IMPROVEMENTS => "最有效的改进", "Top improvements";
    NO_IMPROVEMENTS => "暂无可改进项。", "No improvement found.";
    APPLY => "试试看", "Try it";
    POINTS => "分", "points";
    KNOCKED_OUT => "因失信记录或未实名认证，任何产品都不可申请。", "On the dishonest-debtor list or not real-name verified: not eligible for anything.";
    INVALID_SUMMARY => "有输入需要修改；下方仍显示上一次有效的结果。", "Some input needs fixing; the last valid result is still shown.";
    DEPOSIT_FREE => "免押服务", "Deposit-free services";
    NONE_UNLOCKED => "暂不可用", "None yet";
    YES => "是", "yes";
    NO => "否", "no";
}

/// The name of a score band.
pub fn band(band: Band) -> Text {
    match band {
        Band::Poor => Text::new("较差", "Poor"),
        Band::Fair => Text::new("中等", "Fair"),
        Band::Good => Text::new("良好", "Good"),
        Band::VeryGood => Text::new("优秀", "Very good"),
        Band::Excellent => Text::new("极好", "Excellent"),
    }
}

/// The heading of a scored dimension.
pub fn dimension(dim: Dimension) -> Text {
    match dim {
        Dimension::CreditHistory => Text::new("信用历史", "Credit history"),
        Dimension::Behaviour => Text::new("行为偏好", "Behaviour"),
        Dimension::Capacity => Text::new("履约能力", "Capacity to repay"),
        Dimension::Identity => Text::new("身份特质", "Identity"),
        Dimension::Social => Text::new("人脉关系", "Social connections"),
    }
}

/// A dimension's short name, for the radar's axes.
pub fn dimension_short(dim: Dimension) -> Text {
    match dim {
        Dimension::CreditHistory => Text::new("信用历史", "History"),
        Dimension::Behaviour => Text::new("行为偏好", "Behaviour"),
        Dimension::Capacity => Text::new("履约能力", "Capacity"),
        Dimension::Identity => Text::new("身份特质", "Identity"),
        Dimension::Social => Text::new("人脉关系", "Social"),
    }
}
