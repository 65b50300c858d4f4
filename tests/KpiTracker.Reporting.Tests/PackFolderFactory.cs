namespace KpiTracker.Reporting.Tests;

/// <summary>Reporting started on a rule pack folder of the test's own (a copy of the repository's, changed).</summary>
public sealed class PackFolderFactory(string path, string? connectionString = null) : ReportingFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        .. base.Settings(), new("RulePacks:Path", path),
        .. connectionString is null ? [] : new KeyValuePair<string, string?>[] { new("ConnectionStrings:Db", connectionString) },
    ];
}
