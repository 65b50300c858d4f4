using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KpiTracker.Imports.Tests;

/// <summary>The multipart form a browser or script sends to POST /api/imports, and reading its answer.</summary>
public static class Uploads
{
    public static MultipartFormDataContent Form(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/plain");
        var form = new MultipartFormDataContent { { content, "file", fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value, Encoding.UTF8), name);
        return form;
    }

    /// <summary>The 5-project seed (武汉市东西湖区大数据中心 2021, department 18001).</summary>
    public static byte[] Seed => File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.Wuhan2021));

    public static async Task<(int Status, JsonElement Body, string? MediaType)> SendAsync(HttpClient client, HttpContent content, string url = "/api/imports")
    {
        using var response = await client.PostAsync(url, content);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    public static string[] ErrorsOf(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];
}
