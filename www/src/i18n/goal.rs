//! The Reach a goal tab: the target, the plan's steps, the months and the score month by month.

use super::texts;

texts! {
    TITLE => "达成目标", "Reach a goal";
    INTRO => "选一个目标：一个分数，或在现行规则下获得某个产品或免押服务。看最短的路径：现在就能做的改变、还需要多少个月按时还款，以及分数逐月的变化。", "Pick a target: a score, or a product or deposit-free service under the rules in force. See the shortest way there: the changes to make now, the months of on-time repayment that time must add, and the score month by month.";
    FORM => "目标", "The target";
    TARGET => "目标", "Target";
    A_SCORE => "一个分数", "A score";
    NEEDS => "需 {n} 分", "needs {n}";
    SCORE => "目标分数（350–950）", "Target score (350–950)";
    HORIZON => "最多用几个月（0–120）", "At most how many months (0–120)";
    SCORE_RANGE => "请输入 350 到 950 之间的整数。", "Enter a whole number from 350 to 950.";
    HORIZON_RANGE => "请输入 0 到 120 之间的整数。", "Enter a whole number from 0 to 120.";
    TARGET_CHOICE => "请选择一个目标。", "Choose a target.";
    STALE => "请修改标红的输入；仍显示上一次有效的方案。", "Fix the marked input; the last valid plan is still shown.";
    REACHABLE => "可以达成", "Reachable";
    UNREACHABLE => "在这个期限内达不到；下面是找到的最好方案。", "Not reachable within the horizon; below is the best plan found.";
    UNREACHABLE_SHORT => "期限内达不到", "Not within the horizon";
    ALREADY => "已经达成，无需改变。", "Already there: nothing to change.";
    START => "现在", "Now";
    FINAL => "按方案做到后", "With the plan";
    TARGET_SCORE => "目标分数", "Target score";
    MONTHS => "需要按时还款的月数", "On-time months needed";
    STEPS => "步骤", "Steps";
    STEP => "改变", "Change";
    FROM => "现在", "Now";
    TO => "改为", "To";
    GAIN => "分数变化", "Score change";
    WHEN => "何时", "When";
    WHEN_NOW => "现在就能做", "Now";
    WHEN_OVER_TIME => "随时间", "Over time";
    APPLY => "应用“现在”的步骤", "Apply the “now” steps";
    PLAY => "在信用旅程中演示", "Play it in the Journey";
    PLAY_HELP => "应用“现在”的步骤，并在信用旅程中把 {n} 个月标为按时还款。", "Applies the “now” steps and marks {n} months on time in the Journey.";
    TIMELINE => "分数逐月变化", "Score month by month";
}
