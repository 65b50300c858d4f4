using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using KpiTracker.Web.Session;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace KpiTracker.Web.Api;

/// <summary>
/// The one way the web talks to the system: the public API through the gateway, with the
/// signed-in user's own token, so every rule and permission is the API's. A 401 sends the user to
/// sign in and back to the same page; an unreachable part is reported, never thrown.
/// </summary>
public sealed class ApiConnection(
    IHttpClientFactory factory, AuthenticationStateProvider authentication, NavigationManager navigation, ILogger<ApiConnection> log)
{
    public const string HttpClientName = "gateway";

    /// <summary>The same gateway with a long timeout: a real import makes a request per project and indicator.</summary>
    public const string ImportsHttpClientName = "gateway-imports";
    ClaimsPrincipal? user;

    /// <summary>Outside a Razor component (a download endpoint) the user comes from the request.</summary>
    public ApiConnection For(ClaimsPrincipal requestUser)
    {
        user = requestUser;
        return this;
    }

    public Task<ApiResult<T>> GetAsync<T>(ApiPart part, string path, CancellationToken ct = default) =>
        SendAsync<T>(part, HttpMethod.Get, path, null, null, ct);

    public Task<ApiResult<T>> PostAsync<T>(ApiPart part, string path, object? body, string? ifMatch = null, CancellationToken ct = default) =>
        SendAsync<T>(part, HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: ApiJson.Options), ifMatch, ct);

    public Task<ApiResult<T>> PutAsync<T>(ApiPart part, string path, object body, string? ifMatch, CancellationToken ct = default) =>
        SendAsync<T>(part, HttpMethod.Put, path, JsonContent.Create(body, options: ApiJson.Options), ifMatch, ct);

    public async Task<ApiResult<T>> SendAsync<T>(ApiPart part, HttpMethod method, string path, HttpContent? content, string? ifMatch, CancellationToken ct = default)
    {
        using var response = await RawAsync(part, method, path, content, ifMatch, ct);
        if (response is null) return ApiResult<T>.Down(part);
        try
        {
            return await ReadAsync<T>(part, response, ct);
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or IOException)
        {
            log.LogWarning(e, "{Part}: unreadable answer to {Method} {Path}", part, method, path);
            return ApiResult<T>.Down(part);
        }
    }

    /// <summary>The response itself (for files), or null when the part could not be reached.</summary>
    public async Task<HttpResponseMessage?> RawAsync(ApiPart part, HttpMethod method, string path, HttpContent? content, string? ifMatch, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (await TokenAsync() is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        HttpResponseMessage response;
        try
        {
            response = await factory.CreateClient(part == ApiPart.Imports ? ImportsHttpClientName : HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning(e, "{Part} unreachable: {Method} {Path}", part, method, path);
            return null;
        }
        if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            log.LogWarning("{Part} unavailable ({Status}): {Method} {Path}", part, (int)response.StatusCode, method, path);
            response.Dispose();
            return null;
        }
        if (response.StatusCode == HttpStatusCode.Unauthorized) SignInAgain();
        return response;
    }

    async Task<ApiResult<T>> ReadAsync<T>(ApiPart part, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        if (response.IsSuccessStatusCode)
        {
            var value = status == 204 || response.Content.Headers.ContentLength == 0
                ? default
                : await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct);
            return new ApiResult<T>(status, value, null, etag, part, false);
        }
        var body = await response.Content.ReadAsStringAsync(ct);
        var problem = string.IsNullOrWhiteSpace(body) ? ApiProblem.Plain(status) : ApiProblem.From(status, Parse(body));
        return new ApiResult<T>(status, default, problem, etag, part, false);
    }

    static JsonElement Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    async Task<string?> TokenAsync()
    {
        var principal = user ?? (await authentication.GetAuthenticationStateAsync()).User;
        return principal.FindFirst(SessionClaims.AccessToken)?.Value;
    }

    /// <summary>The token ran out or was refused: sign in again and come back to this page.</summary>
    void SignInAgain()
    {
        if (user is not null) return; // an endpoint answers the 401 itself
        var here = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        navigation.NavigateTo("/signin?expired=1&returnUrl=" + Uri.EscapeDataString(here), forceLoad: true);
    }
}
