using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Targets;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Issue 10: "each shipped pack's reference cases run as tests through the public API (a project set up,
/// values recorded, the evaluation read) and match to 0.01". Each case of each pack the service loads is
/// set up as the owning services would publish it (targets parsed as Indicators parses them, values in
/// the target's unit), its region assigned the pack, reviewer scores entered through the API; then the
/// dashboard and monitoring table at the case's monitoring month and the evaluation at the year end must
/// show what the case's reviewers worked out by hand.
/// </summary>
public sealed class ReferenceCaseApiTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly RulePackCatalog Catalog = RulePacks.RulePackLoader.Load(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (id, cases) in Catalog.Cases)
            for (var k = 0; k < cases.Count; k++) data.Add(id, k);
        return data;
    }

    [Fact]
    public void Every_shipped_pack_has_reference_cases() =>
        Assert.All(Catalog.Packs.Keys, id => Assert.NotEmpty(Catalog.Cases[id]));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_reference_case_through_the_api_matches_its_pack(string packId, int index)
    {
        var pack = Catalog.Packs[packId];
        var c = Catalog.Cases[packId][index];
        var root = $"RC{Catalog.Packs.Keys.ToList().IndexOf(packId)}{index:D2}";
        var department = root + "01";
        var s = new Scenario
        {
            Project = Scenario.NewProject(department, [root, department], c.Name, c.AnnualBudget, new FundingLine("generalPublicBudget", c.AnnualBudget)) with { FiscalYear = c.FiscalYear },
        };
        s.Departments.Add(Scenario.Department(root, "参考案例区", root));
        s.Departments.Add(Scenario.Department(department, "参考案例单位", root, department));
        var byKey = new Dictionary<string, IndicatorSnapshot>();
        foreach (var i in c.Indicators)
        {
            var parsed = TargetParser.Parse(i.Target, new TargetContext(i.Level1, i.Level2));
            Assert.True(parsed.Success, $"{i.Key}: {i.Target}");
            var t = parsed.Value;
            var snapshot = s.Indicator(Vocabulary.Code(i.Level1), Vocabulary.Code(i.Level2), i.Name, i.Target, Vocabulary.Code(t.Kind),
                t.Comparator is { } cmp ? Vocabulary.Code(cmp) : null, t.Value, t.IsQuantitative ? t.Unit.Symbol : null,
                t.Direction is { } d ? Vocabulary.Code(d) : null, t.ComparatorInferred, i.Points, Vocabulary.Code(i.Aggregation), Vocabulary.Code(i.Frequency));
            byKey[i.Key] = snapshot;
            var values = new List<MeasurementVersion>();
            foreach (var v in i.Values)
            {
                if (v.Judgement is { } j) { values.Add(s.Value(snapshot, v.Period.ToString(), null, judgement: Vocabulary.Code(j))); continue; }
                var value = ValueParser.Parse(v.Value, t);
                Assert.True(value.Success, $"{i.Key} {v.Period}: {v.Value}");
                values.Add(s.Value(snapshot, v.Period.ToString(), value.Value.Value));
            }
            if (values.Count > 0) s.Record([.. values]);
            foreach (var f in i.Forecasts) s.Forecast(snapshot, f.AsOf.ToString(), f.ExpectedValue, Vocabulary.Code(f.Likelihood), [], null);
        }
        foreach (var sp in c.Spending) s.Spend(sp.Period.ToString(), sp.Amount);
        await factory.FeedAsync(s);

        var admin = factory.ClientAs(Tokens.Admin);
        using (var read = await admin.GetAsync($"/api/rule-packs/assignments/{root}/{c.FiscalYear}"))
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/rule-packs/assignments/{root}/{c.FiscalYear}") { Content = JsonContent.Create(new { packId }) })
        {
            put.Headers.IfMatch.Add(read.Headers.ETag!);
            using var assigned = await admin.SendAsync(put);
            Assert.True(assigned.StatusCode == HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        }
        var id = s.Project.Id;
        foreach (var i in c.Indicators.Where(i => i.ReviewerScore is not null || i.NotApplicable))
        {
            using var reviewed = await admin.PutEvaluationAsync($"/api/evaluations/projects/{id}/indicators/{byKey[i.Key].Id}",
                i.NotApplicable ? new { notApplicable = (bool?)true, score = (decimal?)null } : new { notApplicable = (bool?)null, score = i.ReviewerScore });
            Assert.True(reviewed.StatusCode == HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync());
        }

        var problems = new List<string>();
        var month = c.MonitoringMonth ?? pack.Rules.MonitoringMonth;
        var board = await admin.GetJsonAsync($"/api/dashboard/projects/{id}?asOf={month}");
        var monitoring = await admin.GetJsonAsync($"/api/monitoring/projects/{id}?asOf={month}");
        Assert.Equal(pack.Ref.Id, board.GetProperty("rulePack").Str("id"));
        foreach (var i in c.Indicators)
        {
            if (i.Monitoring is not { } e) continue;
            var at = $"monitoring.indicators[{i.Key}]";
            var line = board.Indicator(byKey[i.Key].Id);
            Same(problems, at, "light", e.Light, line.Str("light"));
            Same(problems, at, "status", e.Status, line.Str("status"));
            Same(problems, at, "provisional", e.Provisional, line.GetProperty("provisional").GetBoolean());
            Same(problems, at, "noteRequired", e.NoteRequired, line.GetProperty("noteRequired").GetBoolean());
            Near(problems, at, "points", e.Points, Number(line, "points"));
            Near(problems, at, "score", e.Score, Number(line, "score"));
            Near(problems, at, "projectedScore", e.ProjectedScore, Number(line, "projectedScore"));
            Near(problems, at, "pointsAtRisk", e.PointsAtRisk, Number(line, "pointsAtRisk"));
            var table = monitoring.Indicator(byKey[i.Key].Id);
            Near(problems, at + "(monitoring table)", "projectedScore", e.ProjectedScore, Number(table, "projectedScore"));
            Same(problems, at + "(monitoring table)", "light", e.Light, table.Str("light"));
        }
        if (c.Monitoring is { } pm)
        {
            Same(problems, "monitoring", "budgetLight", pm.BudgetLight, board.Str("budgetLight"));
            Near(problems, "monitoring", "total", pm.Total, Number(board, "score"));
            Same(problems, "monitoring", "grade", pm.Grade, board.Str("grade"));
            Near(problems, "monitoring", "projectedTotal", pm.ProjectedTotal, Number(board, "projectedScore"));
            Same(problems, "monitoring", "projectedGrade", pm.ProjectedGrade, board.Str("projectedGrade"));
            Near(problems, "monitoring(monitoring table)", "projectedTotal", pm.ProjectedTotal, Number(monitoring, "projectedScore"));
            Same(problems, "monitoring(monitoring table)", "projectedGrade", pm.ProjectedGrade, monitoring.Str("projectedGrade"));
        }

        var evaluation = await admin.GetJsonAsync($"/api/evaluations/projects/{id}");
        var yearEnd = await admin.GetJsonAsync($"/api/dashboard/projects/{id}?asOf=12");
        Assert.Equal(pack.Ref.Id, evaluation.GetProperty("rulePack").Str("id"));
        foreach (var i in c.Indicators)
        {
            if (i.YearEnd is not { } e) continue;
            var at = $"yearEnd.indicators[{i.Key}]";
            var line = evaluation.Indicator(byKey[i.Key].Id);
            Same(problems, at, "light", e.Light, line.Str("light"));
            Same(problems, at, "status", e.Status, line.Str("status"));
            if (!line.GetProperty("notApplicable").GetBoolean()) Near(problems, at, "points", e.Points, Number(line, "points"));
            Near(problems, at, "score", e.Score, Number(line, "score"));
            var dash = yearEnd.Indicator(byKey[i.Key].Id);
            Same(problems, at, "noteRequired", e.NoteRequired, dash.GetProperty("noteRequired").GetBoolean());
            Same(problems, at, "provisional", e.Provisional, dash.GetProperty("provisional").GetBoolean());
            Near(problems, at, "projectedScore", e.ProjectedScore, Number(dash, "projectedScore"));
            Near(problems, at, "pointsAtRisk", e.PointsAtRisk, Number(dash, "pointsAtRisk"));
        }
        var y = c.YearEnd;
        var money = evaluation.GetProperty("money")[0];
        Same(problems, "yearEnd", "budgetLight", y.BudgetLight, yearEnd.Str("budgetLight"));
        Near(problems, "yearEnd", "budgetPoints", y.BudgetPoints, Number(money, "points"));
        Near(problems, "yearEnd", "budgetScore", y.BudgetScore, Number(money, "score"));
        Near(problems, "yearEnd", "total", y.Total, Number(evaluation, "total"));
        Same(problems, "yearEnd", "grade", y.Grade, evaluation.Str("grade"));
        Near(problems, "yearEnd", "projectedTotal", y.ProjectedTotal, Number(yearEnd, "projectedScore"));
        Same(problems, "yearEnd", "projectedGrade", y.ProjectedGrade, yearEnd.Str("projectedGrade"));
        Assert.True(problems.Count == 0, $"{packId} case '{c.Name}' through the API:\n  " + string.Join("\n  ", problems));
    }

    static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    static void Same<T>(List<string> problems, string at, string field, T? expected, string? actual) where T : struct, Enum
    {
        if (expected is { } e && Vocabulary.Code(e) != actual) problems.Add($"{at}.{field} is {actual ?? "none"}, expected {Vocabulary.Code(e)}");
    }

    static void Same(List<string> problems, string at, string field, bool? expected, bool actual)
    {
        if (expected is { } e && e != actual) problems.Add($"{at}.{field} is {actual}, expected {e}");
    }

    static void Near(List<string> problems, string at, string field, decimal? expected, decimal? actual)
    {
        if (expected is { } e && (actual is not { } a || Math.Abs(a - e) > ReferenceCaseRunner.Tolerance))
            problems.Add($"{at}.{field} is {actual?.ToString(CultureInfo.InvariantCulture) ?? "none"}, expected {e.ToString(CultureInfo.InvariantCulture)}");
    }
}
