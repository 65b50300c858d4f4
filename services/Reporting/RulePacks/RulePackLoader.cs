namespace KpiTracker.Reporting.RulePacks;

/// <summary>
/// Reads the reviewed pack files at start (<c>RulePacks:Path</c>, by default the <c>rule-packs/</c>
/// folder the build copies beside the service) and checks them with the library: every field, the
/// packs' consistency and their reference cases. Any problem stops the service before it serves a
/// number, naming file and field: a score under rules nobody can vouch for is worse than no service.
/// </summary>
public static class RulePackLoader
{
    public const string PathSetting = "RulePacks:Path";

    /// <summary>The folder the build copies the repository's rule-packs/ into (see the .csproj).</summary>
    public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, "rule-packs");

    public static RulePackCatalog Load(IConfiguration configuration)
    {
        var configured = configuration[PathSetting];
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : System.IO.Path.GetFullPath(configured);
        if (!Directory.Exists(path))
            throw new RulePackException($"{PathSetting}: the rule pack folder '{path}' does not exist (it holds default.json and the other packs with their .cases.json).");
        var files = Directory.EnumerateFiles(path, "*.json")
            .Select(f => ("rule-packs/" + System.IO.Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        var (catalog, problems) = RulePackCatalog.Load(files);
        if (catalog is null)
            throw new RulePackException($"The rule packs in '{path}' cannot be used ({problems.Count} problem(s)):"
                + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
        return catalog;
    }
}
