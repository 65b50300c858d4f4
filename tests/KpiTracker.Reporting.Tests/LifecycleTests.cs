using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Reporting.Tests;

public sealed class LifecycleTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    /// <summary>A project whose one indicator is far behind at the year end: ≥100次, 30 reported → red.</summary>
    static Scenario RedProject(string department, out IndicatorSnapshot red)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, ["18", department], "应急演练项目", 50m, new FundingLine("generalPublicBudget", 50m)) };
        s.Departments.Add(Scenario.Department(department, "演练单位", "18", department));
        red = s.Indicator("output", "quantity", "应急演练次数", "≥100次", "quantitative", ">=", 100m, "次", "higherIsBetter", false, null, "sum", "yearly");
        s.Record(s.Value(red, "2021", 30m));
        s.Spend("2021-12", 50m);
        return s;
    }

    async Task<TaskCompletionSource<T>> ListenAsync<T>(Func<T, bool> match) where T : class
    {
        var received = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = factory.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("test-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<T>(ctx =>
            {
                if (match(ctx.Message)) received.TrySetResult(ctx.Message);
                return Task.CompletedTask;
            }));
        await handle.Ready;
        return received;
    }

    [Fact]
    public async Task Closing_needs_every_red_light_explained_then_publishes_and_a_reopen_needs_a_reason()
    {
        var s = RedProject("18301", out var red);
        await factory.FeedAsync(s);
        var id = s.Project.Id;
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        // 30 ÷ 100 = 0.3 < 0.6 → red, and no one explained it.
        var refused = await manager.PostAsync($"/api/evaluations/projects/{id}/close", null);
        Assert.Equal(422, (int)refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(red.Id, problem.GetProperty("indicators")[0].GetProperty("id").GetGuid());
        Assert.Equal("red", problem.GetProperty("indicators")[0].GetProperty("light").GetString());

        // An owner may explain, but not close; listed alone is not enough, the token must name the department too.
        var listedElsewhere = factory.ClientAs(Tokens.For("u-owner", "owner", "19"));
        Assert.Equal(HttpStatusCode.Forbidden, (await listedElsewhere.PutEvaluationAsync($"/api/evaluations/projects/{id}/indicators/{red.Id}", new { deviationNote = "x" })).StatusCode);
        var owner = factory.ClientAs(Tokens.For("u-owner", "owner", "18301"));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PutEvaluationAsync($"/api/evaluations/projects/{id}/indicators/{red.Id}", new { notApplicable = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PutEvaluationAsync($"/api/evaluations/projects/{id}/indicators/{red.Id}", new { deviationNote = "场地改造，演练推迟" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsync($"/api/evaluations/projects/{id}/close", null)).StatusCode);

        var closedEvent = await ListenAsync<ProjectYearClosed>(e => e.ProjectId == id);
        var closed = await manager.PostAsync($"/api/evaluations/projects/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var published = await closedEvent.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(2021, published.FiscalYear);
        Assert.Equal("u-mgr", published.ClosedBy);

        var evaluation = await manager.GetJsonAsync($"/api/evaluations/projects/{id}");
        Assert.True(evaluation.GetProperty("closed").GetBoolean());
        Assert.Equal("missed", evaluation.Indicator(red.Id).Str("status"));
        // Locked: no more changes until reopened.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PutEvaluationAsync($"/api/evaluations/projects/{id}/summary", new { achieved = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/evaluations/projects/{id}/reopen", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/evaluations/projects/{id}/reopen", new { })).StatusCode);
        var reopenedEvent = await ListenAsync<ProjectYearReopened>(e => e.ProjectId == id);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/evaluations/projects/{id}/reopen", new { reason = "审计发现演练记录有误" })).StatusCode);
        Assert.Equal("审计发现演练记录有误", (await reopenedEvent.Task.WaitAsync(TimeSpan.FromSeconds(15))).Reason);

        var audit = await manager.GetJsonAsync($"/api/evaluations/projects/{id}/audit");
        var reopen = audit.GetProperty("items").EnumerateArray().Single(a => a.Str("action") == "reopened");
        Assert.Equal("u-mgr", reopen.Str("by"));
        Assert.Equal("审计发现演练记录有误", reopen.Str("reason"));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.Str("action") == "closed");
    }

    [Fact]
    public async Task Alerts_list_unexplained_risks_blue_lights_and_overdue_reports_with_their_due_date()
    {
        var s = RedProject("18302", out var red);
        var blue = s.Indicator("output", "quantity", "宣传活动", "≥2场", "quantitative", ">=", 2m, "场", "higherIsBetter", false, null, "sum", "yearly");
        var monthly = s.Indicator("output", "quality", "巡检合格率", "≥95%", "quantitative", ">=", 95m, "%", "higherIsBetter", false, null, "mean", "monthly");
        s.Record(s.Value(blue, "2021", 5m), s.Value(monthly, "2021-01", 96m));
        await factory.FeedAsync(s);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18302"));

        var alerts = await manager.GetJsonAsync("/api/alerts?departmentCode=18302&fiscalYear=2021&asOf=2021-12");
        var items = alerts.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, a => a.Str("kind") == "atRisk" && a.GetProperty("indicatorId").GetGuid() == red.Id);
        Assert.Contains(items, a => a.Str("kind") == "blue" && a.GetProperty("indicatorId").GetGuid() == blue.Id);   // 5 ≥ 1.2 × 2
        // Monthly values due on the 10th of the next month: by 31 December, February–November are overdue.
        var overdue = items.Where(a => a.Str("kind") == "overdue").ToList();
        Assert.Equal(Enumerable.Range(2, 10).Select(m => $"2021-{m:00}").ToHashSet(), overdue.Select(a => a.Str("period")!).ToHashSet());
        var february = overdue.Single(a => a.Str("period") == "2021-02");
        Assert.Equal("2021-03-10", february.Str("dueSince"));
        Assert.Equal(new DateOnly(2021, 12, 31).DayNumber - new DateOnly(2021, 3, 10).DayNumber, february.GetProperty("daysOverdue").GetInt32());

        // Paged like every list; the total and the counts cover every page; a kind filter by code or label.
        var total = alerts.GetProperty("total").GetInt32();
        var pages = new List<JsonElement>();
        for (var page = 1; page <= (total + 3) / 4; page++)
            pages.AddRange((await manager.GetJsonAsync($"/api/alerts?departmentCode=18302&fiscalYear=2021&asOf=2021-12&pageSize=4&page={page}"))
                .GetProperty("items").EnumerateArray());
        Assert.Equal(items.Select(a => a.ToString()), pages.Select(a => a.ToString()));
        var onlyOverdue = await manager.GetJsonAsync("/api/alerts?departmentCode=18302&fiscalYear=2021&asOf=2021-12&kind=逾期未填报");
        Assert.Equal(overdue.Count, onlyOverdue.GetProperty("total").GetInt32());
        Assert.All(onlyOverdue.GetProperty("items").EnumerateArray(), a => Assert.Equal("overdue", a.Str("kind")));
        Assert.Equal(400, (int)(await manager.GetAsync("/api/alerts?departmentCode=18302&fiscalYear=2021&kind=late")).StatusCode);
        Assert.Equal(400, (int)(await manager.GetAsync("/api/alerts?departmentCode=18302&fiscalYear=2021&pageSize=501")).StatusCode);
    }

    [Fact]
    public async Task Duplicates_and_late_older_versions_do_not_corrupt_the_read_model()
    {
        var sp = new StandardProject("18303", withValues: false);
        await factory.FeedAsync(sp.Scenario);
        var s = sp.Scenario;

        // The same spending event delivered twice (same MessageId), and replayed under a new id: counted once.
        var spending = new SpendingRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [new SpendingEntry(Guid.NewGuid(), s.Project.Id, "2021-03", 12.5m, null, "u-owner", DateTimeOffset.UtcNow)]);
        await factory.PublishAsync(spending);
        await factory.PublishAsync(spending);
        await factory.PublishAsync(spending with { EventId = Guid.NewGuid() }, Guid.NewGuid());

        // Version 2 of a measurement, then version 1 arriving late: version 2 stays.
        var v1 = s.Value(sp.Availability, "2021-03", 70m);
        var v2 = v1 with { Version = 2, Value = 93m, CorrectionReason = "录入错误", RecordedAt = v1.RecordedAt.AddDays(1) };
        await factory.PublishAsync(new MeasurementsRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [v2]));
        await factory.PublishAsync(new MeasurementsRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [v1]));

        // An older project snapshot after a newer one: ignored.
        var renamed = s.Project with { Version = 3, Name = "网络传输建设运行费（调整）" };
        await factory.PublishAsync(new ProjectRevised(Guid.NewGuid(), DateTimeOffset.UtcNow, renamed));
        await factory.PublishAsync(new ProjectRevised(Guid.NewGuid(), DateTimeOffset.UtcNow, s.Project with { Version = 2, Name = "旧名称" }));

        // A marker published last on each queue tells us the earlier ones were handled.
        var marker = new SpendingRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [new SpendingEntry(Guid.NewGuid(), s.Project.Id, "2021-04", 1m, null, "u-owner", DateTimeOffset.UtcNow)]);
        await factory.PublishAsync(marker);
        await factory.WaitUntilAsync(async db => await db.Spending.AnyAsync(x => x.Id == marker.Items[0].Id)
            && await db.Measurements.AnyAsync(m => m.MeasurementId == v1.MeasurementId)
            && await db.Projects.AnyAsync(p => p.Id == s.Project.Id && p.Version >= 3), "the duplicates");
        await Task.Delay(500);

        var project = await factory.ReadAsync(db => db.Projects.AsNoTracking().FirstAsync(p => p.Id == s.Project.Id));
        Assert.Equal("网络传输建设运行费（调整）", project.Name);
        Assert.Equal(12.5m, project.Spending.Single(x => x.P == "2021-03").Amount);
        var measurement = await factory.ReadAsync(db => db.Measurements.AsNoTracking().SingleAsync(m => m.MeasurementId == v1.MeasurementId));
        Assert.Equal(2, measurement.Version);
        var indicator = await factory.ReadAsync(db => db.Indicators.AsNoTracking().FirstAsync(i => i.Id == sp.Availability.Id));
        Assert.Equal(93m, indicator.Series.Single().V);
    }

    [Fact]
    public async Task Rebuild_is_admin_only_clears_and_asks_for_a_replay_after_which_the_read_model_is_the_same()
    {
        var sp = new StandardProject("18304");
        await factory.FeedAsync(sp.Scenario);
        var admin = factory.ClientAs(Tokens.Admin);
        var url = $"/api/dashboard/projects/{sp.Scenario.Project.Id}?asOf=2021-12";
        var before = (await admin.GetJsonAsync(url)).ToString();
        var evaluationBefore = (await admin.GetJsonAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}")).ToString();

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Tokens.For("u-mgr", "manager", "18")).PostAsync("/api/admin/rebuild", null)).StatusCode);
        var replay = await ListenAsync<ReplayRequested>(_ => true);
        var started = await admin.PostAsync("/api/admin/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var requested = await replay.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(0, await factory.ReadAsync(db => db.Projects.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);

        // The owners answer with their state (here: the same events again, as their replay consumers publish them).
        await factory.FeedAsync(sp.Scenario);
        Assert.Equal(before, (await admin.GetJsonAsync(url)).ToString());
        Assert.Equal(evaluationBefore, (await admin.GetJsonAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}")).ToString());
        Assert.NotEqual(Guid.Empty, requested.RebuildId);
    }

    [Fact]
    public async Task A_cached_dashboard_follows_the_next_change()
    {
        var sp = new StandardProject("18305");
        await factory.FeedAsync(sp.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18305"));
        const string url = "/api/dashboard?departmentCode=18305&fiscalYear=2021&asOf=2021-12";
        var first = await manager.GetJsonAsync(url);
        var again = await manager.GetAsync(url);
        Assert.Contains("cache;desc=hit", string.Join(",", again.Headers.GetValues("Server-Timing")));
        var executed = first.GetProperty("summary").GetProperty("budget").Dec("executed");

        var stamp = await factory.ProjectStampAsync(sp.Scenario.Project.Id);
        var entry = new SpendingEntry(Guid.NewGuid(), sp.Scenario.Project.Id, "2021-12", 3m, null, "u-owner", DateTimeOffset.UtcNow);
        await factory.PublishAsync(new SpendingRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [entry]));
        await factory.WaitUntilAsync(db => db.Spending.AnyAsync(x => x.Id == entry.Id), "the new spending");
        await factory.WaitForStampsAsync(sp.Scenario.Project.Id, stamp);

        var after = await manager.GetJsonAsync(url);
        Assert.Equal(executed + 3m, after.GetProperty("summary").GetProperty("budget").Dec("executed"));
    }

    [Fact]
    public async Task A_new_value_recomputes_only_its_own_project_on_the_department_dashboard()
    {
        var changing = new StandardProject("18306", "网络传输建设运行费");
        var steady = new StandardProject("18306", "机房运维费");
        await factory.FeedAsync(changing.Scenario);
        await factory.FeedAsync(steady.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18306"));
        const string url = "/api/dashboard?departmentCode=18306&fiscalYear=2021&asOf=2021-12";
        await manager.GetJsonAsync(url);                 // computes both projects' lines
        var before = await manager.GetJsonAsync(url);

        // The year's satisfaction (≥90%, reported 95%) is corrected to 10%: met turns into not met.
        var reported = changing.Scenario.Measurements[0].Items.Single(i => i.IndicatorId == changing.Satisfaction.Id);
        var corrected = reported with { Version = 2, Value = 10m, RawValue = "10", RecordedAt = DateTimeOffset.UtcNow };
        var stamp = await factory.ProjectStampAsync(changing.Scenario.Project.Id);
        await factory.PublishAsync(new MeasurementsRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, [corrected]));
        await factory.WaitUntilAsync(db => db.Measurements.AnyAsync(x => x.MeasurementId == reported.MeasurementId && x.Version == 2), "the corrected value");
        await factory.WaitForStampsAsync(changing.Scenario.Project.Id, stamp);

        var response = await manager.GetAsync(url);
        Assert.Contains("1 of 2 computed", string.Join(",", response.Headers.GetValues("Server-Timing")));
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonElement Line(JsonElement d, Guid id) => d.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(Line(before, steady.Scenario.Project.Id).ToString(), Line(after, steady.Scenario.Project.Id).ToString());
        Assert.NotEqual(Line(before, changing.Scenario.Project.Id).ToString(), Line(after, changing.Scenario.Project.Id).ToString());
        Assert.NotEqual(before.GetProperty("summary").ToString(), after.GetProperty("summary").ToString());
    }

    [Fact]
    public async Task A_review_needs_the_current_ETag_so_two_reviewers_never_overwrite_each_other()
    {
        var sp = new StandardProject("18307");
        await factory.FeedAsync(sp.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18307"));
        var url = $"/api/evaluations/projects/{sp.Scenario.Project.Id}/summary";

        var missing = await manager.PutAsJsonAsync(url, new { achieved = "无 If-Match" });
        Assert.Equal(428, (int)missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var read = await manager.GetAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}");
        var etag = read.Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await manager.PutEvaluationAsync(url, new { achieved = "第一位复核人" })).StatusCode);

        // The second reviewer still holds the ETag read before the first one wrote.
        using var late = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { achieved = "第二位复核人" }) };
        late.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await manager.SendAsync(late)).StatusCode);
        var evaluation = await manager.GetJsonAsync($"/api/evaluations/projects/{sp.Scenario.Project.Id}");
        Assert.Equal("第一位复核人", evaluation.GetProperty("overallGoal").Str("achieved"));
    }

    [Fact]
    public async Task After_the_warm_up_a_first_dashboard_read_computes_no_project()
    {
        var sp = new StandardProject("18308");
        await factory.FeedAsync(sp.Scenario);
        // What the service runs after a start, here started by hand on the data fed above.
        // Its own configuration: the factory turns the hosted warm-up off (Reporting:WarmUpDashboards) so it cannot race other tests.
        var warmUp = ActivatorUtilities.CreateInstance<KpiTracker.Reporting.Queries.DashboardWarmUp>(factory.Services,
            (Microsoft.Extensions.Configuration.IConfiguration)new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        // A past fiscal year's dashboard defaults to December, the month the warm-up computed.
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18308"));
        var response = await manager.GetAsync("/api/dashboard?departmentCode=18308&fiscalYear=2021");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0 of 1 computed", string.Join(",", response.Headers.GetValues("Server-Timing")));
    }
}
