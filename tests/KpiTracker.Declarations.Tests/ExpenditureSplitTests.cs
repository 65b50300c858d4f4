namespace KpiTracker.Declarations.Tests;

/// <summary>
/// 支出构成 of the 部门整体支出绩效目标申报表: the current-year 基本支出 and 项目支出 (seed 000 lines 596–597:
/// 基本支出 528.97, 项目支出 767.73; 483.92 and 802.82 are 2020's) go into the declaration and the plan.
/// </summary>
public sealed class ExpenditureSplitTests
{
    private static readonly string[] Lines = SeedFiles.Lines(SeedFiles.Wuhan2021);

    private static Declaration Parse(IEnumerable<string> lines) => DeclarationTextParser.Parse(string.Join('\n', lines));

    [Fact]
    public void Seed_000_gives_the_current_year_split()
    {
        var g = Parse(Lines).DepartmentGoals!;
        Assert.Equal(1296.7m, g.AnnualBudget);
        Assert.Equal(528.97m, g.BasicExpenditure);
        Assert.Equal(767.73m, g.ProjectExpenditure);
    }

    [Fact]
    public void A_form_without_the_split_reads_as_null_without_a_problem()
    {
        var full = Parse(Lines);
        // lines 596–597 are 支出构成 基本支出 / 项目支出
        var d = Parse(Lines.Where((_, i) => i + 1 is not (596 or 597)));
        var g = d.DepartmentGoals!;
        Assert.Equal(1296.7m, g.AnnualBudget);
        Assert.Null(g.BasicExpenditure);
        Assert.Null(g.ProjectExpenditure);
        Assert.Equal(full.Problems.Count, d.Problems.Count);

        var huangpi = DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Huangpi2020)).DepartmentGoals!;
        Assert.Equal(242.98m, huangpi.AnnualBudget);
        Assert.Null(huangpi.BasicExpenditure);
        Assert.Null(huangpi.ProjectExpenditure);
    }

    [Fact]
    public void An_empty_current_year_cell_is_null_not_last_years_amount()
    {
        var lines = Lines.ToArray();
        lines[595] = "\t支出构成\t基本支出\t\t\t483.92\t";
        var g = Parse(lines).DepartmentGoals!;
        Assert.Null(g.BasicExpenditure);
        Assert.Equal(767.73m, g.ProjectExpenditure);
    }

    [Fact]
    public void A_cell_that_is_no_amount_is_a_warning_and_null()
    {
        var lines = Lines.ToArray();
        lines[596] = "\t\t项目支出\t约七百万\t\t802.82\t";
        var d = Parse(lines);
        Assert.Null(d.DepartmentGoals!.ProjectExpenditure);
        Assert.Contains(d.Problems, p => p.Line == 597 && p.Severity == ProblemSeverity.Warning && p.Message.Contains("项目支出", StringComparison.Ordinal));
    }

    [Fact]
    public void The_plan_sends_the_split_on_the_annual_entry_only()
    {
        var plan = ImportPlanner.Plan(Parse(Lines), "h", new ImportOptions());
        var annual = Assert.Single(plan.Projects, p => p.Body.Name == ImportPlanner.DepartmentGoalsProjectName).Body;
        Assert.Equal((1296.7m, 528.97m, 767.73m), (annual.AnnualBudget, annual.BasicExpenditure, annual.ProjectExpenditure));
        var longTerm = Assert.Single(plan.Projects, p => p.Body.Name == ImportPlanner.DepartmentLongTermGoalsProjectName).Body;
        Assert.Null(longTerm.BasicExpenditure);
        Assert.Null(longTerm.ProjectExpenditure);
        Assert.All(plan.Projects.Where(p => !p.IsDepartmentGoals), p => Assert.Null(p.Body.BasicExpenditure));
    }

    [Fact]
    public void A_split_above_the_total_is_left_out_with_a_note()
    {
        var lines = Lines.ToArray();
        lines[596] = "\t\t项目支出\t967.73\t\t802.82\t";
        var plan = ImportPlanner.Plan(Parse(lines), "h", new ImportOptions());
        var annual = Assert.Single(plan.Projects, p => p.Body.Name == ImportPlanner.DepartmentGoalsProjectName).Body;
        Assert.Null(annual.BasicExpenditure);
        Assert.Null(annual.ProjectExpenditure);
        Assert.Contains(plan.Notes, n => n.Message.Contains("split was left out", StringComparison.Ordinal));
    }
}
