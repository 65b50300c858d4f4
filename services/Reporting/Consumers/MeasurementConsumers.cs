using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Reporting.Model;
using KpiTracker.Reporting.Telemetry;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Consumers;

/// <summary>
/// Keeps the latest version of each measurement (a higher Version of the same MeasurementId
/// supersedes; a lower one arriving late is ignored), then recomputes the series points it
/// changed. The rows go in with one statement (<see cref="MeasurementUpsert"/>); only the touched
/// periods are recomputed (<see cref="SeriesPeriodsRefresh"/>): measurements never change forecasts.
/// </summary>
public sealed class MeasurementsRecordedConsumer(ReportingDb db, ReportingMetrics metrics, ILogger<MeasurementsRecordedConsumer> logger)
    : IdempotentConsumer<ReportingDb, MeasurementsRecorded>(db)
{
    protected override async Task Handle(MeasurementsRecorded m, ConsumeContext<MeasurementsRecorded> context)
    {
        var ct = context.CancellationToken;
        // One row per measurement in the statement (ON CONFLICT cannot touch a row twice), sorted so
        // two batches sharing measurements lock their rows in the same order.
        var latest = m.Items.GroupBy(i => i.MeasurementId).Select(g => g.MaxBy(i => i.Version)!).OrderBy(i => i.MeasurementId).ToList();
        var quarantined = await Db.ApplyIsolatingAsync(latest, async part =>
            {
                var touched = await Db.UpsertAsync(part, ct);
                if (touched.Count > 0) await Db.RefreshSeriesPeriodsAsync(touched, ct);
            },
            (item, e) => new(item, LedgerKinds.Measurements, item.MeasurementId, item.Version, item.ProjectId, e),
            context.MessageId!.Value, nameof(MeasurementsRecorded), ct);
        PoisonReport.Log(logger, metrics, quarantined, context.MessageId!.Value, m.Items.Count);
    }
}

/// <summary>
/// Keeps the current version of each spending entry: a higher Version of the same Id (a
/// correction) replaces the amount; an equal or lower one (a replay, or the original arriving
/// after its correction) is ignored, so the executed sum counts each entry once, as last corrected.
/// </summary>
public sealed class SpendingRecordedConsumer(ReportingDb db, ReportingMetrics metrics, ILogger<SpendingRecordedConsumer> logger)
    : IdempotentConsumer<ReportingDb, SpendingRecorded>(db)
{
    protected override async Task Handle(SpendingRecorded m, ConsumeContext<SpendingRecorded> context)
    {
        var ct = context.CancellationToken;
        var items = m.Items.GroupBy(i => i.Id).Select(g => g.MaxBy(i => i.Version)!).OrderBy(i => i.Id).ToList();
        var quarantined = await Db.ApplyIsolatingAsync(items, part => ApplyAsync(part, ct),
            (item, e) => new(item, LedgerKinds.Spending, item.Id, item.Version, item.ProjectId, e),
            context.MessageId!.Value, nameof(SpendingRecorded), ct);
        PoisonReport.Log(logger, metrics, quarantined, context.MessageId!.Value, m.Items.Count);
    }

    async Task ApplyAsync(IReadOnlyList<SpendingEntry> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToArray();
        // Two versions of one entry consumed at once must not both read the old row and let the
        // lower one win: the projects' locks (sorted, as everywhere) serialise them.
        await Db.LockAllAsync(items.Select(i => i.ProjectId).Distinct().Order().ToList(), ct);
        var known = await Db.Spending.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var touched = new HashSet<Guid>();
        foreach (var e in items)
        {
            if (!known.TryGetValue(e.Id, out var row))
            {
                row = new SpendingRow { Id = e.Id, ProjectId = e.ProjectId, Period = e.Period, RecordedBy = e.RecordedBy };
                Db.Spending.Add(row);
            }
            else if (row.Version >= e.Version) continue;
            // Tracked changes: ChangeStamp sees the project as touched.
            row.Amount = e.Amount;
            row.Note = e.Note;
            row.RecordedBy = e.RecordedBy;
            row.RecordedAt = e.RecordedAt;
            row.Version = e.Version;
            touched.Add(e.ProjectId);
        }
        if (touched.Count == 0) return;
        // Saved here, inside the part's savepoint, so a bad entry fails its own part only.
        await Db.SaveChangesAsync(ct);
        await Db.RefreshSpendingAsync(touched, ct);
        await Db.SaveChangesAsync(ct);
    }
}

/// <summary>Forecasts are kept whole; the indicator row keeps the latest likelihood per monitoring date.</summary>
public sealed class ForecastSubmittedConsumer(ReportingDb db) : IdempotentConsumer<ReportingDb, ForecastSubmitted>(db)
{
    protected override async Task Handle(ForecastSubmitted m, ConsumeContext<ForecastSubmitted> context)
    {
        var ct = context.CancellationToken;
        var f = m.Forecast;
        if (await Db.Forecasts.AnyAsync(x => x.Id == f.Id, ct)) return;
        Db.Forecasts.Add(new ForecastRow
        {
            Id = f.Id, IndicatorId = f.IndicatorId, ProjectId = f.ProjectId, AsOf = f.AsOf, ExpectedValue = f.ExpectedValue,
            Likelihood = f.Likelihood, DeviationReasons = [.. f.DeviationReasons], Note = f.Note,
            RecordedBy = f.RecordedBy, RecordedAt = f.RecordedAt,
        });
        await Db.SaveChangesAsync(ct);
        await Db.RefreshIndicatorsAsync([f.IndicatorId], ct);
    }
}
