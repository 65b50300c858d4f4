using System.Text.Json.Serialization;

namespace KpiTracker.Measurements.Apis;

public sealed record BatchItemResult(
    int Index, int Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProblemDetails? Problem);
