using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// A department's long-term goals (长期目标, a departmentOverall entry with longTerm) are not reported year
/// by year: none of their periods is ever overdue, while the annual entry's are; other alerts stay, and the
/// dashboard's departmentGoals rows say which entry is long-term.
/// </summary>
public sealed class LongTermGoalsTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    const string Department = "18331";

    /// <summary>A departmentOverall entry with one yearly indicator (满意度 ≥90%) that has no value.</summary>
    static (Scenario Scenario, IndicatorSnapshot Unreported) Entry(string name, bool longTerm)
    {
        var project = Scenario.NewProject(Department, ["18", Department], name, 0m) with { Type = "departmentOverall", LongTerm = longTerm };
        var s = new Scenario { Project = project };
        var unreported = s.Indicator("satisfaction", "satisfaction", "群众满意度", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "latest", "yearly");
        return (s, unreported);
    }

    [Fact]
    public async Task A_long_term_entry_has_no_overdue_alerts_and_its_dashboard_row_says_long_term()
    {
        var (annual, annualUnreported) = Entry("部门整体支出（年度目标）", longTerm: false);
        annual.Departments.Add(Scenario.Department(Department, "长期目标单位", "18", Department));
        var (longTerm, longTermUnreported) = Entry("部门整体支出（长期目标）", longTerm: true);
        // 5 against ≥2: a blue light, which a long-term entry still reports.
        var blue = longTerm.Indicator("output", "quantity", "宣传活动", "≥2场", "quantitative", ">=", 2m, "场", "higherIsBetter", false, null, "latest", "yearly");
        longTerm.Record(longTerm.Value(blue, "2021", 5m));
        await factory.FeedAsync(annual);
        await factory.FeedAsync(longTerm);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        // No asOf: overdue is counted today, long after the 2021 value was due (2022-01-10).
        var items = (await manager.GetJsonAsync($"/api/alerts?departmentCode={Department}&fiscalYear=2021"))
            .GetProperty("items").EnumerateArray().ToList();
        var overdue = Assert.Single(items, a => a.Str("kind") == "overdue");
        Assert.Equal(annualUnreported.Id, overdue.GetProperty("indicatorId").GetGuid());
        Assert.Equal("2021", overdue.Str("period"));
        Assert.DoesNotContain(items, a => a.GetProperty("indicatorId").GetGuid() == longTermUnreported.Id);
        Assert.Contains(items, a => a.Str("kind") == "blue" && a.GetProperty("indicatorId").GetGuid() == blue.Id);

        var goals = (await manager.GetJsonAsync($"/api/dashboard?departmentCode={Department}&fiscalYear=2021"))
            .GetProperty("departmentGoals").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetGuid(), g => g.GetProperty("longTerm").GetBoolean());
        Assert.Equal(new Dictionary<Guid, bool> { [annual.Project.Id] = false, [longTerm.Project.Id] = true }, goals);

        // A revision that clears the flag reaches both the (cached) dashboard and the alerts.
        var revised = longTerm.Project with { Version = 2, LongTerm = false };
        await factory.PublishAsync(new ProjectRevised(Guid.NewGuid(), DateTimeOffset.UtcNow, revised));
        await factory.WaitUntilAsync(async db => (await db.Projects.AsNoTracking().FirstAsync(p => p.Id == revised.Id)).Version == 2, "the revision");
        var row = (await manager.GetJsonAsync($"/api/dashboard?departmentCode={Department}&fiscalYear=2021"))
            .GetProperty("departmentGoals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == revised.Id);
        Assert.False(row.GetProperty("longTerm").GetBoolean());
        var after = (await manager.GetJsonAsync($"/api/alerts?departmentCode={Department}&fiscalYear=2021&kind=overdue"))
            .GetProperty("items").EnumerateArray().Select(a => a.GetProperty("indicatorId").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { annualUnreported.Id, longTermUnreported.Id }, after);
    }

    [Fact]
    public void A_project_snapshot_sent_before_long_term_existed_reads_as_not_long_term()
    {
        var snapshot = Scenario.NewProject(Department, ["18", Department], "旧消息", 1m) with { LongTerm = true };
        var old = JsonSerializer.SerializeToNode(snapshot, JsonSerializerOptions.Web)!.AsObject();
        Assert.True(old.Remove("longTerm"));

        var read = JsonSerializer.Deserialize<ProjectSnapshot>(old.ToJsonString(), JsonSerializerOptions.Web)!;

        Assert.False(read.LongTerm);
        Assert.Equal((snapshot.Id, snapshot.Name, snapshot.Archived), (read.Id, read.Name, read.Archived));
    }
}
