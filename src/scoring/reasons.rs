//! Reason codes: the characteristics that cost the most points, with a plain sentence and the
//! action that would help, in Chinese and English.

use serde::Serialize;

use super::characteristics::{Characteristic, Dimension, CHARACTERISTICS};
use crate::profile::Profile;

/// At most this many reasons are given.
pub const MAX_REASONS: usize = 4;

/// A language of the texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 中文.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Reads a language tag: anything starting with `zh` is Chinese, everything else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// One reason the score is not higher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// The reason code: a characteristic id (`"creditUtilization"`), or `"thinFile"`.
    pub code: &'static str,
    /// The dimension it counts in.
    pub dimension: Dimension,
    /// Points below the characteristic's best bin.
    pub points_lost: u32,
}

/// (code, sentence zh, sentence en, action zh, action en).
type Texts = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const TEXTS: [Texts; 31] = [
    (
        "creditAge",
        "信用记录时间较短。",
        "Your credit history is short.",
        "保持现有账户正常使用，时间会让记录变长。",
        "Keep your oldest accounts open and in good standing; time lengthens the record.",
    ),
    (
        "onTimeRepayment",
        "近24个月有未按时还款。",
        "Some repayments in the last 24 months were late.",
        "设置自动还款，每一期都按时还。",
        "Set up automatic repayment and pay every instalment on time.",
    ),
    (
        "thinFile",
        "近24个月没有到期的还款记录（信用白户）。",
        "No repayments fell due in the last 24 months (a thin file).",
        "使用一款小额信用产品并按时还款，建立记录。",
        "Use a small credit product and repay on time to build a record.",
    ),
    (
        "repaymentDepth",
        "按时还款的记录还不多。",
        "Your record of on-time repayments is still short.",
        "继续按时还款，记录越长越有说服力。",
        "Keep repaying on time; a longer record counts for more.",
    ),
    (
        "worstOverdue",
        "近24个月有较长的逾期。",
        "You had a long overdue in the last 24 months.",
        "还清逾期欠款，之后保持按时；影响会随时间减弱。",
        "Clear any overdue balance and stay on time; the effect fades with time.",
    ),
    (
        "sinceOverdue",
        "最近一次逾期距今不久。",
        "Your latest overdue was recent.",
        "从现在起每期按时还款，时间越久影响越小。",
        "Pay on time from now on; the longer ago, the less it counts.",
    ),
    (
        "creditUtilization",
        "信用额度使用率偏高。",
        "You use a high share of your credit limits.",
        "把循环额度的使用率降到30%以下。",
        "Bring revolving balances below 30 % of your limits.",
    ),
    (
        "recentApplications",
        "近3个月申请信贷较多（多头借贷）。",
        "Many credit applications in the last 3 months.",
        "暂停新的借款申请，只申请真正需要的。",
        "Pause new credit applications; apply only when you need to.",
    ),
    (
        "depositFreeUses",
        "免押服务的履约记录较少。",
        "Few deposit-free services completed on time.",
        "使用免押租借等服务并按时归还。",
        "Use deposit-free rentals and return them on time.",
    ),
    (
        "brokenContracts",
        "有未履约的租赁、费用或罚款。",
        "You have unpaid rentals, fees or fines.",
        "结清未付的费用和罚款。",
        "Settle the unpaid fees and fines.",
    ),
    (
        "dishonestDebtor",
        "被列入失信被执行人名单。",
        "You are on the list of dishonest debtors.",
        "履行法院判决并申请移出名单。",
        "Satisfy the court judgement and ask to be removed from the list.",
    ),
    (
        "activeMonths",
        "近12个月有规律付款的月份较少。",
        "Few months with regular payments in the last 12.",
        "每月保持稳定的日常支付。",
        "Keep regular everyday payments every month.",
    ),
    (
        "monthlySpend",
        "月消费记录较少。",
        "Little recorded monthly spending.",
        "日常消费可通过同一账户支付，形成稳定记录。",
        "Pay everyday spending through one account to build a steady record.",
    ),
    (
        "billsOnTime",
        "水电、话费或房租有未按时缴纳。",
        "Some utility, phone or rent bills were paid late.",
        "为账单设置自动扣款。",
        "Set bills to pay automatically.",
    ),
    (
        "essentialSpend",
        "必需品支出占比较低，可选消费较多。",
        "A small share of spending goes on essentials.",
        "控制非必要消费。",
        "Cut back on non-essential spending.",
    ),
    (
        "savingsProducts",
        "没有储蓄或理财产品。",
        "You hold no savings or wealth products.",
        "每月存入一小笔到储蓄或货币基金。",
        "Put a small amount into savings or a money-market fund each month.",
    ),
    (
        "monthlyIncome",
        "收入水平较低。",
        "Your income is modest.",
        "如有其他稳定收入，可以补充收入证明。",
        "Add proof of any other steady income.",
    ),
    (
        "debtToIncome",
        "每月还债占收入比例偏高。",
        "Debt payments take a large share of your income.",
        "先还清部分欠款，把月供降到收入的20%以下。",
        "Pay down debts so that payments stay under 20 % of income.",
    ),
    (
        "liquidAssets",
        "存款和货币基金较少。",
        "You have few deposits and money-market funds.",
        "逐步积累应急储蓄。",
        "Build up emergency savings step by step.",
    ),
    (
        "ownsHome",
        "没有自有住房。",
        "You do not own a home.",
        "这一项变化较慢，可以先改善其他方面。",
        "This changes slowly; work on the other reasons first.",
    ),
    (
        "ownsCar",
        "没有自有车辆。",
        "You do not own a car.",
        "这一项影响较小，可以先改善其他方面。",
        "This counts little; work on the other reasons first.",
    ),
    (
        "housingFund",
        "没有缴纳住房公积金。",
        "You do not pay into the housing provident fund.",
        "如单位可以缴纳，开通公积金。",
        "Join the housing provident fund if your employer offers it.",
    ),
    (
        "business",
        "经营时间较短或营收下滑。",
        "Your business is young or its revenue is falling.",
        "保持经营稳定并留存经营流水。",
        "Keep the business steady and keep records of its turnover.",
    ),
    (
        "age",
        "年龄段的统计违约率较高。",
        "Your age group defaults more often on average.",
        "这一项无法改变，会随时间改善。",
        "Nothing to do here; it improves with time.",
    ),
    (
        "realNameVerified",
        "未完成实名认证。",
        "You are not real-name verified.",
        "完成实名认证。",
        "Complete real-name verification.",
    ),
    (
        "education",
        "学历信息得分较低。",
        "Your education counts for few points.",
        "可以补充学历信息。",
        "Add your education details if they are missing.",
    ),
    (
        "occupation",
        "职业的稳定性得分较低。",
        "Your occupation counts for few points.",
        "补充工作或收入证明。",
        "Add proof of work or income.",
    ),
    (
        "yearsAtJob",
        "当前工作年限较短。",
        "You have been in your current job a short time.",
        "稳定的工作年限会逐步加分。",
        "A steady job adds points as the years pass.",
    ),
    (
        "phoneYears",
        "手机号使用时间较短。",
        "You have used your mobile number a short time.",
        "长期使用同一个手机号。",
        "Keep using the same mobile number.",
    ),
    (
        "contactsGoodCredit",
        "联系人中信用良好的比例较低。",
        "A smaller share of your contacts are in good standing.",
        "这一项权重很小，先改善其他方面。",
        "This counts little; work on the other reasons first.",
    ),
    (
        "verifiedContacts",
        "已验证的联系人较少。",
        "You have few verified contacts.",
        "补充并验证常用联系人。",
        "Add and verify your usual contacts.",
    ),
];

fn texts(code: &str) -> Option<&'static Texts> {
    TEXTS.iter().find(|t| t.0 == code)
}

/// Every reason code, in model order (each characteristic id, and `"thinFile"`).
pub fn reason_codes() -> impl Iterator<Item = &'static str> {
    TEXTS.iter().map(|t| t.0)
}

/// The plain sentence of a reason code in `lang` (empty text for an unknown code).
///
/// ```
/// use credit_sim::scoring::{reason_text, Lang};
/// assert_eq!(reason_text("creditUtilization", Lang::En), "You use a high share of your credit limits.");
/// ```
pub fn reason_text(code: &str, lang: Lang) -> &'static str {
    texts(code).map_or("", |t| match lang {
        Lang::Zh => t.1,
        Lang::En => t.2,
    })
}

/// The action that would help, for a reason code, in `lang` (empty text for an unknown code).
pub fn reason_action(code: &str, lang: Lang) -> &'static str {
    texts(code).map_or("", |t| match lang {
        Lang::Zh => t.3,
        Lang::En => t.4,
    })
}

fn code_of(c: &Characteristic, profile: &Profile) -> &'static str {
    if matches!(c.id, "onTimeRepayment" | "repaymentDepth") && profile.repayments_last24m == 0 {
        "thinFile"
    } else {
        c.id
    }
}

/// The characteristics that cost the most points against their best bin: at most four, most
/// points lost first (ties in model order), none that lose nothing. For a thin file the on-time
/// and depth characteristics are one reason, `thinFile`, with their losses added.
pub fn reasons(profile: &Profile) -> Vec<Reason> {
    let mut all: Vec<Reason> = Vec::new();
    for c in &CHARACTERISTICS {
        let code = code_of(c, profile);
        let lost = c.max_points().saturating_sub(c.points(profile));
        if lost == 0 {
            continue;
        }
        // A thin file's two repayment characteristics make one reason, `thinFile`.
        match all.iter_mut().find(|r| r.code == code) {
            Some(r) => r.points_lost += lost,
            None => all.push(Reason {
                code,
                dimension: c.dimension,
                points_lost: lost,
            }),
        }
    }
    // A stable sort keeps model order among equal losses.
    super::most_first(&mut all, |r| r.points_lost);
    all.truncate(MAX_REASONS);
    all
}
