using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTracker.Declarations;

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

    internal static readonly string[] FundingColumns = ["公共预算财政拨款", "政府性基金预算财政拨款", "其他资金"];

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
        XlsxSheetWriter.AddSheet(workbook, sheets, 1, ProjectsSheet, ProjectColumns, projectRows);
        XlsxSheetWriter.AddSheet(workbook, sheets, 2, ExpensesSheet, ExpenseColumns, expenseRows);
        XlsxSheetWriter.AddSheet(workbook, sheets, 3, IndicatorsSheet, IndicatorColumns, indicatorRows);
        workbook.Workbook.Save();
    }

    /// <summary>Reads a workbook written from the template. Never throws for content; a file that is not XLSX throws <see cref="InvalidDataException"/>.</summary>
    public static Declaration Read(Stream stream) => XlsxDeclarationReader.Read(stream);

    private static decimal? FundingOf(ProjectDeclaration p, string column)
    {
        var lines = p.Funding.Where(f => Vocabulary.TryParse<FundingSource>(f.SourceLabel, out var s)
            && Vocabulary.TryParse<FundingSource>(column, out var c) && s == c).ToList();
        return lines.Count == 0 ? null : lines.Sum(f => f.Amount);
    }
}
