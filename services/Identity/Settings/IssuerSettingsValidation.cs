using KpiTracker.Identity.Signing;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace KpiTracker.Identity.Settings;

/// <summary>
/// What the identity service refuses to start without, each named as the environment variable
/// to set: outside Development the issuer and both key lists are required; everywhere the keys
/// must read, and the clients must name real roles and absolute redirect addresses.
/// </summary>
public sealed class IssuerSettingsValidation(IHostEnvironment environment, TimeProvider clock) : IValidateOptions<IssuerSettings>
{
    public ValidateOptionsResult Validate(string? name, IssuerSettings s)
    {
        var errors = new List<string>();
        var development = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (string.IsNullOrWhiteSpace(s.Issuer))
        {
            if (!development) errors.Add("Identity__Issuer is not set: the public origin every token names as its issuer (the gateway's URL, e.g. https://kpi.example.gov.cn/).");
        }
        else if (!Uri.TryCreate(s.Issuer, UriKind.Absolute, out var issuer) || issuer.Query.Length > 0 || issuer.Fragment.Length > 0)
        {
            errors.Add($"Identity__Issuer '{s.Issuer}' is not an absolute URL without query or fragment.");
        }
        if (!development && s.SigningKeys.Count == 0)
            errors.Add($"{SigningKeys.Variable} is not set: give at least the current RSA signing key ({SigningKeys.Variable}__0__Id and __Pem or __Path).");
        if (!development && s.EncryptionKeys.Count == 0)
            errors.Add($"{SigningKeys.EncryptionVariable} is not set: give the RSA key that encrypts authorization codes and refresh tokens ({SigningKeys.EncryptionVariable}__0__Id and __Pem or __Path).");
        var now = clock.GetUtcNow();
        errors.AddRange(KeyRing.Load(s.SigningKeys, SigningKeys.Variable, now, environment.ContentRootPath).Errors);
        errors.AddRange(KeyRing.Load(s.EncryptionKeys, SigningKeys.EncryptionVariable, now, environment.ContentRootPath).Errors);

        foreach (var uri in s.Web.RedirectUris.Concat(s.Web.PostLogoutRedirectUris))
            if (!Uri.TryCreate(uri, UriKind.Absolute, out _)) errors.Add($"Identity__Web: '{uri}' is not an absolute redirect address.");
        foreach (var (id, client) in s.Clients)
        {
            if (string.IsNullOrWhiteSpace(client.Secret)) errors.Add($"Identity__Clients__{id}__Secret is not set: a machine client signs in with its secret.");
            else if (!development && client.Secret.Length < 24) errors.Add($"Identity__Clients__{id}__Secret is too short: give at least 24 characters.");
            foreach (var role in client.Roles.Where(r => !KpiClaims.AllRoles.Contains(r)))
                errors.Add($"Identity__Clients__{id}__Roles: '{role}' is not a role (admin, manager, owner, auditor).");
            if (client.Roles.Count == 0) errors.Add($"Identity__Clients__{id}__Roles is empty: give the client at least one role.");
        }
        if (s.AccessTokenLifetime <= TimeSpan.Zero) errors.Add("Identity__AccessTokenLifetime must be positive.");
        if (s.RefreshTokenLifetime <= TimeSpan.Zero) errors.Add("Identity__RefreshTokenLifetime must be positive.");
        if (s.Login.MaxFailedAttempts < 1) errors.Add("Identity__Login__MaxFailedAttempts must be 1 or more.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
