using KpiTracker.Cli.Commands;
using KpiTracker.Cli.Demo;
using KpiTracker.Declarations;
using KpiTracker.Targets;

namespace KpiTracker.Cli.Tests.Cli;

public sealed class DemoTests
{
    /// <summary>Seed 000 as the demo sees it after the import (ids made up; the 长期目标 entry gets no values).</summary>
    private static List<DemoProject> Projects()
    {
        var plan = ImportCommand.PlanFile(Kpi.SeedPath(SeedFiles.Wuhan2021), new ImportOptions());
        return plan.Projects.Where(p => !p.IsLongTermGoals).Select((p, k) => new DemoProject($"p{k}", p.Name, plan.FiscalYear, p.Body.AnnualBudget,
            p.Indicators.Select((i, n) => new DemoIndicator($"p{k}-i{n}", i.Body.Name, i.Body.Target,
                Vocabulary.Parse<Aggregation>(i.Body.Aggregation), Vocabulary.Parse<Frequency>(i.Body.Frequency))).ToList(),
            p.IsDepartmentGoals)).ToList();
    }

    /// <summary>The dashboard's summary: 项目支出 projects only, not the 部门整体支出 goals.</summary>
    private static (HashSet<Light> Lights, HashSet<Status> Statuses) Picture(List<DemoProject> projects, DemoYear year, int month, bool closed, string? closedProject = null)
    {
        var lights = new HashSet<Light>();
        var statuses = new HashSet<Status>();
        foreach (var p in projects.Where(p => !p.IsDepartmentGoals))
            foreach (var i in p.Indicators)
            {
                var forecast = year.Forecasts.Where(f => f.IndicatorId == i.Id).Select(f => (Likelihood?)Vocabulary.Parse<Likelihood>(f.Likelihood)).LastOrDefault();
                var (light, status) = DemoValues.Expected(i, year.Measurements, forecast, month, closed || p.Id == closedProject);
                lights.Add(light);
                statuses.Add(status);
            }
        return (lights, statuses);
    }

    [Fact]
    public void Every_light_and_every_open_year_status_at_mid_year()
    {
        var projects = Projects();
        var year = DemoValues.Generate(projects);
        var (lights, statuses) = Picture(projects, year, 7, closed: false);
        Assert.Equal(Enum.GetValues<Light>().ToHashSet(), lights);
        Assert.Equal([Status.Met, Status.Pending, Status.NoData], statuses.Order());
    }

    [Fact]
    public void Every_light_at_the_year_end_and_missed_once_closed()
    {
        var projects = Projects();
        var year = DemoValues.Generate(projects);
        Assert.Equal(Enum.GetValues<Light>().ToHashSet(), Picture(projects, year, 12, closed: false).Lights);
        var closed = Picture(projects, year, 12, closed: true);
        Assert.Equal(Enum.GetValues<Light>().ToHashSet(), closed.Lights);
        Assert.Contains(Status.Missed, closed.Statuses);
        Assert.Contains(Status.Met, closed.Statuses);
    }

    [Fact]
    public void With_one_project_closed_the_year_end_dashboard_has_every_light_and_every_status()
    {
        // GET /api/dashboard?departmentCode=18001&fiscalYear=2021 without asOf is the year end for a past year
        var projects = Projects();
        var year = DemoValues.Generate(projects);
        var close = DemoValues.ProjectToClose(projects, year);
        Assert.NotNull(close);
        var (lights, statuses) = Picture(projects, year, 12, closed: false, closedProject: close);
        Assert.Equal(Enum.GetValues<Light>().ToHashSet(), lights);
        Assert.Equal(Enum.GetValues<Status>().ToHashSet(), statuses);
    }

    [Fact]
    public void The_intended_light_holds_at_month_7_and_at_the_year_end()
    {
        var projects = Projects();
        var year = DemoValues.Generate(projects);
        foreach (var i in projects.SelectMany(p => p.Indicators).Where(i => i.Frequency == Frequency.Monthly))
        {
            var forecast = year.Forecasts.Where(f => f.IndicatorId == i.Id).Select(f => (Likelihood?)Vocabulary.Parse<Likelihood>(f.Likelihood)).LastOrDefault();
            var mid = DemoValues.Expected(i, year.Measurements, forecast, 7, false).Light;
            var end = DemoValues.Expected(i, year.Measurements, forecast, 12, false).Light;
            Assert.True(mid == end, $"{i.Name} {i.TargetText} ({i.Aggregation}, {year.Scenarios[i.Id]}): {mid} at July, {end} in December");
        }
    }

    [Fact]
    public void Deterministic_marked_and_within_the_fiscal_year()
    {
        var a = DemoValues.Generate(Projects());
        var b = DemoValues.Generate(Projects());
        Assert.Equal(a.Measurements, b.Measurements);
        Assert.Equal(a.Spending, b.Spending);
        Assert.Equal(a.Forecasts.Select(f => (f.IndicatorId, f.ExpectedValue, f.Likelihood)), b.Forecasts.Select(f => (f.IndicatorId, f.ExpectedValue, f.Likelihood)));
        Assert.All(a.Measurements, m => Assert.Contains(DemoValues.DemoNote, m.Note, StringComparison.Ordinal));
        Assert.All(a.Spending, s => Assert.Contains(DemoValues.DemoNote, s.Note, StringComparison.Ordinal));
        Assert.All(a.Forecasts, f => Assert.Contains(DemoValues.DemoNote, f.Note, StringComparison.Ordinal));
        Assert.All(a.Measurements, m => Assert.StartsWith("2021", m.Period, StringComparison.Ordinal));
        Assert.All(a.Measurements, m => Assert.True(m.Value is not null ^ m.Judgement is not null));
        Assert.Contains(a.Forecasts, f => f.Likelihood == "impossible" && f.DeviationReasons.Count > 0);
        Assert.All(a.Measurements.Where(m => m.Value is not null), m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public async Task Demo_imports_both_seeds_and_a_second_run_adds_nothing()
    {
        var api = new FakeApi();
        var first = await Kpi.RunAsync(api, "demo");
        Assert.True(first.Code == 0, first.Out + first.Err);
        Assert.Contains("演示数据 demo data", first.Out, StringComparison.Ordinal);
        Assert.Contains("demo code 19001 under 19 黄陂区", first.Out, StringComparison.Ordinal);
        Assert.Equal(["18", "18001", "19", "19001"], api.Departments.Keys.Order());
        Assert.Equal(9, api.Projects.Count); // each seed's 部门整体支出 form gives a 年度目标 and a 长期目标 entry
        Assert.Contains(api.Requests, r => r.Path == "/api/measurements/batch");

        // values, spending and forecasts go to what is tracked this year, never to the 长期目标 entries
        var longTerm = api.Projects.Where(p => p.Value["name"]!.GetValue<string>() == ImportPlanner.DepartmentLongTermGoalsProjectName).Select(p => p.Key).ToHashSet();
        Assert.Equal(2, longTerm.Count);
        var longTermIndicators = api.Indicators.Where(i => longTerm.Contains(i["projectId"]!.GetValue<string>())).Select(i => i["id"]!.GetValue<string>()).ToHashSet();
        Assert.NotEmpty(longTermIndicators);
        var valued = api.Writes.Where(w => w.Path == "/api/measurements/batch").SelectMany(w => w.Body!["items"]!.AsArray())
            .Concat(api.Writes.Where(w => w.Path == "/api/forecasts").Select(w => w.Body))
            .Select(x => x!["indicatorId"]!.GetValue<string>()).ToHashSet();
        Assert.Empty(valued.Intersect(longTermIndicators));
        Assert.DoesNotContain(api.Writes, w => w.Path == "/api/spending" && longTerm.Contains(w.Body!["projectId"]!.GetValue<string>()));
        Assert.Contains(api.Requests, r => r.Path == "/api/spending");
        Assert.Contains(api.Requests, r => r.Path == "/api/forecasts");
        // Steps of a state (close, submit, approve) answer 409 when taken already: they need no key.
        Assert.All(api.Writes.Where(w => !w.Path.EndsWith("/close", StringComparison.Ordinal) && !w.Path.EndsWith("/submit", StringComparison.Ordinal)
            && !w.Path.EndsWith("/approve", StringComparison.Ordinal)), w => Assert.NotNull(w.IdempotencyKey));
        Assert.Single(api.Closed);
        // Every declaration the demo made is approved, so a year can be closed on it.
        Assert.All(api.Projects.Where(p => !api.Archived.Contains(p.Key)).Select(p => p.Value), p => Assert.Equal("approved", (string?)p["status"]));

        // a second run sends the very same keys and bodies: a real server replays them
        var keys = api.Writes.Where(w => w.Path is "/api/measurements/batch" or "/api/spending" or "/api/forecasts")
            .Select(w => (w.IdempotencyKey, w.Body!.ToJsonString())).ToList();
        api.Requests.Clear();
        var second = await Kpi.RunAsync(api, "demo");
        Assert.Equal(0, second.Code);
        Assert.Equal(9, api.Projects.Count);
        Assert.DoesNotContain(api.Writes, w => w.Path == "/api/indicators");
        Assert.Equal(keys, api.Writes.Where(w => w.Path is "/api/measurements/batch" or "/api/spending" or "/api/forecasts")
            .Select(w => (w.IdempotencyKey, w.Body!.ToJsonString())).ToList());
    }

    [Fact]
    public void Seeds_are_found_from_the_copies()
    {
        var dir = SeedLocator.Find(_ => null, Path.GetTempPath());
        Assert.NotNull(dir);
        Assert.True(File.Exists(Path.Combine(dir, SeedLocator.Wuhan2021)));
        Assert.Null(SeedLocator.Find(v => v == "KPI_SEEDS_DIR" ? "/nonexistent" : null, Path.GetTempPath()));
    }
}
