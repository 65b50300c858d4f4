using KpiTracker.Cli.Cli;
using KpiTracker.Declarations;

namespace KpiTracker.Cli.Commands;

/// <summary>`kpi template [FILE.xlsx]`: the XLSX goal form that `kpi import` reads.</summary>
public sealed class TemplateCommand : ICommand
{
    public string Name => "template";
    public string Summary => "write the XLSX goal-form template that kpi import reads";
    public string Help => $"""
        Usage: kpi template [FILE.xlsx] [--force]

        Writes a workbook with the content of a 项目绩效目标申报表: sheet {XlsxDeclaration.ProjectsSheet} (one row per
        project), {XlsxDeclaration.ExpensesSheet} (expense items) and {XlsxDeclaration.IndicatorsSheet} (indicators), each with a
        header row and one example row to overwrite. Labels or codes are both fine (常年性 or
        recurring, 产出指标 or output); 汇总方式 and 报送频率 may stay empty (chosen from the target).
        Default file: kpi-template.xlsx.

          --force   overwrite FILE when it exists
        """;

    private static readonly OptionSpec[] Specs = [new("force", TakesValue: false)];

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct)
    {
        var a = Common.Parse(this, args, context, Specs, maxPositionals: 1);
        if (a is null) return Task.FromResult(ExitCodes.Ok);
        var path = Path.GetFullPath(a.Positionals.FirstOrDefault() ?? "kpi-template.xlsx", context.WorkingDirectory);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) throw new UsageException("the template is an .xlsx file");
        if (File.Exists(path) && !a.Has("force")) throw new CliFailure($"{path} exists; use --force to overwrite it");
        using (var stream = File.Create(path))
        {
            XlsxDeclaration.Write(stream, XlsxDeclaration.Example());
        }
        context.Out.WriteLine($"wrote {path}");
        return Task.FromResult(ExitCodes.Ok);
    }
}
