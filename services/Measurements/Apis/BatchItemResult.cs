using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Measurements.Apis;

public sealed record BatchItemResult(
    int Index, int Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProblemDetails? Problem);
