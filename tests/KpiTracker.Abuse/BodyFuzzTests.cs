using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace KpiTracker.Abuse;

/// <summary>
/// Issue 9's property-based fuzz of every POST and PUT body: a valid request of each route with one or
/// a few of its fields (every field the route's OpenAPI schema names, and the template's) replaced by
/// hostile JSON, or the whole body replaced. However hostile, no answer is a 5xx, and every 4xx is
/// application/problem+json. Iterations are bounded (KPI_FUZZ_ITER, default 1500); on failure CsCheck
/// prints the seed (rerun with CsCheck_Seed=…) and the case.
/// </summary>
[Collection(AbuseCollection.Name)]
public sealed class BodyFuzzTests(AbuseFixture fixture, ITestOutputHelper output)
{
    /// <summary>One route's valid request as the template the fuzz mutates, and the fields it mutates.</summary>
    sealed record Target(Route Route, Prepared Request, IReadOnlyList<string> Fields);

    /// <summary>What one iteration sends: replacements of fields by raw JSON, or a whole raw body.</summary>
    sealed record Case(int Target, (string Field, string Json)[] Replacements, byte[]? RawBody, string ContentType)
    {
        public string Describe(IReadOnlyList<Target> targets)
        {
            var t = targets[Target];
            var what = RawBody is { } raw
                ? $"raw body {Excerpt(Encoding.UTF8.GetString(raw))}"
                : string.Join("; ", Replacements.Select(r => $"{r.Field} = {Excerpt(r.Json)}"));
            return $"{t.Route.Method} {t.Request.Url} [{ContentType}] {what}";
        }
    }

    [Fact]
    public async Task No_body_however_hostile_gets_a_5xx_and_every_4xx_is_a_problem()
    {
        var world = fixture.World;
        var documents = await OpenApiDocuments.LoadAsync(world);
        var targets = new List<Target>();
        foreach (var route in Routes.All.Where(r => r.Method is "POST" or "PUT"))
        {
            var prepared = await route.Prepare(world, world.Fuzz, true);
            if (prepared.Body is null) continue;   // close, rebuild: no body to fuzz
            // A valid change would move the ETag on: "*" keeps every PUT past If-Match, to its validation.
            prepared = prepared with { IfMatch = prepared.IfMatch is null ? null : "*" };
            var fields = Leaves(prepared.Body, "").Concat(documents.BodyFields(route.Method, route.Template)).Distinct().ToList();
            targets.Add(new Target(route, prepared, fields));
        }
        Assert.True(targets.Count >= 15, $"only {targets.Count} routes with a body found");

        var gen =
            from t in Gen.Int[0, targets.Count - 1]
            from kind in Gen.Int[0, 9]
            from count in Gen.Int[1, 3]
            from fields in Gen.Int[0, targets[t].Fields.Count - 1].Array[count]
            from values in Hostile.Value.Array[count]
            from raw in Hostile.Body
            from contentType in Gen.Frequency((20, Gen.Const("application/json")), (1, Gen.Const("text/plain")), (1, Gen.Const("application/x-www-form-urlencoded")))
            select kind == 0
                ? new Case(t, [], raw, contentType)
                : new Case(t, fields.Select((f, i) => (targets[t].Fields[f], kind == 1 ? "__REMOVE__" : values[i])).ToArray(), null, contentType);

        var iterations = int.TryParse(Environment.GetEnvironmentVariable("KPI_FUZZ_ITER"), out var n) ? n : 1500;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await gen.SampleAsync(async c =>
        {
            var target = targets[c.Target];
            using var response = await world.SendRawAsync(new HttpMethod(target.Route.Method), target.Request.Url, Content(target, c),
                Caller.All[0].Token, target.Request.IfMatch);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, k) => k + 1);
            var body = await response.Content.ReadAsStringAsync();
            var describe = c.Describe(targets);
            Assert.True(status < 500, $"{status} for {describe}: {Excerpt(body)}");
            if (status >= 400)
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{status} without problem+json ({response.Content.Headers.ContentType}) for {describe}: {Excerpt(body)}");
            if (target.Route.ReadsBatchItem && status == 200)
                foreach (var item in JsonDocument.Parse(body).RootElement.GetProperty("results").EnumerateArray())
                    Assert.True(item.GetProperty("status").GetInt32() < 500, $"a batch item answered {item} for {describe}");
        }, iter: iterations, threads: 2, print: c => c.Describe(targets));
        output.WriteLine($"Fuzz: {iterations} bodies over {targets.Count} routes in {clock.Elapsed.TotalSeconds:0.0} s; statuses "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }

    static HttpContent Content(Target target, Case c)
    {
        byte[] bytes;
        if (c.RawBody is { } raw) bytes = raw;
        else
        {
            var body = target.Request.Body!.DeepClone().AsObject();
            var placeholders = new Dictionary<string, string>();
            var done = new List<string>();
            for (var i = 0; i < c.Replacements.Length; i++)
            {
                var (field, json) = c.Replacements[i];
                // A field inside one already replaced (funding, then funding[0].source) has nowhere to go.
                if (done.Any(d => field.StartsWith(d + ".", StringComparison.Ordinal) || field.StartsWith(d + "[", StringComparison.Ordinal)
                    || d.StartsWith(field + ".", StringComparison.Ordinal) || d.StartsWith(field + "[", StringComparison.Ordinal) || d == field)) continue;
                done.Add(field);
                if (json == "__REMOVE__") { body = body.Without(field); continue; }
                var key = $"__HOSTILE_{i}__";
                try { body = body.With(field, key); }
                catch (InvalidOperationException) { continue; }   // the template holds no object or array on this path
                placeholders[$"\"{key}\""] = json;
            }
            var text = body.ToJsonString();
            foreach (var (key, json) in placeholders) text = text.Replace(key, json);
            bytes = Encoding.UTF8.GetBytes(text);
        }
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType + (c.ContentType == "application/json" ? "; charset=utf-8" : ""));
        return content;
    }

    /// <summary>The field paths of a template ("leader.name", "funding[0].amount"), objects and arrays included.</summary>
    static IEnumerable<string> Leaves(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return path;
                    foreach (var leaf in Leaves(value, path)) yield return leaf;
                }
                break;
            case JsonArray a when a.Count > 0 && prefix.Length > 0:
                foreach (var leaf in Leaves(a[0], prefix + "[0]").Prepend(prefix + "[0]")) yield return leaf;
                break;
        }
    }

    static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} characters)";
}
