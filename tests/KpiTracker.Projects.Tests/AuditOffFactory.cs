using KpiTracker.Testing;

namespace KpiTracker.Projects.Tests;

/// <summary>Projects with Audit:Enabled false, as the audit benchmark runs it.</summary>
public sealed class AuditOffFactory() : ServiceFactory<Program>("projects")
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new("Audit:Enabled", "false")];
}
