//! The Offers tab.

use super::texts;

texts! {
    OFFERS => "可获得的产品", "Products you would be offered";
    TERMS => "期限", "Terms";
    METHODS => "还款方式", "Methods";
    INSTALLMENT_PLANS => "分期手续费", "Instalment fees";
    PERIODS => "期数", "Periods";
    FEE_RATE => "总手续费率", "Total fee";
    PLAN_THIS => "用这个产品做还款计划", "Plan this loan";
    NO_BUSINESS => "填写经营信息后可评估。", "Add a business to your profile to see this.";
    THRESHOLD => "门槛", "threshold";
    DECLINE_REASONS => "原因", "Why not";
    SEE_IMPROVEMENTS => "看看怎样提高分数", "See how to raise your score";
}
