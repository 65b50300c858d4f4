namespace KpiTracker.Reporting.Data;

/// <summary>
/// A batch of up to 500 items must not be all-or-nothing because of one item that can never be
/// projected. The batch is applied whole inside a savepoint (the usual, one-pass case); when that
/// fails for a reason that is the data's (not a database restart or a deadlock, which are retried
/// whole), it is rolled back to the savepoint and split in halves, recursively, until the bad
/// items stand alone: those go to <c>dead_letters</c> with their reason, everything else is
/// applied, all in the consumer's one transaction. k bad items in n cost about 2·k·log2(n)
/// extra passes over ever smaller parts.
/// </summary>
public static class PoisonIsolation
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Applies <paramref name="items"/> with <paramref name="apply"/>, isolating the bad ones; returns
    /// those quarantined and the projects the applied parts touched (what each part's writer returned).
    /// </summary>
    public static async Task<(List<Quarantined<T>> Quarantined, HashSet<Guid> Touched)> ApplyIsolatingAsync<T>(
        this ReportingDb db, IReadOnlyList<T> items, Func<IReadOnlyList<T>, Task<IReadOnlyCollection<Guid>>> apply,
        Func<T, Exception, Quarantined<T>> describe, Guid messageId, string messageType, CancellationToken ct)
    {
        var quarantined = new List<Quarantined<T>>();
        var touched = new HashSet<Guid>();
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Poison isolation needs the consumer's transaction.");
        var savepoints = 0;

        async Task ApplyPartAsync(IReadOnlyList<T> part)
        {
            if (part.Count == 0) return;
            var savepoint = "poison_" + savepoints++;
            await tx.CreateSavepointAsync(savepoint, ct);
            try
            {
                var projects = await apply(part);
                await tx.ReleaseSavepointAsync(savepoint, ct);
                touched.UnionWith(projects);
                return;
            }
            catch (Exception e) when (!Transient.Is(e))
            {
                // Undo this part (advisory locks taken in it go too, and are taken again below).
                await tx.RollbackToSavepointAsync(savepoint, ct);
                db.ChangeTracker.Clear();
                if (part.Count == 1)
                {
                    var q = describe(part[0], e);
                    await QuarantineAsync(db, q, messageId, messageType, ct);
                    quarantined.Add(q);
                    return;
                }
            }
            var half = part.Count / 2;
            await ApplyPartAsync(part.Take(half).ToList());
            await ApplyPartAsync(part.Skip(half).ToList());
        }

        await ApplyPartAsync(items);
        return (quarantined, touched);
    }

    static Task QuarantineAsync<T>(ReportingDb db, Quarantined<T> q, Guid messageId, string messageType, CancellationToken ct)
    {
        var reason = $"{q.Reason.GetType().Name}: {Innermost(q.Reason).Message}";
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO dead_letters (id, kind, item_id, item_version, project_id, message_id, message_type, item, reason, failed_at, failures)
            VALUES ({Guid.CreateVersion7()}, {q.Kind}, {q.ItemId}, {q.Version}, {q.ProjectId}, {messageId}, {messageType},
                    {JsonSerializer.Serialize(q.Item, Json)}::jsonb, {reason}, {DateTimeOffset.UtcNow}, 1)
            ON CONFLICT (kind, item_id, item_version) DO UPDATE SET
                message_id = EXCLUDED.message_id, reason = EXCLUDED.reason, failed_at = EXCLUDED.failed_at,
                failures = dead_letters.failures + 1
            """, ct);
    }

    static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
