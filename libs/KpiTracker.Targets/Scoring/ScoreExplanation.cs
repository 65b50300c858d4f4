namespace KpiTracker.Targets;

/// <summary>
/// Why an indicator (or the budget) scored what it did, so anyone can check it: the rule that
/// applied, its inputs, the formula with its numbers and the rounding, and the pack.
/// <see cref="Expression"/> evaluated left to right (× ÷ before + −, min/max) gives <see cref="Exact"/>;
/// <see cref="Exact"/> rounded to <see cref="Decimals"/> (half away from zero) is <see cref="Score"/>.
/// </summary>
public sealed record ScoreExplanation(
    ScoreRule Rule,
    string RuleText,
    ScoreInputs Inputs,
    decimal Points,
    string Expression,
    decimal Exact,
    decimal Score,
    int Decimals,
    string Rounding,
    RulePackRef? Pack = null)
{
    /// <summary>"20 × 89 ÷ 90 = 19.777… → 19.78（保留2位小数（四舍五入））".</summary>
    public string Formula => Exact == Score && Expression == Targets.Formula.Show(Score)
        ? $"{Expression}（{Rounding}）"
        : $"{Expression} = {Targets.Formula.Show(Exact)} → {Targets.Formula.Show(Score)}（{Rounding}）";
}
