using System.Text.Json;
using System.Text.Json.Serialization;
using KpiTracker.Measurements.Model;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Measurements.Apis;

/// <summary>
/// The body of POST /api/measurements and of each batch item. <see cref="Value"/> is a JSON
/// number (in the target's unit) or a string with a unit ("90分钟"), so it binds as a raw element.
/// </summary>
public sealed record MeasurementRequest(
    Guid? IndicatorId, string? Period, JsonElement? Value, string? Judgement, string? Note, string? EvidenceUrl);

/// <summary>Items stay raw JSON so one malformed item fails alone, not the whole batch.</summary>
public sealed record BatchRequest(List<JsonElement>? Items);

public sealed record BatchItemResult(
    int Index, int Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProblemDetails? Problem);

public sealed record BatchResponse(IReadOnlyList<BatchItemResult> Results);

/// <summary>A correction: the new value (or judgement) and why; note and evidence carry over unless given.</summary>
public sealed record CorrectionRequest(JsonElement? Value, string? Judgement, string? Reason, string? Note, string? EvidenceUrl);

public sealed record MeasurementView(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period,
    decimal? Value, string? Unit, string? Judgement, string? JudgementLabel, string? RawValue,
    string? Note, string? EvidenceUrl, int Version, string? CorrectionReason,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt, DateTimeOffset CreatedAt)
{
    public static MeasurementView From(Measurement m, MeasurementRevision v) => new(
        m.Id, m.IndicatorId, m.ProjectId, m.Period,
        v.Value, v.Unit, v.Judgement, LabelOf(v.Judgement), v.RawValue,
        v.Note, v.EvidenceUrl, v.Version, v.CorrectionReason,
        v.RecordedBy, v.RecordedByName, v.RecordedAt, m.CreatedAt);

    static string? LabelOf(string? code) =>
        Vocabulary.TryParse<Judgement>(code, out var j) ? Vocabulary.Label(j) : null;
}

public sealed record MeasurementVersionView(
    int Version, decimal? Value, string? Unit, string? Judgement, string? RawValue, string? Note, string? EvidenceUrl,
    string? CorrectionReason, string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt)
{
    public static MeasurementVersionView From(MeasurementRevision v) => new(
        v.Version, v.Value, v.Unit, v.Judgement, v.RawValue, v.Note, v.EvidenceUrl, v.CorrectionReason,
        v.RecordedBy, v.RecordedByName, v.RecordedAt);
}

public sealed record MeasurementHistory(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<MeasurementVersionView> Versions);
