//! The model card's words for each characteristic: its name and its bins' labels, in English
//! and Chinese, in the order of `CHARACTERISTICS`. Kept apart from the scorecard so that scoring
//! (in the page's first load) carries points only; the Learn tab and MODEL.md show these.

/// A name in Chinese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Name {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

/// One characteristic's words: its id, its name and each bin's label `(English, Chinese)`.
pub(super) type Words = (&'static str, Name, &'static [(&'static str, &'static str)]);

const fn name(zh: &'static str, en: &'static str) -> Name {
    Name { zh, en }
}

/// The words of every characteristic, in scorecard order.
pub(super) static WORDS: [Words; 30] = [
    (
        "creditAge",
        name("信用账龄", "Credit age"),
        &[
            ("<6 months", "<6 个月"),
            ("6–11 months", "6–11 个月"),
            ("12–23 months", "12–23 个月"),
            ("24–47 months", "24–47 个月"),
            ("48–95 months", "48–95 个月"),
            ("96–179 months", "96–179 个月"),
            ("180+ months", "180 个月以上"),
        ],
    ),
    (
        "onTimeRepayment",
        name("按时还款", "On-time repayment"),
        &[
            ("<80 %", "<80 %"),
            ("80–89 %", "80–89 %"),
            ("thin file (no repayment due)", "薄档案（无应还款）"),
            ("90–94 %", "90–94 %"),
            ("95–97 %", "95–97 %"),
            ("98–99 %", "98–99 %"),
            ("100 %", "100 %"),
        ],
    ),
    (
        "repaymentDepth",
        name("按时还款笔数", "Repayment depth"),
        &[
            ("none, or <95 % on time", "无，或按时率 <95 %"),
            ("1–5 on time", "按时 1–5 笔"),
            ("6–11 on time", "按时 6–11 笔"),
            ("12–23 on time", "按时 12–23 笔"),
            ("24–47 on time", "按时 24–47 笔"),
            ("48–95 on time", "按时 48–95 笔"),
            ("96+ on time", "按时 96+ 笔"),
        ],
    ),
    (
        "worstOverdue",
        name("最长逾期", "Worst overdue"),
        &[
            ("91+ days", "91 天以上"),
            ("61–90 days", "61–90 天"),
            ("31–60 days", "31–60 天"),
            ("4–30 days", "4–30 天"),
            ("1–3 days", "1–3 天"),
            ("none", "无逾期"),
        ],
    ),
    (
        "sinceOverdue",
        name("距上次逾期", "Time since overdue"),
        &[
            ("<3 months", "<3 个月"),
            ("3–5 months", "3–5 个月"),
            ("6–11 months", "6–11 个月"),
            ("12–23 months", "12–23 个月"),
            ("24–59 months", "24–59 个月"),
            ("60+ months", "60 个月以上"),
            ("never overdue", "从未逾期"),
        ],
    ),
    (
        "creditUtilization",
        name("额度使用率", "Credit utilisation"),
        &[
            (">90 %", ">90 %"),
            ("71–90 %", "71–90 %"),
            ("51–70 %", "51–70 %"),
            ("31–50 %", "31–50 %"),
            ("≤30 %", "≤30 %"),
        ],
    ),
    (
        "recentApplications",
        name("近期申请次数", "Recent applications"),
        &[
            ("7+", "7+"),
            ("5–6", "5–6"),
            ("3–4", "3–4"),
            ("2", "2"),
            ("1", "1"),
            ("0", "0"),
        ],
    ),
    (
        "depositFreeUses",
        name("免押使用次数", "Deposit-free uses"),
        &[
            ("0", "0"),
            ("1–2", "1–2"),
            ("3–5", "3–5"),
            ("6–11", "6–11"),
            ("12–23", "12–23"),
            ("24+", "24+"),
        ],
    ),
    (
        "brokenContracts",
        name("违约记录", "Broken contracts"),
        &[("3+", "3+"), ("2", "2"), ("1", "1"), ("0", "0")],
    ),
    (
        "dishonestDebtor",
        name("失信被执行人", "Dishonest-debtor list"),
        &[
            ("on the list (knock-out)", "在名单上（一票否决）"),
            ("not on the list", "不在名单上"),
        ],
    ),
    (
        "activeMonths",
        name("活跃月数", "Active months"),
        &[
            ("0", "0"),
            ("1–3", "1–3"),
            ("4–6", "4–6"),
            ("7–9", "7–9"),
            ("10–11", "10–11"),
            ("12", "12"),
        ],
    ),
    (
        "monthlySpend",
        name("月均消费", "Monthly spending"),
        &[
            ("<¥500", "<¥500"),
            ("¥500–1,499", "¥500–1,499"),
            ("¥1,500–2,999", "¥1,500–2,999"),
            ("¥3,000–5,999", "¥3,000–5,999"),
            ("¥6,000–9,999", "¥6,000–9,999"),
            ("¥10,000+", "¥10,000+"),
        ],
    ),
    (
        "billsOnTime",
        name("账单按时缴费", "Bills on time"),
        &[
            ("<60 %", "<60 %"),
            ("60–79 %", "60–79 %"),
            ("80–89 %", "80–89 %"),
            ("90–94 %", "90–94 %"),
            ("95–98 %", "95–98 %"),
            ("99–100 %", "99–100 %"),
        ],
    ),
    (
        "essentialSpend",
        name("必需品消费占比", "Essential spending"),
        &[
            ("<30 %", "<30 %"),
            ("30–49 %", "30–49 %"),
            ("50–69 %", "50–69 %"),
            ("70+ %", "70+ %"),
        ],
    ),
    (
        "savingsProducts",
        name("理财产品", "Savings products"),
        &[("no", "否"), ("yes", "是")],
    ),
    (
        "monthlyIncome",
        name("月收入", "Monthly income"),
        &[
            ("<¥3,000", "<¥3,000"),
            ("¥3,000–4,999", "¥3,000–4,999"),
            ("¥5,000–7,999", "¥5,000–7,999"),
            ("¥8,000–11,999", "¥8,000–11,999"),
            ("¥12,000–19,999", "¥12,000–19,999"),
            ("¥20,000–49,999", "¥20,000–49,999"),
            ("¥50,000+", "¥50,000+"),
        ],
    ),
    (
        "debtToIncome",
        name("负债收入比", "Debt to income"),
        &[
            (">35 %", ">35 %"),
            ("25–35 %", "25–35 %"),
            ("20–25 %", "20–25 %"),
            ("≤20 % or no debt", "≤20 % 或无负债"),
        ],
    ),
    (
        "liquidAssets",
        name("流动资产", "Liquid assets"),
        &[
            ("<¥10,000", "<¥10,000"),
            ("¥10,000–49,999", "¥10,000–49,999"),
            ("¥50,000–199,999", "¥50,000–199,999"),
            ("¥200,000+", "¥200,000+"),
        ],
    ),
    (
        "ownsHome",
        name("房产", "Home ownership"),
        &[("no", "否"), ("yes", "是")],
    ),
    (
        "ownsCar",
        name("车辆", "Car ownership"),
        &[("no", "否"), ("yes", "是")],
    ),
    (
        "housingFund",
        name("公积金", "Housing fund"),
        &[("no", "否"), ("yes", "是")],
    ),
    (
        "business",
        name("经营状况", "Business standing"),
        &[
            (
                "business <12 months or revenue falling >20 %",
                "经营不足 12 个月或营收下滑超 20 %",
            ),
            ("no business", "无经营"),
            ("business 12–35 months", "经营 12–35 个月"),
            ("business 36+ months", "经营 36 个月以上"),
        ],
    ),
    (
        "age",
        name("年龄", "Age"),
        &[
            ("18–25", "18–25"),
            ("26–34", "26–34"),
            ("35–44", "35–44"),
            ("45+", "45+"),
        ],
    ),
    (
        "realNameVerified",
        name("实名认证", "Real-name verification"),
        &[("no (knock-out)", "否（一票否决）"), ("yes", "是")],
    ),
    (
        "education",
        name("学历", "Education"),
        &[
            ("none", "无"),
            ("secondary school", "高中 / 中专"),
            ("vocational college", "大专"),
            ("bachelor's degree", "本科"),
            ("postgraduate", "研究生"),
        ],
    ),
    (
        "occupation",
        name("职业", "Occupation"),
        &[
            ("not working", "待业"),
            ("student", "学生"),
            ("freelancer", "自由职业"),
            ("self-employed", "个体经营"),
            ("retired", "退休"),
            ("employee", "企业员工"),
            ("civil servant", "公务员 / 事业单位"),
        ],
    ),
    (
        "yearsAtJob",
        name("工作年限", "Years at the job"),
        &[
            ("0 (<1 year)", "0（不足 1 年）"),
            ("1–3 years", "1–3 年"),
            ("4–6 years", "4–6 年"),
            ("7+ years", "7 年以上"),
        ],
    ),
    (
        "phoneYears",
        name("手机号使用年限", "Years with the phone number"),
        &[
            ("0", "0"),
            ("1–2", "1–2"),
            ("3–5", "3–5"),
            ("6–9", "6–9"),
            ("10–14", "10–14"),
            ("15+", "15+"),
        ],
    ),
    (
        "contactsGoodCredit",
        name("联系人信用", "Contacts in good standing"),
        &[
            ("<50 %", "<50 %"),
            ("50–69 %", "50–69 %"),
            ("70–84 %", "70–84 %"),
            ("85–94 %", "85–94 %"),
            ("95+ %", "95+ %"),
        ],
    ),
    (
        "verifiedContacts",
        name("已验证联系人", "Verified contacts"),
        &[
            ("0", "0"),
            ("1–19", "1–19"),
            ("20–49", "20–49"),
            ("50–149", "50–149"),
            ("150–499", "150–499"),
            ("500+", "500+"),
        ],
    ),
];
