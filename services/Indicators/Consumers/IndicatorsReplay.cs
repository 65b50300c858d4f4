namespace KpiTracker.Indicators.Consumers;

/// <summary>
/// Publishes indicators again (retired ones too, flagged), through the outbox like any other
/// event, so replicas apply them with their usual version checks: all of them for a rebuild, or
/// those of some projects for a reconciliation's repair.
/// </summary>
public static class IndicatorsReplay
{
    public static async Task PublishAsync(IndicatorsDb db, IReadOnlyCollection<Guid>? projects, CancellationToken ct)
    {
        var indicators = db.Indicators.AsNoTracking().Where(i => projects == null || projects.Contains(i.ProjectId)).OrderBy(i => i.Sequence);
        await foreach (var i in indicators.AsAsyncEnumerable().WithCancellation(ct))
            db.Publish(new IndicatorRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, i.ToSnapshot()));
    }
}
