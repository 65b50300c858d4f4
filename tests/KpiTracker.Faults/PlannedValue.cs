namespace KpiTracker.Faults;

public sealed record PlannedValue(Guid IndicatorId, string Period, decimal Value);
