using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;

sealed class LoadBench(Options o)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    const string AsOf = "2021-12";

    readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.None,
    })
    { BaseAddress = new Uri(o.Url + "/"), Timeout = TimeSpan.FromSeconds(60) };

    string dept = "";
    string admin = "", manager = "";
    string[] owners = [];
    Guid loadProject, freshProject;
    List<Guid> loadIndicators = [], freshIndicators = [];
    int nextPair;          // next (indicator, month) of the load project to use
    int recorded;          // 201s on the load project so far
    readonly StringBuilder report = new();

    static string F(double v) => double.IsNaN(v) ? "–" : v.ToString(v >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

    void Out(string line = "") { Console.WriteLine(line); report.AppendLine(line); }

    public async Task<int> RunAsync()
    {
        var levels = o.Concurrency.Length;
        var pairsNeeded = o.Warmup + o.Requests * levels;
        var loadCount = Math.Max(1, (pairsNeeded + 11) / 12);
        Console.Error.WriteLine($"# gateway {o.Url}; {loadCount} load indicators × 12 months ({pairsNeeded} pairs needed), {o.FreshIndicators} freshness indicators");

        try { await SetupAsync(loadCount); }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Setup failed: {e.Message}");
            return 1;
        }

        Out($"## Run {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC — gateway {o.Url} — load average (1 min) at start {LoadAvg()}");
        Out();
        Out($"Department `{dept}`; load project {loadProject} with {loadIndicators.Count} monthly indicators (sum, target ≥2 批); " +
            $"freshness project {freshProject} with {freshIndicators.Count} indicators; {owners.Length} owner identities; every POST is a new (indicator, month) pair.");
        Out();

        var anyFailure = false;
        if (o.Warmup > 0)
        {
            var w = await LevelAsync(o.Concurrency.Min(), o.Warmup);
            Console.Error.WriteLine($"# warm-up: {o.Warmup} POSTs at {o.Concurrency.Min()} clients, {F(w.Rps)} req/s, non-201: {w.Failures.Summary()}");
            anyFailure |= w.Failures.Total > 0;
            await DrainAsync();
        }

        var results = new List<(int C, LevelResult R, double? DrainS)>();
        foreach (var c in o.Concurrency)
        {
            Console.Error.WriteLine($"# level: {c} clients × {o.Requests} POSTs …");
            var r = await LevelAsync(c, o.Requests);
            Console.Error.WriteLine($"#   POSTs done in {r.Wall:F1} s; waiting until the dashboard holds all {recorded} values …");
            var drain = await DrainAsync();
            results.Add((c, r, drain));
            Console.Error.WriteLine($"#   {F(r.Rps)} req/s (201s), p50 {F(r.Latency.Pct(50))} ms, p95 {F(r.Latency.Pct(95))} ms, non-201: {r.Failures.Summary()}, dashboard complete {(drain is { } d ? F(d) + " s" : "NOT within timeout")} after the last 201");
        }

        Out("### Throughput: POST /api/measurements (one new value per request) through the gateway");
        Out();
        Out("| clients | requests | 201 | non-201 / errors | wall s | req/s (201s) | p50 ms | p95 ms | p99 ms | max ms | dashboard holds all values, s after last 201 | load avg (1 min) at end |");
        Out("|--:|--:|--:|--|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var (c, r, drain) in results)
            Out($"| {c} | {r.Sent} | {r.Created} | {r.Failures.Summary()} | {r.Wall:F2} | {F(r.Rps)} | {F(r.Latency.Pct(50))} | {F(r.Latency.Pct(95))} | {F(r.Latency.Pct(99))} | {F(r.Latency.Max)} | {(drain is { } d ? d.ToString("F1", CultureInfo.InvariantCulture) : "timeout")} | {r.LoadAvg} |");
        Out();
        Out("Latency is over 201 answers only, measured in the client from sending the request to reading the whole response.");
        foreach (var (c, r, _) in results)
            foreach (var e in r.Failures.Examples()) { Out($"- {c} clients, {e}"); anyFailure = true; }
        Out();

        if (o.Samples > 0)
        {
            var f = await FreshnessAsync();
            Out($"### Freshness: 201 of the POST → GET /api/dashboard/projects/{{id}}?asOf={AsOf} shows the value in the indicator's trend");
            Out();
            Out($"Sequential, {o.Samples} samples, dashboard polled every {o.PollMs} ms (a poll starts {o.PollMs} ms after the previous one started, or at once if it took longer).");
            Out();
            Out("| samples | seen | timed out / failed | min ms | p50 ms | p95 ms | p99 ms | max ms | mean ms | polls/sample (mean) | dashboard GET p50 / p95 ms |");
            Out("|--:|--:|--|--:|--:|--:|--:|--:|--:|--:|--:|");
            Out($"| {o.Samples} | {f.Delay.Count} | {f.Failures.Summary()} | {F(f.Delay.Min)} | {F(f.Delay.Pct(50))} | {F(f.Delay.Pct(95))} | {F(f.Delay.Pct(99))} | {F(f.Delay.Max)} | {F(f.Delay.Mean)} | {(f.Delay.Count == 0 ? "–" : ((double)f.Polls / o.Samples).ToString("F1", CultureInfo.InvariantCulture))} | {F(f.Get.Pct(50))} / {F(f.Get.Pct(95))} |");
            Out();
            Out("Delay = time the first dashboard answer showing the value was read − time the 201 was read (so it includes up to one poll interval plus one dashboard GET).");
            Out($"POST latency in this phase (no other load from this program): p50 {F(f.Post.Pct(50))} ms, p95 {F(f.Post.Pct(95))} ms. Load average (1 min) before / after: {f.LoadBefore} / {f.LoadAfter}.");
            foreach (var e in f.Failures.Examples()) { Out($"- {e}"); anyFailure = true; }
            Out();
        }
        return anyFailure ? 3 : 0;
    }

    // ---------------------------------------------------------------- setup

    async Task SetupAsync(int loadCount)
    {
        dept = "LB" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var lifetime = TimeSpan.FromHours(8);
        admin = DevelopmentTokens.Mint("u-loadbench-admin", ["admin"], [], lifetime: lifetime);
        manager = DevelopmentTokens.Mint($"u-loadbench-mgr-{dept}", ["manager"], [dept], lifetime: lifetime);
        var ownerIds = Enumerable.Range(1, o.Owners).Select(i => $"u-loadbench-owner-{dept}-{i}").ToArray();
        owners = ownerIds.Select(id => DevelopmentTokens.Mint(id, ["owner"], [dept], lifetime: lifetime)).ToArray();

        var sw = Stopwatch.StartNew();
        await ExpectAsync(HttpMethod.Post, "api/departments", admin, new { code = dept, name = $"压测部门 {dept}" }, HttpStatusCode.Created);
        loadProject = await ProjectAsync("压测项目（吞吐）", ownerIds);
        freshProject = await ProjectAsync("压测项目（时效）", ownerIds);
        loadIndicators = await IndicatorsAsync(loadProject, loadCount, "维护设备");
        freshIndicators = await IndicatorsAsync(freshProject, o.FreshIndicators, "巡检设备");
        Console.Error.WriteLine($"# setup: department {dept}, {loadIndicators.Count + freshIndicators.Count} indicators declared in {sw.Elapsed.TotalSeconds:F1} s");

        // Measurements learns projects and indicators from events: wait until it knows all of them.
        // A value for 2020-01 is outside fiscal year 2021: 422 once the indicator is known, 404 before; nothing is stored.
        await UntilAsync("Measurements knows every indicator", TimeSpan.FromSeconds(120), async () =>
        {
            foreach (var chunk in loadIndicators.Concat(freshIndicators).Chunk(5000))
            {
                var items = chunk.Select(id => new { indicatorId = id, period = "2020-01", value = 1 }).ToArray();
                var (status, body) = await SendAsync(HttpMethod.Post, "api/measurements/batch", manager, new { items });
                if (status != HttpStatusCode.OK) return false;
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.GetProperty("results").EnumerateArray().Any(r => r.GetProperty("status").GetInt32() != 422)) return false;
            }
            return true;
        });
        // Reporting too: both dashboards list every indicator.
        await UntilAsync("Reporting knows every indicator", TimeSpan.FromSeconds(120), async () =>
            await DashboardCountAsync(loadProject) is { Indicators: var a } && a == loadIndicators.Count &&
            await DashboardCountAsync(freshProject) is { Indicators: var b } && b == freshIndicators.Count);
        Console.Error.WriteLine($"# setup: replicas ready after {sw.Elapsed.TotalSeconds:F1} s");
    }

    async Task<Guid> ProjectAsync(string name, string[] ownerIds)
    {
        var p = await ExpectAsync(HttpMethod.Post, "api/projects", manager, new
        {
            departmentCode = dept, fiscalYear = 2021, name, type = "recurring",
            executingUnit = "压测科", leader = new { name = "压测", phone = "00000000" },
            totalBudget = 100m, annualBudget = 100m,
            funding = new[] { new { source = "generalPublicBudget", amount = 100m } },
            ownerIds,
        }, HttpStatusCode.Created);
        return p.GetProperty("id").GetGuid();
    }

    async Task<List<Guid>> IndicatorsAsync(Guid projectId, int count, string prefix)
    {
        var ids = new Guid[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var body = new
                {
                    projectId, level1 = "output", level2 = "quantity", name = $"{prefix} {i + 1}", target = "≥2 批",
                    standard = "plan", aggregation = "sum", frequency = "monthly",
                };
                ids[i] = (await ExpectAsync(HttpMethod.Post, "api/indicators", manager, body, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            }
        }));
        return ids.ToList();
    }

    // ---------------------------------------------------------------- phase 1

    /// <summary>The 1-minute load average (Linux), to show how busy the shared machine was.</summary>
    static string LoadAvg()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }

    sealed record LevelResult(int Sent, int Created, double Wall, Series Latency, Failures Failures, string LoadAvg)
    {
        public double Rps => Created / Wall;
    }

    async Task<LevelResult> LevelAsync(int clients, int requests)
    {
        var latency = new Series();
        var failures = new Failures();
        var start = nextPair;
        var end = start + requests;
        var created = 0;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var token = owners[client % owners.Length];
            int k;
            while ((k = Interlocked.Increment(ref nextPair) - 1) < end)
            {
                // Spread consecutive requests over indicators: pair k is indicator k mod N, month k div N + 1.
                var indicator = loadIndicators[k % loadIndicators.Count];
                var month = k / loadIndicators.Count + 1;
                var body = new { indicatorId = indicator, period = $"2021-{month:00}", value = 1 + k % 9, note = "load" };
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    var (status, text) = await SendAsync(HttpMethod.Post, "api/measurements", token, body);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (status == HttpStatusCode.Created) { latency.Add(ms); Interlocked.Increment(ref created); }
                    else failures.Add(((int)status).ToString(CultureInfo.InvariantCulture), $"after {ms:F0} ms: {text}");
                }
                catch (Exception e)
                {
                    failures.Add(e.GetType().Name, $"after {Stopwatch.GetElapsedTime(t0).TotalMilliseconds:F0} ms: {e.Message}");
                }
            }
        })));
        sw.Stop();
        nextPair = end;
        Interlocked.Add(ref recorded, created);
        return new LevelResult(end - start, created, sw.Elapsed.TotalSeconds, latency, failures, LoadAvg());
    }

    /// <summary>Seconds until the load project's dashboard holds every value recorded so far; null on timeout.</summary>
    async Task<double?> DrainAsync()
    {
        var sw = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(o.DrainTimeoutSeconds);
        var last = -1;
        while (sw.Elapsed < deadline)
        {
            var c = await DashboardCountAsync(loadProject);
            if (c?.Points >= recorded) return sw.Elapsed.TotalSeconds;
            last = c?.Points ?? last;
            await Task.Delay(250);
        }
        Console.Error.WriteLine($"#   dashboard still shows {last} of {recorded} values after {o.DrainTimeoutSeconds} s");
        return null;
    }

    async Task<(int Indicators, int Points)?> DashboardCountAsync(Guid project)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"api/dashboard/projects/{project}?asOf={AsOf}", manager, null);
        if (status != HttpStatusCode.OK) return null;
        using var doc = JsonDocument.Parse(body);
        var indicators = doc.RootElement.GetProperty("indicators");
        var points = 0;
        foreach (var i in indicators.EnumerateArray())
            foreach (var t in i.GetProperty("trend").EnumerateArray())
                if (t.GetProperty("value").ValueKind == JsonValueKind.Number) points++;
        return (indicators.GetArrayLength(), points);
    }

    // ---------------------------------------------------------------- phase 2

    sealed record FreshResult(Series Delay, Series Get, Series Post, Failures Failures, long Polls, string LoadBefore, string LoadAfter);

    async Task<FreshResult> FreshnessAsync()
    {
        var delay = new Series();
        var get = new Series();
        var post = new Series();
        var failures = new Failures();
        long polls = 0;
        var interval = TimeSpan.FromMilliseconds(o.PollMs);
        var url = $"api/dashboard/projects/{freshProject}?asOf={AsOf}";
        var loadBefore = LoadAvg();
        for (var s = 0; s < o.Samples; s++)
        {
            var indicator = freshIndicators[s % freshIndicators.Count];
            var period = $"2021-{s / freshIndicators.Count + 1:00}";
            var value = 1 + s % 97;
            var t0 = Stopwatch.GetTimestamp();
            HttpStatusCode status;
            string text;
            try { (status, text) = await SendAsync(HttpMethod.Post, "api/measurements", owners[0], new { indicatorId = indicator, period, value, note = "freshness" }); }
            catch (Exception e) { failures.Add("POST " + e.GetType().Name, e.Message); continue; }
            var created = Stopwatch.GetTimestamp();
            if (status != HttpStatusCode.Created) { failures.Add($"POST {(int)status}", text); continue; }
            post.Add(Stopwatch.GetElapsedTime(t0, created).TotalMilliseconds);

            var seen = false;
            while (Stopwatch.GetElapsedTime(created).TotalSeconds < o.SampleTimeoutSeconds)
            {
                var p0 = Stopwatch.GetTimestamp();
                polls++;
                try
                {
                    var (gs, body) = await SendAsync(HttpMethod.Get, url, owners[0], null);
                    var p1 = Stopwatch.GetTimestamp();
                    get.Add(Stopwatch.GetElapsedTime(p0, p1).TotalMilliseconds);
                    if (gs != HttpStatusCode.OK) failures.Add($"GET {(int)gs}", body);
                    else if (Shows(body, indicator, period, value))
                    {
                        delay.Add(Stopwatch.GetElapsedTime(created, p1).TotalMilliseconds);
                        seen = true;
                        break;
                    }
                }
                catch (Exception e) { failures.Add("GET " + e.GetType().Name, e.Message); }
                var wait = interval - Stopwatch.GetElapsedTime(p0);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
            if (!seen) failures.Add("timeout", $"{indicator} {period} = {value} not on the dashboard within {o.SampleTimeoutSeconds} s");
        }
        return new FreshResult(delay, get, post, failures, polls, loadBefore, LoadAvg());
    }

    static bool Shows(string body, Guid indicator, string period, decimal value)
    {
        using var doc = JsonDocument.Parse(body);
        foreach (var i in doc.RootElement.GetProperty("indicators").EnumerateArray())
        {
            if (i.GetProperty("id").GetGuid() != indicator) continue;
            foreach (var t in i.GetProperty("trend").EnumerateArray())
                if (t.GetProperty("period").GetString() == period && t.GetProperty("value") is { ValueKind: JsonValueKind.Number } v && v.GetDecimal() == value)
                    return true;
            return false;
        }
        return false;
    }

    // ---------------------------------------------------------------- HTTP

    async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json))
            { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    async Task<JsonElement> ExpectAsync(HttpMethod method, string path, string token, object body, HttpStatusCode expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (status, text) = await SendAsync(method, path, token, body);
            if (status == expected) return JsonDocument.Parse(text).RootElement.Clone();
            // The owner's project may not have reached a service yet; a 429 asks to wait.
            if (attempt < 20 && status is HttpStatusCode.TooManyRequests or HttpStatusCode.NotFound or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(250 * attempt);
                continue;
            }
            throw new InvalidOperationException($"{method} /{path}: expected {(int)expected}, got {(int)status}: {text}");
        }
    }

    static async Task UntilAsync(string what, TimeSpan within, Func<Task<bool>> check)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < within)
        {
            if (await check()) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what}: not within {within.TotalSeconds:F0} s.");
    }
}
