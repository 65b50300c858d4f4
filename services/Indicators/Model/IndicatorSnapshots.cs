namespace KpiTracker.Indicators.Model;

/// <summary>What other services learn about an indicator: codes as strings, the target already parsed.</summary>
public static class IndicatorSnapshots
{
    public static IndicatorSnapshot ToSnapshot(this Indicator i) => new(
        i.Id, i.Version, i.ProjectId,
        Vocabulary.Code(i.Level1), Vocabulary.Code(i.Level2), i.Name,
        i.TargetText, Vocabulary.Code(i.TargetKind),
        i.TargetComparator is { } c ? Vocabulary.Code(c) : null,
        i.TargetValue, i.TargetUnit,
        i.TargetDirection is { } d ? Vocabulary.Code(d) : null,
        i.TargetComparatorInferred,
        Vocabulary.Code(i.Standard), i.Points, Vocabulary.Code(i.Aggregation), Vocabulary.Code(i.Frequency),
        i.Retired,
        i.UpdatedBy, i.UpdatedByName, i.UpdatedAt);
}
