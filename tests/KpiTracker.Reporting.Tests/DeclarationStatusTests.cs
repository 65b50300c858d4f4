using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// The declaration's status in Reporting (issue 12, item 2): every dashboard line shows it with its label, and
/// a year can only be closed on an approved declaration (409 naming the status).
/// </summary>
public sealed class DeclarationStatusTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static Scenario Project(string department, string status)
    {
        var project = Scenario.NewProject(department, ["18", department], "送审中的项目", 50m, new FundingLine("generalPublicBudget", 50m)) with { Status = status };
        var s = new Scenario { Project = project };
        s.Departments.Add(Scenario.Department(department, "送审单位", "18", department));
        var met = s.Indicator("output", "quantity", "培训次数", "≥2次", "quantitative", ">=", 2m, "次", "higherIsBetter", false, null, "sum", "yearly");
        s.Record(s.Value(met, "2021", 3m));
        s.Spend("2021-12", 50m);
        return s;
    }

    [Fact]
    public async Task A_submitted_declarations_year_does_not_close_and_its_status_shows_on_the_dashboard()
    {
        var s = Project("18401", "submitted");
        await factory.FeedAsync(s);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        var refused = await manager.PostAsync($"/api/evaluations/projects/{s.Project.Id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("submitted", problem.GetProperty("declarationStatus").GetString());
        Assert.Equal("已送审", problem.GetProperty("declarationStatusLabel").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("declarationStatus", out _));

        var dashboard = await manager.GetFromJsonAsync<JsonElement>("/api/dashboard?departmentCode=18401&fiscalYear=2021");
        var line = dashboard.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == s.Project.Id);
        Assert.Equal("submitted", line.GetProperty("declarationStatus").GetString());
        Assert.Equal("已送审", line.GetProperty("declarationStatusLabel").GetString());
        var one = await manager.GetFromJsonAsync<JsonElement>($"/api/dashboard/projects/{s.Project.Id}");
        Assert.Equal("已送审", one.GetProperty("declarationStatusLabel").GetString());

        // Approved (a later snapshot), the same year closes.
        await factory.PublishAsync(new ProjectRevised(Guid.NewGuid(), DateTimeOffset.UtcNow, s.Project with { Version = s.Project.Version + 1, Status = "approved" }));
        for (var seen = ""; seen != "approved"; await Task.Delay(100))
            seen = (await manager.GetFromJsonAsync<JsonElement>($"/api/dashboard/projects/{s.Project.Id}")).GetProperty("declarationStatus").GetString()!;
        var closed = await manager.PostAsync($"/api/evaluations/projects/{s.Project.Id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    [Fact]
    public async Task A_snapshot_from_before_the_chain_reads_as_approved()
    {
        var s = Project("18402", "approved");
        await factory.FeedAsync(s);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        var one = await manager.GetFromJsonAsync<JsonElement>($"/api/dashboard/projects/{s.Project.Id}");
        Assert.Equal("approved", one.GetProperty("declarationStatus").GetString());
        Assert.Equal("已批复", one.GetProperty("declarationStatusLabel").GetString());
    }
}
