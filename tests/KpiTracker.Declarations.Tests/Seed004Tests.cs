namespace KpiTracker.Declarations.Tests;

/// <summary>
/// Seed 004 (黄陂区大数据中心, 2020): no project forms, and a department goal form extracted one cell
/// fragment per line, without tabs ("政务网络安全运行维" / "护", "行业标" / "准").
/// </summary>
public sealed class Seed004Tests
{
    private static readonly Declaration Doc = DeclarationTextParser.Parse(SeedFiles.Read(SeedFiles.Huangpi2020));

    [Fact]
    public void Department_year_and_budget()
    {
        Assert.Equal("黄陂区大数据中心", Doc.DepartmentName);
        Assert.Null(Doc.DepartmentCode);
        Assert.Equal(2020, Doc.FiscalYear);
        Assert.Empty(Doc.Projects);
        var g = Assert.IsType<DepartmentGoalDeclaration>(Doc.DepartmentGoals);
        Assert.Equal(242.98m, g.AnnualBudget);
        Assert.Equal("黄陂区大数据中心", g.DepartmentName);
        Assert.Equal("张春红", g.FilledBy);
        Assert.Equal("85916419", g.Phone);
    }

    [Fact]
    public void Goal_texts()
    {
        var g = Doc.DepartmentGoals!;
        Assert.Equal("目标 1：保障全区电子政务网络安全运行维护工作 目标 2：做好政府网站建设工作", g.LongTermGoal);
        Assert.Equal("目标 1：保障全区电子政务网络安全运行维护工作 目标 2：保障“民呼我应”平台安全运行 目标 3：进一步优化政府网站", g.AnnualGoal);
    }

    [Fact]
    public void Long_term_indicators()
    {
        var g = Doc.DepartmentGoals!;
        Assert.Equal(
        [
            "L1 255 效益指标|社会效益指标|政务网络安全运行维护|98%|行业标准",
            "L1 269 效益指标|社会公众满意度指标|政务网络安全运行维护|98%|行业标准",
            "L2 305 效益指标|社会效益指标|政务网络安全运行维护|98%|行业标准",
            "L2 319 效益指标|社会公众满意度指标|政务网络安全运行维护|98%|行业标准",
        ], g.LongTermIndicators.Select(i => Rows.OfGoal(i, "L")));
        Assert.Equal(["保障全区电子政务网络安全运行维护工作", "保障全区电子政务网络安全运行维护工作", "政府网站建设工作", "政府网站建设工作"],
            g.LongTermIndicators.Select(i => i.GoalTitle));
    }

    [Fact]
    public void Annual_indicators()
    {
        // 产出指标 has only the template's empty "指标" cells and "... ..." rows: nothing to read there
        var g = Doc.DepartmentGoals!;
        Assert.Equal(
        [
            "A1 371 效益指标|社会效益指标|政务网络安全运行维护|98%|行业标准",
            "A1 385 效益指标|社会公众满意度指标|政务网络安全运行维护|98%|行业标准",
            "A2 437 效益指标|社会效益指标|“民呼我应”平台的运行维护|98%|行业标准",
            "A2 451 效益指标|社会公众满意度指标|“民呼我应”平台的运行维护|98%|行业标准",
            "A3 507 效益指标|社会公众满意度指标|政府网站建设|98%|行业标准",
        ], g.AnnualIndicators.Select(i => Rows.OfGoal(i, "A")));
        Assert.Equal("“民呼我应”平台安全运行", g.AnnualIndicators[2].GoalTitle);
    }

    [Fact]
    public void No_errors()
    {
        Assert.DoesNotContain(Doc.Problems, p => p.Severity == ProblemSeverity.Error);
    }
}
