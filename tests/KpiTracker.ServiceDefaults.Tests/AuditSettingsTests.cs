using KpiTracker.ServiceDefaults.Audit;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>Audit:Enabled is on unless turned off, and turning it off (for a benchmark) is refused outside Development and tests.</summary>
public sealed class AuditSettingsTests
{
    sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    static IReadOnlyList<string> Failures(string environment, AuditOptions o) =>
        new AuditOptionsValidation(new Environment(environment)).Validate(null, o).Failures?.ToList() ?? [];

    [Fact]
    public void The_trail_is_on_by_default_and_cannot_be_turned_off_in_production()
    {
        Assert.True(new AuditOptions().Enabled);
        Assert.Empty(Failures("Production", new AuditOptions()));
        var off = Failures("Production", new AuditOptions { Enabled = false });
        Assert.Contains(off, f => f.Contains("Audit__Enabled") && f.Contains("Production"));
        Assert.NotEmpty(Failures("Staging", new AuditOptions { Enabled = false }));
        Assert.Empty(Failures("Development", new AuditOptions { Enabled = false }));
        Assert.Empty(Failures("Testing", new AuditOptions { Enabled = false }));
    }
}
