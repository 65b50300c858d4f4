using KpiTracker.ServiceDefaults.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// Audit:Enabled (default true). Off, no audit record is appended — not a request's, not a failed sign-in's —
/// and a save runs exactly as before the trail existed: the one reason to turn it off is to measure what the
/// trail costs (bench/stack --audit on,off). Anywhere but Development and tests the settings check refuses it.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public bool Enabled { get; set; } = true;
}

public sealed class AuditOptionsValidation(IHostEnvironment environment) : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions o)
    {
        var development = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        var errors = new SettingErrors();
        if (!o.Enabled && !development)
            errors.Invalid("Audit:Enabled", $"is false in {environment.EnvironmentName}: every change must be on the audit trail; remove the setting (it exists for benchmarks in Development)");
        return errors.Result();
    }
}
