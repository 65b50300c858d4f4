using System.Net;
using System.Text.Json;

namespace KpiTracker.Declarations.Api;

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
