namespace KpiTracker.Web.Api.Models;

/// <summary>One item of a batch: a value (number or text with a unit) or a judgement.</summary>
public sealed record MeasurementItem(Guid IndicatorId, string Period, string? Value, string? Judgement, string? Note);
