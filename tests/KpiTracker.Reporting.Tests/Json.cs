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

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => await client.PutAsJsonAsync(url, body);
}
