using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;

/// <summary>
/// The department-scale dashboard through the gateway (issue "Reporting": p95 ≤ 50 ms at
/// 1,000 projects × 15 indicators × 12 months). Everything goes through the public API of a
/// running stack (`./kpi up --no-demo`):
///  setup    a fresh department, N projects × 15 monthly indicators, January–November recorded
///           for every indicator with the batch endpoint (11 × 15 × N values), then the time until
///           Reporting's department dashboard holds them all (catch-up over the real broker);
///  warm     sequential dashboard reads while nothing changes;
///  live     the same reads while a writer records December values (one per request, a few per
///           second): most reads then follow a change, and recompute the projects it touched.
/// </summary>
sealed class DashboardScaleBench(string url, int projects, int liveReads, int writesPerSecond)
{
    const int IndicatorsPerProject = 15;
    readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
    string dept = "", manager = "", owner = "";
    readonly List<Guid> indicators = [];

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var bench = new DashboardScaleBench(
            Arg("--url", Environment.GetEnvironmentVariable("KPI_URL") ?? "http://127.0.0.1:8080"),
            int.Parse(Arg("--projects", "1000"), CultureInfo.InvariantCulture),
            int.Parse(Arg("--reads", "200"), CultureInfo.InvariantCulture),
            int.Parse(Arg("--writes-per-second", "5"), CultureInfo.InvariantCulture));
        return await bench.RunAsync();
    }

    string Dashboard => $"api/dashboard?departmentCode={dept}&fiscalYear=2021&asOf=2021-12";

    async Task<int> RunAsync()
    {
        dept = "DS" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var life = TimeSpan.FromHours(8);
        var admin = DevelopmentTokens.Mint("u-dsbench-admin", ["admin"], [], lifetime: life);
        manager = DevelopmentTokens.Mint($"u-dsbench-mgr-{dept}", ["manager"], [dept], lifetime: life);
        owner = DevelopmentTokens.Mint($"u-dsbench-owner-{dept}", ["owner"], [dept], lifetime: life);
        Console.WriteLine($"## Department dashboard at scale through the gateway — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {projects} projects × {IndicatorsPerProject} indicators, load average {LoadAvg()}");

        var sw = Stopwatch.StartNew();
        await SendAsync(HttpMethod.Post, "api/departments", admin, new { code = dept, name = $"规模压测 {dept}" }, HttpStatusCode.Created);
        var projectIds = await ParallelAsync(projects, 4, i => CreateProjectAsync(i));
        var all = await ParallelAsync(projects * IndicatorsPerProject, 8, i => CreateIndicatorAsync(projectIds[i / IndicatorsPerProject], i % IndicatorsPerProject));
        indicators.AddRange(all);
        Console.WriteLine($"- declared {projects} projects and {indicators.Count} indicators in {sw.Elapsed.TotalSeconds:F0} s");

        await UntilAsync("Measurements knows every indicator", async () =>
        {
            foreach (var chunk in indicators.Chunk(5000))
            {
                var r = await BatchAsync(chunk.Select(id => new { indicatorId = id, period = "2020-01", value = 1 }));
                if (r.Any(s => s != 422)) return false;   // 404 until the replica has the indicator
            }
            return true;
        });

        var values = indicators.SelectMany(id => Enumerable.Range(1, 11).Select(m => new { indicatorId = id, period = $"2021-{m:00}", value = 1 + m % 3 })).ToList();
        sw.Restart();
        var statuses = new List<int>();
        foreach (var chunk in values.Chunk(5000)) statuses.AddRange(await BatchAsync(chunk));
        var recordedIn = sw.Elapsed.TotalSeconds;
        var rejected = statuses.Count(s => s != 201);
        Console.WriteLine($"- recorded {statuses.Count - rejected} values (January–November) in {recordedIn:F1} s with {(values.Count + 4999) / 5000} batch requests; rejected {rejected}");
        await UntilAsync("the dashboard holds every value", async () =>
        {
            // At November nothing is due that was not recorded: noData falls to 0 once every value is in.
            var d = await GetJsonAsync($"api/dashboard?departmentCode={dept}&fiscalYear=2021&asOf=2021-11");
            var summary = d.GetProperty("summary");
            return summary.GetProperty("indicators").GetInt32() == indicators.Count && summary.GetProperty("status").GetProperty("noData").GetInt32() == 0;
        }, TimeSpan.FromMinutes(30));
        Console.WriteLine($"- the department dashboard held all {values.Count} values {sw.Elapsed.TotalSeconds:F1} s after the first batch was sent " +
            $"({values.Count / sw.Elapsed.TotalSeconds:F0} values/s end to end: Measurements, outbox, RabbitMQ, Reporting)");

        var warm = await ReadsAsync(Math.Max(20, liveReads / 4), writer: null);
        Console.WriteLine($"- warm (no writes): {warm.Report()}");
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            var random = new Random(11);
            while (!stop.IsCancellationRequested)
            {
                var id = indicators[random.Next(indicators.Count)];
                var (status, _) = await TrySendAsync(HttpMethod.Post, "api/measurements", owner, new { indicatorId = id, period = "2021-12", value = 2 });
                if (status == HttpStatusCode.Created) Interlocked.Increment(ref written);
                try { await Task.Delay(1000 / Math.Max(1, writesPerSecond), stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var live = await ReadsAsync(liveReads, writer);
        stop.Cancel();
        await writer;
        Console.WriteLine($"- live ({writesPerSecond} December values/s recorded meanwhile, {written} in all): {live.Report()}");
        Console.WriteLine($"- load average at the end {LoadAvg()}");
        return 0;
    }

    sealed class Reads
    {
        public readonly Series Latency = new();
        public int Recomputed, Hits;
        public string Report() =>
            $"{Latency.Count} reads, p50 {Latency.Pct(50):F1} ms, p95 {Latency.Pct(95):F1} ms, max {Latency.Max:F1} ms; " +
            $"{Hits} whole answers from the cache, {Recomputed} with some projects recomputed";
    }

    /// <summary>Sequential reads 100 ms apart, each timed from send to the last byte.</summary>
    async Task<Reads> ReadsAsync(int count, Task? writer)
    {
        var reads = new Reads();
        for (var i = 0; i < count; i++)
        {
            var sw = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, Dashboard);
            request.Headers.Authorization = new("Bearer", manager);
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            sw.Stop();
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"dashboard answered {(int)response.StatusCode}");
            reads.Latency.Add(sw.Elapsed.TotalMilliseconds);
            var timing = response.Headers.TryGetValues("Server-Timing", out var t) ? string.Join(",", t) : "";
            if (timing.Contains("cache;desc=hit", StringComparison.Ordinal)) reads.Hits++;
            else if (!timing.Contains("\"0 of", StringComparison.Ordinal)) reads.Recomputed++;
            await Task.Delay(100);
        }
        return reads;
    }

    async Task<Guid> CreateProjectAsync(int i)
    {
        var p = await SendAsync(HttpMethod.Post, "api/projects", manager, new
        {
            departmentCode = dept, fiscalYear = 2021, name = $"规模项目{i:0000}", type = "recurring",
            executingUnit = "压测科", leader = new { name = "压测", phone = "00000000" }, totalBudget = 100m, annualBudget = 100m,
            funding = new[] { new { source = "generalPublicBudget", amount = 100m } }, ownerIds = new[] { $"u-dsbench-owner-{dept}" },
        }, HttpStatusCode.Created);
        return p.GetProperty("id").GetGuid();
    }

    async Task<Guid> CreateIndicatorAsync(Guid projectId, int i)
    {
        var (level1, level2) = i < 9 ? ("output", "quantity") : i < 13 ? ("benefit", "social") : ("satisfaction", "satisfaction");
        var body = new
        {
            projectId, level1, level2, name = $"指标{i}", target = i < 13 ? "≥20 批" : "≥90%",
            standard = "plan", aggregation = i < 13 ? "sum" : "mean", frequency = "monthly",
        };
        return (await SendAsync(HttpMethod.Post, "api/indicators", manager, body, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    async Task<List<int>> BatchAsync<T>(IEnumerable<T> items)
    {
        var result = await SendAsync(HttpMethod.Post, "api/measurements/batch", manager, new { items = items.ToArray() }, HttpStatusCode.OK);
        return result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()).ToList();
    }

    static async Task<T[]> ParallelAsync<T>(int count, int workers, Func<int, Task<T>> work)
    {
        var results = new T[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) results[i] = await work(i);
        }));
        return results;
    }

    async Task<JsonElement> GetJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", manager);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<(HttpStatusCode, string)> TrySendAsync(HttpMethod method, string path, string token, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object body, HttpStatusCode expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (status, text) = await TrySendAsync(method, path, token, body);
            if (status == expected) return JsonDocument.Parse(text).RootElement.Clone();
            // A project created a moment ago may not have reached Indicators yet (its bounded wait can expire under load).
            if (attempt < 5 && status is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(500 * attempt);
                continue;
            }
            throw new InvalidOperationException($"{method} {path}: {(int)status} {text}");
        }
    }

    static async Task UntilAsync(string what, Func<Task<bool>> check, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(5));
        while (!await check())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("never: " + what);
            await Task.Delay(500);
        }
    }

    static string LoadAvg()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
