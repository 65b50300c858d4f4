namespace KpiTracker.Declarations;

/// <summary>
/// How an indicator's period values roll up (汇总方式) and how often it is reported (报送频率) when
/// the form does not say, chosen from the target. The rule, in order:
/// <list type="number">
/// <item>qualitative (有所提升, 按时): <c>latest</c> — the owner's current judgement counts; monthly.</item>
/// <item>calendar durations in 年/月 (≥3年, >1年): <c>latest</c>, yearly — they are judged once a year.</item>
/// <item>"每月 …" in the target's label or the name (每月服务人员不少于16人, 每月 ≥ 1): <c>min</c> for
/// higher-is-better (a floor every month must hold), <c>max</c> for lower-is-better; monthly.</item>
/// <item>lower-is-better (≤2小时, ≤10%): <c>max</c> — a ceiling that must hold every time; except money
/// (≤90万元), which accumulates: <c>sum</c>. Monthly.</item>
/// <item>percent and bare numbers (≥90%, 满意度>90, =100%, 8.78): <c>mean</c> for percent (rates), <c>latest</c>
/// for a bare number (a level, not an increment). Monthly.</item>
/// <item>money (万元/元): <c>sum</c> — spending adds up. Monthly.</item>
/// <item>counts: 人 (a headcount, 党员人数 13人) <c>latest</c>; every other count (2批, ≥2次, 人次) <c>sum</c> of
/// the increments. Monthly.</item>
/// <item>other units (clock time with ≥, compound units): <c>latest</c>, monthly.</item>
/// </list>
/// </summary>
public static class IndicatorDefaults
{
    public static (Aggregation Aggregation, Frequency Frequency) For(Target target, string? name = null)
    {
        if (!target.IsQuantitative || target.Direction is not { } direction) return (Aggregation.Latest, Frequency.Monthly);
        var unit = target.Unit;
        if (unit.Dimension == Dimension.Duration && unit.Symbol is "年" or "月") return (Aggregation.Latest, Frequency.Yearly);

        var monthly = (target.Label?.Contains("每月", StringComparison.Ordinal) ?? false) || (name?.Contains("每月", StringComparison.Ordinal) ?? false);
        if (monthly) return (direction == Direction.LowerIsBetter ? Aggregation.Max : Aggregation.Min, Frequency.Monthly);

        if (direction == Direction.LowerIsBetter)
            return (unit.Dimension == Dimension.Money ? Aggregation.Sum : Aggregation.Max, Frequency.Monthly);

        return unit.Dimension switch
        {
            Dimension.Percent => (Aggregation.Mean, Frequency.Monthly),
            Dimension.Number => (Aggregation.Latest, Frequency.Monthly),
            Dimension.Money => (Aggregation.Sum, Frequency.Monthly),
            Dimension.Count => (unit.Symbol == "人" ? Aggregation.Latest : Aggregation.Sum, Frequency.Monthly),
            _ => (Aggregation.Latest, Frequency.Monthly),
        };
    }
}
