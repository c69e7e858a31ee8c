//! The embedded page and the Embed dialog.

use super::texts;

texts! {
    TITLE => "嵌入", "Embedded";
    NOTICE => "独立的教育用模拟器；数字仅为示意，不构成授信要约。", "An independent educational simulator; its figures are illustrative, not an offer of credit.";
    OPEN_FULL => "在完整模拟器中打开", "Open in the full simulator";
    UNKNOWN_VIEW => "模拟器没有名为“{view}”的部分。可嵌入的部分：score、offers、plan、compare、journey、learn、quote、revolving、goal、workbench。", "The simulator has no part called \"{view}\". The parts that can be embedded: score, offers, plan, compare, journey, learn, quote, revolving, goal, workbench.";
}

texts! {
    DIALOG_TITLE => "把模拟器嵌入你的页面", "Embed the simulator in your page";
    DIALOG_INTRO => "选择要嵌入的部分与设置，复制下面的代码贴到你的网页中。嵌入的部分在读者的浏览器中计算，不会发送任何数据。", "Pick the part and its settings, then paste a snippet into your page. The embedded part computes in the reader's browser; nothing is sent anywhere.";
    CLOSE => "关闭", "Close";
    PART => "部分", "Part";
    LANGUAGE => "语言", "Language";
    READER_LANG => "跟随读者的浏览器", "The reader's browser";
    LOCK => "锁定（示例：所有输入只读，数字即链接中的数字）", "Locked (a worked example: every input read-only, the figures those of the link)";
    FIELDS => "显示的画像字段", "Profile fields shown beside the part";
    CHOOSE_FIELDS => "自选字段（否则：评分显示完整表单，其他部分不显示）", "Choose the fields (otherwise: the whole form for the score, none for the other parts)";
    PREVIEW => "预览", "Preview";
    SNIPPETS => "代码", "Snippets";
    SNIPPET_ELEMENT => "推荐：自定义元素（自动调整高度）", "Recommended: the custom element (it sizes itself)";
    SNIPPET_IFRAME => "不允许脚本的网站：普通 iframe", "For sites that allow no scripts: a plain iframe";
    COPY => "复制", "Copy";
    COPIED => "已复制到剪贴板。", "Copied to the clipboard.";
    SELECTED => "已选中代码，请按 Ctrl+C（或 ⌘C）复制。", "The snippet is selected: press Ctrl+C (or ⌘C) to copy it.";
    CURRENT_SCENARIO => "代码带有当前的情景（画像、计划、规则）。", "The snippets carry the current scenario (profile, plans, rules).";
}

/// The name of a part in the dialog's list and the frame's title.
pub fn part(tab: crate::scenario::Tab) -> super::Text {
    use super::Text;
    use crate::scenario::Tab;
    match tab {
        Tab::Score => Text::new("信用分", "The score"),
        Tab::Offers => Text::new("可获得的产品", "The offers"),
        Tab::Plan => Text::new("还款计划", "A loan plan"),
        Tab::Compare => Text::new("方案对比", "Two plans compared"),
        Tab::Quote => Text::new("核算真实年化", "Check a quote"),
        Tab::Trap => Text::new("最低还款陷阱", "The minimum-payment trap"),
        Tab::Goal => Text::new("达成目标", "Reach a goal"),
        Tab::Journey => Text::new("信用旅程", "The credit journey"),
        Tab::Learn => Text::new("了解模型", "How the model works"),
        Tab::Workbench => Text::new("产品规则工作台", "The product rules workbench"),
    }
}
