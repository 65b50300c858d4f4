using System.Security.Cryptography;
using System.Text;
using KpiTracker.Cli.Cli;
using KpiTracker.Targets;

namespace KpiTracker.Cli.Import;

/// <summary>What the user said on the command line about the import.</summary>
public sealed record ImportOptions
{
    public string? DepartmentCode { get; init; }
    public string? ParentCode { get; init; }
    public string? ParentName { get; init; }
    public int? FiscalYear { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Import the 部门整体支出 form as a project of its own (see <see cref="ImportPlanner.DepartmentGoalsProjectName"/>).</summary>
    public bool DepartmentGoals { get; init; } = true;
}

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
    /// this name and the annual goals' indicators (年度目标). Its budget is the form's current-year total.
    /// The 长期目标 tables become a second entry, <see cref="DepartmentLongTermGoalsProjectName"/>.
    /// </summary>
    public const string DepartmentGoalsProjectName = "部门整体支出（年度目标）";

    /// <summary>The form's 长期目标 half: a second departmentOverall entry, see <see cref="DepartmentLongTermGoals"/>.</summary>
    public const string DepartmentLongTermGoalsProjectName = DepartmentLongTermGoals.ProjectName;

    public static string Hash(string content) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content))).ToLowerInvariant();

    /// <summary>An Idempotency-Key for one item of one file: the same file and item always give the same key.</summary>
    public static string Key(string contentHash, string item) =>
        "kpi-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "\n" + item))).ToLowerInvariant()[..40];

    public static ImportPlan Plan(Declaration doc, string contentHash, ImportOptions options)
    {
        var notes = new List<string>();
        var code = options.DepartmentCode ?? doc.DepartmentCode
            ?? throw new UsageException("the document gives no department code: pass --department-code CODE (e.g. 18001)");
        if (options.DepartmentCode is not null && doc.DepartmentCode is not null && options.DepartmentCode != doc.DepartmentCode)
            notes.Add($"department code {options.DepartmentCode} used instead of the document's {doc.DepartmentCode} (--department-code)");
        var name = doc.DepartmentName ?? doc.DepartmentGoals?.DepartmentName
            ?? throw new CliFailure("the document gives no department name; nothing can be imported");
        var year = options.FiscalYear ?? doc.FiscalYear
            ?? throw new UsageException("the document gives no fiscal year: pass --fiscal-year N");
        if ((options.ParentCode is null) != (options.ParentName is null))
            throw new UsageException("--parent-code and --parent-name go together");

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
            projects.Add(new PlannedProject(p.Line, body, IndicatorsOf(label, p.Indicators, skipped)));
        }

        if (options.DepartmentGoals && doc.DepartmentGoals is { } g)
        {
            if (g.AnnualBudget is not { } budget)
            {
                skipped.Add(new SkippedItem(g.Line, "department goals (部门整体支出)", "no current-year budget (收入构成 合计) was read; not imported"));
            }
            else if (g.AnnualIndicators.Count == 0)
            {
                skipped.Add(new SkippedItem(g.Line, "department goals (部门整体支出)", "no annual indicator (年度目标) was read; not imported"));
            }
            else
            {
                var body = new ProjectBody(
                    code, year, DepartmentGoalsProjectName, name, g.DepartmentName ?? name,
                    g.FilledBy is null && g.Phone is null ? null : new LeaderBody(g.FilledBy, g.Phone),
                    Vocabulary.Code(ProjectType.DepartmentOverall), null, null,
                    null, g.LongTermGoal is null ? null : "长期目标：" + g.LongTermGoal, null, null, g.AnnualGoal,
                    null, budget, [], [], options.Owners, null);
                projects.Add(new PlannedProject(g.Line, body, IndicatorsOf(DepartmentGoalsProjectName, g.AnnualIndicators, skipped), IsDepartmentGoals: true));
            }

            if (DepartmentLongTermGoals.Plan(g, code, year, name, options.Owners, skipped, notes) is { } longTerm) projects.Add(longTerm);
        }

        return new ImportPlan
        {
            Parent = parent, Department = department, FiscalYear = year, Projects = projects, Skipped = skipped,
            Notes = notes, Problems = doc.Problems, ContentHash = contentHash,
        };
    }

    private static ProjectBody ProjectOf(ProjectDeclaration p, string code, int year, IReadOnlyList<string> owners, List<string> notes)
    {
        var (type, start, end) = TypeOf(p, year, notes);
        var total = p.TotalBudget;
        if (total is { } t && t < p.AnnualBudget!.Value)
        {
            notes.Add($"line {p.Line}: {p.Name}: 项目总预算 {t} is below 当年预算 {p.AnnualBudget}; the total was left out");
            total = null;
        }
        var funding = new List<FundingBody>();
        foreach (var f in p.Funding)
        {
            if (f.Amount == 0m) continue; // the form's empty rows (政府性基金 0) carry nothing
            if (Vocabulary.TryParse<FundingSource>(f.SourceLabel, out var source)) funding.Add(new FundingBody(Vocabulary.Code(source), f.Amount));
            else notes.Add($"line {f.Line}: {p.Name}: funding source '{f.SourceLabel}' is unknown; left out");
        }
        return new ProjectBody(
            code, year, p.Name!, p.CompetentDepartment, p.ExecutingUnit,
            p.LeaderName is null && p.LeaderPhone is null ? null : new LeaderBody(p.LeaderName, p.LeaderPhone),
            Vocabulary.Code(type), start, end,
            p.Rationale, p.Content, p.CalculationBasis, p.PreviousBudgets, p.OverallGoal,
            total, p.AnnualBudget!.Value, funding,
            p.Expenses.Select(e => new ExpenseBody(e.Item, e.Amount)).ToList(), owners, p.FilledDate);
    }

    /// <summary>
    /// 项目类型 as ticked. Several ticked (常年性、延续性): 延续性 when the form gives its years, else the
    /// first. None: 常年性, said in a note. 延续性 without years: its years are the fiscal year.
    /// </summary>
    private static (ProjectType Type, int? Start, int? End) TypeOf(ProjectDeclaration p, int year, List<string> notes)
    {
        var ticked = (p.TypeLabel ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Vocabulary.TryParse<ProjectType>(l, out var t) ? t : (ProjectType?)null)
            .OfType<ProjectType>().Distinct().ToList();
        ProjectType type;
        if (ticked.Count == 0)
        {
            notes.Add($"line {p.Line}: {p.Name}: no 项目类型 ticked; imported as 常年性 (recurring)");
            type = ProjectType.Recurring;
        }
        else if (ticked.Count > 1)
        {
            type = ticked.Contains(ProjectType.Continuing) && p.StartYear is not null && p.EndYear is not null ? ProjectType.Continuing : ticked[0];
            notes.Add($"line {p.Line}: {p.Name}: several types ticked ({p.TypeLabel}); imported as {Vocabulary.Label(type)}");
        }
        else
        {
            type = ticked[0];
        }
        if (type != ProjectType.Continuing) return (type, p.StartYear, p.EndYear);
        var start = p.StartYear ?? year;
        var end = p.EndYear ?? year;
        if (p.StartYear is null || p.EndYear is null) notes.Add($"line {p.Line}: {p.Name}: 延续性 without its years; {start}–{end} assumed");
        if (year < start || year > end || start > end)
        {
            notes.Add($"line {p.Line}: {p.Name}: 延续性 years {start}–{end} do not include {year}; imported as 常年性");
            return (ProjectType.Recurring, null, null);
        }
        return (type, start, end);
    }

    /// <summary>
    /// The request bodies of a form's indicators; rows that cannot be sent and repeats are added to
    /// <paramref name="skipped"/>. <paramref name="defaults"/> replaces the target-based 汇总方式 / 报送频率.
    /// </summary>
    internal static List<PlannedIndicator> IndicatorsOf(string project, IEnumerable<IndicatorDeclaration> items, List<SkippedItem> skipped,
        (Aggregation, Frequency)? defaults = null)
    {
        var result = new List<PlannedIndicator>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in items)
        {
            var what = $"{project} / {i.Name ?? "(no name)"}";
            var body = IndicatorOf(i, out var why, defaults);
            if (body is null)
            {
                skipped.Add(new SkippedItem(i.Line, what, why!));
                continue;
            }
            if (seen.TryGetValue(body.Key, out var first))
            {
                skipped.Add(new SkippedItem(i.Line, what, $"same indicator as line {first}"));
                continue;
            }
            seen[body.Key] = i.Line;
            result.Add(new PlannedIndicator(i.Line, body));
        }
        return result;
    }

    /// <summary>
    /// The request body of one indicator (project id left empty), or null and why not. 汇总方式 / 报送频率:
    /// as the source gives them, else <paramref name="defaults"/>, else chosen from the target (<see cref="IndicatorDefaults"/>).
    /// </summary>
    public static IndicatorBody? IndicatorOf(IndicatorDeclaration i, out string? why, (Aggregation, Frequency)? defaults = null)
    {
        why = null;
        if (string.IsNullOrWhiteSpace(i.TargetText)) { why = "no 指标值 (target); not imported"; return null; }
        if (string.IsNullOrWhiteSpace(i.Name)) { why = "no 三级指标 (name); not imported"; return null; }
        if (!Vocabulary.TryParse<Level1>(i.Level1Label, out var level1)) { why = $"一级指标 '{i.Level1Label}' is unknown; not imported"; return null; }
        if (!Vocabulary.TryParse<Level2>(i.Level2Label, out var level2)) { why = $"二级指标 '{i.Level2Label}' is unknown; not imported"; return null; }
        if (!IndicatorHierarchy.IsAllowed(level1, level2))
        {
            why = $"二级指标 {Vocabulary.Label(level2)} does not belong under {Vocabulary.Label(level1)}; not imported";
            return null;
        }
        var parsed = TargetParser.Parse(i.TargetText);
        if (!parsed.Success) { why = $"指标值 '{i.TargetText}' is not understood ({parsed.Error.Message}); not imported"; return null; }

        var (aggregation, frequency) = defaults ?? IndicatorDefaults.For(parsed.Value, i.Name);
        if (i.AggregationText is { Length: > 0 } at)
        {
            if (!Vocabulary.TryParse<Aggregation>(at, out aggregation)) { why = $"汇总方式 '{at}' is unknown (latest, sum, mean, min, max); not imported"; return null; }
        }
        if (i.FrequencyText is { Length: > 0 } ft)
        {
            if (!Vocabulary.TryParse<Frequency>(ft, out frequency)) { why = $"报送频率 '{ft}' is unknown (monthly, quarterly, halfYearly, yearly); not imported"; return null; }
        }
        // 绩效标准 is one of four; some forms write free text there (服务人员数), which is not a standard.
        string? standard = Vocabulary.TryParse<Standard>(i.StandardLabel, out var s) ? Vocabulary.Code(s) : null;
        return new IndicatorBody("", Vocabulary.Code(level1), Vocabulary.Code(level2), i.Name.Trim(), i.TargetText.Trim(), standard,
            i.Points, Vocabulary.Code(aggregation), Vocabulary.Code(frequency));
    }
}
