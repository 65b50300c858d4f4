using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// One item of a batch that can never be projected (here: a unit longer than the read model's
/// column, 22001 from PostgreSQL) lands in dead_letters with its reason; every other item of the
/// same 500-item batch, project and department still appears, and nothing waits in a retry loop.
/// </summary>
public sealed class PoisonItemTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly DateTimeOffset T0 = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly string TooLongUnit = new('批', 40);

    async Task<(Scenario Scenario, List<IndicatorSnapshot> Indicators)> ProjectAsync(string department, int indicators)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, ["18", department], "项目 " + department, 100m, new FundingLine("other", 100m)) };
        s.Departments.Add(Scenario.Department("18", "东西湖区", "18"));
        s.Departments.Add(Scenario.Department(department, "单位 " + department, "18", department));
        var list = Enumerable.Range(1, indicators)
            .Select(i => s.Indicator("output", "quantity", $"维护设备 {i}", "≥24 批", "quantitative", ">=", 24m, "批", "higherIsBetter", false, null, "sum", "monthly"))
            .ToList();
        await factory.FeedAsync(s);
        return (s, list);
    }

    static MeasurementVersion Value(Scenario s, IndicatorSnapshot i, int month, decimal value, string unit = "批") =>
        new(Guid.NewGuid(), 1, i.Id, s.Project.Id, $"2021-{month:00}", value, unit, null, value.ToString(), null, null, null, "u-owner", T0.AddDays(month));

    [Fact]
    public async Task A_bad_value_in_a_batch_of_500_is_quarantined_with_its_reason_and_the_other_499_appear()
    {
        var (s, indicators) = await ProjectAsync("18701", 42);
        var items = indicators.SelectMany((i, n) => Enumerable.Range(1, 12).Select(m => Value(s, i, m, n * 100 + m))).Take(500).ToList();
        var bad = items[137] with { Unit = TooLongUnit };
        items[137] = bad;
        var batch = new MeasurementsRecorded(Guid.NewGuid(), T0, items);
        // A second batch of the same project right after: it must not wait behind the first.
        var next = new MeasurementsRecorded(Guid.NewGuid(), T0, [Value(s, indicators[^1], 12, 7)]);
        await factory.PublishAsync(batch);
        await factory.PublishAsync(next);

        var good = items.Where(i => i.MeasurementId != bad.MeasurementId).Select(i => i.MeasurementId).Append(next.Items[0].MeasurementId).ToArray();
        await factory.WaitUntilAsync(async db => await db.Measurements.CountAsync(m => good.Contains(m.MeasurementId)) == good.Length,
            "the 499 good values and the next batch");
        Assert.False(await factory.ReadAsync(db => db.Measurements.AnyAsync(m => m.MeasurementId == bad.MeasurementId)));

        var letter = await factory.ReadAsync(db => db.DeadLetters.AsNoTracking().SingleAsync(d => d.ProjectId == s.Project.Id));
        Assert.Equal(bad.MeasurementId, letter.ItemId);
        Assert.Equal("measurements", letter.Kind);
        Assert.Equal(batch.EventId, letter.MessageId);
        Assert.Contains("22001", letter.Reason);
        Assert.Equal(TooLongUnit, JsonDocument.Parse(letter.Item).RootElement.GetProperty("unit").GetString());

        // The series hold every good value: the dashboard trend of the project shows 499 + 1 points.
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        var dashboard = await manager.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=2021-12");
        var points = dashboard.GetProperty("indicators").EnumerateArray().Sum(i => i.GetProperty("trend").GetArrayLength());
        Assert.Equal(500, points);   // 499 of the batch (the bad one's period has no point) + December of the last indicator

        // The admin sees it, with its reason.
        var admin = factory.ClientAs(Tokens.Admin);
        var listed = await admin.GetJsonAsync($"/api/admin/dead-letters?projectId={s.Project.Id}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Contains("22001", listed.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Replaying_the_bad_item_counts_its_failures_instead_of_piling_up_rows()
    {
        var (s, indicators) = await ProjectAsync("18702", 2);
        var bad = Value(s, indicators[0], 3, 5, TooLongUnit);
        var first = new MeasurementsRecorded(Guid.NewGuid(), T0, [bad, Value(s, indicators[1], 3, 6)]);
        var replay = new MeasurementsRecorded(Guid.NewGuid(), T0, [bad]);
        await factory.PublishAsync(first);
        await factory.PublishAsync(replay);
        await factory.WaitUntilAsync(async db => await db.DeadLetters.AnyAsync(d => d.ItemId == bad.MeasurementId && d.Failures == 2),
            "the replayed bad item counted twice");
        Assert.Equal(1, await factory.ReadAsync(db => db.DeadLetters.CountAsync(d => d.ProjectId == s.Project.Id)));
        Assert.Equal(1, await factory.ReadAsync(db => db.Measurements.CountAsync(m => m.ProjectId == s.Project.Id)));
    }

    [Fact]
    public async Task A_bad_spending_entry_leaves_the_others_of_its_batch_counted()
    {
        var (s, _) = await ProjectAsync("18703", 1);
        SpendingEntry Entry(string period, decimal amount) => new(Guid.NewGuid(), s.Project.Id, period, amount, null, "u-owner", T0);
        var bad = Entry("2021-01-and-more", 1000m);   // longer than the period column
        var batch = new SpendingRecorded(Guid.NewGuid(), T0, [Entry("2021-02", 2m), bad, Entry("2021-03", 3m)]);
        await factory.PublishAsync(batch);
        await factory.WaitUntilAsync(async db => await db.DeadLetters.AnyAsync(d => d.ItemId == bad.Id), "the bad entry quarantined");
        var project = await factory.ReadAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == s.Project.Id));
        Assert.Equal(5m, project.Spending.Sum(x => x.Amount));
    }
}
