using System.Diagnostics;
using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiTracker.Reporting.Tests;

static class CatchUp
{
    public static async Task RunAsync(ServiceFactory<Program> factory, ITestOutputHelper output, string transport)
    {
        var projects = int.TryParse(Environment.GetEnvironmentVariable("KPI_SCALE_CATCHUP_PROJECTS"), out var n) ? n : 300;
        const int months = 12, chunk = 500;
        var seeded = await ScaleTests.SeedDepartmentAsync(factory.Services, projects, withSeries: false);

        // Default: project by project, indicator by indicator, January to December (a yearly import: ~42 indicators per
        // event). KPI_SCALE_CATCHUP_ORDER=period: month by month across the department (each event touches 500 indicators).
        var byPeriod = Environment.GetEnvironmentVariable("KPI_SCALE_CATCHUP_ORDER") == "period";
        var now = DateTimeOffset.UtcNow;
        var items = (from s in seeded
                     from indicator in s.Indicators
                     from m in Enumerable.Range(1, months)
                     select new MeasurementVersion(Guid.NewGuid(), 1, indicator, s.ProjectId, $"2021-{m:00}", 80m + m, "%", null, null, null, null, null,
                         "u-scale", now)).ToList();
        if (byPeriod) items = items.OrderBy(i => i.Period).ToList();   // stable: indicator order within a month
        var events = items.Chunk(chunk).Select(c => new MeasurementsRecorded(Guid.NewGuid(), now, c)).ToList();
        output.WriteLine($"{transport}, order {(byPeriod ? "period" : "indicator")}: {items.Count} values in {events.Count} MeasurementsRecorded events of ≤ {chunk} items, " +
            $"{seeded.Sum(s => s.Indicators.Length)} indicators of {projects} projects; load average before: {LoadAverage()}");

        var bus = factory.Services.GetRequiredService<IBus>();
        var sw = Stopwatch.StartNew();
        foreach (var e in events) await bus.Publish(e, ctx => ctx.MessageId = e.EventId);
        var published = sw.Elapsed;
        var progress = new List<(double Seconds, int Count)>();
        var deadline = TimeSpan.FromMinutes(15);
        int applied;
        while (true)
        {
            using (var scope = factory.Services.CreateScope())
                applied = await scope.ServiceProvider.GetRequiredService<ReportingDb>().Measurements.CountAsync();
            if (progress.Count == 0 || progress[^1].Count != applied) progress.Add((sw.Elapsed.TotalSeconds, applied));
            if (applied >= items.Count || sw.Elapsed > deadline) break;
            await Task.Delay(100);
        }
        var done = sw.Elapsed;
        Assert.Equal(items.Count, applied);

        // Behaviour: every indicator's series now holds its 12 months, exactly as a full recompute gives them.
        var points = await WithDb(factory, db => db.Indicators.AsNoTracking().Select(i => i.Series).ToListAsync());
        Assert.Equal(items.Count, points.Sum(s => s.Count));
        await AssertSeriesAsRecomputedAsync(factory.Services, seeded.SelectMany(s => s.Indicators).ToArray());

        output.WriteLine($"{transport}: published in {published.TotalSeconds:0.00} s, all applied after {done.TotalSeconds:0.00} s: " +
            $"{items.Count / done.TotalSeconds:0} values/s, {events.Count / done.TotalSeconds:0.0} events/s; load average after: {LoadAverage()}");
        output.WriteLine("progress (s → values applied): " + string.Join(", ", progress.Where((_, k) => k % Math.Max(1, progress.Count / 12) == 0 || k == progress.Count - 1)
            .Select(p => $"{p.Seconds:0.0}→{p.Count}")));
    }

    /// <summary>
    /// The consumer recomputes only the periods an event touched; a full recompute from all detail
    /// rows (<see cref="Data.IndicatorSummaryRefresh.RefreshIndicatorsAsync"/>) must find nothing to change.
    /// </summary>
    public static async Task AssertSeriesAsRecomputedAsync(IServiceProvider services, Guid[] indicatorIds)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var stored = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Series);
        await Data.IndicatorSummaryRefresh.RefreshIndicatorsAsync(db, indicatorIds, CancellationToken.None);
        var recomputed = db.ChangeTracker.Entries<Model.IndicatorRow>().ToList();
        Assert.Equal(stored.Count, recomputed.Count);
        foreach (var e in recomputed) Assert.Equal(stored[e.Entity.Id], e.Entity.Series);
        await tx.RollbackAsync();
    }

    static async Task<T> WithDb<T>(ServiceFactory<Program> factory, Func<ReportingDb, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDb>());
    }

    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); } catch { return "?"; }
    }
}
