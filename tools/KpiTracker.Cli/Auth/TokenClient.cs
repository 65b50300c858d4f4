using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Cli.Cli;

namespace KpiTracker.Cli.Auth;

/// <summary>
/// The CLI's side of the identity service's token endpoint (through the gateway): client
/// credentials, the password grant of the public client kpi-cli, refresh, and revocation.
/// A refusal is the problem's detail on one line, as every CLI error.
/// </summary>
public sealed class TokenClient(string url, HttpMessageHandler? handler) : IDisposable
{
    public const string CliClientId = "kpi-cli";

    readonly HttpClient http = new(handler ?? new HttpClientHandler(), disposeHandler: handler is null)
    {
        BaseAddress = new Uri(url.TrimEnd('/') + "/"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Task<TokenStore.Entry> ClientCredentialsAsync(string clientId, string secret, IEnumerable<KeyValuePair<string, string>> narrowing, CancellationToken ct) =>
        RequestAsync(clientId, [new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", secret), .. narrowing], ct);

    public Task<TokenStore.Entry> PasswordAsync(string userName, string password, IEnumerable<KeyValuePair<string, string>> narrowing, CancellationToken ct) =>
        RequestAsync(CliClientId, [new("grant_type", "password"), new("client_id", CliClientId), new("username", userName), new("password", password),
            new("scope", "offline_access profile roles"), .. narrowing], ct);

    public Task<TokenStore.Entry> RefreshAsync(TokenStore.Entry entry, CancellationToken ct) =>
        RequestAsync(entry.ClientId, [new("grant_type", "refresh_token"), new("client_id", entry.ClientId), new("refresh_token", entry.RefreshToken!)], ct);

    /// <summary>Revokes the refresh token (RFC 7009); an already invalid one is fine.</summary>
    public async Task RevokeAsync(TokenStore.Entry entry, CancellationToken ct)
    {
        if (entry.RefreshToken is null) return;
        using var response = await http.PostAsync("connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = entry.ClientId, ["token"] = entry.RefreshToken, ["token_type_hint"] = "refresh_token",
        }), ct);
    }

    async Task<TokenStore.Entry> RequestAsync(string clientId, KeyValuePair<string, string>[] form, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync("connect/token", new FormUrlEncodedContent(form), ct);
        }
        catch (HttpRequestException e)
        {
            throw new CliFailure($"cannot reach {http.BaseAddress}connect/token: {e.Message}");
        }
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (!response.IsSuccessStatusCode)
            {
                var detail = body.TryGetProperty("detail", out var d) ? d.GetString() : body.TryGetProperty("error_description", out var e) ? e.GetString() : null;
                throw new CliFailure($"sign-in refused (HTTP {(int)response.StatusCode}): {detail ?? response.ReasonPhrase}");
            }
            var access = body.GetProperty("access_token").GetString()!;
            var refresh = body.TryGetProperty("refresh_token", out var r) ? r.GetString() : null;
            var lifetime = body.TryGetProperty("expires_in", out var x) && x.TryGetInt32(out var s) ? s : 1800;
            var claims = Payload(access);
            string? Claim(string n) => claims.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new TokenStore.Entry(access, refresh, DateTimeOffset.UtcNow.AddSeconds(lifetime), clientId, Claim("sub") ?? "", Claim("name") ?? Claim("sub") ?? "");
        }
    }

    /// <summary>The access token's payload, to say who signed in (the services validate it; we only read it).</summary>
    public static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.') is { Length: 3 } parts ? parts[1] : throw new CliFailure("the token endpoint answered a token that is not a JWT");
        part = part.Replace('-', '+').Replace('_', '/');
        part += new string('=', (4 - part.Length % 4) % 4);
        return JsonDocument.Parse(Convert.FromBase64String(part)).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
