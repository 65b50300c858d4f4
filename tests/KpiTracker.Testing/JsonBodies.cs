using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace KpiTracker.Testing;

/// <summary>
/// Request bodies as JSON trees, so a test can replace one field ("leader.name", "expenses[0].item")
/// with a hostile value and send the rest as a valid request would be.
/// </summary>
public static class JsonBodies
{
    public static JsonObject From(object body) => JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();

    /// <summary>A copy of <paramref name="body"/> with the field at <paramref name="path"/> set (created when missing).</summary>
    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var parts = path.Replace("]", "").Split('.');
        JsonNode node = copy;
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var last = i == parts.Length - 1;
            if (index is null)
            {
                if (last) { node.AsObject()[name] = value; break; }
                node = node[name] ?? (node.AsObject()[name] = new JsonObject());
                continue;
            }
            var array = node[name]?.AsArray() ?? (JsonArray)(node.AsObject()[name] = new JsonArray());
            while (array.Count <= index) array.Add(new JsonObject());
            if (last) { array[index.Value] = value; break; }
            node = array[index.Value]!;
        }
        return copy;
    }

    /// <summary>A copy without the field at <paramref name="path"/> (a top-level or nested property).</summary>
    public static JsonObject Without(this JsonObject body, string path)
    {
        var copy = body.DeepClone().AsObject();
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? copy : Find(copy, path[..dot]);
        (parent as JsonObject)?.Remove(dot < 0 ? path : path[(dot + 1)..]);
        return copy;
    }

    static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Replace("]", "").Split('.'))
        {
            var (name, index) = Split(part);
            node = node?[name];
            if (index is { } i) node = node is JsonArray a && a.Count > i ? a[i] : null;
        }
        return node;
    }

    static (string Name, int? Index) Split(string part)
    {
        var bracket = part.IndexOf('[');
        return bracket < 0 ? (part, null) : (part[..bracket], int.Parse(part[(bracket + 1)..]));
    }

    public static StringContent Content(this JsonNode body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
