using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.ServiceDefaults.Auth;

/// <summary>The identity service's public signing keys, as this deployable currently knows them.</summary>
public interface IIssuerKeys
{
    /// <summary>The keys a token of the Authority may be signed with.</summary>
    IReadOnlyList<SecurityKey> Keys { get; }

    /// <summary>
    /// Called before a token of the Authority is validated, with its key id: reads the keys again
    /// when they are older than the refresh interval, or when the key id is not among them (a key
    /// rotated in), so the first token signed with a new key is accepted, not refused once.
    /// </summary>
    ValueTask PrepareAsync(string? keyId, CancellationToken ct);
}
