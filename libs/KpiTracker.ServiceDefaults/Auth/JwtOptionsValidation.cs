using KpiTracker.ServiceDefaults.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// Token settings a deployable refuses to start without. Outside Development the published
/// development key is refused too: anyone could mint an admin token with it.
/// </summary>
public sealed class JwtOptionsValidation(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions o)
    {
        var errors = new SettingErrors();
        if (!o.UsesAuthority)
        {
            errors.MissingUnless(!string.IsNullOrWhiteSpace(o.Issuer), "Jwt:Issuer", "the expected token issuer (or set Jwt__Authority, the identity provider's address)");
            if (string.IsNullOrWhiteSpace(o.SigningKey))
                errors.Missing("Jwt:SigningKey", "the token signing key, at least 32 characters (or set Jwt__Authority, the identity provider's address)");
            else if (o.SigningKey.Length < 32)
                errors.Invalid("Jwt:SigningKey", "is too short: give at least 32 characters (256 bits)");
            else if (o.SigningKey == DevelopmentTokens.DevelopmentKey && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
                errors.Invalid("Jwt:SigningKey", $"is the published development key, refused in {environment.EnvironmentName}: give this deployment its own key");
        }
        else if (!Uri.TryCreate(o.Authority, UriKind.Absolute, out _))
        {
            errors.Invalid("Jwt:Authority", "is not an absolute URL");
        }
        errors.MissingUnless(!string.IsNullOrWhiteSpace(o.Audience), "Jwt:Audience", "the audience tokens must be issued for");
        return errors.Result();
    }
}
