using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Reporting.Tests;

/// <summary>Reporting in-process; test classes needing other settings derive from it.</summary>
public class ReportingFactory() : ServiceFactory<Program>("reporting")
{
    // The start-up warm-up computes dashboard lines at a moment of its own choosing; tests that
    // count what a read recomputed must not race it. The warm-up test runs it by hand.
    // Scheduled reconciliation is off too: its ledger requests would go unanswered here, and the
    // reconciliation tests start their runs themselves.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [new("Reporting:WarmUpDashboards", "false"), new("Reconciliation:Enabled", "false")];

    /// <summary>Publishes on the in-memory bus, as the owning services' outboxes would.</summary>
    public async Task PublishAsync<T>(T message, Guid? messageId = null) where T : class, IIntegrationEvent
    {
        var bus = Services.GetRequiredService<IBus>();
        await bus.Publish(message, ctx => ctx.MessageId = messageId ?? message.EventId);
    }

    /// <summary>Waits until the read model satisfies the condition (consumers run asynchronously).</summary>
    public async Task WaitUntilAsync(Func<ReportingDb, Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            using (var scope = Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
                if (await condition(db)) return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The read model never got: " + what);
            await Task.Delay(50);
        }
    }

    /// <summary>A project's change stamp now (0 before its first change).</summary>
    public Task<long> ProjectStampAsync(Guid projectId) =>
        ReadAsync(db => db.ProjectStamps.Where(x => x.ProjectId == projectId).Select(x => x.Stamp).FirstOrDefaultAsync());

    /// <summary>
    /// Waits until a change to the project has moved its stamp past <paramref name="before"/> and the
    /// database's stamp past that: both move just after the commit, so seeing the data is not enough
    /// for a test that expects the dashboard to follow.
    /// </summary>
    public Task WaitForStampsAsync(Guid projectId, long before) =>
        WaitUntilAsync(async db =>
            await db.ProjectStamps.Where(x => x.ProjectId == projectId).Select(x => x.Stamp).FirstOrDefaultAsync() is var stamp
            && stamp > before && await ChangeStamp.ReadAsync(db, CancellationToken.None) > stamp, "the change stamps after the commit");

    public async Task<T> ReadAsync<T>(Func<ReportingDb, Task<T>> read)
    {
        using var scope = Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDb>());
    }

    /// <summary>Every event of a scenario, then a wait until the last of each kind has landed.</summary>
    public async Task FeedAsync(Scenario s)
    {
        foreach (var d in s.Departments) await PublishAsync(d);
        await PublishAsync(new ProjectDeclared(Guid.NewGuid(), DateTimeOffset.UtcNow, s.Project));
        foreach (var i in s.Indicators) await PublishAsync(new IndicatorDefined(Guid.NewGuid(), DateTimeOffset.UtcNow, i));
        foreach (var m in s.Measurements) await PublishAsync(m);
        foreach (var sp in s.Spending) await PublishAsync(sp);
        foreach (var f in s.Forecasts) await PublishAsync(f);
        var measured = s.Measurements.SelectMany(m => m.Items).Select(i => i.MeasurementId).Distinct().ToArray();
        var spent = s.Spending.SelectMany(x => x.Items).Select(i => i.Id).ToArray();
        var forecasts = s.Forecasts.Select(f => f.Forecast.Id).ToArray();
        var indicators = s.Indicators.Select(i => i.Id).ToArray();
        var expectedSpending = s.Spending.SelectMany(x => x.Items).Sum(i => i.Amount);
        await WaitUntilAsync(async db =>
            await db.Projects.AnyAsync(p => p.Id == s.Project.Id)
            && await db.Indicators.CountAsync(i => indicators.Contains(i.Id)) == indicators.Length
            && await db.Measurements.CountAsync(m => measured.Contains(m.MeasurementId)) == measured.Length
            && await db.Spending.CountAsync(x => spent.Contains(x.Id)) == spent.Length
            && await db.Forecasts.CountAsync(f => forecasts.Contains(f.Id)) == forecasts.Length
            && (await db.Projects.AsNoTracking().FirstAsync(p => p.Id == s.Project.Id)).Spending.Sum(x => x.Amount) == expectedSpending
            && (await db.Indicators.AsNoTracking().Where(i => indicators.Contains(i.Id)).ToListAsync())
                .Sum(i => i.Series.Count) == s.Measurements.SelectMany(m => m.Items).Select(i => (i.IndicatorId, i.Period)).Distinct().Count(),
            "the scenario's events");
    }
}
