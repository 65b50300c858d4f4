using KpiTracker.Declarations;
using KpiTracker.Declarations.Api;

namespace KpiTracker.Cli.Import;

/// <summary>How an import is shown: a summary, then what was skipped and the document's problems, each with its line.</summary>
internal static class ImportReport
{
    public static void PrintPlan(ImportPlan plan, TextWriter o)
    {
        o.WriteLine("Dry run: nothing is sent. An import would:");
        if (plan.Parent is { } parent) o.WriteLine($"  register department {parent.Code} {parent.Name}");
        o.WriteLine($"  register department {plan.Department.Code} {plan.Department.Name}{(plan.Department.ParentCode is { } pc ? $" under {pc}" : "")}");
        foreach (var p in plan.Projects)
        {
            o.WriteLine($"  create project {p.Name} ({plan.FiscalYear}, {p.Body.Type}{(p.Body.LongTerm ? ", long-term" : "")}, {p.Body.AnnualBudget} 万元) — line {p.Line}, {p.Indicators.Count} indicators, unless it exists");
            foreach (var i in p.Indicators)
                o.WriteLine($"    line {i.Line}: {i.Body.Level1}/{i.Body.Level2} {i.Body.Name} {i.Body.Target} [{i.Body.Aggregation}, {i.Body.Frequency}{(i.Body.Standard is { } s ? ", " + s : "")}]");
        }
        o.WriteLine($"Summary: {plan.Projects.Count} projects and {plan.Projects.Sum(p => p.Indicators.Count)} indicators to create, {plan.Skipped.Count} skipped");
        PrintSkips(plan, o);
    }

    public static void PrintResult(ImportPlan plan, ImportResult result, TextWriter o)
    {
        if (result.Parent is { } parent) o.WriteLine($"parent department {parent.Department.Code} {parent.Department.Name}: {parent}");
        o.WriteLine($"department {plan.Department.Code} {plan.Department.Name}: {result.Department}");
        foreach (var p in result.Projects) o.WriteLine($"  project {p.Name}: {p.OutcomeText}{(p.Id is { } id ? $" ({id})" : "")}");
        o.WriteLine($"Summary: projects {result.ProjectsCreated} created, {result.ProjectsExisting} existing, {result.ProjectsFailed} failed, "
            + $"{plan.Skipped.Count(s => s.What.StartsWith("project", StringComparison.Ordinal) || s.What.StartsWith("department goals", StringComparison.Ordinal))} skipped; "
            + $"indicators {result.IndicatorsCreated} created, {result.IndicatorsExisting} existing, {result.IndicatorsFailed} failed, "
            + $"{plan.Skipped.Count(s => !s.What.StartsWith("project", StringComparison.Ordinal) && !s.What.StartsWith("department goals", StringComparison.Ordinal))} skipped");
        if (result.Failures.Count > 0)
        {
            o.WriteLine("Failed:");
            foreach (var f in result.Failures) o.WriteLine("  " + f);
        }
        PrintSkips(plan, o);
    }

    private static void PrintSkips(ImportPlan plan, TextWriter o)
    {
        if (plan.Notes.Count > 0)
        {
            o.WriteLine("Notes:");
            foreach (var n in plan.Notes) o.WriteLine("  " + n);
        }
        if (plan.Skipped.Count > 0)
        {
            o.WriteLine("Skipped:");
            foreach (var s in plan.Skipped.OrderBy(s => s.Line)) o.WriteLine("  " + s);
        }
        if (plan.Problems.Count > 0)
        {
            o.WriteLine("Problems in the document:");
            foreach (var p in plan.Problems.OrderBy(p => p.Line)) o.WriteLine("  " + p);
        }
    }
}
