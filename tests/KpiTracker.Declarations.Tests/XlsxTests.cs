namespace KpiTracker.Declarations.Tests;

public sealed class XlsxTests
{
    private static Declaration RoundTrip(Declaration doc)
    {
        using var stream = new MemoryStream();
        XlsxDeclaration.Write(stream, doc);
        stream.Position = 0;
        return XlsxDeclaration.Read(stream);
    }

    [Fact]
    public void Template_has_the_three_sheets_and_reads_back_its_example()
    {
        var back = RoundTrip(XlsxDeclaration.Example());
        Assert.DoesNotContain(back.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("18001", back.DepartmentCode);
        Assert.Equal(2021, back.FiscalYear);
        var p = Assert.Single(back.Projects);
        Assert.True(p.IsComplete);
        Assert.Equal(542.74m, p.AnnualBudget);
        Assert.Equal(new DateOnly(2020, 10, 12), p.FilledDate);
        Assert.Equal(["租赁费=130"], p.Expenses.Select(e => $"{e.Item}={e.Amount}"));
        var i = Assert.Single(p.Indicators);
        Assert.Equal(("故障响应时间", "≤2小时", 10m, "max", 2), (i.Name, i.TargetText, i.Points!.Value, i.AggregationText, i.Line));
    }

    [Fact]
    public void Seed_projects_round_trip_with_the_same_indicators()
    {
        var doc = DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Wuhan2021));
        var back = RoundTrip(doc);
        Assert.Equal(doc.DepartmentCode, back.DepartmentCode);
        Assert.Equal(doc.DepartmentName, back.DepartmentName);
        Assert.Equal(doc.FiscalYear, back.FiscalYear);
        Assert.Equal(doc.Projects.Select(p => p.Name), back.Projects.Select(p => p.Name));
        foreach (var (a, b) in doc.Projects.Zip(back.Projects))
        {
            static string Row(IndicatorDeclaration i) => $"{i.Level1Label}|{i.Level2Label}|{i.Name}|{i.TargetText}|{i.StandardLabel}";
            Assert.Equal(a.Indicators.Select(Row), b.Indicators.Select(Row));
            Assert.Equal(a.Expenses.Select(e => (e.Item, e.Amount)), b.Expenses.Select(e => (e.Item, e.Amount)));
            Assert.Equal((a.AnnualBudget, a.TotalBudget, a.LeaderName, a.LeaderPhone, a.FilledDate, a.StartYear, a.EndYear, a.OverallGoal),
                (b.AnnualBudget, b.TotalBudget, b.LeaderName, b.LeaderPhone, b.FilledDate, b.StartYear, b.EndYear, b.OverallGoal));
        }

        // and both plan the same requests
        var fromText = ImportPlanner.Plan(doc, "h", new ImportOptions { DepartmentGoals = false });
        var fromXlsx = ImportPlanner.Plan(back, "h", new ImportOptions());
        Assert.Equal(fromText.Projects.SelectMany(p => p.Indicators.Select(i => i.Body)), fromXlsx.Projects.SelectMany(p => p.Indicators.Select(i => i.Body)));
        Assert.Equal(fromText.Projects.Select(p => p.Body.Name), fromXlsx.Projects.Select(p => p.Body.Name));
    }

    [Fact]
    public void Filled_programmatically_then_parsed()
    {
        // a user fills the template: two projects, labels or codes, one indicator without a target
        var filled = XlsxDeclaration.Example() with
        {
            Projects =
            [
                XlsxDeclaration.Example().Projects[0],
                new ProjectDeclaration
                {
                    Name = "党建活动经费", TypeLabel = "recurring", AnnualBudget = 0.26m, TotalBudget = 0.26m, IsComplete = true,
                    Indicators =
                    [
                        new IndicatorDeclaration("output", "quantity", "党员人数", "13人", "plan", 0),
                        new IndicatorDeclaration("满意度指标", "服务对象满意度指标", "党员对党组安排活动满意", "≥95%", null, 0),
                        new IndicatorDeclaration("产出指标", "数量指标", "开展教育培训", null, null, 0),
                    ],
                },
            ],
        };
        var back = RoundTrip(filled);
        var p = back.Projects[1];
        Assert.True(p.IsComplete);
        Assert.Equal(["党员人数|13人", "党员对党组安排活动满意|≥95%", "开展教育培训|"], p.Indicators.Select(i => $"{i.Name}|{i.TargetText}"));
        Assert.Equal([3, 4, 5], p.Indicators.Select(i => i.Line)); // sheet rows: header, the example, then these
        var plan = ImportPlanner.Plan(back, "h", new ImportOptions());
        Assert.Equal(2, plan.Projects[1].Indicators.Count);
        Assert.Contains(plan.Skipped, s => s.Line == 5 && s.Why.Contains("指标值", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_a_workbook_is_a_clear_error()
    {
        Assert.Throws<InvalidDataException>(() => XlsxDeclaration.Read(new MemoryStream("hello"u8.ToArray())));
    }
}
