using KpiTracker.ServiceDefaults.Configuration;

namespace KpiTracker.ServiceDefaults.Audit;

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
