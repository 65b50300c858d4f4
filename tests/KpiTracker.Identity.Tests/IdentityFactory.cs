using KpiTracker.Testing;

namespace KpiTracker.Identity.Tests;

/// <summary>The identity service with its own keys and an admin machine client; lockout at the default ten failures.</summary>
public class IdentityFactory() : ServiceFactory<Program>("identity")
{
    public const string Issuer = "http://localhost/";
    public const string AdminClient = "test-admin";
    public const string AdminSecret = "test-admin-secret-0123456789";

    public TestSigningKey SigningKey { get; } = TestSigningKey.Create("test-signing");

    protected virtual int PerAccountPermitLimit => 50;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Identity:Issuer", Issuer),
        new("Identity:SigningKeys:0:Id", SigningKey.Id),
        new("Identity:SigningKeys:0:Pem", SigningKey.Pem),
        new("Identity:EncryptionKeys:0:Id", "test-encryption"),
        new("Identity:EncryptionKeys:0:Pem", TestSigningKey.Create("test-encryption").Pem),
        new($"Identity:Clients:{AdminClient}:Secret", AdminSecret),
        new($"Identity:Clients:{AdminClient}:Roles:0", "admin"),
        new("Identity:Login:PerAccountPermitLimit", PerAccountPermitLimit.ToString()),
        new("Identity:Login:PerAddressPermitLimit", "100000"),
    ];
}
