using System.Security.Claims;
using System.Security.Cryptography;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KpiTracker.Testing;

/// <summary>
/// An RSA key as the identity service is given one (key id + PEM), kept by the test so it can
/// also sign a token itself: "a token signed with the old key" needs the old key.
/// </summary>
public sealed class TestSigningKey
{
    public string Id { get; }
    public RSA Rsa { get; }
    public string Pem { get; }

    TestSigningKey(string id, RSA rsa)
    {
        Id = id;
        Rsa = rsa;
        Pem = rsa.ExportPkcs8PrivateKeyPem();
    }

    public static TestSigningKey Create(string id) => new(id, RSA.Create(2048));

    /// <summary>The settings of a key list, first key first: Identity__SigningKeys__0__Id, __0__Pem, ...</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string prefix, params TestSigningKey[] keys) =>
        keys.SelectMany((k, i) => new[]
        {
            KeyValuePair.Create($"{prefix}__{i}__Id", k.Id),
            KeyValuePair.Create($"{prefix}__{i}__Pem", k.Pem),
        });

    /// <summary>A token as the identity service would sign it with this key.</summary>
    public string Sign(string issuer, string subject, string role, params string[] departments)
    {
        var claims = new List<Claim> { new(KpiClaims.Subject, subject), new(KpiClaims.Name, subject), new(KpiClaims.Role, role) };
        claims.AddRange(departments.Select(d => new Claim(KpiClaims.Department, d)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = DevelopmentTokens.DevelopmentAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddSeconds(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Rsa) { KeyId = Id }, SecurityAlgorithms.RsaSha256),
        });
    }
}
