using System.Security.Cryptography;
using KpiTracker.Identity.Settings;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.Identity.Signing;

/// <summary>
/// The RSA keys of one list (signing or encryption), read from their PEMs. The first key is
/// current: it signs (or encrypts) everything new. The others are previous keys, still published
/// in the JWKS so tokens they signed keep validating, each until its RetireAt; a key past its
/// RetireAt is left out, so a token it signed is refused everywhere once the caches refresh.
/// </summary>
public sealed class KeyRing
{
    public IReadOnlyList<RsaSecurityKey> Keys { get; }
    public IReadOnlyList<string> Errors { get; }
    public IReadOnlyList<string> Retired { get; }

    KeyRing(List<RsaSecurityKey> keys, List<string> errors, List<string> retired)
    {
        Keys = keys;
        Errors = errors;
        Retired = retired;
    }

    /// <summary>One fresh key that lives as long as the process (Development without configured keys).</summary>
    public static KeyRing Ephemeral() =>
        new([new RsaSecurityKey(RSA.Create(2048)) { KeyId = "ephemeral-" + Guid.NewGuid().ToString("N")[..8] }], [], []);

    public RsaSecurityKey? Current => Keys.Count > 0 ? Keys[0] : null;

    /// <summary>Reads every key of <paramref name="settings"/>; <paramref name="variable"/> names the list in messages (Identity__SigningKeys).</summary>
    public static KeyRing Load(IReadOnlyList<KeySetting> settings, string variable, DateTimeOffset now, string contentRoot)
    {
        var keys = new List<RsaSecurityKey>();
        var errors = new List<string>();
        var retired = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Count; i++)
        {
            var s = settings[i];
            var name = $"{variable}__{i}";
            // An entry left entirely empty is a placeholder (a compose file's optional previous key), not a key.
            if (string.IsNullOrWhiteSpace(s.Id) && string.IsNullOrWhiteSpace(s.Pem) && string.IsNullOrWhiteSpace(s.Path)) continue;
            if (string.IsNullOrWhiteSpace(s.Id)) { errors.Add($"{name}__Id is not set: every key needs a key id (the JWT kid)."); continue; }
            if (!ids.Add(s.Id)) { errors.Add($"{name}__Id '{s.Id}' is used twice."); continue; }
            if (i == 0 && s.RetireAt is { } r0 && r0 <= now) { errors.Add($"{name} (the current key '{s.Id}') is retired since {r0:u}: put the new key first."); continue; }
            if (s.RetireAt is { } r && r <= now) { retired.Add(s.Id); continue; }
            if (ReadPem(s, name, contentRoot, errors) is not { } pem) continue;
            try
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(pem);
                if (rsa.KeySize < 2048) { errors.Add($"{name} ('{s.Id}') is a {rsa.KeySize}-bit key: give at least 2048 bits."); continue; }
                keys.Add(new RsaSecurityKey(rsa) { KeyId = s.Id });
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                errors.Add($"{name} ('{s.Id}') is not an RSA private key in PEM ({e.Message}).");
            }
        }
        return new KeyRing(keys, errors, retired);
    }

    static string? ReadPem(KeySetting s, string name, string contentRoot, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(s.Pem)) return s.Pem;
        if (string.IsNullOrWhiteSpace(s.Path)) { errors.Add($"{name}__Pem or {name}__Path is not set: give the key ('{s.Id}') inline or as a file."); return null; }
        var path = System.IO.Path.GetFullPath(s.Path, contentRoot);
        if (!File.Exists(path)) { errors.Add($"{name}__Path: no file {path} (key '{s.Id}')."); return null; }
        return File.ReadAllText(path);
    }
}
