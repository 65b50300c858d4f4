using CsCheck;

namespace KpiTracker.Targets.Tests;

public class PropertyTests
{
    // Characters that exercise every branch of the grammar, plus noise.
    private const string Alphabet = "0123456789.,-+%*$\\ ≥≤><=＞＜≧≦％　满意度每月以上以内下不低于少超过至达到人批次小时分钟天年月万元/·工作日有所提升abcgeql";

    private static readonly Gen<string> GrammarText = Gen.Char[Alphabet].Array[0, 24].Select(a => new string(a));

    [Fact]
    public void Parsing_any_string_returns_a_target_or_an_error_and_never_throws()
    {
        Gen.OneOf(Gen.String, GrammarText).Sample(text =>
        {
            var result = TargetParser.Parse(text);
            if (result.Success)
            {
                Assert.Equal(text, result.Value.Text);
                Assert.Equal(result.Value.Kind == TargetKind.Quantitative, result.Value.Value is not null);
            }
            else
            {
                Assert.InRange(result.Error.Index, 0, text.Length);
                Assert.False(string.IsNullOrEmpty(result.Error.Message));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Value_parsing_never_throws() =>
        Gen.OneOf(Gen.String, GrammarText).Sample(text =>
        {
            var result = ValueParser.Parse(text, Unit.None);
            Assert.True(result.Success || result.Error is not null);
        }, iter: 20_000);

    private static readonly string?[] Labels = [null, "满意度", "每月", "应急事件处理", "办案完结率", "全天接通率"];
    private static readonly string[] Units = ["", "%", "小时", "分钟", "天", "万元", "元", "批", "人次", "元/人·月", "工作日", "年", "辆"];

    private static readonly Gen<string> WrittenTarget =
        Gen.Select(Gen.OneOf(Labels), Gen.OneOf(Enum.GetValues<Comparator>()), Gen.Decimal[-1_000_000m, 1_000_000m],
                Gen.Int[0, 4], Gen.OneOf(Units), Gen.Bool)
            .Select((label, comparator, value, scale, unit, inferred) =>
            {
                var number = Math.Round(value, scale).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var op = inferred && comparator == Comparator.GreaterOrEqual ? "" : Target.Symbol(comparator);
                return label + op + number + unit;
            });

    [Fact]
    public void Format_then_parse_round_trips() =>
        WrittenTarget.Sample(text =>
        {
            var first = TargetParser.Parse(text);
            Assert.True(first.Success, $"{text}: {first.Error?.Message}");
            var again = TargetParser.Parse(first.Value.Format());
            Assert.True(again.Success, again.Error?.Message);
            Assert.True(first.Value.SameMeaning(again.Value), $"{text} → {first.Value.Format()} → {again.Value.Format()}");
            Assert.Equal(first.Value.Format(), again.Value.Format());
        }, iter: 5_000);

    private static readonly string[][] Groups =
        [["分钟", "小时", "天", "日", "周"], ["元", "千元", "万元", "亿元"], ["月", "个月", "季度", "年"], ["%", "百分比"], ["人次", "万人次"]];

    [Fact]
    public void Unit_conversion_round_trips() =>
        Gen.Select(Gen.Int[0, Groups.Length - 1], Gen.Int[0, 4], Gen.Int[0, 4], Gen.Decimal[-1_000_000_000m, 1_000_000_000m])
            .Sample((g, i, j, raw) =>
            {
                var group = Groups[g];
                Unit.TryParse(group[i % group.Length], out var a);
                Unit.TryParse(group[j % group.Length], out var b);
                var value = Math.Round(raw, 4);
                Assert.Equal(ConversionError.None, UnitConversion.TryConvert(value, a, b, out var there));
                Assert.Equal(ConversionError.None, UnitConversion.TryConvert(there, b, a, out var back));
                Assert.True(Math.Abs(back - value) <= 1e-12m * Math.Max(1m, Math.Abs(value)), $"{value}{a} → {there}{b} → {back}{a}");
            }, iter: 5_000);

    private static readonly Gen<decimal> Amount = Gen.Decimal[0m, 1000m].Select(d => Math.Round(d, 3));

    [Fact]
    public void Higher_is_better_score_never_decreases_when_actual_grows() =>
        Gen.Select(Gen.Decimal[0.01m, 500m], Amount, Amount, Gen.OneOf(">=", ">", "="))
            .Sample((t, x, y, op) =>
            {
                var target = TargetParser.Parse(op + Math.Round(t, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value!;
                var (low, high) = x <= y ? (x, y) : (y, x);
                Assert.True(IndicatorScorer.Share(target, low, RuleSet.Default) <= IndicatorScorer.Share(target, high, RuleSet.Default));
                Assert.True(ProjectScorer.Round(25m * IndicatorScorer.Share(target, low, RuleSet.Default))
                            <= ProjectScorer.Round(25m * IndicatorScorer.Share(target, high, RuleSet.Default)));
            }, iter: 5_000);

    [Fact]
    public void Lower_is_better_score_never_increases_when_actual_grows() =>
        Gen.Select(Gen.Decimal[0.01m, 500m], Amount, Amount, Gen.OneOf("<=", "<"), Gen.Bool)
            .Sample((t, x, y, op, linear) =>
            {
                var target = TargetParser.Parse(op + Math.Round(t, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value!;
                var rules = linear ? RuleSet.Default with { LowerIsBetterFormula = LowerIsBetterFormula.LinearToZeroAtDouble } : RuleSet.Default;
                var (low, high) = x <= y ? (x, y) : (y, x);
                Assert.True(IndicatorScorer.Share(target, low, rules) >= IndicatorScorer.Share(target, high, rules));
            }, iter: 5_000);

    private static readonly string[] ProjectTargets = ["≥90%", "≤2小时", "2批", "=100%", ">5%", "有所提升", "≤10%", "≥16"];

    private static readonly Gen<IndicatorScoreInput> Indicator =
        Gen.Select(Gen.OneOf(Level1.Output, Level1.Benefit, Level1.Satisfaction), Gen.OneOf(ProjectTargets),
                Gen.Decimal[0m, 200m], Gen.OneOf(Judgement.Achieved, Judgement.PartiallyAchieved, Judgement.NotAchieved),
                Gen.Int[0, 9], Gen.Int[0, 30])
            .Select((level, text, actual, judgement, flags, points) => new IndicatorScoreInput(
                Id: text, Level1: level, Target: TargetParser.Parse(text).Value!,
                Points: flags % 3 == 0 ? points : null,
                Actual: flags == 1 ? null : Math.Round(actual, 2),
                Judgement: judgement,
                NotApplicable: flags == 9));

    [Fact]
    public void Project_totals_stay_within_0_and_100() =>
        Gen.Select(Indicator.Array[1, 10], Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 1500m])
            .Sample((indicators, annual, executed) =>
            {
                var outcome = ProjectScorer.Score(new ProjectScoreInput(indicators, new BudgetInput(Math.Round(annual, 4), Math.Round(executed, 4))));
                if (!outcome.Success) return; // e.g. everything not applicable; the refusal says why
                var s = outcome.Score!;
                Assert.InRange(s.Total, 0m, 100m);
                Assert.Equal(100m, s.Indicators.Sum(i => i.Points) + s.BudgetPoints);
                Assert.All(s.Indicators, i => Assert.InRange(i.Score, 0m, i.Points));
                Assert.Equal(s.Total, s.Indicators.Sum(i => i.Score) + s.BudgetScore);
            }, iter: 2_000);

    [Fact]
    public void Periods_round_trip_and_parsing_never_throws()
    {
        Gen.Select(Gen.Int[1000, 9999], Gen.Int[0, 3], Gen.Int[1, 12]).Sample((year, kind, index) =>
        {
            var period = kind switch
            {
                0 => Period.Month(year, index),
                1 => Period.Quarter(year, (index - 1) / 3 + 1),
                2 => Period.Half(year, (index - 1) / 6 + 1),
                _ => Period.FullYear(year),
            };
            Assert.True(Period.TryParse(period.ToString(), out var back));
            Assert.Equal(period, back);
            Assert.True(period.StartMonth <= period.EndMonth);
        }, iter: 2_000);
        Gen.String.Sample(text => { Period.TryParse(text, out _); }, iter: 5_000);
    }
}
