using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KpiTracker.Abuse;

/// <summary>
/// The services' OpenAPI documents, found the way a client finds them: every /openapi/… route in the
/// gateway's configuration, fetched through the gateway. A new service with its document is seen here
/// without anyone editing this file.
/// </summary>
public sealed class OpenApiDocuments(IReadOnlyList<(string Url, JsonElement Document)> documents)
{
    public static async Task<OpenApiDocuments> LoadAsync(World world)
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestInfrastructure.RepositoryRoot, "gateway", "appsettings.json")))!;
        var urls = config["ReverseProxy"]!["Routes"]!.AsObject()
            .Select(r => r.Value!["Match"]!["Path"]!.GetValue<string>())
            .Where(p => p.StartsWith("/openapi/", StringComparison.Ordinal)).Order().ToList();
        var documents = new List<(string, JsonElement)>();
        foreach (var url in urls)
        {
            using var response = await world.SendRawAsync(HttpMethod.Get, url, null, token: null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} through the gateway: {(int)response.StatusCode} {text}");
            documents.Add((url, JsonDocument.Parse(text).RootElement.Clone()));
        }
        return new OpenApiDocuments(documents);
    }

    /// <summary>"METHOD /path/{param}" of every operation of every document.</summary>
    public IReadOnlySet<string> Operations => documents
        .SelectMany(d => d.Document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {p.Name.TrimEnd('/')}")))
        .ToHashSet();

    /// <summary>
    /// Every field path of an operation's JSON request body ("leader.name", "funding[0].amount"), following
    /// $ref, oneOf and array items, so the fuzz reaches fields a valid template leaves out.
    /// </summary>
    public IReadOnlyList<string> BodyFields(string method, string template)
    {
        foreach (var (_, doc) in documents)
        {
            if (!doc.GetProperty("paths").TryGetProperty(template, out var path)
                && !doc.GetProperty("paths").TryGetProperty(template + "/", out path)) continue;
            if (!path.TryGetProperty(method.ToLowerInvariant(), out var op) || !op.TryGetProperty("requestBody", out var body)) return [];
            var schema = body.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema");
            var fields = new List<string>();
            Walk(doc, schema, "", fields, depth: 0);
            return fields;
        }
        return [];
    }

    /// <summary>The query parameters an operation declares (page, asOf, format…), so the query fuzz reaches those a valid URL leaves out.</summary>
    public IReadOnlyList<string> QueryParameters(string method, string template)
    {
        foreach (var (_, doc) in documents)
        {
            if (!doc.GetProperty("paths").TryGetProperty(template, out var path)
                && !doc.GetProperty("paths").TryGetProperty(template + "/", out path)) continue;
            if (!path.TryGetProperty(method.ToLowerInvariant(), out var op) || !op.TryGetProperty("parameters", out var parameters)) return [];
            return parameters.EnumerateArray().Select(p => Resolve(doc, p))
                .Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
        }
        return [];
    }

    static void Walk(JsonElement doc, JsonElement schema, string prefix, List<string> fields, int depth)
    {
        if (depth > 6) return;
        schema = Resolve(doc, schema);
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            foreach (var s in oneOf.EnumerateArray()) Walk(doc, s, prefix, fields, depth + 1);
            return;
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in properties.EnumerateObject())
            {
                var name = prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}";
                fields.Add(name);
                Walk(doc, p.Value, name, fields, depth + 1);
            }
            return;
        }
        if (schema.TryGetProperty("items", out var items) && prefix.Length > 0) Walk(doc, items, prefix + "[0]", fields, depth + 1);
    }

    static JsonElement Resolve(JsonElement doc, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var node = doc;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part);
            schema = node;
        }
        return schema;
    }
}
