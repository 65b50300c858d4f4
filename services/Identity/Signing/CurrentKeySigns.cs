using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace KpiTracker.Identity.Signing;

/// <summary>
/// OpenIddict signs with the first of its (sorted) signing credentials. This checks, once the
/// options are built, that the first is our current key, so no ordering rule of the library can
/// quietly make a previous key sign.
/// </summary>
public sealed class CurrentKeySigns(SigningKeys keys) : IValidateOptions<OpenIddictServerOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenIddictServerOptions options)
    {
        var current = keys.Signing.Current?.KeyId;
        var first = options.SigningCredentials.FirstOrDefault()?.Key.KeyId;
        return current is null || first == current
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SigningKeys.Variable}__0 ('{current}') should sign, but OpenIddict would sign with '{first}'.");
    }
}
