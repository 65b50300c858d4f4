using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// The audit trail of one service, each at its own prefix through the gateway (the trails are per service,
/// as the chains are): <c>GET /api/audit/{service}?objectId=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>, oldest first,
/// and <c>GET /api/audit/{service}/verify</c>, which recomputes every hash. Auditors and admins only.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi<TDb>(this IEndpointRouteBuilder app, string service) where TDb : DbContext
    {
        var api = app.MapGroup($"/api/audit/{service}").WithTags("Audit");
        var trail = new AuditService(service, typeof(TDb));
        api.MapGet("/", ListAsync).WithMetadata(trail);
        api.MapGet("/verify", Verify).WithMetadata(trail);
        return app;
    }

    /// <summary>Whose trail an endpoint reads: the service's name and its DbContext.</summary>
    sealed record AuditService(string Name, Type DbContext);

    static (string Service, DbContext Db) Trail(HttpContext http)
    {
        var trail = http.GetEndpoint()!.Metadata.GetMetadata<AuditService>()!;
        return (trail.Name, (DbContext)http.RequestServices.GetRequiredService(trail.DbContext));
    }

    static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> Verify(HttpContext http, CancellationToken ct)
    {
        if (Allowed(http) is { } refused) return refused;
        var (service, db) = Trail(http);
        return TypedResults.Ok(await VerifyAsync(service, db, ct));
    }

    static ProblemHttpResult? Allowed(HttpContext http)
    {
        var caller = http.Caller();
        return caller.IsAdmin || caller.Has(KpiClaims.Auditor) ? null : TypedResults.Problem(KpiProblems.Forbidden("Only auditors and admins read the audit trail."));
    }

    static async Task<Results<Ok<PagedList<AuditRecordView>>, ProblemHttpResult>> ListAsync(
        string? objectId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, HttpContext http, CancellationToken ct)
    {
        if (Allowed(http) is { } refused) return refused;
        var (_, db) = Trail(http);
        var v = new Validation().Text("objectId", objectId, TextRule.Line(200));
        var paging = PageRequest.From(page, pageSize, v);
        if (from is { } f && to is { } t && t < f) v.Add("to", "must not be before from.");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));

        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        const string filter = """
            WHERE (@object_id::text IS NULL OR @object_id = ANY(object_ids))
              AND (@from::timestamptz IS NULL OR at >= @from) AND (@to::timestamptz IS NULL OR at <= @to)
            """;
        void Bind(NpgsqlCommand c)
        {
            c.Parameters.AddWithValue("object_id", NpgsqlTypes.NpgsqlDbType.Text, (object?)objectId ?? DBNull.Value);
            c.Parameters.AddWithValue("from", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)from?.ToUniversalTime() ?? DBNull.Value);
            c.Parameters.AddWithValue("to", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)to?.ToUniversalTime() ?? DBNull.Value);
        }
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM audit_records {filter}", conn);
        Bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct));
        await using var select = new NpgsqlCommand($"""
            SELECT position, at, actor, actor_name, action, object_type, object_id, object_ids, before::text, after::text, trace_id, prev_hash, hash
            FROM audit_records {filter} ORDER BY position OFFSET @skip LIMIT @take
            """, conn);
        Bind(select);
        select.Parameters.AddWithValue("skip", paging.Skip);
        select.Parameters.AddWithValue("take", paging.PageSize);
        var items = new List<AuditRecordView>();
        await using (var r = await select.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                items.Add(new AuditRecordView(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    r.GetString(5), r.GetString(6), r.GetFieldValue<string[]>(7), JsonOf(r, 8), JsonOf(r, 9), r.IsDBNull(10) ? null : r.GetString(10),
                    r.GetString(11), r.GetString(12)));
        return TypedResults.Ok(paging.List(items, total));
    }

    static JsonElement? JsonOf(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : JsonDocument.Parse(r.GetString(i)).RootElement.Clone();

    /// <summary>
    /// Walks the chain in order: each record's hash must be what its content gives (audit_record_hash), its
    /// prev_hash the hash of the record before it, and positions must follow one another (a removed record
    /// leaves a gap). The first record that fails is named.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(string service, DbContext db, CancellationToken ct)
    {
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT position, prev_hash, hash, audit_record_hash(r) FROM audit_records r ORDER BY position", conn);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        long count = 0, expectedPosition = 1;
        var previous = AuditSchema.Genesis;
        while (await r.ReadAsync(ct))
        {
            count++;
            var (position, prev, hash, computed) = (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3));
            string? problem =
                position != expectedPosition ? $"record {position} follows record {expectedPosition - 1}: {position - expectedPosition} record(s) missing before it"
                : prev != previous ? $"record {position} names {Short(prev)} as the previous hash, but record {position - 1} hashes to {Short(previous)}"
                : hash != computed ? $"record {position}'s content does not give its hash (stored {Short(hash)}, computed {Short(computed)}): it was changed after it was written"
                : null;
            if (problem is not null) return new AuditVerification(service, count, false, position, problem);
            previous = hash;
            expectedPosition = position + 1;
        }
        return new AuditVerification(service, count, true, null, null);
    }

    static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
