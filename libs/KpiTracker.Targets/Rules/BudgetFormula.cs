using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>How budget execution (预算执行率 = 执行数 ÷ 预算数) scores its points.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BudgetFormula>))]
public enum BudgetFormula
{
    /// <summary>points × min(rate, 1): spending beyond the budget earns nothing more (min(10 × 执行数 ÷ 预算数, 10)).</summary>
    [JsonStringEnumMemberName("capped")] Capped,
    /// <summary>
    /// points × rate up to 100 %, and past it points × (2 − rate), not below 0: an overspend loses as
    /// much as the same underspend, so the score is not capped at its points by fiat but by the deviation.
    /// </summary>
    [JsonStringEnumMemberName("deductOverspend")] DeductOverspend,
}
