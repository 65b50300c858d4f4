using System.Text.Json;

namespace KpiTracker.Web.Api.Models;

public sealed record Measurement(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period,
    decimal? Value, string? Unit, string? Judgement, string? JudgementLabel, string? RawValue,
    string? Note, string? EvidenceUrl, int Version, string? CorrectionReason,
    string RecordedBy, string? RecordedByName, DateTimeOffset RecordedAt);

public sealed record MeasurementVersion(
    int Version, decimal? Value, string? Unit, string? Judgement, string? RawValue, string? Note, string? EvidenceUrl,
    string? CorrectionReason, string RecordedBy, string? RecordedByName, DateTimeOffset RecordedAt);

public sealed record MeasurementHistory(Guid Id, Guid IndicatorId, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<MeasurementVersion> Versions);

/// <summary>One item of a batch: a value (number or text with a unit) or a judgement.</summary>
public sealed record MeasurementItem(Guid IndicatorId, string Period, string? Value, string? Judgement, string? Note);

public sealed record BatchResult(int Index, int Status, Guid? Id, JsonElement? Problem);

public sealed record BatchResponse(IReadOnlyList<BatchResult> Results);

public sealed record Spending(
    Guid Id, Guid ProjectId, string Period, decimal Amount, string? Note, int Version, string? CorrectionReason,
    string? RecordedBy, string? RecordedByName, DateTimeOffset? RecordedAt);

public sealed record SpendingVersion(int Version, decimal Amount, string? Note, string? CorrectionReason, string? RecordedBy, string? RecordedByName, DateTimeOffset? RecordedAt);

public sealed record SpendingHistory(Guid Id, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<SpendingVersion> Versions);

public sealed record Forecast(
    Guid Id, Guid IndicatorId, string AsOf, string? ExpectedValue, string Likelihood, string? LikelihoodLabel,
    IReadOnlyList<string>? DeviationReasons, string? Note, DateTimeOffset? RecordedAt);
