using KpiTracker.ServiceDefaults.Configuration;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// Token settings a deployable refuses to start without. Outside Development and tests only
/// the identity service's keys are trusted (Jwt__Authority): the shared HMAC key is refused
/// there, whoever chose it, and the published development key anywhere but Development.
/// </summary>
public sealed class JwtOptionsValidation(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions o)
    {
        var errors = new SettingErrors();
        var development = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (!o.UsesAuthority && !(development && o.UsesSharedKey))
            errors.Missing("Jwt:Authority", "the identity service's public origin (its \"iss\"), whose discovery document and JWKS give the signing keys");
        if (o.UsesAuthority && !Uri.TryCreate(o.Authority, UriKind.Absolute, out _))
            errors.Invalid("Jwt:Authority", "is not an absolute URL");
        if (!string.IsNullOrWhiteSpace(o.MetadataAddress) && !Uri.TryCreate(o.MetadataAddress, UriKind.Absolute, out _))
            errors.Invalid("Jwt:MetadataAddress", "is not an absolute URL");
        if (o.UsesSharedKey)
        {
            if (!development)
                errors.Invalid("Jwt:SigningKey", o.SigningKey == DevelopmentTokens.DevelopmentKey
                    ? $"is the published development key, refused in {environment.EnvironmentName}: remove it (tokens come from Jwt__Authority)"
                    : $"is set in {environment.EnvironmentName}: the shared HMAC key is for Development and tests only; remove it (tokens come from Jwt__Authority)");
            else if (o.SigningKey.Length < 32)
                errors.Invalid("Jwt:SigningKey", "is too short: give at least 32 characters (256 bits)");
            errors.MissingUnless(!string.IsNullOrWhiteSpace(o.Issuer), "Jwt:Issuer", "the issuer of the HMAC development tokens (kpitracker-dev)");
        }
        if (o.KeysRefreshInterval <= TimeSpan.Zero) errors.Invalid("Jwt:KeysRefreshInterval", "must be positive");
        errors.MissingUnless(!string.IsNullOrWhiteSpace(o.Audience), "Jwt:Audience", "the audience tokens must be issued for (kpitracker-api)");
        return errors.Result();
    }
}
