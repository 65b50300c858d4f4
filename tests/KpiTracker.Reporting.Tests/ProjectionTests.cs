using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Issue 10, items 2–4 through Reporting's API: a still-open period's value counts as provisional, the
/// projected year end on the dashboard and in the monitoring table, and every score's explanation.
/// </summary>
public sealed class ProjectionTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static Scenario NewYear(string department, string name, decimal annual)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, ["18", department], name, annual, new FundingLine("generalPublicBudget", annual)) };
        s.Departments.Add(Scenario.Department(department, "预测测试单位", "18", department));
        return s;
    }

    static JsonElement ByName(JsonElement root, string name) =>
        root.GetProperty("indicators").EnumerateArray().Single(i => i.Str("name") == name);

    [Fact]
    public async Task A_yearly_half_yearly_or_quarterly_value_of_the_open_period_counts_to_date_marked_provisional()
    {
        var s = NewYear("18601", "年度指标项目", 100m);
        var yearly = s.Indicator("satisfaction", "satisfaction", "群众满意度", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "latest", "yearly");
        var half = s.Indicator("output", "quantity", "培训人次", "≥200人次", "quantitative", ">=", 200m, "人次", "higherIsBetter", false, null, "sum", "halfYearly");
        var quarter = s.Indicator("output", "quality", "系统可用率", "≥99%", "quantitative", ">=", 99m, "%", "higherIsBetter", false, null, "mean", "quarterly");
        var judged = s.Indicator("benefit", "social", "服务效果", "效果明显", "qualitative", null, null, null, null, false, null, "latest", "yearly");
        s.Record(s.Value(yearly, "2021", 92m), s.Value(half, "2021-H1", 120m), s.Value(half, "2021-H2", 60m),
            s.Value(quarter, "2021-Q1", 99.5m), s.Value(quarter, "2021-Q2", 99.5m), s.Value(quarter, "2021-Q3", 99.9m),
            s.Value(judged, "2021", null, judgement: "achieved"));
        await factory.FeedAsync(s);
        var client = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        // August: the year, H2 and Q3 are open; what was reported for them is the value to date.
        var august = await client.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=2021-08");
        var y = ByName(august, "群众满意度");
        Assert.Equal(92m, y.Dec("actual"));
        Assert.True(y.GetProperty("provisional").GetBoolean());
        Assert.Equal("green", y.Str("light"));
        Assert.NotEqual("noData", y.Str("status"));
        var h = ByName(august, "培训人次");
        Assert.Equal(180m, h.Dec("actual"));
        Assert.True(h.GetProperty("provisional").GetBoolean());
        var q = ByName(august, "系统可用率");
        Assert.Equal(99.6333m, Math.Round(q.Dec("actual"), 4));
        Assert.True(q.GetProperty("provisional").GetBoolean());
        var j = ByName(august, "服务效果");
        Assert.Equal("achieved", j.Str("judgement"));
        Assert.True(j.GetProperty("provisional").GetBoolean());
        var monitoring = await client.GetJsonAsync($"/api/monitoring/projects/{s.Project.Id}?asOf=2021-08");
        Assert.True(ByName(monitoring, "群众满意度").GetProperty("provisional").GetBoolean());
        Assert.Equal(92m, ByName(monitoring, "群众满意度").Dec("actual"));

        // June: H1 has ended (not provisional), Q3 has not started (its value does not count yet).
        var june = await client.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=2021-06");
        Assert.Equal(120m, ByName(june, "培训人次").Dec("actual"));
        Assert.False(ByName(june, "培训人次").GetProperty("provisional").GetBoolean());
        Assert.Equal(99.5m, ByName(june, "系统可用率").Dec("actual"));
        Assert.False(ByName(june, "系统可用率").GetProperty("provisional").GetBoolean());

        // The year end: every period has ended, nothing is provisional.
        var december = await client.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=12");
        Assert.All(december.GetProperty("indicators").EnumerateArray(), i => Assert.False(i.GetProperty("provisional").GetBoolean()));
    }

    /// <summary>
    /// Output ≥90% (mean of months, 85 so far), benefit ≥100次 (yearly sum, nothing yet), satisfaction ≥95%
    /// (yearly), budget 120 spent at 10 a month. Every forecast at July says 确定能: 85%, 80次, and the
    /// satisfaction target itself.
    /// </summary>
    [Fact]
    public async Task A_year_whose_forecasts_all_say_certain_is_projected_at_the_score_it_gets_once_they_come_true()
    {
        var s = NewYear("18602", "全部确定能的项目", 120m);
        var output = s.Indicator("output", "quality", "机房正常运行", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "mean", "monthly");
        var benefit = s.Indicator("benefit", "social", "应急演练次数", "≥100次", "quantitative", ">=", 100m, "次", "higherIsBetter", false, null, "sum", "yearly");
        var satisfaction = s.Indicator("satisfaction", "satisfaction", "群众满意度", "≥95%", "quantitative", ">=", 95m, "%", "higherIsBetter", false, null, "latest", "yearly");
        for (var m = 1; m <= 7; m++)
        {
            s.Record(s.Value(output, $"2021-{m:D2}", 85m));
            s.Spend($"2021-{m:D2}", 10m);
        }
        s.Forecast(output, "2021-07", "85%", "certain", [], null);
        s.Forecast(benefit, "2021-07", "80次", "certain", [], null);
        s.Forecast(satisfaction, "2021-07", "", "certain", [], null);
        await factory.FeedAsync(s);
        var client = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        var monitoring = await client.GetJsonAsync($"/api/monitoring/projects/{s.Project.Id}?asOf=2021-07");
        // 50 × 85 ÷ 90 = 47.22, 30 × 80 ÷ 100 = 24, 10, budget 70 × 12 ÷ 7 = 120 of 120: 10.
        Assert.Equal(91.22m, monitoring.Dec("projectedScore"));
        Assert.Equal("excellent", monitoring.Str("projectedGrade"));
        Assert.Equal(8.78m, monitoring.Dec("pointsAtRisk"));
        Assert.Equal(85m, ByName(monitoring, "机房正常运行").Dec("projectedActual"));
        Assert.Equal("forecast", ByName(monitoring, "机房正常运行").Str("projectionSource"));
        Assert.Equal(6m, ByName(monitoring, "应急演练次数").Dec("pointsAtRisk"));
        var row = (await client.GetJsonAsync("/api/dashboard?departmentCode=18602&fiscalYear=2021&asOf=2021-07")).GetProperty("projects")[0];
        Assert.Equal(91.22m, row.Dec("projectedScore"));
        Assert.Equal("excellent", row.Str("projectedGrade"));
        var board = await client.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=2021-07");
        Assert.Equal(91.22m, board.Dec("projectedScore"));

        // The forecasts come true.
        var rest = new Scenario { Project = s.Project };
        for (var m = 8; m <= 12; m++)
        {
            rest.Record(rest.Value(output, $"2021-{m:D2}", 85m));
            rest.Spend($"2021-{m:D2}", 10m);
        }
        rest.Indicators.AddRange(s.Indicators);
        rest.Record(rest.Value(benefit, "2021", 80m), rest.Value(satisfaction, "2021", 95m));
        foreach (var m in rest.Measurements) await factory.PublishAsync(m);
        foreach (var sp in rest.Spending) await factory.PublishAsync(sp);
        await factory.WaitUntilAsync(async db =>
            (await db.MeasurementCountAsync(s.Project.Id)) == 12 + 2 && (await db.ProjectSpendingAsync(s.Project.Id)) == 120m, "the rest of the year");

        var evaluation = await client.GetJsonAsync($"/api/evaluations/projects/{s.Project.Id}");
        Assert.Equal(91.22m, evaluation.Dec("total"));
        Assert.Equal("excellent", evaluation.Str("grade"));
    }

    [Fact]
    public async Task An_impossible_forecast_lists_that_indicators_points_at_risk()
    {
        var s = NewYear("18603", "有完全不可能的项目", 100m);
        var drills = s.Indicator("output", "quantity", "应急演练次数", "≥100次", "quantitative", ">=", 100m, "次", "higherIsBetter", false, null, "sum", "monthly");
        var satisfaction = s.Indicator("satisfaction", "satisfaction", "群众满意度", "≥95%", "quantitative", ">=", 95m, "%", "higherIsBetter", false, null, "latest", "yearly");
        for (var m = 1; m <= 7; m++) s.Record(s.Value(drills, $"2021-{m:D2}", 10m));
        s.Forecast(drills, "2021-07", "", "impossible", ["funding"], "场地改造");
        s.Forecast(satisfaction, "2021-07", "96%", "certain", [], null);
        for (var m = 1; m <= 7; m++) s.Spend($"2021-{m:D2}", 8m);
        await factory.FeedAsync(s);
        var client = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));

        var monitoring = await client.GetJsonAsync($"/api/monitoring/projects/{s.Project.Id}?asOf=2021-07");
        var d = ByName(monitoring, "应急演练次数");
        // 完全不可能: the 70 so far stay 70 (no pace), 50 × 70 ÷ 100 = 35 of the output's points: 15 at risk.
        Assert.Equal("impossible", d.Str("likelihood"));
        Assert.Equal(70m, d.Dec("projectedActual"));
        Assert.True(d.Dec("pointsAtRisk") > 0m);
        Assert.Equal(d.Dec("points") - d.Dec("projectedScore"), d.Dec("pointsAtRisk"));
        Assert.Equal(0m, ByName(monitoring, "群众满意度").Dec("pointsAtRisk"));
        Assert.True(monitoring.Dec("pointsAtRisk") >= d.Dec("pointsAtRisk"));
        Assert.Equal(100m - monitoring.Dec("pointsAtRisk"), monitoring.Dec("projectedScore"));
        var board = await client.GetJsonAsync($"/api/dashboard/projects/{s.Project.Id}?asOf=2021-07");
        Assert.Equal(d.Dec("pointsAtRisk"), ByName(board, "应急演练次数").Dec("pointsAtRisk"));
    }

    [Fact]
    public async Task Every_scored_indicator_of_an_evaluation_carries_its_explanation()
    {
        var s = NewYear("18604", "可解释的项目", 100m);
        var rate = s.Indicator("output", "quality", "机房正常运行", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "mean", "yearly");
        var judged = s.Indicator("benefit", "social", "服务效果", "效果明显", "qualitative", null, null, null, null, false, null, "latest", "yearly");
        s.Record(s.Value(rate, "2021", 89m), s.Value(judged, "2021", null, judgement: "partiallyAchieved"));
        s.Spend("2021-12", 86m);
        await factory.FeedAsync(s);
        var evaluation = await factory.ClientAs(Tokens.For("u-mgr", "manager", "18")).GetJsonAsync($"/api/evaluations/projects/{s.Project.Id}");

        foreach (var i in evaluation.GetProperty("indicators").EnumerateArray())
        {
            var x = i.GetProperty("explanation");
            Assert.Equal(i.Dec("score"), x.Dec("score"));
            Assert.Equal(i.Dec("points"), x.Dec("points"));
            Assert.Equal("default", x.GetProperty("pack").Str("id"));
            Assert.False(string.IsNullOrWhiteSpace(x.Str("ruleText")));
            Assert.False(string.IsNullOrWhiteSpace(x.Str("formula")));
        }
        var r = ByName(evaluation, "机房正常运行").GetProperty("explanation");
        Assert.Equal("proportional", r.Str("rule"));
        Assert.Equal(89m, r.GetProperty("inputs").Dec("actual"));
        Assert.Contains("89", r.Str("expression"));
        Assert.Contains("90", r.Str("expression"));
        Assert.Equal("judgementBandFloor", ByName(evaluation, "服务效果").GetProperty("explanation").Str("rule"));
        var budget = evaluation.GetProperty("budgetExplanation");
        // No satisfaction indicator: the level-1s present are rescaled to 100, the budget with them (10 → 11.11).
        Assert.Equal(Math.Round(budget.Dec("points") * 0.86m, 2, MidpointRounding.AwayFromZero), budget.Dec("score"));
        Assert.Equal(evaluation.GetProperty("money")[0].Dec("score"), budget.Dec("score"));
    }
}
