//! Words about money that several views share: rates, products, methods, legal lines, deposit-free
//! services and why a product is declined.

use credit_sim::offers::{DeclineReason, Service};

use super::{texts, Text};
use crate::scenario::loan::Product;

texts! {
    APR => "年化利率（APR）", "APR";
    APR_SHORT => "年化", "APR";
    DAILY_RATE => "日利率", "Daily rate";
    SIMPLE_RATE => "单利年利率", "Simple annual rate";
    EFFECTIVE_RATE => "实际年化（复利）", "Effective annual rate";
    LIMIT => "额度", "Limit";
    LEGAL_LINES => "法定利率红线", "Legal rate lines";
    ABOVE_24 => "超过 24%：超出部分不受法律保护", "Above 24%: the excess is not protected by law";
    ABOVE_36 => "超过 36%：超出部分无效", "Above 36%: the excess is void";
    ABOVE_LPR => "超过 4 倍 LPR（民间借贷上限）", "Above 4 × LPR (private-lending cap)";
    WITHIN_24 => "≤ 24%", "≤ 24%";
    WITHIN_36 => "≤ 36%", "≤ 36%";
    PAST_24 => "> 24%", "> 24%";
    PAST_36 => "> 36%", "> 36%";
    PAST_LPR => "> 4×LPR", "> 4×LPR";
    ELIGIBLE => "可获得", "Eligible";
    NOT_ELIGIBLE => "不可获得", "Not eligible";
}

/// A product's name.
pub fn product(p: Product) -> Text {
    match p {
        Product::CreditLoan => Text::new("信用贷（借呗式）", "Credit loan (Jiebei-style)"),
        Product::CreditLine => Text::new("先用后付额度（花呗式）", "Credit line (Huabei-style)"),
        Product::MicroBusiness => Text::new("小微经营贷", "Micro-business loan"),
        Product::Custom => Text::new(
            "自定义贷款（自填年利率）",
            "Custom loan (your own annual rate)",
        ),
    }
}

/// A repayment method's name, by the core's API name (the planner's select holds these).
pub fn method(name: &str) -> Text {
    credit_sim::money::Method::ALL
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(
            Text::new("（未知方式）", "(unknown method)"),
            |(_, m)| method_of(*m),
        )
}

/// A repayment method's name.
pub fn method_of(m: credit_sim::money::Method) -> Text {
    use credit_sim::money::Method;
    match m {
        Method::EqualInstallment => Text::new("等额本息", "Equal instalments"),
        Method::EqualPrincipal => Text::new("等额本金", "Equal principal"),
        Method::InterestFirst => Text::new("先息后本", "Interest first"),
        Method::Bullet => Text::new("一次性还本付息", "Bullet (all at the end)"),
        Method::FeeInstallment => Text::new("分期手续费", "Fee instalments"),
    }
}

/// Why a product is declined.
pub fn decline(reason: DeclineReason) -> Text {
    match reason {
        DeclineReason::ScoreBelowMinimum => {
            Text::new("分数低于产品门槛", "Score below the product's minimum")
        }
        DeclineReason::Affordability => Text::new(
            "收入不足以承担更多月供（负债收入比超限）",
            "Income cannot carry more debt service",
        ),
        DeclineReason::LimitBelowMinimum => Text::new(
            "可给额度低于产品最低额度",
            "The affordable limit is below the minimum",
        ),
        DeclineReason::DishonestDebtor => {
            Text::new("被列为失信被执行人", "On the dishonest-debtor list")
        }
        DeclineReason::NotRealNameVerified => Text::new("未实名认证", "Not real-name verified"),
        DeclineReason::BusinessTooYoung => Text::new("经营时间太短", "The business is too young"),
    }
}

/// A deposit-free service's name.
pub fn service(s: Service) -> Text {
    match s {
        Service::Hotel => Text::new("酒店免押", "Hotel, no deposit"),
        Service::Rental => Text::new("租物免押", "Rentals, no deposit"),
        Service::CarHire => Text::new("租车免押", "Car hire, no deposit"),
    }
}

/// A deposit-free service's short name, where "deposit-free" is already said.
pub fn service_short(s: Service) -> Text {
    match s {
        Service::Hotel => Text::new("酒店", "Hotel"),
        Service::Rental => Text::new("租物", "Rentals"),
        Service::CarHire => Text::new("租车", "Car hire"),
    }
}
