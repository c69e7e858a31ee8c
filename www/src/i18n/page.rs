//! The page shell: title, notices, header buttons, tabs, loading and the footer.

use super::texts;

texts! {
    APP_TITLE => "信用模拟器", "Credit Simulator";
    TAGLINE => "描述你的用钱习惯，看看按评分放贷的机构会给你多少分、什么产品、真实年化利率与每一期还款。全部在浏览器内计算。",
        "Describe how you handle money and see the score a score-based lender would give you, the products, the true APR and every repayment. Everything runs in your browser.";
    NOTICE => "独立的教育用模拟器，与蚂蚁集团、支付宝、芝麻信用无任何关联；模型与数字仅为示意，不构成任何授信要约。",
        "An independent educational simulator; not affiliated with Ant Group, Alipay or Sesame Credit. Its model and numbers are illustrative, not an offer of credit.";
    PRIVACY => "不收集任何数据：没有服务器、没有账户、没有跟踪。", "Nothing leaves your browser: no server, no account, no tracking.";
    LINK_IN_ADDRESS_BAR => "地址栏中的链接即可重现当前场景。", "The link in the address bar reproduces this scenario.";
    SWITCH_LANG => "English", "中文";
    SWITCH_LANG_LABEL => "Switch to English", "切换到中文";
    RESET => "重置", "Reset";
    EMBED => "嵌入", "Embed";
    SKIP => "跳到结果", "Skip to results";
    SAVED_IGNORED => "已保存的数据来自旧版本或已损坏，已忽略并使用默认值。", "Saved data was from an older version or unreadable; it was ignored and defaults are shown.";
    LINK_IGNORED => "链接中的部分数据无法读取，已忽略：", "Part of the link could not be read and was ignored:";
    DISMISS => "关闭", "Dismiss";
    NAV_LABEL => "主要内容", "Sections";
    LOADING => "正在加载…", "Loading…";
    LOAD_FAILED => "这一部分未能加载，请刷新页面重试。", "This section could not be loaded; reload the page to try again.";
}
