namespace KpiTracker.Web.Api.Models;

public sealed record MeasurementHistory(Guid Id, Guid IndicatorId, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<MeasurementVersion> Versions);
