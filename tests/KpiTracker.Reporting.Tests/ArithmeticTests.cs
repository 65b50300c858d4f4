using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// The dashboard, monitoring and evaluation numbers against the same numbers computed here by
/// hand from DOMAIN.md's formulas. Nothing below is copied from the service's output.
/// </summary>
public sealed class ArithmeticTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static decimal R4(decimal d) => Math.Round(d, 4, MidpointRounding.AwayFromZero);
    static decimal R2(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero);

    // DOMAIN.md bands (default rule set): green p ≥ 0.8, yellow 0.6 ≤ p < 0.8, red below.
    static string Band(decimal p) => p >= 0.8m ? "green" : p >= 0.6m ? "yellow" : "red";

    [Fact]
    public async Task Dashboard_at_July_matches_the_formulas()
    {
        var sp = new StandardProject("18101");
        await factory.FeedAsync(sp.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        const int m = 7;

        var project = await manager.GetJsonAsync($"/api/dashboard/projects/{sp.Scenario.Project.Id}?asOf=2021-07");

        // 系统可用率 ≥90%, mean of Jan–Jul; not cumulative, so p = actual ÷ target.
        var availability = StandardProject.AvailabilityValues.Take(m).Sum() / m;           // 595 / 7 = 85
        Assert.Equal(85m, availability);
        var a = project.Indicator(sp.Availability.Id);
        Assert.Equal(availability, a.Dec("actual"));
        Assert.Equal(R4(availability / 90m), a.Dec("completion"));
        Assert.Equal(Band(availability / 90m), a.Str("light"));                              // 0.944 → green
        Assert.Equal("pending", a.Str("status"));
        Assert.Equal(m, a.GetProperty("trend").GetArrayLength());

        // 故障响应时间 ≤2 小时, max; January's 90 分钟 counts as 1.5 小时. 2.3 is within 20 % past the limit → yellow.
        var response = StandardProject.ResponseHours.Take(m).Max();                          // 2.3
        Assert.Equal(1.5m, 90m / 60m);
        var b = project.Indicator(sp.Response.Id);
        Assert.Equal(response, b.Dec("actual"));
        Assert.Equal(R4(2m / response), b.Dec("completion"));
        Assert.Equal(response <= 2m * 1.2m ? "yellow" : "red", b.Str("light"));
        Assert.Equal("yellow", b.Str("light"));
        Assert.Equal(1.5m, b.GetProperty("trend")[0].Dec("value"));

        // 业务培训 2 批, sum of Q1+Q2+Q3: Q3 (July–September) is still open in July, and what was reported for it
        // counts as its value to date, marked provisional (issue 10, item 2). 2 of 2: met, green.
        var batches = StandardProject.TrainingBatches[0] + StandardProject.TrainingBatches[1] + StandardProject.TrainingBatches[2]; // 2
        var c = project.Indicator(sp.Training.Id);
        Assert.Equal(batches, c.Dec("actual"));
        Assert.True(c.GetProperty("provisional").GetBoolean());
        Assert.Equal(R4(batches / 2m), c.Dec("completion"));
        Assert.Equal("met", c.Str("status"));
        Assert.Equal("green", c.Str("light"));
        Assert.True(c.GetProperty("parsedTarget").GetProperty("comparatorInferred").GetBoolean());

        // Yearly indicators have nothing due by July, but their owners reported the year so far: those values
        // count to date, provisional (issue 10, item 2). 部分达成 is yellow and pending; 95% of ≥90% is met.
        var service = project.Indicator(sp.Service.Id);
        Assert.Equal(("yellow", "pending"), (service.Str("light"), service.Str("status")));
        Assert.True(service.GetProperty("provisional").GetBoolean());
        var satisfaction = project.Indicator(sp.Satisfaction.Id);
        Assert.Equal(("green", "met"), (satisfaction.Str("light"), satisfaction.Str("status")));
        Assert.True(satisfaction.GetProperty("provisional").GetBoolean());

        // Project light: the worst indicator light (yellow). Budget: 7 × 7 spent of 100.
        Assert.Equal("yellow", project.Str("light"));
        var executed = StandardProject.SpendingJanToJul * m;                                  // 49
        Assert.Equal(executed, project.GetProperty("budget").Dec("executed"));
        Assert.Equal(Band(executed / StandardProject.AnnualBudget / (m / 12m)), project.Str("budgetLight"));

        // Score so far: declared points 20/15/15, benefit 30, satisfaction 10, budget 10 — what the year would score if it ended now.
        var scoreSoFar = R2(20m * availability / 90m)        // 18.89
            + R2(15m * 2m / response)                        // 13.04 (lower is better: points × target ÷ actual)
            + R2(15m * batches / 2m)                         // 15.00 (met)
            + R2(30m * 0.6m)                                 // 18.00: 部分达成 at its band's floor (no reviewer score)
            + 10m                                            // 95% of ≥90%: met
            + R2(10m * executed / StandardProject.AnnualBudget); // 4.90
        Assert.Equal(79.83m, scoreSoFar);
        Assert.Equal(scoreSoFar, project.Dec("score"));

        // The department dashboard: the manager of 18 sees 18101 rolled up.
        var dashboard = await manager.GetJsonAsync("/api/dashboard?departmentCode=18101&fiscalYear=2021&asOf=7");
        var summary = dashboard.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("projects").GetInt32());
        Assert.Equal(5, summary.GetProperty("indicators").GetInt32());
        var lights = summary.GetProperty("lights");
        Assert.Equal((3, 2, 0, 0, 0), (lights.GetProperty("green").GetInt32(), lights.GetProperty("yellow").GetInt32(),
            lights.GetProperty("red").GetInt32(), lights.GetProperty("blue").GetInt32(), lights.GetProperty("grey").GetInt32()));
        var status = summary.GetProperty("status");
        Assert.Equal((2, 3, 0, 0), (status.GetProperty("met").GetInt32(), status.GetProperty("pending").GetInt32(),
            status.GetProperty("missed").GetInt32(), status.GetProperty("noData").GetInt32()));
        Assert.Equal(StandardProject.AnnualBudget, summary.GetProperty("budget").Dec("annual"));
        Assert.Equal(executed, summary.GetProperty("budget").Dec("executed"));
        Assert.Equal(R4(executed / StandardProject.AnnualBudget), summary.GetProperty("budget").Dec("executionRate"));
        var row = dashboard.GetProperty("projects")[0];
        Assert.Equal("yellow", row.Str("light"));
        Assert.Equal(scoreSoFar, row.Dec("score"));
        Assert.Equal(R4(executed / StandardProject.AnnualBudget), row.Dec("budgetExecutionRate"));
        Assert.Equal(2, row.GetProperty("lights").GetProperty("yellow").GetInt32());
    }

    [Fact]
    public async Task Department_overall_goals_are_listed_apart_and_counted_in_no_project_aggregate()
    {
        var project = new StandardProject("18106");
        var goals = new StandardProject("18106", "部门整体支出（年度目标）");
        goals.Scenario.Project = goals.Scenario.Project with { Type = "departmentOverall" };
        await factory.FeedAsync(project.Scenario);
        await factory.FeedAsync(goals.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        // The dashboard's projects and summary are the 项目支出 project alone, as if the goals were absent.
        var dashboard = await manager.GetJsonAsync("/api/dashboard?departmentCode=18106&fiscalYear=2021&asOf=7");
        var summary = dashboard.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("projects").GetInt32());
        Assert.Equal(5, summary.GetProperty("indicators").GetInt32());
        // Provisional values of the open Q3 and year count (issue 10, item 2): 业务培训 and 满意度 met, green.
        Assert.Equal(3, summary.GetProperty("lights").GetProperty("green").GetInt32());
        Assert.Equal(3, summary.GetProperty("status").GetProperty("pending").GetInt32());
        Assert.Equal(StandardProject.AnnualBudget, summary.GetProperty("budget").Dec("annual"));
        Assert.Equal(StandardProject.SpendingJanToJul * 7, summary.GetProperty("budget").Dec("executed"));
        var projects = dashboard.GetProperty("projects");
        Assert.Equal(1, projects.GetArrayLength());
        Assert.Equal(project.Scenario.Project.Id, projects[0].GetProperty("id").GetGuid());

        // The goals are still visible, in a row of the same shape.
        var departmentGoals = dashboard.GetProperty("departmentGoals");
        Assert.Equal(1, departmentGoals.GetArrayLength());
        var g = departmentGoals[0];
        Assert.Equal(goals.Scenario.Project.Id, g.GetProperty("id").GetGuid());
        Assert.Equal("部门整体支出（年度目标）", g.Str("name"));
        Assert.Equal(projects[0].Str("light"), g.Str("light"));
        Assert.Equal(projects[0].Dec("score"), g.Dec("score"));
        Assert.Equal(projects[0].Dec("budgetExecutionRate"), g.Dec("budgetExecutionRate"));
        Assert.Equal(2, g.GetProperty("lights").GetProperty("yellow").GetInt32());
        Assert.Equal(0, g.GetProperty("status").GetProperty("noData").GetInt32());

        // Its own dashboard, monitoring and evaluation work as for any project.
        var own = await manager.GetJsonAsync($"/api/dashboard/projects/{goals.Scenario.Project.Id}?asOf=2021-07");
        Assert.Equal(g.Dec("score"), own.Dec("score"));
        await manager.GetJsonAsync($"/api/monitoring/projects/{goals.Scenario.Project.Id}?asOf=2021-07");
        await manager.GetJsonAsync($"/api/evaluations/projects/{goals.Scenario.Project.Id}");

        // 项目支出绩效自评 is per project: the department's list of self-evaluations leaves the goals out.
        var evaluations = await manager.GetJsonAsync("/api/evaluations/departments/18106?fiscalYear=2021");
        Assert.Equal(1, evaluations.GetProperty("projects").GetInt32());
        Assert.Equal(project.Scenario.Project.Id, evaluations.GetProperty("items")[0].GetProperty("id").GetGuid());
        var csv = await manager.GetAsync("/api/evaluations/departments/18106/export?fiscalYear=2021&format=csv");
        var text = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Equal(1, text.Split("项目支出绩效自评表,").Length - 1);
        Assert.DoesNotContain("部门整体支出", text);
    }

    [Fact]
    public async Task Monitoring_at_July_shows_forecast_reasons_and_a_linear_year_end()
    {
        var sp = new StandardProject("18102");
        await factory.FeedAsync(sp.Scenario);
        var owner = factory.ClientAs(Tokens.For("u-owner", "owner"));

        var monitoring = await owner.GetJsonAsync($"/api/monitoring/projects/{sp.Scenario.Project.Id}?asOf=2021-07");

        var budget = monitoring.GetProperty("budget");
        var executed = StandardProject.SpendingJanToJul * 7;
        Assert.Equal(executed, budget.Dec("executed"));
        Assert.Equal(R4(executed / StandardProject.AnnualBudget), budget.Dec("rate"));
        Assert.Equal(R4(executed * 12m / 7m), budget.Dec("expectedYearEnd"));                    // 84
        Assert.Equal(84m, budget.Dec("expectedYearEnd"));
        var b = monitoring.Indicator(sp.Response.Id);
        Assert.Equal(2.3m, b.Dec("actual"));
        Assert.Equal("possible", b.Str("likelihood"));
        Assert.Equal("有可能", b.Str("likelihoodLabel"));
        Assert.Equal("≤2小时", b.Str("expectedValue"));
        Assert.Equal("硬件条件保障", b.GetProperty("deviationReasons")[0].Str("label"));
        Assert.Equal("设备老化，已申请更换", b.Str("note"));
        Assert.Equal(85m, monitoring.Indicator(sp.Availability.Id).Dec("actual"));
    }

    [Fact]
    public async Task Evaluation_scores_the_year_as_the_self_evaluation_form_does()
    {
        var sp = new StandardProject("18103");
        await factory.FeedAsync(sp.Scenario);
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18103"));
        var id = sp.Scenario.Project.Id;

        var evaluation = await manager.GetJsonAsync($"/api/evaluations/projects/{id}");

        var availability = StandardProject.AvailabilityValues.Sum() / 12m;                        // 1065 / 12 = 88.75
        var response = StandardProject.ResponseHours.Max();                                        // 2.3
        var batches = StandardProject.TrainingBatches.Sum();                                       // 3 ≥ 2: met
        var executed = 7 * StandardProject.SpendingJanToJul + 5 * StandardProject.SpendingAugToDec; // 94
        var expected = new Dictionary<Guid, (decimal Points, decimal Score)>
        {
            [sp.Availability.Id] = (20m, R2(20m * availability / 90m)),    // 19.72: missed, points × actual ÷ target
            [sp.Response.Id] = (15m, R2(15m * 2m / response)),             // 13.04: lower is better, points × target ÷ actual
            [sp.Training.Id] = (15m, 15m),                                 // met → full points
            [sp.Service.Id] = (30m, R2(30m * 0.6m)),                       // 部分达成, no reviewer score yet: the band's floor
            [sp.Satisfaction.Id] = (10m, 10m),                             // 95% ≥ 90%
        };
        foreach (var (indicatorId, (points, score)) in expected)
        {
            var row = evaluation.Indicator(indicatorId);
            Assert.Equal(points, row.Dec("points"));
            Assert.Equal(score, row.Dec("score"));
        }
        var budgetScore = R2(10m * Math.Min(executed / StandardProject.AnnualBudget, 1m));          // 9.40
        var money = evaluation.GetProperty("money")[0];
        Assert.Equal("年度资金总额", money.Str("label"));
        Assert.Equal(StandardProject.AnnualBudget, money.Dec("annualBudget"));
        Assert.Equal(executed, money.Dec("executed"));
        Assert.Equal(10m, money.Dec("points"));
        Assert.Equal(R4(executed / StandardProject.AnnualBudget), money.Dec("executionRate"));
        Assert.Equal(budgetScore, money.Dec("score"));
        Assert.Equal(80m, evaluation.GetProperty("money")[1].Dec("annualBudget"));
        Assert.Equal(20m, evaluation.GetProperty("money")[3].Dec("annualBudget"));
        var total = expected.Values.Sum(e => e.Score) + budgetScore;
        Assert.Equal(85.16m, total);
        Assert.Equal(total, evaluation.Dec("total"));
        Assert.Equal("good", evaluation.Str("grade"));   // 80 ≤ total < 90
        Assert.Equal("良", evaluation.Str("gradeLabel"));
        Assert.Equal("5月线路故障，已更换设备", evaluation.Indicator(sp.Response.Id).Str("deviationNote"));
        Assert.Equal("88.75%", evaluation.Indicator(sp.Availability.Id).Str("actual"));

        // The reviewer scores 服务水平 (部分达成: [60 %, 80 %) of 30 = [18, 24)): 24 is outside, 21 inside.
        var url = $"/api/evaluations/projects/{id}/indicators/{sp.Service.Id}";
        var outside = await manager.PutEvaluationAsync(url, new { score = 24m });
        Assert.Equal(422, (int)outside.StatusCode);
        Assert.Equal("application/problem+json", outside.Content.Headers.ContentType!.MediaType);
        Assert.Equal(422, (int)(await manager.PutEvaluationAsync(url, new { score = 25m })).StatusCode);
        var inside = await manager.PutEvaluationAsync(url, new { score = 21m, deviationNote = "群众评价尚可，仍需提升" });
        Assert.Equal(200, (int)inside.StatusCode);
        Assert.Equal(422, (int)(await manager.PutEvaluationAsync($"/api/evaluations/projects/{id}/indicators/{sp.Availability.Id}", new { score = 20m })).StatusCode);

        var summary = await manager.PutEvaluationAsync($"/api/evaluations/projects/{id}/summary", new { achieved = "全年网络稳定运行，培训3批" });
        Assert.Equal(200, (int)summary.StatusCode);

        var reviewed = await manager.GetJsonAsync($"/api/evaluations/projects/{id}");
        Assert.Equal(21m, reviewed.Indicator(sp.Service.Id).Dec("score"));
        Assert.Equal(total - R2(30m * 0.6m) + 21m, reviewed.Dec("total"));     // 88.16
        Assert.Equal("全年网络稳定运行，培训3批", reviewed.GetProperty("overallGoal").Str("achieved"));
        Assert.Equal("保障全区电子政务外网稳定运行", reviewed.GetProperty("overallGoal").Str("expected"));

        var department = await manager.GetJsonAsync("/api/evaluations/departments/18103?fiscalYear=2021");
        Assert.Equal(total - R2(30m * 0.6m) + 21m, department.GetProperty("items")[0].Dec("total"));
        Assert.Equal("good", department.GetProperty("items")[0].Str("grade"));
    }
}
