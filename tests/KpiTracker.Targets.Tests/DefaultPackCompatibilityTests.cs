using System.Globalization;
using CsCheck;

namespace KpiTracker.Targets.Tests;

/// <summary>
/// The default pack scores exactly as the arithmetic did before packs and explanations existed:
/// points × share (share = actual ÷ target, clamped to [0, 1]) rounded to cents, the budget as
/// points × min(executed ÷ annual, 1). Compared as text too, because a decimal keeps its scale and the
/// API prints it (20.00 and 20 are equal numbers but not the same answer).
/// </summary>
public class DefaultPackCompatibilityTests
{
    static readonly string[] Comparators = ["≥", ">", "=", "≤", "<", ""];
    static readonly string[] Units = ["%", "小时", "批", "人次", "万元", ""];

    static readonly Gen<Target> AnyTarget =
        Gen.Select(Gen.OneOf(Comparators), Gen.Decimal[0m, 50m], Gen.OneOf(Units), Gen.Int[0, 3])
            .Select((op, value, unit, decimals) =>
                TargetParser.Parse(op + Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture) + unit).Value!);

    static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void A_quantitative_score_is_points_times_the_share_rounded_to_cents()
    {
        var rules = RuleSet.Default;
        Gen.Select(AnyTarget, Gen.Decimal[-5m, 60m], Gen.Int[0, 4], Gen.Decimal[0m, 60m]).Sample((target, actual, decimals, points) =>
        {
            if (target.Kind != TargetKind.Quantitative) return;
            var a = Math.Round(actual, decimals);
            var p = Math.Round(points, 2);
            var before = ProjectScorer.Round(p * IndicatorScorer.Share(target, a, rules));
            var now = IndicatorScorer.Quantitative(target, a, p, rules).Score;
            Assert.True(Text(before) == Text(now), $"{target.Text}, actual {a}, {p} points: was {Text(before)}, now {Text(now)}");
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("≥6", "0.05", "3")]       // 3 × (0.05 ÷ 6) = 0.02499…: 0.02, while 3 × 0.05 ÷ 6 = 0.025 would give 0.03
    [InlineData("≤2小时", "2.5", "15")]
    [InlineData("≥90%", "89", "20")]
    public void Known_cases_keep_their_score(string target, string actual, string points)
    {
        var t = TargetParser.Parse(target).Value!;
        var (a, p) = (decimal.Parse(actual, CultureInfo.InvariantCulture), decimal.Parse(points, CultureInfo.InvariantCulture));
        Assert.Equal(Text(ProjectScorer.Round(p * IndicatorScorer.Share(t, a, RuleSet.Default))),
            Text(IndicatorScorer.Quantitative(t, a, p, RuleSet.Default).Score));
    }

    [Theory]
    [InlineData("≥90%", "79228162514264337593543950335", "20")]
    [InlineData("≥0.0001%", "79228162514264337593543950335", "20")]
    [InlineData("≤2小时", "0.0000000000000000000000000001", "15")]
    public void An_absurd_actual_saturates_instead_of_throwing(string target, string actual, string points)
    {
        var e = IndicatorScorer.Quantitative(TargetParser.Parse(target).Value!, decimal.Parse(actual, CultureInfo.InvariantCulture),
            decimal.Parse(points, CultureInfo.InvariantCulture), RuleSet.Default);
        Assert.InRange(e.Score, 0m, e.Points);
    }

    [Fact]
    public void The_budget_score_is_points_times_the_capped_execution_rate_rounded_to_cents()
    {
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Decimal[-10m, 2000m], Gen.Int[0, 4], Gen.Decimal[0m, 30m]).Sample((annual, executed, decimals, points) =>
        {
            var budget = new BudgetInput(Math.Round(annual, decimals), Math.Round(executed, decimals));
            var p = Math.Round(points, 2);
            var before = budget.Annual > 0m ? ProjectScorer.Round(p * ProjectScorer.BudgetShare(budget)) : 0m;
            var now = ProjectScorer.BudgetScore(budget, p, true, RuleSet.Default).Score;
            Assert.True(Text(before) == Text(now), $"{budget}, {p} points: was {Text(before)}, now {Text(now)}");
        }, iter: 20_000);
    }
}
