using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// 455 typed for 45.5 万元, then corrected: executed (执行数) and the execution rate count the
/// entry once, at its highest version, whatever order and how often the versions arrive.
/// </summary>
public sealed class SpendingCorrectionTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly DateTimeOffset T0 = new(2021, 3, 31, 0, 0, 0, TimeSpan.Zero);

    static SpendingEntry Original(Guid projectId, string period, decimal amount) =>
        new(Guid.NewGuid(), projectId, period, amount, "线路租赁", "u-owner", T0);

    static SpendingEntry Correction(SpendingEntry original, decimal amount) =>
        original with { Amount = amount, Version = 2, CorrectionReason = "小数点录错", RecordedBy = "u-mgr", RecordedAt = T0.AddDays(3) };

    static SpendingRecorded Event(params SpendingEntry[] items) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, items);

    async Task<StandardProject> ProjectAsync(string departmentCode)
    {
        var sp = new StandardProject(departmentCode, withValues: false);
        await factory.FeedAsync(sp.Scenario);
        return sp;
    }

    /// <summary>Handled (or dropped as a duplicate) by the spending consumer: its MessageId is in the inbox.</summary>
    Task HandledAsync(params SpendingRecorded[] events)
    {
        var ids = events.Select(e => e.EventId).ToArray();
        return factory.WaitUntilAsync(async db =>
            await db.InboxMessages.CountAsync(m => ids.Contains(m.MessageId) && m.Consumer == "SpendingRecordedConsumer") == ids.Length,
            "the spending events");
    }

    async Task AssertExecutedAsync(StandardProject sp, decimal executed)
    {
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        var url = $"/api/dashboard?departmentCode={sp.DepartmentCode}&fiscalYear=2021&asOf=12";
        // The change stamp is bumped just after the commit, so a cached answer may lag for a moment.
        var dashboard = await manager.GetJsonAsync(url);
        for (var deadline = DateTime.UtcNow.AddSeconds(10); Executed(dashboard) != executed && DateTime.UtcNow < deadline; dashboard = await manager.GetJsonAsync(url))
            await Task.Delay(50);
        var budget = dashboard.GetProperty("summary").GetProperty("budget");
        Assert.Equal(executed, budget.Dec("executed"));
        var rate = Math.Round(executed / StandardProject.AnnualBudget, 4, MidpointRounding.AwayFromZero);
        Assert.Equal(rate, budget.Dec("executionRate"));
        Assert.Equal(rate, dashboard.GetProperty("projects")[0].Dec("budgetExecutionRate"));
    }

    static decimal Executed(JsonElement dashboard) => dashboard.GetProperty("summary").GetProperty("budget").Dec("executed");

    [Fact]
    public async Task A_correction_replaces_the_amount_and_duplicates_and_replays_change_nothing()
    {
        var sp = await ProjectAsync("18601");
        var projectId = sp.Scenario.Project.Id;
        var v1 = Original(projectId, "2021-03", 455m);
        var recorded = Event(v1);
        await factory.PublishAsync(recorded);
        await factory.WaitUntilAsync(db => db.Spending.AnyAsync(x => x.Id == v1.Id), "the first version");
        await HandledAsync(recorded);
        await AssertExecutedAsync(sp, 455m);

        var corrected = Event(Correction(v1, 45.5m));
        await factory.PublishAsync(corrected);
        await factory.PublishAsync(corrected);                                        // the same delivery twice
        var replayedOld = Event(v1);                                                   // a rebuild sending version 1 again
        var replayedNew = Event(Correction(v1, 45.5m));                                // and version 2 again
        await factory.PublishAsync(replayedOld);
        await factory.PublishAsync(replayedNew);
        await HandledAsync(corrected, replayedOld, replayedNew);

        var row = await factory.ReadAsync(db => db.Spending.AsNoTracking().SingleAsync(x => x.Id == v1.Id));
        Assert.Equal((2, 45.5m), (row.Version, row.Amount));
        var project = await factory.ReadAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId));
        Assert.Equal(45.5m, project.Spending.Single(x => x.P == "2021-03").Amount);
        await AssertExecutedAsync(sp, 45.5m);
    }

    [Fact]
    public async Task A_correction_arriving_before_its_original_wins()
    {
        var sp = await ProjectAsync("18602");
        var projectId = sp.Scenario.Project.Id;
        var v1 = Original(projectId, "2021-03", 455m);

        var corrected = Event(Correction(v1, 45.5m));
        await factory.PublishAsync(corrected);
        await HandledAsync(corrected);
        var late = Event(v1);
        await factory.PublishAsync(late);
        await HandledAsync(late);

        // Both versions of another entry in one message, the correction first: the correction counts.
        var april = Original(projectId, "2021-04", 10m);
        var both = Event(Correction(april, 1m), april);
        await factory.PublishAsync(both);
        await HandledAsync(both);

        var rows = await factory.ReadAsync(db => db.Spending.AsNoTracking().Where(x => x.ProjectId == projectId).OrderBy(x => x.Period).ToListAsync());
        Assert.Equal([(2, 45.5m), (2, 1m)], rows.Select(r => (r.Version, r.Amount)).ToArray());
        await AssertExecutedAsync(sp, 46.5m);
    }

    [Fact]
    public void An_entry_sent_before_versions_existed_reads_as_version_1()
    {
        var old = $$"""{ "id": "{{Guid.NewGuid()}}", "projectId": "{{Guid.NewGuid()}}", "period": "2021-07", "amount": 45.5, "note": null, "recordedBy": "u-owner", "recordedAt": "2021-07-31T00:00:00Z" }""";

        var entry = JsonSerializer.Deserialize<SpendingEntry>(old, JsonSerializerOptions.Web)!;

        Assert.Equal((1, (string?)null, 45.5m), (entry.Version, entry.CorrectionReason, entry.Amount));
    }
}
