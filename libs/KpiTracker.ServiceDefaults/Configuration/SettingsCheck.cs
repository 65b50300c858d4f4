namespace KpiTracker.ServiceDefaults.Configuration;

/// <summary>
/// Runs every start-up validation (Jwt, database, broker, …) right after the app is built,
/// before anything resolves the bus or the DbContext with half its settings, and reports all
/// the failures in one message naming each setting. Called from <c>MigrateAsync</c>,
/// <c>MapDefaultEndpoints</c> and the gateway, so `--migrate-only` checks the same.
/// </summary>
public static class SettingsCheck
{
    public static void ValidateSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            var failures = (ex is AggregateException all ? all.InnerExceptions : [ex])
                .OfType<OptionsValidationException>()
                .SelectMany(e => e.Failures)
                .SelectMany(f => f.Split("; ", StringSplitOptions.RemoveEmptyEntries))
                .Distinct()
                .ToList();
            var message = $"{app.Environment.ApplicationName} cannot start in {app.Environment.EnvironmentName}: " +
                          $"{failures.Count} setting(s) missing or invalid:{Environment.NewLine}  - " +
                          string.Join(Environment.NewLine + "  - ", failures);
            app.Logger.LogCritical("{Message}", message);
            throw new InvalidOperationException(message);
        }
    }
}
