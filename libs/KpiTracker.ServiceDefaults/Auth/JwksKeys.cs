using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// The Authority's keys, read from its discovery document and JWKS and kept for
/// <see cref="JwtOptions.KeysRefreshInterval"/>. Our own cache rather than JwtBearer's
/// ConfigurationManager: that one refreshes in the background after the request that asked for it
/// (so the first token signed with a rotated-in key would be refused) and cannot be read again
/// more often than every five minutes (so a retired key would linger).
/// The discovery document names the JWKS under the public origin; with an internal
/// MetadataAddress the JWKS is read from the same internal host, never through the public edge.
/// </summary>
public sealed class JwksKeys(IOptions<JwtOptions> options, IHttpClientFactory http, TimeProvider clock, ILogger<JwksKeys> logger) : IIssuerKeys
{
    public const string HttpClientName = "jwks";

    sealed record Snapshot(IReadOnlyList<SecurityKey> Keys, IReadOnlySet<string> KeyIds, DateTimeOffset CheckedAt);

    readonly SemaphoreSlim gate = new(1, 1);
    volatile Snapshot current = new([], new HashSet<string>(), DateTimeOffset.MinValue);

    public IReadOnlyList<SecurityKey> Keys => current.Keys;

    public async ValueTask PrepareAsync(string? keyId, CancellationToken ct)
    {
        var seen = current;
        if (!NeedsRefresh(seen, keyId)) return;
        await gate.WaitAsync(ct);
        try
        {
            // Another request may have read the keys while this one waited.
            if (!ReferenceEquals(seen, current) && !NeedsRefresh(current, keyId)) return;
            current = await FetchAsync(current, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    bool NeedsRefresh(Snapshot s, string? keyId)
    {
        var o = options.Value;
        var age = clock.GetUtcNow() - s.CheckedAt;
        return age >= o.KeysRefreshInterval
            || (keyId is not null && !s.KeyIds.Contains(keyId) && age >= o.UnknownKeyRefreshInterval);
    }

    async Task<Snapshot> FetchAsync(Snapshot previous, CancellationToken ct)
    {
        var o = options.Value;
        var metadata = MetadataAddress(o);
        try
        {
            var client = http.CreateClient(HttpClientName);
            using var discovery = await client.GetFromJsonAsync<JsonDocument>(metadata, ct)
                ?? throw new JsonException("the discovery document is empty");
            var issuer = discovery.RootElement.TryGetProperty("issuer", out var i) ? i.GetString() : null;
            if (!o.IsAuthority(issuer))
                logger.LogWarning("The discovery document at {Metadata} names issuer {Issuer}, not Jwt:Authority {Authority}: its tokens will be refused", metadata, issuer, o.Authority);
            var jwksUri = discovery.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
            if (jwksUri is null) throw new JsonException("the discovery document names no jwks_uri");
            var jwks = new JsonWebKeySet(await client.GetStringAsync(Internal(jwksUri, o, metadata), ct));
            var keys = jwks.GetSigningKeys();
            logger.LogInformation("Read {Count} signing key(s) of {Authority}: {KeyIds}", keys.Count, o.Authority, string.Join(", ", keys.Select(k => k.KeyId)));
            return new Snapshot(keys.ToList(), keys.Select(k => k.KeyId).Where(k => k is not null).ToHashSet(StringComparer.Ordinal), clock.GetUtcNow());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or ArgumentException)
        {
            // Keep the keys we had: tokens signed with them still validate while the issuer is away.
            logger.LogWarning(e, "Could not read the signing keys of {Authority} from {Metadata}", o.Authority, metadata);
            return previous with { CheckedAt = clock.GetUtcNow() };
        }
    }

    static Uri MetadataAddress(JwtOptions o) =>
        new(string.IsNullOrWhiteSpace(o.MetadataAddress)
            ? o.Authority!.TrimEnd('/') + "/.well-known/openid-configuration"
            : o.MetadataAddress);

    /// <summary>A JWKS address under the public origin, moved to the host the discovery document came from.</summary>
    static Uri Internal(string jwksUri, JwtOptions o, Uri metadata)
    {
        var publicOrigin = o.Authority!.TrimEnd('/') + "/";
        if (string.IsNullOrWhiteSpace(o.MetadataAddress) || !jwksUri.StartsWith(publicOrigin, StringComparison.OrdinalIgnoreCase))
            return new Uri(jwksUri);
        return new Uri(new Uri(metadata.GetLeftPart(UriPartial.Authority) + "/"), jwksUri[publicOrigin.Length..]);
    }
}
