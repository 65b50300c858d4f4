namespace KpiTracker.Web.Api;

/// <summary>
/// The gateway's development token endpoint (POST /api/token), used by the development sign-in
/// page only; it exists only where the gateway runs in Development.
/// </summary>
public sealed class DevelopmentTokenClient(IHttpClientFactory factory, ILogger<DevelopmentTokenClient> log)
{
    public sealed record Minted(string? Token, TimeSpan Lifetime, string? Error);

    sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public async Task<Minted> MintAsync(string sub, string? name, IReadOnlyList<string> roles, IReadOnlyList<string> depts, CancellationToken ct)
    {
        try
        {
            using var response = await factory.CreateClient(ApiConnection.HttpClientName)
                .PostAsJsonAsync("/api/token", new { sub, name, roles, depts }, ApiJson.Options, ct);
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<TokenResponse>(ApiJson.Options, ct) is { } t)
                return new Minted(t.AccessToken, TimeSpan.FromSeconds(t.ExpiresIn), null);
            return (int)response.StatusCode switch
            {
                404 => new Minted(null, default, "网关未开启开发登录（仅开发环境提供）。"),
                400 or 422 => new Minted(null, default, "请填写用户标识，并至少选择一个角色。"),
                _ => new Minted(null, default, $"登录失败（网关返回 {(int)response.StatusCode}）。"),
            };
        }
        catch (HttpRequestException e)
        {
            log.LogWarning(e, "token endpoint unreachable");
            return new Minted(null, default, "网关暂时不可用，无法登录，请稍后再试。");
        }
    }
}
