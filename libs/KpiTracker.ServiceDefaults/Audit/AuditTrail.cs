namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>Appends a record in the context's current transaction (or on its own when there is none).</summary>
public static class AuditTrail
{
    public static Task AppendAsync(DbContext db, AuditEntry e, CancellationToken ct = default)
    {
        string[] ids = [.. e.ObjectIds];
        // position, at and the hashes are the trigger's: the values sent here are placeholders.
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO audit_records (position, at, actor, actor_name, action, object_type, object_id, object_ids, before, after, trace_id, prev_hash, hash)
            VALUES (0, now(), {e.Actor}, {e.ActorName}, {e.Action}, {e.ObjectType}, {e.ObjectId}, {ids},
                    CAST({e.Before} AS jsonb), CAST({e.After} AS jsonb), {e.TraceId}, '', '')
            """, ct);
    }
}
