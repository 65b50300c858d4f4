namespace KpiTracker.Measurements.Apis;

/// <summary>A reported value as stored: in the indicator's unit, or a judgement; plus what was typed.</summary>
public sealed record Reading(decimal? Value, string? Unit, string? Judgement, string? RawValue);
