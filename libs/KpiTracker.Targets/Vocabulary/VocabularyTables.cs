namespace KpiTracker.Targets;

// The data behind Vocabulary: one table per enum. Aliases are spellings found in published
// forms (labels without the trailing 指标, older framework names, the long funding names),
// so an import of a real form does not fail on wording.
internal static class VocabularyTables
{
    private static VocabularyEntry E<T>(T value, string code, string label, params string[] aliases) where T : struct, Enum =>
        new(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), code, label, aliases);

    public static VocabularyEntry[] For(Type type)
    {
        if (type == typeof(Level1)) return
        [
            E(Level1.Output, "output", "产出指标", "产出"),
            E(Level1.Cost, "cost", "成本指标", "成本"),
            E(Level1.Benefit, "benefit", "效益指标", "效益"),
            E(Level1.Satisfaction, "satisfaction", "满意度指标", "满意度"),
        ];
        if (type == typeof(Level2)) return
        [
            E(Level2.Quantity, "quantity", "数量指标", "数量"),
            E(Level2.Quality, "quality", "质量指标", "质量"),
            E(Level2.Timeliness, "timeliness", "时效指标", "时效"),
            E(Level2.Cost, "cost", "成本指标", "成本"),
            E(Level2.Economic, "economic", "经济效益指标", "经济效益"),
            E(Level2.Social, "social", "社会效益指标", "社会效益"),
            E(Level2.Ecological, "ecological", "生态效益指标", "生态效益"),
            E(Level2.Sustainability, "sustainability", "可持续影响指标", "可持续影响", "可持续发展影响指标", "可持续发展影响"),
            E(Level2.Satisfaction, "satisfaction", "服务对象满意度指标", "服务对象满意度", "社会公众满意度指标", "社会公众满意度",
                "满意度指标", "满意度"),
            E(Level2.EconomicCost, "economicCost", "经济成本指标", "经济成本"),
            E(Level2.SocialCost, "socialCost", "社会成本指标", "社会成本"),
            E(Level2.EcologicalCost, "ecologicalCost", "生态环境成本指标", "生态环境成本"),
        ];
        if (type == typeof(Standard)) return
        [
            E(Standard.Plan, "plan", "计划标准", "计划"),
            E(Standard.Industry, "industry", "行业标准", "行业"),
            E(Standard.Historical, "historical", "历史标准", "历史"),
            E(Standard.Other, "other", "其他", "其他标准"),
        ];
        if (type == typeof(Aggregation)) return
        [
            E(Aggregation.Latest, "latest", "最新值"),
            E(Aggregation.Sum, "sum", "累计"),
            E(Aggregation.Mean, "mean", "平均"),
            E(Aggregation.Min, "min", "最小值"),
            E(Aggregation.Max, "max", "最大值"),
        ];
        if (type == typeof(Frequency)) return
        [
            E(Frequency.Monthly, "monthly", "月度", "每月"),
            E(Frequency.Quarterly, "quarterly", "季度", "每季度"),
            E(Frequency.HalfYearly, "halfYearly", "半年", "每半年"),
            E(Frequency.Yearly, "yearly", "年度", "每年"),
        ];
        if (type == typeof(Judgement)) return
        [
            E(Judgement.Achieved, "achieved", "达成", "已达成"),
            E(Judgement.PartiallyAchieved, "partiallyAchieved", "部分达成"),
            E(Judgement.NotAchieved, "notAchieved", "未达成"),
        ];
        if (type == typeof(Likelihood)) return
        [
            E(Likelihood.Certain, "certain", "确定能"),
            E(Likelihood.Possible, "possible", "有可能"),
            E(Likelihood.Impossible, "impossible", "完全不可能"),
        ];
        if (type == typeof(DeviationReason)) return
        [
            E(DeviationReason.Funding, "funding", "经费保障"),
            E(DeviationReason.Rules, "rules", "制度保障"),
            E(DeviationReason.Staffing, "staffing", "人员保障"),
            E(DeviationReason.Hardware, "hardware", "硬件条件保障"),
            E(DeviationReason.Other, "other", "其他"),
        ];
        if (type == typeof(Light)) return
        [
            E(Light.Green, "green", "绿灯"),
            E(Light.Yellow, "yellow", "黄灯"),
            E(Light.Red, "red", "红灯"),
            E(Light.Blue, "blue", "蓝灯"),
            E(Light.Grey, "grey", "灰灯", "gray"),
        ];
        if (type == typeof(Status)) return
        [
            E(Status.Met, "met", "已达成"),
            E(Status.Pending, "pending", "进行中"),
            E(Status.Missed, "missed", "未达成"),
            E(Status.NoData, "noData", "未填报"),
        ];
        if (type == typeof(Grade)) return
        [
            E(Grade.Excellent, "excellent", "优", "优秀"),
            E(Grade.Good, "good", "良", "良好"),
            E(Grade.Fair, "fair", "中", "中等"),
            E(Grade.Poor, "poor", "差", "较差"),
        ];
        if (type == typeof(ProjectType)) return
        [
            E(ProjectType.OneOff, "oneOff", "一次性", "一次性项目"),
            E(ProjectType.Recurring, "recurring", "常年性", "常年性项目", "经常性", "经常性项目"),
            E(ProjectType.Continuing, "continuing", "延续性", "延续性项目"),
            E(ProjectType.DepartmentOverall, "departmentOverall", "部门整体支出", "部门整体支出绩效目标"),
        ];
        if (type == typeof(DeclarationStatus)) return
        [
            // 待送审 (waiting to be sent for review) is how the list tabs of the systems in use name a draft.
            E(DeclarationStatus.Draft, "draft", "草稿", "待送审", "未送审"),
            E(DeclarationStatus.Submitted, "submitted", "已送审", "送审", "待审核", "审核中"),
            E(DeclarationStatus.Approved, "approved", "已批复", "批复", "已审核", "审核通过"),
            E(DeclarationStatus.Returned, "returned", "被退回", "退回", "已退回"),
        ];
        if (type == typeof(MonitoringStatus)) return
        [
            E(MonitoringStatus.NotSubmitted, "notSubmitted", "未提交", "待提交"),
            E(MonitoringStatus.Submitted, "submitted", "已提交", "提交", "待审核", "审核中"),
            E(MonitoringStatus.Accepted, "accepted", "已接受", "接受", "审核通过"),
            E(MonitoringStatus.Returned, "returned", "被退回", "退回", "已退回"),
            E(MonitoringStatus.Reopened, "reopened", "已重新打开", "重新打开"),
        ];
        if (type == typeof(FundingSource)) return
        [
            E(FundingSource.GeneralPublicBudget, "generalPublicBudget", "一般公共预算", "公共预算财政拨款", "一般公共预算财政拨款"),
            E(FundingSource.GovernmentFund, "governmentFund", "政府性基金预算财政拨款", "政府性基金预算", "政府性基金"),
            E(FundingSource.Other, "other", "其他资金", "其他"),
        ];
        if (type == typeof(Direction)) return
        [
            E(Direction.HigherIsBetter, "higherIsBetter", "越高越好"),
            E(Direction.LowerIsBetter, "lowerIsBetter", "越低越好"),
            E(Direction.Equal, "equal", "等于"),
        ];
        if (type == typeof(Comparator)) return
        [
            E(Comparator.GreaterOrEqual, ">=", "≥", "≧", "＞＝", "不低于", "不少于", "至少", "达到"),
            E(Comparator.LessOrEqual, "<=", "≤", "≦", "＜＝", "不高于", "不超过", "不多于"),
            E(Comparator.Greater, ">", "＞", "大于", "高于", "超过"),
            E(Comparator.Less, "<", "＜", "小于", "低于"),
            E(Comparator.Equal, "=", "＝", "等于"),
        ];
        if (type == typeof(TargetKind)) return
        [
            E(TargetKind.Quantitative, "quantitative", "定量"),
            E(TargetKind.Qualitative, "qualitative", "定性"),
        ];
        if (type == typeof(PeriodKind)) return
        [
            E(PeriodKind.Month, "month", "月"),
            E(PeriodKind.Quarter, "quarter", "季度"),
            E(PeriodKind.Half, "half", "半年"),
            E(PeriodKind.Year, "year", "年"),
        ];
        if (type == typeof(Dimension)) return
        [
            E(Dimension.Number, "number", "数值"),
            E(Dimension.Percent, "percent", "百分比"),
            E(Dimension.Duration, "duration", "时间"),
            E(Dimension.Money, "money", "金额"),
            E(Dimension.Count, "count", "数量"),
            E(Dimension.Compound, "compound", "复合单位"),
        ];
        throw new NotSupportedException($"{type.Name} is not part of the vocabulary.");
    }
}
