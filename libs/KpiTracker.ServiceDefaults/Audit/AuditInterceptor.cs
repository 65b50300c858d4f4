using System.Diagnostics;
using System.Text.Json.Serialization;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// One audit record for every save a state-changing request makes, in the same transaction as the change:
/// before EF writes, the changed entities (everything but the outbox, inbox and idempotency keys) are read
/// from the change tracker — their values before and after — and appended; when the save runs in no
/// transaction, this opens one and commits it with the save, so the change and its record commit together
/// or not at all. Saves outside a request (event consumers updating replicas, background work) are the
/// consequences of requests already on record in the service that owns them, and are not recorded again.
/// With Audit:Enabled false (benchmarks only, see <see cref="AuditOptions"/>) it records nothing and opens nothing.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, Microsoft.Extensions.Options.IOptions<AuditOptions> options) : SaveChangesInterceptor
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    /// <summary>The transaction this interceptor opened for a context's save, to commit or roll back with it.</summary>
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, IDbContextTransaction> opened = new();

    /// <summary>The record of a save in progress: described before EF writes (the change tracker still knows before and after), appended after.</summary>
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, AuditEntry> pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } db && Describe(db) is { } entry)
        {
            if (db.Database.CurrentTransaction is null) opened.AddOrUpdate(db, await db.Database.BeginTransactionAsync(ct));
            pending.AddOrUpdate(db, entry);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Appends the record as the save's last statement. The append takes the chain's lock (held until commit, see
    /// <see cref="AuditSchema"/>), so every audited transaction of the service waits for it: taken last, it is held
    /// for the append and the commit only, not for the change's own writes as well.
    /// </summary>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is not { } db) return result;
        opened.TryGetValue(db, out var tx);
        if (pending.TryGetValue(db, out var entry))
        {
            pending.Remove(db);
            try
            {
                await AuditTrail.AppendAsync(db, entry, ct);
            }
            catch
            {
                // The change may not commit without its record: a transaction opened here rolls back with it;
                // the caller's own transaction is the caller's to dispose, and the exception tells it to.
                if (tx is not null) { opened.Remove(db); await tx.DisposeAsync(); }
                throw;
            }
        }
        if (tx is not null)
        {
            opened.Remove(db);
            await tx.CommitAsync(ct);
            await tx.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) =>
        AbandonAsync(eventData?.Context); // rolls back: the record goes with the change that failed

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) => AbandonAsync(eventData.Context);

    /// <summary>A save that did not happen: its record is dropped, and a transaction opened for it rolls back.</summary>
    async Task AbandonAsync(DbContext? db)
    {
        if (db is null) return;
        pending.Remove(db);
        if (opened.TryGetValue(db, out var tx))
        {
            opened.Remove(db);
            await tx.DisposeAsync();
        }
    }

    /// <summary>The record of this save, or null when it is not a request's change.</summary>
    AuditEntry? Describe(DbContext db)
    {
        var context = http.HttpContext;
        if (!options.Value.Enabled || context is null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return null;
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Audited(e.Entity))
            .ToList();
        if (changed.Count == 0) return null;

        var caller = Caller.From(context.User);
        var first = changed[0];
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var e in changed)
        {
            var key = $"{e.Metadata.ClrType.Name}/{KeyOf(e)}";
            if (e.State != EntityState.Added) before[key] = Values(e, original: true);
            if (e.State != EntityState.Deleted) after[key] = Values(e, original: false);
        }
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        var action = context.Items[AuditAction.Key] is string named ? $"{named} ({context.Request.Method} {route})" : $"{context.Request.Method} {route}";
        return new AuditEntry(
            caller.Id.Length > 0 ? caller.Id : "anonymous", caller.Name.Length > 0 ? caller.Name : "anonymous",
            action, first.Metadata.ClrType.Name, KeyOf(first),
            changed.Select(KeyOf).Concat(changed.SelectMany(ReferencedIds)).Distinct().ToList(),
            before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
            after.Count == 0 ? null : JsonSerializer.Serialize(after, Json),
            Activity.Current?.TraceId.ToHexString());
    }

    static bool Audited(object entity) => entity is not (OutboxMessage or InboxMessage or IdempotencyRecord)
        && entity.GetType().Name != "DataProtectionKey";

    static string KeyOf(EntityEntry e) =>
        string.Join("|", e.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(e.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The ids a record is also found by: the objects it belongs to (a value's indicator and project).</summary>
    static IEnumerable<string> ReferencedIds(EntityEntry e) =>
        e.Properties.Where(p => p.Metadata.Name.EndsWith("Id", StringComparison.Ordinal) && p.CurrentValue is Guid g && g != Guid.Empty)
            .Select(p => ((Guid)p.CurrentValue!).ToString());

    /// <summary>
    /// Secrets never reach the trail: a password hash, a security stamp, a token's payload or a client secret
    /// shows as "(secret)" (whether it changed shows in the other fields: a version, a time).
    /// </summary>
    static readonly HashSet<string> Secrets = new(StringComparer.OrdinalIgnoreCase)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Payload", "ClientSecret", "ReferenceId", "Xml",
    };

    static Dictionary<string, object?> Values(EntityEntry e, bool original) =>
        e.Properties.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name),
            p => Secrets.Contains(p.Metadata.Name) ? (p.CurrentValue is null && p.OriginalValue is null ? null : "(secret)")
                : original ? p.OriginalValue : p.CurrentValue);
}
