namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// What one audit record says: who did what to which object, the object's state before and after (JSON,
/// null for a creation or a removal), and the request's trace id. The database adds the position, the
/// time and the hashes (<see cref="AuditSchema"/>).
/// </summary>
public sealed record AuditEntry(
    string Actor, string ActorName, string Action, string ObjectType, string ObjectId, IReadOnlyList<string> ObjectIds,
    string? Before, string? After, string? TraceId);
