using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using static KpiTracker.Declarations.XlsxDeclaration;

namespace KpiTracker.Declarations;

/// <summary>
/// Reads a workbook filled from the template: each row of sheet 项目 is a project, with the rows of
/// 支出明细 and 绩效指标 that name it. A file that is not an XLSX workbook throws
/// <see cref="InvalidDataException"/>; anything wrong inside one is a problem with its sheet and row.
/// </summary>
internal static class XlsxDeclarationReader
{
    /// <summary>More than this unpacked is not a goal form but a zip bomb: refused before it is opened.</summary>
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public static Declaration Read(Stream stream)
    {
        SpreadsheetDocument xlsx;
        try
        {
            RefuseOversized(stream);
            xlsx = SpreadsheetDocument.Open(stream, false);
            // the SDK opens any Office package: a Word file is not a workbook
            if (!HasWorkbook(xlsx))
            {
                xlsx.Dispose();
                throw new InvalidDataException("an archive without a workbook in it (a Word file?)");
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"not an XLSX workbook ({e.Message})", e);
        }

        using (xlsx)
        {
            try
            {
                return Read(xlsx);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InvalidDataException))
            {
                // a damaged part inside a readable package: said like the text parser says it
                return new Declaration { Problems = [new ImportProblem(0, $"the workbook could not be read ({e.GetType().Name}: {e.Message}); nothing was read")] };
            }
        }
    }

    /// <summary>Reading the workbook part parses the package's relationships, which a damaged file may not hold.</summary>
    private static bool HasWorkbook(SpreadsheetDocument xlsx)
    {
        try
        {
            return xlsx.WorkbookPart is not null;
        }
        catch
        {
            xlsx.Dispose();
            throw;
        }
    }

    private static void RefuseOversized(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new InvalidDataException($"it unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB");
            }
        }

        stream.Position = start;
    }

    private static Declaration Read(SpreadsheetDocument xlsx)
    {
        var problems = new List<ImportProblem>();
        var projectsTable = XlsxSheet.Rows(xlsx, ProjectsSheet, problems);
        var expensesTable = XlsxSheet.Rows(xlsx, ExpensesSheet, problems);
        var indicatorsTable = XlsxSheet.Rows(xlsx, IndicatorsSheet, problems);

        string? code = null, name = null;
        int? year = null;
        var projects = new List<ProjectDeclaration>();
        foreach (var row in projectsTable)
        {
            var own = new List<ImportProblem>();
            code ??= row.Text("部门编码");
            name ??= row.Text("部门名称");
            year ??= row.Int("年度", own);
            if (row.Text("部门编码") is { } c && c != code) own.Add(row.Problem(ProjectsSheet, $"部门编码 {c} differs from the first row's {code}; one workbook holds one department", ProblemSeverity.Warning));
            var (project, indicatorProblems) = Project(row, own, expensesTable, indicatorsTable);
            projects.Add(project);
            problems.AddRange(own);
            problems.AddRange(indicatorProblems);
        }

        var known = projects.Select(p => p.Name).OfType<string>().ToHashSet();
        foreach (var orphan in indicatorsTable.Concat(expensesTable).Where(r => r.Text("项目名称") is { } n && !known.Contains(n)))
            problems.Add(orphan.Problem(orphan.Sheet, $"project '{orphan.Text("项目名称")}' is not in sheet {ProjectsSheet}; row ignored", ProblemSeverity.Warning));
        if (projects.Count == 0) problems.Add(new ImportProblem(0, $"sheet {ProjectsSheet} has no project row"));
        return new Declaration { DepartmentCode = code, DepartmentName = name, FiscalYear = year, Projects = projects, Problems = problems };
    }

    /// <summary>One row of 项目 with its expense and indicator rows. <paramref name="own"/> collects the row's problems.</summary>
    private static (ProjectDeclaration Project, List<ImportProblem> IndicatorProblems) Project(
        SheetRow row, List<ImportProblem> own, List<SheetRow> expensesTable, List<SheetRow> indicatorsTable)
    {
        var projectName = row.Text("项目名称");
        if (projectName is null) own.Add(row.Problem(ProjectsSheet, "项目名称 is empty"));
        var annual = row.Decimal("当年预算", own);
        if (annual is null) own.Add(row.Problem(ProjectsSheet, "当年预算 is empty"));
        var funding = FundingColumns.Select(col => (col, amount: row.Decimal(col, own)))
            .Where(x => x.amount is not null).Select(x => new FundingLine(x.col, x.amount!.Value, row.Line)).ToList();
        var expenses = expensesTable.Where(e => e.Text("项目名称") == projectName && projectName is not null)
            .Select(e => (e, item: e.Text("支出项目"), amount: e.Decimal("金额", own)))
            .Where(x => x.item is not null && x.amount is not null)
            .Select(x => new ExpenseLine(x.item!, x.amount!.Value, x.e.Line)).ToList();
        var indicatorProblems = new List<ImportProblem>();
        var indicators = indicatorsTable.Where(i => i.Text("项目名称") == projectName && projectName is not null)
            .Select(i => Indicator(i, indicatorProblems)).ToList();
        if (projectName is not null && indicators.Count == 0) own.Add(row.Problem(ProjectsSheet, $"{projectName} has no row in sheet {IndicatorsSheet}"));
        var project = new ProjectDeclaration
        {
            Name = projectName, CompetentDepartment = row.Text("主管部门"), ExecutingUnit = row.Text("执行单位"),
            LeaderName = row.Text("项目负责人"), LeaderPhone = row.Text("联系电话"), TypeLabel = row.Text("项目类型"),
            StartYear = row.Int("起始年度", own), EndYear = row.Int("结束年度", own),
            Rationale = row.Text("申请理由"), Content = row.Text("主要内容"),
            TotalBudget = row.Decimal("项目总预算", own), AnnualBudget = annual,
            Funding = funding, Expenses = expenses, OverallGoal = row.Text("项目绩效总目标"),
            CalculationBasis = row.Text("测算依据"), PreviousBudgets = row.Text("前两年预算及当年预算变动情况"),
            FilledDate = row.Date("填报日期", own), Indicators = indicators,
            Line = row.Line, EndLine = row.Line, Problems = [.. own, .. indicatorProblems],
            // an indicator without a target is skipped on its own; it does not make the project incomplete
            IsComplete = projectName is not null && annual is not null && indicators.Count > 0
                && !own.Any(p => p.Severity == ProblemSeverity.Error),
        };
        return (project, indicatorProblems);
    }

    private static IndicatorDeclaration Indicator(SheetRow i, List<ImportProblem> problems)
    {
        // Some provinces' templates split the target into 指标性质 | 指标值 | 度量单位: joined as people write it (≥90%).
        var target = TargetColumns.Join(i.Text("指标性质") ?? i.Text("性质"), i.Text("指标值"), i.Text("度量单位") ?? i.Text("计量单位") ?? i.Text("单位"));
        var decl = new IndicatorDeclaration(i.Text("一级指标"), i.Text("二级指标"), i.Text("三级指标"), target, i.Text("绩效标准"), i.Line)
        {
            Points = i.Decimal("分值", problems),
            AggregationText = i.Text("汇总方式"),
            FrequencyText = i.Text("报送频率"),
        };
        if (decl.TargetText is null) problems.Add(i.Problem(IndicatorsSheet, $"{decl.Name ?? "indicator"}: 指标值 is empty"));
        else if (!decl.IsComplete) problems.Add(i.Problem(IndicatorsSheet, $"{decl.Name ?? "indicator"}: 一级指标, 二级指标 and 三级指标 are all needed"));
        return decl;
    }
}
