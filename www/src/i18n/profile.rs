//! The profile form: its headings, the names of the choices, and the field errors. Each field's
//! own label is in its row of `scenario::fields::FIELDS`.

use credit_sim::error::ErrorCode;
use credit_sim::profile::{Education, Occupation};

use super::{texts, with_commas, Lang, Text};
use crate::scenario::fields::{Dim, Field, Kind};

texts! {
    PROFILE_TITLE => "你的画像", "Your profile";
    PRESETS => "预设", "Presets";
    PRESET_HELP => "选择一个预设画像", "Choose a preset profile";
    PRESET_NONE => "— 自定义 —", "— custom —";
    NEVER_OVERDUE => "从未逾期", "Never overdue";
    HAS_BUSINESS => "我经营小微企业 / 个体户", "I run a small business";
    REQUIRED => "必填。", "Required.";
}

/// The heading of a group of the form.
pub fn group(dim: Dim) -> Text {
    match dim {
        Dim::Scored(d) => super::score::dimension(d),
        Dim::Business => Text::new("小微经营", "Small business"),
    }
}

/// The name of an education level.
pub fn education(e: Education) -> Text {
    match e {
        Education::None => Text::new("无", "None"),
        Education::Secondary => Text::new("高中 / 中专", "Secondary school"),
        Education::Vocational => Text::new("大专", "Vocational college"),
        Education::Bachelor => Text::new("本科", "Bachelor's degree"),
        Education::Postgraduate => Text::new("研究生", "Postgraduate"),
    }
}

/// The name of an occupation.
pub fn occupation(o: Occupation) -> Text {
    match o {
        Occupation::CivilServant => Text::new("公务员 / 事业单位", "Civil servant"),
        Occupation::Employee => Text::new("企业员工", "Employee"),
        Occupation::SelfEmployed => Text::new("个体经营", "Self-employed"),
        Occupation::Freelancer => Text::new("自由职业", "Freelancer"),
        Occupation::Student => Text::new("学生", "Student"),
        Occupation::Retired => Text::new("退休", "Retired"),
        Occupation::Unemployed => Text::new("待业", "Not working"),
    }
}

/// A field error in `lang`, from the core's code and the field's own range (never the core's
/// English sentence).
pub fn error(lang: Lang, code: ErrorCode, field: Option<&Field>) -> String {
    let range = field.and_then(|f| match f.kind {
        Kind::Int { min, max, .. } => Some((min, max, false)),
        Kind::NullableInt { max, .. } => Some((0, max, false)),
        Kind::Amount { max, .. } => Some((0, max, true)),
        _ => None,
    });
    let (a, b) = range.map_or((String::new(), String::new()), |(a, b, _)| {
        (with_commas(a), with_commas(b))
    });
    match (code, range) {
        (ErrorCode::Missing, _) => lang.t(REQUIRED).to_owned(),
        (_, Some((_, _, false))) => match lang {
            Lang::Zh => format!("请输入 {a} 到 {b} 之间的整数。"),
            Lang::En => format!("Enter a whole number from {a} to {b}."),
        },
        (_, Some((_, _, true))) => match lang {
            Lang::Zh => format!("请输入 {a} 到 {b} 之间的金额（最多两位小数）。"),
            Lang::En => format!("Enter an amount from {a} to {b} (at most two decimals)."),
        },
        (ErrorCode::UnknownValue, None) => lang
            .pick("请从列表中选择。", "Choose a value from the list.")
            .to_owned(),
        (ErrorCode::BadDate, None) => lang
            .pick(
                "请输入有效日期（年-月-日）。",
                "Enter a real date (YYYY-MM-DD).",
            )
            .to_owned(),
        (ErrorCode::NotANumber | ErrorCode::WrongType | ErrorCode::NotFinite, None) => {
            lang.pick("请输入数字。", "Enter a number.").to_owned()
        }
        (ErrorCode::OutOfRange, None) => lang
            .pick("超出允许范围。", "Out of the allowed range.")
            .to_owned(),
        _ => lang
            .pick("该值无效。", "This value is not valid.")
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::fields::field;

    #[test]
    fn errors_name_the_range_in_each_language() {
        let age = field("age");
        assert_eq!(
            error(Lang::En, ErrorCode::OutOfRange, age),
            "Enter a whole number from 18 to 100."
        );
        assert_eq!(
            error(Lang::Zh, ErrorCode::NotANumber, age),
            "请输入 18 到 100 之间的整数。"
        );
        let income = field("monthlyIncome");
        assert!(error(Lang::En, ErrorCode::OutOfRange, income).contains("100,000,000"));
        assert_eq!(error(Lang::Zh, ErrorCode::Missing, income), "必填。");
        assert_eq!(
            error(Lang::En, ErrorCode::BadDate, None),
            "Enter a real date (YYYY-MM-DD)."
        );
    }
}
