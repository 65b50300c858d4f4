using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// The 监控表's status on the monitoring table (issue 12, item 3): Reporting keeps the highest version Measurements
/// announced for each month, so an older step arriving late (or a replay) never brings an earlier status back.
/// </summary>
public sealed class MonitoringSubmissionStatusTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task The_months_status_and_label_show_and_an_older_step_arriving_late_changes_nothing()
    {
        var project = Scenario.NewProject("18501", ["18", "18501"], "监控表状态项目", 50m, new FundingLine("generalPublicBudget", 50m));
        var s = new Scenario { Project = project };
        s.Departments.Add(Scenario.Department("18501", "监控单位", "18", "18501"));
        var met = s.Indicator("output", "quantity", "培训次数", "≥2次", "quantitative", ">=", 2m, "次", "higherIsBetter", false, null, "sum", "monthly");
        s.Record(s.Value(met, "2021-06", 1m));
        await factory.FeedAsync(s);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        async Task<JsonElement> SheetAsync(int month) =>
            await manager.GetFromJsonAsync<JsonElement>($"/api/monitoring/projects/{project.Id}?asOf=2021-{month:00}");

        var before = await SheetAsync(6);
        Assert.Equal("notSubmitted", before.GetProperty("submissionStatus").GetString());
        Assert.Equal("未提交", before.GetProperty("submissionStatusLabel").GetString());

        MonitoringSubmissionChanged Step(string status, long version, string? reason = null) =>
            new(Guid.NewGuid(), DateTimeOffset.UtcNow, project.Id, 2021, 6, status, version, "u-mgr", "经理", reason);
        await factory.PublishAsync(Step("accepted", 2));
        var accepted = await Eventually(() => SheetAsync(6), j => j.GetProperty("submissionStatus").GetString() == "accepted");
        Assert.Equal("已接受", accepted.GetProperty("submissionStatusLabel").GetString());
        Assert.True(accepted.GetProperty("submissionLocked").GetBoolean());
        Assert.Equal("经理", accepted.GetProperty("submissionChangedBy").GetString());

        // The submit (version 1) arrives after the accept; then a reopen (version 3) with its reason.
        await factory.PublishAsync(Step("submitted", 1));
        await factory.PublishAsync(Step("reopened", 3, "六月数据需更正"));
        var reopened = await Eventually(() => SheetAsync(6), j => j.GetProperty("submissionStatus").GetString() != "accepted");
        Assert.Equal("reopened", reopened.GetProperty("submissionStatus").GetString());
        Assert.Equal("已重新打开", reopened.GetProperty("submissionStatusLabel").GetString());
        Assert.Equal("六月数据需更正", reopened.GetProperty("submissionReason").GetString());
        Assert.False(reopened.GetProperty("submissionLocked").GetBoolean());

        // Another month is its own.
        Assert.Equal("notSubmitted", (await SheetAsync(7)).GetProperty("submissionStatus").GetString());
    }

    static async Task<JsonElement> Eventually(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Reporting never showed it: " + value);
            await Task.Delay(100);
        }
    }
}
