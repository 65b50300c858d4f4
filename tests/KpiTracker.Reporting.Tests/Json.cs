using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Reporting.Tests;

public static class Json
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static JsonElement Indicator(this JsonElement root, Guid id) =>
        root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

    public static decimal Dec(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    public static string? Str(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    /// <summary>
    /// A PUT under /api/evaluations/projects/{id}/… as a client does it: read the evaluation for its
    /// ETag, then send it in If-Match (the service answers 428 without one).
    /// </summary>
    public static async Task<HttpResponseMessage> PutEvaluationAsync(this HttpClient client, string url, object body)
    {
        var evaluationUrl = string.Join('/', url.Split('/').Take(5));   // "", api, evaluations, projects, {id}
        using var read = await client.GetAsync(evaluationUrl);
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (read.Headers.ETag is { } etag) request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
