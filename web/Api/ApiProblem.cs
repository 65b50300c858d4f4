using System.Text.Json;

namespace KpiTracker.Web.Api;

/// <summary>An RFC 9457 problem as the API sends it, with its field errors and extensions.</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, JsonElement Raw)
{
    public static ApiProblem From(int status, JsonElement json)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in e.EnumerateObject())
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : m.ToString()).ToArray()
                    : [field.Value.ToString()];
        }
        return new ApiProblem(
            json.ValueKind == JsonValueKind.Object && json.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : status,
            Str(json, "title"), Str(json, "detail"), errors, json.ValueKind == JsonValueKind.Undefined ? default : json.Clone());
    }

    public static ApiProblem Plain(int status, string? detail = null) =>
        new(status, null, detail, new Dictionary<string, string[]>(), default);

    /// <summary>A problem about one field (found before sending, or a whole-request refusal that names one).</summary>
    public static ApiProblem Field(string field, string message, int status = 400) =>
        new(status, null, null, new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { [field] = [message] }, default);

    /// <summary>This problem's detail shown beside <paramref name="field"/> (a 409 that says which field it is about).</summary>
    public ApiProblem Beside(string field) =>
        this with { Errors = new Dictionary<string, string[]>(Errors, StringComparer.OrdinalIgnoreCase) { [field] = [Detail ?? Title ?? ""] } };

    public string? Extension(string name) => Str(Raw, name);

    /// <summary>An extension that is a list of objects (e.g. the unexplained indicators of a refused close).</summary>
    public IReadOnlyList<JsonElement> ExtensionList(string name) =>
        Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.Clone()).ToList()
            : [];

    static string? Str(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()
            : null;
}
