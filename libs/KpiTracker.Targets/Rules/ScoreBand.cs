namespace KpiTracker.Targets;

/// <summary>
/// A share of an indicator's points, [Min, Max) or [Min, Max] when <see cref="MaxInclusive"/>:
/// 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6).
/// </summary>
public readonly record struct ScoreBand(decimal Min, decimal Max, bool MaxInclusive)
{
    public bool Contains(decimal share) => share >= Min && (MaxInclusive ? share <= Max : share < Max);
}
