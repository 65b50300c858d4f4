using KpiTracker.Cli.Cli;
using KpiTracker.Cli.Import;
using KpiTracker.Declarations;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi import FILE`: a budget-disclosure text or a filled template, through the public API.</summary>
public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Summary => "import goal forms (disclosure text or XLSX template) through the API";
    public string Help => $"""
        Usage: kpi import FILE [--dry-run] [--department-code CODE] [--parent-code CODE --parent-name NAME]
                               [--fiscal-year N] [--owner USER ...] [--no-department-goals] [--strict]
                               [--url URL] [--token T]

        FILE is the text of a budget disclosure (部门预算公开, with 项目绩效目标申报表 forms) or an .xlsx
        made from `kpi template`. Registers the department, then each complete project and its
        indicators, as any API client would (admin or manager of the department).

        Re-importing the same file creates nothing new: an existing project (same department, year and
        name) only gets the indicators it lacks (same 一级/二级/三级指标 and 指标值). Incomplete projects and
        indicators without a target are skipped and listed with their line. A new project whose
        indicators cannot all be created is archived again, never left half-imported.
        The 部门整体支出 form becomes the project "{ImportPlanner.DepartmentGoalsProjectName}" of type
        departmentOverall (listed under departmentGoals on the dashboard, not as a project) with its annual
        indicators, and "{ImportPlanner.DepartmentLongTermGoalsProjectName}" with its long-term ones (sent as longTerm:
        no overdue alerts; yearly, no budget; imported whole or not at all). --no-department-goals leaves both out.

          --dry-run              show what would be created; sends nothing
          --department-code C    the department's code (needed when the document has none)
          --parent-code C        register the department under this parent (with --parent-name)
          --parent-name NAME     the parent's name, e.g. 东西湖区
          --fiscal-year N        the year, when the document does not say it or says it wrongly
          --owner USER           owner id for every imported project (repeatable)
          --no-department-goals  do not import the 部门整体支出 form
          --strict               exit 1 when anything was skipped
        {Common.ConnectionHelp}
        Exit codes: 0 imported (skips listed), 1 something failed (or skipped, with --strict), 2 usage.
        """;

    private static readonly OptionSpec[] Specs =
    [
        new("dry-run", TakesValue: false), new("department-code"), new("parent-code"), new("parent-name"), new("fiscal-year"),
        new("owner", Repeatable: true), new("no-department-goals", TakesValue: false), new("strict", TakesValue: false),
        Common.Url, Common.Token,
    ];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs, maxPositionals: 1);
        if (a is null) return ExitCodes.Ok;
        if (a.Positionals.Count == 0) throw new UsageException("which file? kpi import FILE");
        var options = new ImportOptions
        {
            DepartmentCode = a.Value("department-code"),
            ParentCode = a.Value("parent-code"),
            ParentName = a.Value("parent-name"),
            FiscalYear = a.Int("fiscal-year", 2000, 2100),
            Owners = a.Values("owner"),
            DepartmentGoals = !a.Has("no-department-goals"),
        };
        var plan = PlanFile(Path.GetFullPath(a.Positionals[0], context.WorkingDirectory), options);
        if (a.Has("dry-run"))
        {
            ImportReport.PrintPlan(plan, context.Out);
            return ExitCodes.Ok;
        }
        using var api = Common.Api(a, context);
        var result = await Common.ImportAsync(api, context, plan, ct);
        ImportReport.PrintResult(plan, result, context.Out);
        return result.Failed || (a.Has("strict") && plan.Skipped.Count > 0) ? ExitCodes.Failure : ExitCodes.Ok;
    }

    /// <summary>Reads FILE (text or XLSX) and plans its import.</summary>
    public static ImportPlan PlanFile(string path, ImportOptions options)
    {
        if (!File.Exists(path)) throw new CliFailure($"no such file: {path}");
        DeclarationFile file;
        try
        {
            file = DeclarationFile.Read(Path.GetFileName(path), File.ReadAllBytes(path));
        }
        catch (UnsupportedFileException e)
        {
            throw new CliFailure($"{Path.GetFileName(path)}: {e.Message}");
        }
        try
        {
            return ImportPlanner.Plan(file.Declaration, file.ContentHash, options);
        }
        catch (PlanningException e)
        {
            throw e.Field switch
            {
                "departmentCode" => new UsageException("the document gives no department code: pass --department-code CODE (e.g. 18001)"),
                "fiscalYear" => new UsageException("the document gives no fiscal year: pass --fiscal-year N"),
                "parentCode" or "parentName" => new UsageException("--parent-code and --parent-name go together"),
                _ => new CliFailure(e.Message),
            };
        }
    }
}
