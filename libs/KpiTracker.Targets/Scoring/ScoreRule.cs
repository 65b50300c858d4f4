using System.Text.Json.Serialization;

namespace KpiTracker.Targets;

/// <summary>Which scoring rule gave an indicator's or the budget's score.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScoreRule>))]
public enum ScoreRule
{
    /// <summary>The target is met: full points.</summary>
    [JsonStringEnumMemberName("met")] Met,
    /// <summary>Higher-is-better or '=', not met: points × actual ÷ target.</summary>
    [JsonStringEnumMemberName("proportional")] Proportional,
    /// <summary>Lower-is-better, not met: points × target ÷ actual.</summary>
    [JsonStringEnumMemberName("lowerIsBetterRatio")] LowerIsBetterRatio,
    /// <summary>Lower-is-better, not met: points × (1 − (actual − target) ÷ target), not below 0.</summary>
    [JsonStringEnumMemberName("lowerIsBetterLinear")] LowerIsBetterLinear,
    /// <summary>A target of 0 or below that is not met: nothing to scale against, 0.</summary>
    [JsonStringEnumMemberName("unscalableTarget")] UnscalableTarget,
    /// <summary>Nothing reported: 0.</summary>
    [JsonStringEnumMemberName("noActual")] NoActual,
    /// <summary>Qualitative, no reviewer score: the lower bound of the judgement's band.</summary>
    [JsonStringEnumMemberName("judgementBandFloor")] JudgementBandFloor,
    /// <summary>Qualitative: the reviewer's score inside the judgement's band.</summary>
    [JsonStringEnumMemberName("reviewerScore")] ReviewerScore,
    /// <summary>Qualitative, not judged yet: 0.</summary>
    [JsonStringEnumMemberName("noJudgement")] NoJudgement,
    /// <summary>Marked not applicable: left out, the rest rescaled.</summary>
    [JsonStringEnumMemberName("notApplicable")] NotApplicable,
    /// <summary>Budget: points × min(执行数 ÷ 预算数, 1).</summary>
    [JsonStringEnumMemberName("budgetCapped")] BudgetCapped,
    /// <summary>Budget: points × rate up to 100 %, points × (2 − rate) past it, not below 0.</summary>
    [JsonStringEnumMemberName("budgetDeductOverspend")] BudgetDeductOverspend,
}
