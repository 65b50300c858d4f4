using System.Security.Cryptography;
using System.Text;

namespace KpiTracker.Declarations;

/// <summary>
/// Turns a parsed <see cref="Declaration"/> into an <see cref="ImportPlan"/>: pure, no I/O. Labels
/// become API codes, targets are parsed here (an unparseable one is skipped with its line, so the
/// server never refuses half a project), incomplete projects and indicators without a target are
/// skipped and reported.
/// </summary>
public static class ImportPlanner
{
    /// <summary>
    /// The 部门整体支出绩效目标申报表 becomes a project of type departmentOverall (部门整体支出: not a
    /// 项目支出 project; the dashboard lists it under departmentGoals) of the department and year with
    /// this name and the annual goals' indicators (年度目标). Its budget is the form's current-year total,
    /// with its split by expenditure nature (支出构成 基本支出 / 项目支出) when the form gives it.
    /// The 长期目标 tables become a second entry, <see cref="DepartmentLongTermGoalsProjectName"/>.
    /// </summary>
    public const string DepartmentGoalsProjectName = "部门整体支出（年度目标）";

    /// <summary>The form's 长期目标 half: a second departmentOverall entry, see <see cref="DepartmentLongTermGoals"/>.</summary>
    public const string DepartmentLongTermGoalsProjectName = DepartmentLongTermGoals.ProjectName;

    /// <summary>Hex SHA-256 of a file's bytes: the root of its import's Idempotency-Keys.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    /// <summary>An Idempotency-Key for one item of one file: the same file and item always give the same key.</summary>
    public static string Key(string contentHash, string item) =>
        "kpi-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "\n" + item))).ToLowerInvariant()[..40];

    /// <summary>The plan; throws <see cref="PlanningException"/> when the document and the options leave the department or the year unknown.</summary>
    public static ImportPlan Plan(Declaration doc, string contentHash, ImportOptions options)
    {
        var notes = new List<ImportNote>();
        var code = options.DepartmentCode ?? doc.DepartmentCode
            ?? throw new PlanningException("departmentCode", "the document gives no department code; give it (e.g. 18001)");
        if (options.DepartmentCode is not null && doc.DepartmentCode is not null && options.DepartmentCode != doc.DepartmentCode)
            notes.Add(new ImportNote(0, $"department code {options.DepartmentCode} used instead of the document's {doc.DepartmentCode} (--department-code)"));
        var name = doc.DepartmentName ?? doc.DepartmentGoals?.DepartmentName
            ?? throw new PlanningException("file", "the document gives no department name; nothing can be imported");
        var year = options.FiscalYear ?? doc.FiscalYear
            ?? throw new PlanningException("fiscalYear", "the document gives no fiscal year; give it");
        if ((options.ParentCode is null) != (options.ParentName is null))
            throw new PlanningException(options.ParentCode is null ? "parentCode" : "parentName", "the parent's code and name go together");

        var parent = options.ParentCode is null ? null : new DepartmentBody(options.ParentCode, options.ParentName!, null);
        var department = new DepartmentBody(code, name, options.ParentCode);
        var skipped = new List<SkippedItem>();
        var projects = new List<PlannedProject>();

        foreach (var p in doc.Projects)
        {
            var label = p.Name ?? "(project without a name)";
            if (!p.IsComplete)
            {
                var why = p.Problems.FirstOrDefault(x => x.Severity == ProblemSeverity.Error)?.Message ?? "the form could not be read whole";
                skipped.Add(new SkippedItem(p.Line, $"project {label}", $"incomplete ({why}); not imported"));
                continue;
            }
            var body = ProjectOf(p, code, year, options.Owners, notes);
            projects.Add(new PlannedProject(p.Line, body, IndicatorPlanner.IndicatorsOf(label, p.Indicators, skipped)));
        }

        if (options.DepartmentGoals && doc.DepartmentGoals is { } g)
        {
            if (AnnualDepartmentGoals(g, code, year, name, options.Owners, skipped, notes) is { } annual) projects.Add(annual);
            if (DepartmentLongTermGoals.Plan(g, code, year, name, options.Owners, skipped, notes) is { } longTerm) projects.Add(longTerm);
        }

        return new ImportPlan
        {
            Parent = parent, Department = department, FiscalYear = year, Projects = projects, Skipped = skipped,
            Notes = notes, Problems = doc.Problems, ContentHash = contentHash,
        };
    }

    private static PlannedProject? AnnualDepartmentGoals(DepartmentGoalDeclaration g, string code, int year, string name, IReadOnlyList<string> owners,
        List<SkippedItem> skipped, List<ImportNote> notes)
    {
        if (g.AnnualBudget is not { } budget)
        {
            skipped.Add(new SkippedItem(g.Line, "department goals (部门整体支出)", "no current-year budget (收入构成 合计) was read; not imported") { Field = "annualBudget" });
            return null;
        }
        if (g.AnnualIndicators.Count == 0)
        {
            skipped.Add(new SkippedItem(g.Line, "department goals (部门整体支出)", "no annual indicator (年度目标) was read; not imported"));
            return null;
        }
        var body = DepartmentGoalsBody(g, code, year, name, owners, DepartmentGoalsProjectName,
            overallGoal: g.AnnualGoal, content: g.LongTermGoal is null ? null : "长期目标：" + g.LongTermGoal, budget, longTerm: false);
        body = body with { BasicExpenditure = g.BasicExpenditure, ProjectExpenditure = g.ProjectExpenditure };
        if ((g.BasicExpenditure ?? 0m) + (g.ProjectExpenditure ?? 0m) > budget)
        {
            // The server refuses a split above the budget; the entry is still worth importing without it.
            notes.Add(new ImportNote(g.Line, $"部门整体支出: 基本支出 {g.BasicExpenditure} + 项目支出 {g.ProjectExpenditure} exceed the total {budget}; the split was left out"));
            body = body with { BasicExpenditure = null, ProjectExpenditure = null };
        }

        return new PlannedProject(g.Line, body, IndicatorPlanner.IndicatorsOf(DepartmentGoalsProjectName, g.AnnualIndicators, skipped), IsDepartmentGoals: true);
    }

    /// <summary>
    /// A departmentOverall entry of the 部门整体支出 form: the department is its competent department, the
    /// form's 部门名称 its executing unit, 填报人 its leader; one goal text is its overall goal, the other its content.
    /// </summary>
    internal static ProjectBody DepartmentGoalsBody(DepartmentGoalDeclaration g, string code, int year, string departmentName,
        IReadOnlyList<string> owners, string projectName, string? overallGoal, string? content, decimal budget, bool longTerm) => new(
        code, year, projectName, departmentName, g.DepartmentName ?? departmentName,
        g.FilledBy is null && g.Phone is null ? null : new LeaderBody(g.FilledBy, g.Phone),
        Vocabulary.Code(ProjectType.DepartmentOverall), null, null,
        null, content, null, null, overallGoal,
        null, budget, [], [], owners, null, LongTerm: longTerm);

    private static ProjectBody ProjectOf(ProjectDeclaration p, string code, int year, IReadOnlyList<string> owners, List<ImportNote> notes)
    {
        var (type, start, end) = ProjectTypeChoice.Of(p, year, notes);
        var total = p.TotalBudget;
        if (total is { } t && t < p.AnnualBudget!.Value)
        {
            notes.Add(new ImportNote(p.Line, $"{p.Name}: 项目总预算 {t} is below 当年预算 {p.AnnualBudget}; the total was left out"));
            total = null;
        }
        var funding = new List<FundingBody>();
        foreach (var f in p.Funding)
        {
            if (f.Amount == 0m) continue; // the form's empty rows (政府性基金 0) carry nothing
            if (Vocabulary.TryParse<FundingSource>(f.SourceLabel, out var source)) funding.Add(new FundingBody(Vocabulary.Code(source), f.Amount));
            else notes.Add(new ImportNote(f.Line, $"{p.Name}: funding source '{f.SourceLabel}' is unknown; left out"));
        }
        return new ProjectBody(
            code, year, p.Name!, p.CompetentDepartment, p.ExecutingUnit,
            p.LeaderName is null && p.LeaderPhone is null ? null : new LeaderBody(p.LeaderName, p.LeaderPhone),
            Vocabulary.Code(type), start, end,
            p.Rationale, p.Content, p.CalculationBasis, p.PreviousBudgets, p.OverallGoal,
            total, p.AnnualBudget!.Value, funding,
            p.Expenses.Select(e => new ExpenseBody(e.Item, e.Amount)).ToList(), owners, p.FilledDate);
    }
}
