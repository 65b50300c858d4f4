using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace KpiTracker.Abuse;

/// <summary>
/// The body fuzz's twin for what a URL carries (issue 9: ?q=%00 and fiscalYear=0 were 500s): a valid
/// request of every route with one or a few of its query parameters (those its URL uses and those its
/// OpenAPI operation declares, plus one nobody declares) or one of its path segments replaced by a
/// hostile value — control characters, broken percent-encodings, huge text, numbers and years at and
/// beyond every bound, ids that do not parse. No answer is a 5xx and every 4xx is
/// application/problem+json. Iterations: KPI_FUZZ_QUERY_ITER, default 600.
/// </summary>
[Collection(AbuseCollection.Name)]
public sealed class QueryFuzzTests(AbuseFixture fixture, ITestOutputHelper output)
{
    /// <summary>One route's valid request split into its parts: path segments, and the query as ordered pairs.</summary>
    sealed record Target(Route Route, Prepared Request, string[] Segments, (string Name, string Value)[] Query, string[] Parameters);

    /// <summary>What one iteration changes: a path segment (Segment ≥ 0) or query parameters by name.</summary>
    sealed record Case(int Target, int Segment, (string Name, string Value)[] Replacements, bool Duplicate, (string Name, string Value)? Header)
    {
        public string Url(IReadOnlyList<Target> targets)
        {
            var t = targets[Target];
            var segments = (string[])t.Segments.Clone();
            if (Segment >= 0) segments[Segment] = Replacements[0].Value;
            var query = t.Query.ToList();
            if (Segment < 0)
                foreach (var (name, value) in Replacements)
                {
                    var at = query.FindIndex(q => q.Name == name);
                    if (at < 0 || Duplicate) query.Add((name, value));
                    else query[at] = (name, value);
                }
            var path = "/" + string.Join("/", segments);
            return query.Count == 0 ? path : path + "?" + string.Join("&", query.Select(q => $"{q.Name}={q.Value}"));
        }
    }

    [Fact]
    public async Task No_query_or_path_however_hostile_gets_a_5xx_and_every_4xx_is_a_problem()
    {
        var world = fixture.World;
        var documents = await OpenApiDocuments.LoadAsync(world);
        var targets = new List<Target>();
        // Reads only, and the writes whose URL names what they act on: a write's body is the body fuzz's.
        foreach (var route in Routes.All.Where(r => r.Method == "GET" || r.Template.Contains('{')))
        {
            if (route.Access == Access.Anonymous || route.Key == "POST /api/admin/rebuild") continue;
            var prepared = await route.Prepare(world, world.Fuzz, true);
            prepared = prepared with { IfMatch = prepared.IfMatch is null ? null : "*" };
            var (path, query) = Split(prepared.Url);
            var parameters = query.Select(q => q.Name).Concat(documents.QueryParameters(route.Method, route.Template)).Append("undeclared").Distinct().ToArray();
            targets.Add(new Target(route, prepared, path.TrimStart('/').Split('/'), query, parameters));
        }
        Assert.True(targets.Count >= 20, $"only {targets.Count} routes found");

        var gen =
            from t in Gen.Int[0, targets.Count - 1]
            from onPath in Gen.Int[0, 4]
            from segment in Gen.Int[1, targets[t].Segments.Length - 1]   // never "api" itself: an unknown prefix is the gateway's 404
            from count in Gen.Int[1, 3]
            from names in Gen.Int[0, targets[t].Parameters.Length - 1].Array[count]
            from values in Hostile.UrlPart.Array[count]
            from duplicate in Gen.Int[0, 5]
            from header in Gen.Frequency((4, Gen.Const(((string, string)?)null)), (1, HostileHeader))
            select onPath == 0 && targets[t].Segments.Length > 1
                ? new Case(t, segment, [("", values[0])], false, header)
                : new Case(t, -1, names.Select((n, i) => (targets[t].Parameters[n], values[i])).ToArray(), duplicate == 0, header);

        var iterations = int.TryParse(Environment.GetEnvironmentVariable("KPI_FUZZ_QUERY_ITER"), out var n) ? n : 600;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await gen.SampleAsync(async c =>
        {
            var target = targets[c.Target];
            var url = c.Url(targets);
            var ifMatch = c.Header is ("If-Match", var tag) ? tag : target.Request.IfMatch;
            using var request = new HttpRequestMessage(new HttpMethod(target.Route.Method), url)
            {
                Content = target.Request.Body is null ? null : target.Request.Body.Content(),
            };
            request.Headers.Authorization = new("Bearer", Caller.All[0].Token);
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            if (c.Header is ("Idempotency-Key", var key)) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            using var response = await world.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, k) => k + 1);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status < 500, $"{status} for {target.Route.Method} {Excerpt(url)}: {Excerpt(body)}");
            if (status >= 400)
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{status} without problem+json ({response.Content.Headers.ContentType}) for {target.Route.Method} {Excerpt(url)}: {Excerpt(body)}");
        }, iter: iterations, threads: 2, print: c => $"{targets[c.Target].Route.Method} {Excerpt(c.Url(targets))}{(c.Header is { } h ? $" [{h.Name}: {Excerpt(h.Value)}]" : "")}");
        output.WriteLine($"Query fuzz: {iterations} URLs over {targets.Count} routes in {clock.Elapsed.TotalSeconds:0.0} s; statuses "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }

    /// <summary>An If-Match or Idempotency-Key no client should send: empty, lists, numbers beyond a version, weak tags, huge (header values stay ASCII, as HTTP wants).</summary>
    static readonly Gen<(string, string)?> HostileHeader =
        Gen.Select(Gen.OneOf(Gen.Const("If-Match"), Gen.Const("Idempotency-Key")),
            Gen.OneOf(new[]
            {
                "", " ", "*", "\"\"", "\"", "W/\"1\"", "\"1\", \"2\"", "\"-1\"", "\"0\"", "\"99999999999999999999999999\"", "\"1e3\"",
                "abc", "\"abc\"", "null", new string('k', 129), new string('k', 300), new string('"', 40), new string('x', 6000),
            }.Select(Gen.Const).ToArray()))
        .Select((name, value) => ((string, string)?)(name, value));

    static (string Path, (string Name, string Value)[] Query) Split(string url)
    {
        var at = url.IndexOf('?');
        if (at < 0) return (url, []);
        var query = url[(at + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => (p[0], p.Length > 1 ? Hostile.Escape(p[1]) : "")).ToArray();
        return (url[..at], query);
    }

    static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} characters)";
}
