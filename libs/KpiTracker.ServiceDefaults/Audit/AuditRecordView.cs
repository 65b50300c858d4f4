namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>One audit record as the API shows it.</summary>
public sealed record AuditRecordView(
    long Position, DateTimeOffset At, string Actor, string ActorName, string Action, string ObjectType, string ObjectId,
    IReadOnlyList<string> ObjectIds, JsonElement? Before, JsonElement? After, string? TraceId, string PrevHash, string Hash);
