using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTracker.Cli.Import;

/// <summary>
/// The XLSX form of a declaration (`kpi template` writes it, `kpi import` reads it): sheet 项目 with one
/// row per project, 支出明细 with the expense items, 绩效指标 with the indicators, each with a header
/// row. Columns are found by their header, so their order may change; unknown columns are ignored.
/// Line numbers in problems are the sheet's row numbers.
/// </summary>
public static class XlsxDeclaration
{
    public const string ProjectsSheet = "项目";
    public const string ExpensesSheet = "支出明细";
    public const string IndicatorsSheet = "绩效指标";

    public static readonly string[] ProjectColumns =
    [
        "部门编码", "部门名称", "年度", "项目名称", "主管部门", "执行单位", "项目负责人", "联系电话", "项目类型", "起始年度", "结束年度",
        "申请理由", "主要内容", "项目总预算", "当年预算", "公共预算财政拨款", "政府性基金预算财政拨款", "其他资金", "项目绩效总目标", "填报日期",
        "测算依据", "前两年预算及当年预算变动情况",
    ];

    public static readonly string[] ExpenseColumns = ["项目名称", "支出项目", "金额"];

    public static readonly string[] IndicatorColumns = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准", "分值", "汇总方式", "报送频率"];

    private static readonly string[] FundingColumns = ["公共预算财政拨款", "政府性基金预算财政拨款", "其他资金"];

    /// <summary>The template's example: one project, one expense, one indicator, from a real form.</summary>
    public static Declaration Example() => new()
    {
        DepartmentCode = "18001",
        DepartmentName = "武汉市东西湖区大数据中心",
        FiscalYear = 2021,
        Projects =
        [
            new ProjectDeclaration
            {
                Name = "网络传输建设运行费", CompetentDepartment = "区大数据中心", ExecutingUnit = "网络技术科",
                LeaderName = "赵洪艳", LeaderPhone = "83216113", TypeLabel = "常年性",
                Rationale = "为全区政务网、财政业务网等政务基础网络服务单位，提供运维服务和安全保障。",
                Content = "政务网络运行维护与安全保障。", TotalBudget = 542.74m, AnnualBudget = 542.74m,
                Funding = [new FundingLine("公共预算财政拨款", 542.74m, 2)],
                Expenses = [new ExpenseLine("租赁费", 130m, 2)],
                OverallGoal = "为全区政务基础网络提供运维服务和安全保障，提高工作效率。",
                CalculationBasis = "依据前两年度项目经费实际支出情况",
                FilledDate = new DateOnly(2020, 10, 12),
                Indicators = [new IndicatorDeclaration("产出指标", "时效指标", "故障响应时间", "≤2小时", "计划标准", 2) { Points = 10m, AggregationText = "max", FrequencyText = "monthly" }],
                IsComplete = true,
            },
        ],
    };

    public static void Write(Stream stream, Declaration doc)
    {
        using var xlsx = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = xlsx.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var projectRows = doc.Projects.Select(p => new object?[]
        {
            doc.DepartmentCode, doc.DepartmentName, doc.FiscalYear, p.Name, p.CompetentDepartment, p.ExecutingUnit, p.LeaderName, p.LeaderPhone,
            p.TypeLabel, p.StartYear, p.EndYear, p.Rationale, p.Content, p.TotalBudget, p.AnnualBudget,
            FundingOf(p, FundingColumns[0]), FundingOf(p, FundingColumns[1]), FundingOf(p, FundingColumns[2]),
            p.OverallGoal, p.FilledDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.CalculationBasis, p.PreviousBudgets,
        });
        var expenseRows = doc.Projects.SelectMany(p => p.Expenses.Select(e => new object?[] { p.Name, e.Item, e.Amount }));
        var indicatorRows = doc.Projects.SelectMany(p => p.Indicators.Select(i => new object?[]
        {
            p.Name, i.Level1Label, i.Level2Label, i.Name, i.TargetText, i.StandardLabel, i.Points, i.AggregationText, i.FrequencyText,
        }));
        AddSheet(workbook, sheets, 1, ProjectsSheet, ProjectColumns, projectRows);
        AddSheet(workbook, sheets, 2, ExpensesSheet, ExpenseColumns, expenseRows);
        AddSheet(workbook, sheets, 3, IndicatorsSheet, IndicatorColumns, indicatorRows);
        workbook.Workbook.Save();
    }

    private static decimal? FundingOf(ProjectDeclaration p, string column)
    {
        var lines = p.Funding.Where(f => Targets.Vocabulary.TryParse<Targets.FundingSource>(f.SourceLabel, out var s)
            && Targets.Vocabulary.TryParse<Targets.FundingSource>(column, out var c) && s == c).ToList();
        return lines.Count == 0 ? null : lines.Sum(f => f.Amount);
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string[] header, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columns = new Columns();
        for (var c = 0; c < header.Length; c++)
        {
            var width = header[c] is "申请理由" or "主要内容" or "项目绩效总目标" or "测算依据" or "前两年预算及当年预算变动情况" or "三级指标" ? 40d : 16d;
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        part.Worksheet = new Worksheet(columns, data);
        uint r = 1;
        data.Append(RowOf(r++, header));
        foreach (var row in rows) data.Append(RowOf(r++, row));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row RowOf(uint index, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    continue;
                case decimal d:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d) });
                    break;
                case int n:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) });
                    break;
                default:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[c]!.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) });
                    break;
            }
        }
        return row;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return n - 1;
    }

    /// <summary>Reads a workbook written from the template. Never throws for content; a file that is not XLSX throws <see cref="InvalidDataException"/>.</summary>
    public static Declaration Read(Stream stream)
    {
        SpreadsheetDocument xlsx;
        try
        {
            xlsx = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"not an XLSX workbook ({e.Message})", e);
        }
        using (xlsx)
        {
            var problems = new List<ImportProblem>();
            var projectsTable = Table(xlsx, ProjectsSheet, problems);
            var expensesTable = Table(xlsx, ExpensesSheet, problems);
            var indicatorsTable = Table(xlsx, IndicatorsSheet, problems);

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
                var indicators = new List<IndicatorDeclaration>();
                var indicatorProblems = new List<ImportProblem>();
                foreach (var i in indicatorsTable.Where(i => i.Text("项目名称") == projectName && projectName is not null))
                {
                    var decl = new IndicatorDeclaration(i.Text("一级指标"), i.Text("二级指标"), i.Text("三级指标"), i.Text("指标值"), i.Text("绩效标准"), i.Line)
                    {
                        Points = i.Decimal("分值", indicatorProblems),
                        AggregationText = i.Text("汇总方式"),
                        FrequencyText = i.Text("报送频率"),
                    };
                    if (decl.TargetText is null) indicatorProblems.Add(i.Problem(IndicatorsSheet, $"{decl.Name ?? "indicator"}: 指标值 is empty"));
                    else if (!decl.IsComplete) indicatorProblems.Add(i.Problem(IndicatorsSheet, $"{decl.Name ?? "indicator"}: 一级指标, 二级指标 and 三级指标 are all needed"));
                    indicators.Add(decl);
                }
                if (projectName is not null && indicators.Count == 0) own.Add(row.Problem(ProjectsSheet, $"{projectName} has no row in sheet {IndicatorsSheet}"));
                projects.Add(new ProjectDeclaration
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
                });
                problems.AddRange(own);
                problems.AddRange(indicatorProblems);
            }
            var known = projects.Select(p => p.Name).OfType<string>().ToHashSet();
            foreach (var orphan in indicatorsTable.Concat(expensesTable).Where(r => r.Text("项目名称") is { } n && !known.Contains(n)))
                problems.Add(orphan.Problem(orphan.Sheet, $"project '{orphan.Text("项目名称")}' is not in sheet {ProjectsSheet}; row ignored", ProblemSeverity.Warning));
            if (projects.Count == 0) problems.Add(new ImportProblem(0, $"sheet {ProjectsSheet} has no project row"));
            return new Declaration { DepartmentCode = code, DepartmentName = name, FiscalYear = year, Projects = projects, Problems = problems };
        }
    }

    private static List<SheetRow> Table(SpreadsheetDocument xlsx, string sheetName, List<ImportProblem> problems)
    {
        var workbook = xlsx.WorkbookPart;
        var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value?.Trim() == sheetName);
        if (workbook is null || sheet?.Id?.Value is not { } id)
        {
            problems.Add(new ImportProblem(0, $"the workbook has no sheet {sheetName} (make one with `kpi template`)"));
            return [];
        }
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var part = (WorksheetPart)workbook.GetPartById(id);
        Dictionary<int, string>? header = null;
        var rows = new List<SheetRow>();
        uint lastIndex = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = row.RowIndex?.Value ?? lastIndex + 1;
            lastIndex = index;
            var cells = new Dictionary<int, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : position;
                position = column + 1;
                var text = CellText(cell, shared);
                if (!string.IsNullOrWhiteSpace(text)) cells[column] = text.Trim();
            }
            if (cells.Count == 0) continue;
            if (header is null)
            {
                header = cells;
                continue;
            }
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, text) in cells)
                if (header.TryGetValue(column, out var h)) byName[h.Replace(" ", "", StringComparison.Ordinal)] = text;
            rows.Add(new SheetRow(sheetName, (int)index, byName));
        }
        return rows;
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k >= 0 && k < shared.Length ? shared[k] : null;
        return raw;
    }

    private sealed record SheetRow(string Sheet, int Line, Dictionary<string, string> Cells)
    {
        public string? Text(string column) => Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

        public ImportProblem Problem(string sheet, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
            new(Line, $"sheet {sheet}: {message}", severity);

        public decimal? Decimal(string column, List<ImportProblem> problems)
        {
            var text = Text(column);
            if (text is null) return null;
            if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                return Math.Round(d, 4);
            problems.Add(Problem(Sheet, $"{column} '{text}' is not a number"));
            return null;
        }

        public int? Int(string column, List<ImportProblem> problems)
        {
            var d = Decimal(column, problems);
            if (d is null) return null;
            if (d == Math.Floor(d.Value) && d is >= int.MinValue and <= int.MaxValue) return (int)d.Value;
            problems.Add(Problem(Sheet, $"{column} '{d}' is not a whole number"));
            return null;
        }

        public DateOnly? Date(string column, List<ImportProblem> problems)
        {
            var text = Text(column);
            if (text is null) return null;
            string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d"];
            if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            // Excel keeps a typed date as a serial number
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            problems.Add(Problem(Sheet, $"{column} '{text}' is not a date (2020-10-12)"));
            return null;
        }
    }
}
