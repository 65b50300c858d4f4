namespace KpiTracker.ServiceDefaults.Configuration;

/// <summary>
/// Collects what is wrong with one settings section and words it for an operator: each message
/// names the environment variable to set (Jwt__SigningKey, not JwtOptions.SigningKey), because
/// that is what a container or a Kubernetes Secret provides. Every section is validated at start
/// and the host reports all failures together, so one failed start names every missing setting.
/// </summary>
public sealed class SettingErrors
{
    readonly List<string> errors = [];

    public static string Variable(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public SettingErrors Missing(string key, string what)
    {
        errors.Add($"{Variable(key)} is not set: {what}.");
        return this;
    }

    public SettingErrors MissingUnless(bool present, string key, string what) => present ? this : Missing(key, what);

    public SettingErrors Invalid(string key, string why)
    {
        errors.Add($"{Variable(key)} {why}.");
        return this;
    }

    public ValidateOptionsResult Result() => errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
