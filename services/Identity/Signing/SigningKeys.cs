using KpiTracker.Identity.Settings;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.Identity.Signing;

/// <summary>
/// The keys this service signs with and publishes, read once at start. Also what its own
/// /api/users endpoints validate against: the issuer needs no HTTP round trip to itself.
/// Previous keys drop out at their RetireAt while the process runs: the JWKS stops publishing
/// them (see <see cref="RetiredKeysFilter"/>) and this service stops accepting them.
/// </summary>
public sealed class SigningKeys(IOptions<IssuerSettings> settings, IHostEnvironment environment, TimeProvider clock, ILogger<SigningKeys> logger) : IIssuerKeys
{
    public const string Variable = "Identity__SigningKeys";
    public const string EncryptionVariable = "Identity__EncryptionKeys";

    readonly Lazy<KeyRing> signing = new(() => Load(settings.Value.SigningKeys, Variable, environment, clock, logger));
    readonly Lazy<KeyRing> encryption = new(() => Load(settings.Value.EncryptionKeys, EncryptionVariable, environment, clock, logger));

    public KeyRing Signing => signing.Value;
    public KeyRing Encryption => encryption.Value;

    /// <summary>Key ids that may no longer be used now (their RetireAt has passed since the start).</summary>
    public bool IsRetired(string? keyId)
    {
        if (keyId is null) return false;
        var setting = settings.Value.SigningKeys.FirstOrDefault(k => k.Id == keyId);
        return setting?.RetireAt is { } at && at <= clock.GetUtcNow();
    }

    public IReadOnlyList<SecurityKey> Keys => Signing.Keys.Where(k => !IsRetired(k.KeyId)).ToList();

    public ValueTask PrepareAsync(string? keyId, CancellationToken ct) => ValueTask.CompletedTask;

    static KeyRing Load(List<KeySetting> keys, string variable, IHostEnvironment environment, TimeProvider clock, ILogger logger)
    {
        var ring = KeyRing.Load(keys, variable, clock.GetUtcNow(), environment.ContentRootPath);
        if (ring.Keys.Count == 0 && ring.Errors.Count == 0 && environment.IsDevelopment())
        {
            // `dotnet run` alone: tokens are signed with a key that dies with the process (`kpi up` passes real files).
            logger.LogWarning("{Variable} is not set: using a throw-away key, so tokens do not survive a restart", variable);
            ring = KeyRing.Ephemeral();
        }
        foreach (var id in ring.Retired) logger.LogInformation("{Variable}: key {KeyId} is past its RetireAt and is no longer used", variable, id);
        return ring;
    }
}
