using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Declarations.Api;

/// <summary>
/// A client of the public API through the gateway, as `kpi` and services/Imports call it: base URL, bearer
/// token, camelCase JSON, Idempotency-Key, a polite retry on 429 (Retry-After), and problem+json turned into
/// one line. It never throws for an HTTP status (callers decide); only when the server cannot be reached.
/// </summary>
public sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string? _token;

    /// <summary>A client with its own HttpClient (the CLI). Throws <see cref="ArgumentException"/> when <paramref name="baseUrl"/> is not an http(s) URL.</summary>
    public ApiClient(string baseUrl, string? token, HttpMessageHandler? handler = null)
        : this(OwnHttp(baseUrl, handler), token, ownsHttp: true)
    {
    }

    /// <summary>A client over an HttpClient whose BaseAddress is the gateway (a server's, from IHttpClientFactory), sending <paramref name="token"/>.</summary>
    public ApiClient(HttpClient http, string? token)
        : this(http, token, ownsHttp: false)
    {
    }

    private ApiClient(HttpClient http, string? token, bool ownsHttp)
    {
        if (http.BaseAddress is not { } uri) throw new ArgumentException("the HttpClient has no BaseAddress", nameof(http));
        _http = http;
        _ownsHttp = ownsHttp;
        _token = token;
        BaseUrl = uri.ToString().TrimEnd('/');
    }

    private static HttpClient OwnHttp(string baseUrl, HttpMessageHandler? handler)
    {
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ArgumentException($"'{baseUrl}' is not an http(s) URL", nameof(baseUrl));
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = uri;
        http.Timeout = TimeSpan.FromMinutes(5);
        return http;
    }

    public string BaseUrl { get; }

    /// <summary>How long to wait at most on a 429 before giving up; tests set 0.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Said after "cannot reach URL (why)": what the user can do about it (the CLI: start the stack, or --url).</summary>
    public string UnreachableHint { get; init; } = "";

    public Task<ApiResponse> GetAsync(string path, CancellationToken ct = default) => SendAsync(HttpMethod.Get, path, null, null, ct);

    public Task<ApiResponse> PostAsync(string path, object? body, string? idempotencyKey = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, path, body, idempotencyKey, ct);

    public Task<ApiResponse> DeleteAsync(string path, CancellationToken ct = default) => SendAsync(HttpMethod.Delete, path, null, null, ct);

    /// <summary>Sends and reads the answer; never throws for an HTTP status (callers decide), only when the server cannot be reached.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken ct = default)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body, body.GetType(), Json);
        for (var attempt = 1; ; attempt++)
        {
            using var request = Build(method, path, json, idempotencyKey);
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, ct);
            }
            catch (HttpRequestException e)
            {
                throw new ApiException($"cannot reach {BaseUrl} ({e.Message}){UnreachableHint}");
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new ApiException($"{method} {path}: no answer from {BaseUrl} within {_http.Timeout.TotalSeconds:0} s");
            }
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 5)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt);
                    if (wait <= MaxRetryWait)
                    {
                        await Task.Delay(wait, ct);
                        continue;
                    }
                }
                return await ReadAsync(response, ct);
            }
        }
    }

    /// <summary>Sends and throws an <see cref="ApiException"/> unless the status is 2xx.</summary>
    public async Task<ApiResponse> SendOkAsync(HttpMethod method, string path, object? body = null, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var r = await SendAsync(method, path, body, idempotencyKey, ct);
        return r.IsSuccess ? r : throw new ApiException($"{method} {path}: {r.Describe()}", r);
    }

    /// <summary>GETs a file: its bytes and the name from Content-Disposition (null when none).</summary>
    public async Task<(byte[] Bytes, string? FileName, string? ContentType)> DownloadAsync(string path, CancellationToken ct = default)
    {
        using var request = Build(HttpMethod.Get, path, null, null);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new ApiException($"cannot reach {BaseUrl} ({e.Message}){UnreachableHint}");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var r = await ReadAsync(response, ct);
                throw new ApiException($"GET {path}: {r.Describe()}", r);
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var cd = response.Content.Headers.ContentDisposition;
            var name = cd?.FileNameStar ?? cd?.FileName;
            return (bytes, name?.Trim('"'), response.Content.Headers.ContentType?.MediaType);
        }
    }

    private HttpRequestMessage Build(HttpMethod method, string path, string? json, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (_token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<ApiResponse> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement? json = null;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            try
            {
                json = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                json = null;
            }
        }
        var location = response.Headers.Location?.ToString();
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var v) && v.Any(x => x.Equals("true", StringComparison.OrdinalIgnoreCase));
        return new ApiResponse(response.StatusCode, json, location, replayed, text);
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
