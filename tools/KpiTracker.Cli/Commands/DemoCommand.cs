using System.Text.Json;
using KpiTracker.Cli.Cli;
using KpiTracker.Cli.Demo;
using KpiTracker.Declarations;
using KpiTracker.Declarations.Api;
using KpiTracker.Targets;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi demo`: both seed documents, imported, with a plausible year of data on top.</summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Summary => "load the demo data: both seed documents and a plausible year of values";
    public string Help => $"""
        Usage: kpi demo [--url URL] [--token T] [--seeds DIR]

        Imports the two seed documents (real budget disclosures) and adds DEMO DATA, marked
        "{DemoValues.DemoNote}" in every note:
          000 (武汉市东西湖区大数据中心, 2021) as department 18001 under 18 东西湖区
          004 (黄陂区大数据中心, 2020, no code in the document) as department 19001 under 19 黄陂区
        with every project owned by u-owner-18001 or u-owner-19001 (the demo owners of the web's sign-in page),
        and the demo users made through /api/users: admin, and per department manager-, owner- and auditor-
        (password $KPI_DEMO_PASSWORD, else kpi-demo-2021; owner-18001 is u-owner-18001).
        Then, per department and fiscal year, monthly measurements for all 12 months (POST
        /api/measurements/batch), monthly spending (POST /api/spending) and mid-year forecasts as of
        month {DemoValues.MonitoringMonth} (POST /api/forecasts). The values are deterministic and chosen so the dashboard
        of 18001/2021 shows every light (green, yellow, red, blue, grey) and every status that an open
        year can have (met, pending, noData; missed once the year is closed).
        Running it again adds nothing (existing projects are found, every POST has an Idempotency-Key).
        Seeds: --seeds DIR, else $KPI_SEEDS_DIR, else shared/seeds above the repository, else the copies in
        tools/KpiTracker.Cli/DemoData.
        {Common.ConnectionHelp}
        """;

    private static readonly OptionSpec[] Specs = [new("seeds"), Common.Url, Common.Token];

    /// <summary>
    /// The two seeds, where they go, and the demo owner of their projects (the web's development
    /// sign-in lists u-owner-18001 and u-owner-19001, so an owner's pages have projects to show).
    /// </summary>
    internal static readonly (string File, string? Code, string ParentCode, string ParentName, string Owner)[] Seeds =
    [
        (SeedLocator.Wuhan2021, "18001", "18", "东西湖区", DemoUsers.OwnerOf("18001")),
        (SeedLocator.Huangpi2020, "19001", "19", "黄陂区", DemoUsers.OwnerOf("19001")),
    ];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs);
        if (a is null) return ExitCodes.Ok;
        var dir = a.Value("seeds") is { } given
            ? Path.GetFullPath(given, context.WorkingDirectory)
            : SeedLocator.Find(context.Env, context.WorkingDirectory);
        if (dir is null || !Seeds.All(s => File.Exists(Path.Combine(dir, s.File))))
            throw new CliFailure($"the seed documents ({SeedLocator.Wuhan2021}, {SeedLocator.Huangpi2020}) were not found{(dir is null ? "" : " in " + dir)}; set KPI_SEEDS_DIR or --seeds");

        var o = context.Out;
        o.WriteLine($"DEMO DATA ({DemoValues.DemoNote}): seeds from {dir}");
        using var api = Common.Api(a, context);
        var failed = false;
        foreach (var seed in Seeds)
        {
            var plan = ImportCommand.PlanFile(Path.Combine(dir, seed.File), new ImportOptions
            {
                DepartmentCode = seed.Code, ParentCode = seed.ParentCode, ParentName = seed.ParentName, Owners = [seed.Owner],
            });
            if (seed.File == SeedLocator.Huangpi2020)
                o.WriteLine($"{seed.File}: the document gives no department code; demo code {seed.Code} under {seed.ParentCode} {seed.ParentName}");
            var result = await Common.ImportAsync(api, context, plan, ct);
            o.WriteLine($"{seed.File}: department {plan.Department.Code} {plan.Department.Name} ({result.Department}), fiscal year {plan.FiscalYear}: "
                + $"projects {result.ProjectsCreated} created, {result.ProjectsExisting} existing, {result.ProjectsFailed} failed; "
                + $"indicators {result.IndicatorsCreated} created, {result.IndicatorsExisting} existing, {result.IndicatorsFailed} failed, {plan.Skipped.Count} skipped");
            foreach (var f in result.Failures) o.WriteLine("  failed: " + f);
            failed |= result.Failed;

            // A year closes only on an approved declaration (issue 12): the demo's declarations are
            // submitted and approved as the admin, as a finance bureau would have done by now.
            foreach (var p in result.Projects.Where(p => p.Id is not null))
                if (await ApproveAsync(api, p.Id!, ct) is { } refusal)
                {
                    o.WriteLine($"  failed: approving the declaration of {p.Name}: {refusal}");
                    failed = true;
                }

            var projects = new List<DemoProject>();
            foreach (var p in result.Projects.Where(p => p.Id is not null))
            {
                var planned = plan.Projects.First(x => x.Name == p.Name);
                // the 长期目标 span several years: the demo year is about what is tracked this year
                if (planned.IsLongTermGoals) continue;
                var body = planned.Body;
                var items = await ImportRunner.ListAllAsync(api, $"/api/indicators?projectId={Uri.EscapeDataString(p.Id!)}", ct);
                projects.Add(new DemoProject(p.Id!, p.Name, plan.FiscalYear, body.AnnualBudget, items.Select(ToDemo).OfType<DemoIndicator>().ToList(), p.IsDepartmentGoals));
            }
            failed |= !await LoadYearAsync(api, context, plan, projects, ct);
        }
        failed |= !await DemoUsers.EnsureAsync(api, context, Seeds.Select(s => s.Code!), ct);
        o.WriteLine(failed ? "Demo data loaded with failures (see above)." : "Demo data loaded. Try: GET /api/dashboard?departmentCode=18001&fiscalYear=2021");
        return failed ? ExitCodes.Failure : ExitCodes.Ok;
    }

    /// <summary>
    /// One batch, then the items that failed (the Measurements service may not know a new indicator
    /// yet) again, up to 5 times. Retries carry keys derived from the first, so a re-run replays them
    /// too; a period already recorded answers 409, which counts as done.
    /// </summary>
    private static async Task<(int Created, int Replayed, List<(DemoMeasurement Item, string Problem)> Failures)> SendBatchAsync(
        ApiClient api, List<DemoMeasurement> items, string key, CancellationToken ct)
    {
        var created = 0;
        var replayed = 0;
        var pending = items;
        var failures = new List<(DemoMeasurement, string)>();
        for (var attempt = 0; attempt < 5 && pending.Count > 0; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var body = new { items = pending.Select(m => new { m.IndicatorId, m.Period, m.Value, m.Judgement, m.Note }).ToList() };
            var r = await api.PostAsync("/api/measurements/batch", body, attempt == 0 ? key : $"{key}-r{attempt}", ct);
            failures = [];
            if (!r.IsSuccess)
            {
                failures = pending.Select(m => (m, r.Describe())).ToList();
                if (r.Code is 404 or 409 or >= 500) continue;
                break;
            }
            var next = new List<DemoMeasurement>();
            if (r.Json is { } j && j.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in results.EnumerateArray())
                {
                    var status = item.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : 0;
                    var index = item.TryGetProperty("index", out var ix) && ix.TryGetInt32(out var k) ? k : -1;
                    if (status is >= 200 and < 300)
                    {
                        if (r.Replayed) replayed++;
                        else created++;
                    }
                    else if (status == 409) replayed++;
                    else if (index >= 0 && index < pending.Count)
                    {
                        next.Add(pending[index]);
                        var problem = item.TryGetProperty("problem", out var pr) ? new ApiResponse((System.Net.HttpStatusCode)status, pr, null, false, pr.ToString()).Describe() : $"HTTP {status}";
                        failures.Add((pending[index], problem));
                    }
                }
            }
            pending = next;
        }
        return (created, replayed, failures);
    }

    /// <summary>A POST with up to 4 retries on 404 (replica not there yet), 409 (first request still running) and 5xx.</summary>
    private static async Task<ApiResponse> PostWithRetryAsync(ApiClient api, string path, object body, string key, CancellationToken ct)
    {
        var r = await api.PostAsync(path, body, key, ct);
        for (var attempt = 1; attempt < 5 && Retryable(r); attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            r = await api.PostAsync(path, body, $"{key}-r{attempt}", ct);
        }
        return r;
    }

    private static void PrintExpected(TextWriter o, List<DemoProject> projects, DemoYear year, int month, string? closedProject, string when)
    {
        var lights = new Dictionary<Light, int>();
        var statuses = new Dictionary<Status, int>();
        // the dashboard's summary counts 项目支出 projects only (not the 部门整体支出 goals)
        foreach (var p in projects.Where(p => !p.IsDepartmentGoals))
            foreach (var i in p.Indicators)
            {
                var (light, status) = DemoValues.Expected(i, year.Measurements, DemoValues.ForecastOf(year, i.Id), month, yearClosed: month == 12 && p.Id == closedProject);
                lights[light] = lights.GetValueOrDefault(light) + 1;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        o.WriteLine($"  expected at {when}: lights "
            + string.Join(", ", Vocabulary.Values<Light>().Select(l => $"{Vocabulary.Code(l)} {lights.GetValueOrDefault(l)}"))
            + "; status " + string.Join(", ", Vocabulary.Values<Status>().Select(s => $"{Vocabulary.Code(s)} {statuses.GetValueOrDefault(s)}")));
    }

    private static bool Retryable(ApiResponse r) => r.Code is 404 or >= 500 || (r.Code == 409 && r.String("title") == "Request still running");

    /// <summary>
    /// Submits and approves a declaration; null when it is approved (now or before), else why not. A 409 is a
    /// step already taken (a re-run), so it goes on to the next.
    /// </summary>
    private static async Task<string?> ApproveAsync(ApiClient api, string projectId, CancellationToken ct)
    {
        foreach (var step in new[] { "submit", "approve" })
        {
            var r = await api.PostAsync($"/api/projects/{Uri.EscapeDataString(projectId)}/{step}", new { }, null, ct);
            if (!r.IsSuccess && r.Code != 409) return $"{step}: {r.Describe()}";
        }
        return null;
    }

    /// <summary>Closes a project's year; null when closed (or already closed), else why not. Retries while Reporting catches up.</summary>
    private static async Task<(bool ClosedNow, string? Error)> CloseAsync(ApiClient api, string projectId, CancellationToken ct)
    {
        ApiResponse r = null!;
        for (var attempt = 0; attempt < 15; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromSeconds(2), ct);
            r = await api.PostAsync($"/api/evaluations/projects/{projectId}/close", new { }, null, ct);
            if (r.IsSuccess) return (true, null);
            if (r.Code == 409) return (false, null);
            if (r.Code is not (404 or 422 or >= 500)) break;
        }
        return (false, r.Describe());
    }

    private static DemoIndicator? ToDemo(JsonElement e)
    {
        string? S(string n) => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (S("id") is not { } id || S("target") is not { } target) return null;
        var parsed = TargetParser.Parse(target);
        var (aggregation, frequency) = parsed.Success ? IndicatorDefaults.For(parsed.Value, S("name")) : (Aggregation.Latest, Frequency.Monthly);
        if (Vocabulary.TryParse<Aggregation>(S("aggregation"), out var ag)) aggregation = ag;
        if (Vocabulary.TryParse<Frequency>(S("frequency"), out var fr)) frequency = fr;
        return new DemoIndicator(id, S("name") ?? "", target, aggregation, frequency);
    }

    /// <summary>Posts the generated year; false when some of it was refused.</summary>
    private static async Task<bool> LoadYearAsync(ApiClient api, CliContext context, ImportPlan plan, List<DemoProject> projects, CancellationToken ct)
    {
        var o = context.Out;
        var year = DemoValues.Generate(projects);
        var ok = true;
        var refused = new List<string>();
        var created = 0;
        var replayed = 0;
        using (var progress = new Progress(context, $"demo {plan.Department.Code}", projects.Count + year.Spending.Count + year.Forecasts.Count))
        {
            foreach (var project in projects)
            {
                var ids = project.Indicators.Select(i => i.Id).ToHashSet();
                var items = year.Measurements.Where(m => ids.Contains(m.IndicatorId)).ToList();
                for (var chunk = 0; chunk * 5000 < items.Count; chunk++)
                {
                    var part = items.Skip(chunk * 5000).Take(5000).ToList();
                    var (added, again, failures) = await SendBatchAsync(api, part, ImportPlanner.Key(plan.ContentHash, $"demo|measurements|{project.Id}|{chunk}"), ct);
                    created += added;
                    replayed += again;
                    refused.AddRange(failures.Select(f => $"measurement {f.Item.Period} of {project.Indicators.First(i => i.Id == f.Item.IndicatorId).Name} ({project.Name}): {f.Problem}"));
                }
                progress.Step();
            }

            var spendingCount = 0;
            foreach (var s in year.Spending)
            {
                var r = await PostWithRetryAsync(api, "/api/spending", new { s.ProjectId, s.Period, s.Amount, s.Note },
                    ImportPlanner.Key(plan.ContentHash, $"demo|spending|{s.ProjectId}|{s.Period}"), ct);
                if (r.IsSuccess || r.Code == 409) spendingCount += r.IsSuccess && !r.Replayed ? 1 : 0;
                else refused.Add($"spending {s.Period} of {projects.First(p => p.Id == s.ProjectId).Name}: {r.Describe()}");
                progress.Step();
            }

            var forecastCount = 0;
            foreach (var f in year.Forecasts)
            {
                var r = await PostWithRetryAsync(api, "/api/forecasts", new { f.IndicatorId, f.AsOf, f.ExpectedValue, f.Likelihood, f.DeviationReasons, f.Note },
                    ImportPlanner.Key(plan.ContentHash, $"demo|forecast|{f.IndicatorId}|{f.AsOf}"), ct);
                if (r.IsSuccess || r.Code == 409) forecastCount += r.IsSuccess && !r.Replayed ? 1 : 0;
                else refused.Add($"forecast for {f.IndicatorId}: {r.Describe()}");
                progress.Step();
            }
            o.WriteLine($"  {plan.Department.Code}/{plan.FiscalYear} demo year: {created} measurements new ({year.Measurements.Count} generated, {replayed} already there), "
                + $"{spendingCount} spending entries new ({year.Spending.Count} generated), {forecastCount} forecasts new ({year.Forecasts.Count} generated, "
                + $"{year.Forecasts.Count(x => x.Likelihood == "impossible")} 完全不可能)");
        }

        // close one reviewed project's year, so the year-end dashboard also shows missed targets
        if (DemoValues.ProjectToClose(projects, year) is { } closeId)
        {
            var name = projects.First(p => p.Id == closeId).Name;
            var (closedNow, error) = await CloseAsync(api, closeId, ct);
            if (error is not null) refused.Add($"closing the year of {name}: {error}");
            else o.WriteLine(closedNow
                ? $"  closed the {plan.FiscalYear} year of {name} (reviewed; its unmet targets now show as missed)"
                : $"  the {plan.FiscalYear} year of {name} was already closed");
        }

        // what the dashboard should show, computed with the same rules the services use
        PrintExpected(o, projects, year, DemoValues.MonitoringMonth, null, $"{plan.FiscalYear}-{DemoValues.MonitoringMonth:00}");
        PrintExpected(o, projects, year, 12, DemoValues.ProjectToClose(projects, year), $"the year end (the dashboard's default for a past year)");
        foreach (var r in refused.Take(20)) o.WriteLine("  refused: " + r);
        if (refused.Count > 20) o.WriteLine($"  … and {refused.Count - 20} more refused");
        ok &= refused.Count == 0;
        return ok;
    }
}
