namespace KpiTracker.Reporting.Data;

/// <summary>
/// Keeps the current version of each spending entry: a higher Version of the same Id (a
/// correction) replaces the amount; an equal or lower one (a replay, or the original arriving
/// after its correction) is ignored, so the executed sum counts each entry once, as last corrected.
/// An entry that can never be projected is quarantined alone (<see cref="PoisonIsolation"/>).
/// </summary>
public static class SpendingWriter
{
    public static Task<(List<Quarantined<SpendingEntry>> Quarantined, HashSet<Guid> Touched)> ApplyAsync(
        ReportingDb db, IReadOnlyList<SpendingEntry> entries, Guid messageId, CancellationToken ct)
    {
        var items = entries.GroupBy(i => i.Id).Select(g => g.MaxBy(i => i.Version)!).OrderBy(i => i.Id).ToList();
        return db.ApplyIsolatingAsync(items, part => ApplyPartAsync(db, part, ct),
            (item, e) => new(item, LedgerKinds.Spending, item.Id, item.Version, item.ProjectId, e),
            messageId, nameof(SpendingRecorded), ct);
    }

    static async Task<IReadOnlyCollection<Guid>> ApplyPartAsync(ReportingDb db, IReadOnlyList<SpendingEntry> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToArray();
        // Two versions of one entry consumed at once must not both read the old row and let the
        // lower one win: the projects' locks (sorted, as everywhere) serialise them.
        await db.LockAllAsync(items.Select(i => i.ProjectId).Distinct().Order().ToList(), ct);
        var known = await db.Spending.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var touched = new HashSet<Guid>();
        foreach (var e in items)
        {
            if (!known.TryGetValue(e.Id, out var row))
            {
                row = new SpendingRow { Id = e.Id, ProjectId = e.ProjectId, Period = e.Period, RecordedBy = e.RecordedBy };
                db.Spending.Add(row);
            }
            else if (row.Version >= e.Version) continue;
            row.Amount = e.Amount;
            row.Note = e.Note;
            row.RecordedBy = e.RecordedBy;
            row.RecordedAt = e.RecordedAt;
            row.Version = e.Version;
            touched.Add(e.ProjectId);
        }
        if (touched.Count == 0) return touched;
        // Saved here, inside the part's savepoint, so a bad entry fails its own part only.
        await db.SaveChangesAsync(ct);
        await db.RefreshSpendingAsync(touched, ct);
        await db.SaveChangesAsync(ct);
        return touched;
    }
}
