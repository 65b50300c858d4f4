using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiTracker.Cli.Http;

/// <summary>One answer of the API: status, the JSON body (when there is one) and the headers we use.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonElement? Json, string? Location, bool Replayed, string RawBody)
{
    public int Code => (int)Status;
    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>The problem's title and detail, and every field error, on one line.</summary>
    public string Describe()
    {
        if (Json is not { ValueKind: JsonValueKind.Object } j) return $"HTTP {Code}{(RawBody.Length > 0 ? ": " + Trim(RawBody) : "")}";
        var parts = new List<string>();
        var title = Str(j, "title");
        var detail = Str(j, "detail");
        if (title is not null) parts.Add(title);
        if (detail is not null && detail != title) parts.Add(detail);
        if (j.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var messages = field.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(" ", field.Value.EnumerateArray().Select(m => m.ToString()))
                    : field.Value.ToString();
                parts.Add($"{field.Name}: {messages}");
            }
        }
        return $"HTTP {Code}: {(parts.Count == 0 ? Trim(RawBody) : string.Join("; ", parts))}";
    }

    public string? String(string property) => Json is { ValueKind: JsonValueKind.Object } j ? Str(j, property) : null;

    private static string? Str(JsonElement j, string name) =>
        j.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined ? v.ToString() : null;

    private static string Trim(string s)
    {
        var one = s.ReplaceLineEndings(" ").Trim();
        return one.Length > 300 ? one[..300] + "…" : one;
    }
}

/// <summary>The API said no (or could not be reached); <see cref="Exception.Message"/> is one readable line.</summary>
public sealed class ApiException(string message, ApiResponse? response = null) : Exception(message)
{
    public ApiResponse? Response { get; } = response;
}

/// <summary>
/// The CLI's only HTTP code: base URL, bearer token, camelCase JSON, Idempotency-Key, a polite
/// retry on 429 (Retry-After) and on connection refusal, and problem+json turned into one line.
/// </summary>
public sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly HttpClient _http;
    private readonly string? _token;

    public ApiClient(string baseUrl, string? token, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new Cli.UsageException($"'{baseUrl}' is not an http(s) URL");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = uri;
        _http.Timeout = TimeSpan.FromMinutes(5);
        _token = token;
        BaseUrl = uri.ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>How long to wait at most on a 429 before giving up; tests set 0.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

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
                throw new ApiException($"cannot reach {BaseUrl} ({e.Message}); is it running? (./kpi up, or --url)");
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
            throw new ApiException($"cannot reach {BaseUrl} ({e.Message}); is it running? (./kpi up, or --url)");
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

    public void Dispose() => _http.Dispose();
}
