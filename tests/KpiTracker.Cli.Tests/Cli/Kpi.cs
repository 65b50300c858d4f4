using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Tests.Cli;

/// <summary>Runs `kpi ...` in-process and captures its output.</summary>
internal static class Kpi
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(FakeApi? api, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var context = api?.Context(o, e) ?? new CliContext { Out = o, Err = e, Env = _ => null };
        var code = await KpiCli.RunAsync(args, context);
        return (code, o.ToString(), e.ToString());
    }

    public static string SeedPath(string file) => SeedFiles.PathOf(file);
}
