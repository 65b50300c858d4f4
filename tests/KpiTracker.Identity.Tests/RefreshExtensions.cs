namespace KpiTracker.Identity.Tests;

public static class RefreshExtensions
{
    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient http, string clientId, string refreshToken) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["refresh_token"] = refreshToken,
        }));
}
