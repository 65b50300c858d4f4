using KpiTracker.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;

namespace KpiTracker.Imports.Settings;

/// <summary>No gateway address, no real run: refuse to start rather than fail the first import.</summary>
public sealed class ImportsOptionsValidation : IValidateOptions<ImportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportsOptions o)
    {
        var errors = new SettingErrors();
        if (string.IsNullOrWhiteSpace(o.ApiBaseUrl))
            errors.Missing("Imports:ApiBaseUrl", "the gateway's address (e.g. http://gateway:8080), through which a real import creates departments, projects and indicators");
        else if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            errors.Invalid("Imports:ApiBaseUrl", "is not an absolute http(s) URL");
        if (o.MaxFileBytes <= 0) errors.Invalid("Imports:MaxFileBytes", "must be positive");
        return errors.Result();
    }
}
