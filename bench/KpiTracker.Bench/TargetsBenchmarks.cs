using BenchmarkDotNet.Attributes;
using KpiTracker.Targets;

namespace KpiTracker.Bench;

/// <summary>
/// The goal arithmetic on the hot paths of imports and dashboards: parsing short 指标值 and
/// evaluating (target, actual) pairs, which must not allocate.
/// </summary>
[MemoryDiagnoser]
public class TargetsBenchmarks
{
    private const int Batch = 8;

    // Short targets from the seed forms, mixed operators, units, labels and a qualitative one.
    private static readonly string[] Texts =
        ["≥90%", "≤2 小时", "2 批", "满意度>90", "应急事件处理 ≤ 15 分钟", "100%", "不少于16人", "有所提升"];

    private Target _higher = null!;
    private Target _lower = null!;
    private EvaluationContext _monitoring;
    private PeriodValue[] _monthly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _higher = TargetParser.Parse("2 批").Value!;
        _lower = TargetParser.Parse("≤2小时").Value!;
        _monitoring = EvaluationContext.AtMonth(Aggregation.Sum, 7);
        _monthly = Enumerable.Range(1, 7).Select(m => new PeriodValue(Period.Month(2021, m), m)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "TargetParser.Parse (8 seed targets, per target)")]
    public int ParseShortTargets()
    {
        var ok = 0;
        foreach (var text in Texts)
        {
            if (TargetParser.Parse(text).Success) ok++;
        }
        return ok;
    }

    [Benchmark(Description = "ValueParser.Parse 150分钟 → 小时")]
    public decimal ParseValueIntoTargetUnit() => ValueParser.Parse("150分钟", _lower).Value.Value;

    [Benchmark(Description = "Evaluator.Evaluate higher (p, light, status)")]
    public PairEvaluation EvaluateHigher() => Evaluator.Evaluate(_higher, 1m, in _monitoring);

    [Benchmark(Description = "Evaluator.Evaluate lower")]
    public PairEvaluation EvaluateLower() => Evaluator.Evaluate(_lower, 2.5m, in _monitoring);

    [Benchmark(Description = "IndicatorScorer.Share lower")]
    public decimal ScoreLower() => IndicatorScorer.Share(_lower, 2.5m, RuleSet.Default);

    [Benchmark(Description = "Rollup.Aggregate sum of 7 months")]
    public decimal? RollupSum() => Rollup.Aggregate(Aggregation.Sum, _monthly.AsSpan());
}
