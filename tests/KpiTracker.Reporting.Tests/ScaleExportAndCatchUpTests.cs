using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Department export (XLSX and CSV) over the 1,000 × 15 × 12 department of <see cref="ScaleTests"/>: wall time to
/// the last byte, size, and memory sampled every 20 ms while it runs. Opt-in (KPI_SCALE=1); the numbers go to
/// bench/reporting/README.md. Asserts only behaviour (sheet count, rows), never time.
/// </summary>
public sealed class ScaleExportTests(ReportingFactory factory, ITestOutputHelper output) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Department_export_of_a_thousand_projects()
    {
        if (Environment.GetEnvironmentVariable("KPI_SCALE") != "1") return;
        var projects = int.TryParse(Environment.GetEnvironmentVariable("KPI_SCALE_PROJECTS"), out var n) ? n : 1000;
        var seed = Stopwatch.StartNew();
        await ScaleTests.SeedDepartmentAsync(factory.Services, projects);
        output.WriteLine($"seeded {projects} projects × 15 indicators × 12 values in {seed.Elapsed.TotalSeconds:0.0} s");
        var client = factory.ClientAs(Tokens.Admin);
        client.Timeout = TimeSpan.FromMinutes(10);

        for (var run = 1; run <= 2; run++)
        {
            foreach (var format in new[] { "xlsx", "csv" })
            {
                var file = Path.Combine(Path.GetTempPath(), $"kpi-scale-export-{Guid.NewGuid():N}.{format}");
                try
                {
                    var m = await Measure.RunAsync(async () =>
                    {
                        var sw = Stopwatch.StartNew();
                        using var response = await client.GetAsync($"/api/evaluations/departments/18900/export?fiscalYear=2021&format={format}",
                            HttpCompletionOption.ResponseHeadersRead);
                        var headers = sw.Elapsed;
                        Assert.True(response.IsSuccessStatusCode, $"{format}: {(int)response.StatusCode}");
                        await using (var target = File.Create(file)) await (await response.Content.ReadAsStreamAsync()).CopyToAsync(target);
                        return (headers, sw.Elapsed);
                    });
                    var size = new FileInfo(file).Length;
                    output.WriteLine($"run {run} {format}: headers after {m.Result.Item1.TotalMilliseconds:0} ms, last byte after {m.Result.Item2.TotalMilliseconds:0} ms, " +
                        $"{size / 1024.0 / 1024.0:0.00} MiB; {m}");

                    if (format == "xlsx")
                    {
                        using var doc = SpreadsheetDocument.Open(file, false);
                        var sheets = doc.WorkbookPart!.Workbook.Descendants<Sheet>().ToList();
                        Assert.Equal(2 + projects, sheets.Count);   // 汇总 + one 自评表 per project + the 评分说明 annex
                        Assert.Equal("汇总", sheets[0].Name!.Value);
                        Assert.Equal("评分说明", sheets[^1].Name!.Value);
                        var summary = (WorksheetPart)doc.WorkbookPart.GetPartById(sheets[0].Id!);
                        var text = summary.Worksheet.Descendants<Text>().Select(t => t.Text).ToHashSet();
                        Assert.Contains("项目0000", text);
                        Assert.Contains($"项目{projects - 1:0000}", text);
                    }
                    else
                    {
                        var csv = await File.ReadAllTextAsync(file);
                        Assert.Equal(projects, CountOf(csv, "项目支出绩效自评表"));  // one form per project, the summary has its own title
                        Assert.Contains($"项目{projects - 1:0000}", csv);
                    }
                }
                finally { File.Delete(file); }
            }
        }
        await BreakdownAsync(projects);
    }

    /// <summary>
    /// Where an XLSX export's time goes: the endpoint's steps called one by one, with a stopwatch each (same code, same
    /// order, slices of 100 as the endpoint takes them). Diagnostic output only.
    /// </summary>
    async Task BreakdownAsync(int projects)
    {
        using var scope = factory.Services.CreateScope();
        var s = scope.ServiceProvider.GetRequiredService<Queries.ProjectQueries>();
        var db = scope.ServiceProvider.GetRequiredService<Data.ReportingDb>();
        var evaluations = scope.ServiceProvider.GetRequiredService<Queries.EvaluationQuery>();
        var ct = CancellationToken.None;
        var caller = new KpiTracker.ServiceDefaults.Auth.Caller("u-admin", "u-admin", new HashSet<string> { KpiTracker.ServiceDefaults.Auth.KpiClaims.Admin }, []);
        TimeSpan list, inputs = default, compute = default, notes = default, department = default, form = default, write = default;
        var sw = Stopwatch.StartNew();
        var rows = await s.ProjectsOfAsync(caller, "18900", 2021, ct);
        list = sw.Elapsed;
        var file = Path.Combine(Path.GetTempPath(), $"kpi-scale-breakdown-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using var stream = File.Create(file);
            using var xlsx = new Exports.XlsxWriter(stream);
            foreach (var slice in rows.Chunk(100))
            {
                sw.Restart();
                var all = await s.InputsAsync(slice, ct);
                inputs += sw.Elapsed;
                foreach (var i in all)
                {
                    sw.Restart();
                    var outcome = Calculation.ProjectCalculator.Compute(i, 12);
                    compute += sw.Elapsed;
                    sw.Restart();
                    await Queries.OwnerNotes.LatestAsync(db, i.Project.Id, KpiTracker.Targets.Period.FullYear(i.Project.FiscalYear), ct);
                    notes += sw.Elapsed;
                    sw.Restart();
                    await db.Departments.AsNoTracking().Where(d => d.Code == i.Project.DepartmentCode).Select(d => d.Name).FirstOrDefaultAsync(ct);
                    department += sw.Elapsed;
                    sw.Restart();
                    var e = (await evaluations.EvaluateAsync(i, ct)).Evaluation;   // the whole step, for the sheet
                    var sheet = Exports.SelfEvaluationForm.Build(e);
                    form += sw.Elapsed;
                    sw.Restart();
                    xlsx.Write(sheet, e.ProjectName);
                    write += sw.Elapsed;
                }
                db.ChangeTracker.Clear();
            }
        }
        finally { File.Delete(file); }
        output.WriteLine($"breakdown of one department XLSX pass over {projects} projects: project list {list.TotalMilliseconds:0} ms, " +
            $"InputsAsync (3 reads per slice of 100) {inputs.TotalMilliseconds:0} ms, Compute {compute.TotalMilliseconds:0} ms, " +
            $"LatestNotesAsync (1 query per project) {notes.TotalMilliseconds:0} ms, department name (1 query per project) {department.TotalMilliseconds:0} ms, " +
            $"EvaluateAsync + SelfEvaluationForm.Build again (compute + the 2 queries + build) {form.TotalMilliseconds:0} ms, XlsxWriter.Write {write.TotalMilliseconds:0} ms; " +
            $"load average {CatchUp.LoadAverage()}");
    }

    static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

/// <summary>
/// Read-model catch-up: MeasurementsRecorded events of 500 items (as Measurements chunks a batch) for indicators that
/// exist in the read model, published on the service's bus all at once, and the time until every value is applied
/// (the consumer commits the measurement rows, the indicator series and the inbox row in one transaction, so the
/// measurement count is the applied count). In-memory transport (the test factory's default).
/// </summary>
public sealed class ScaleCatchUpTests(ReportingFactory factory, ITestOutputHelper output) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Catch_up_of_measurements_in_memory_transport()
    {
        if (Environment.GetEnvironmentVariable("KPI_SCALE") != "1") return;
        await CatchUp.RunAsync(factory, output, "in-memory");
    }
}

/// <summary>
/// The consumer's partial refresh (only the periods an event touched) against a full recompute, with events that
/// arrive out of order, twice, with lower versions, with one period spelt three ways, with versions that move a
/// value to another period or indicator, with ties, an unparsable period and an unknown indicator. Not opt-in.
/// </summary>
public sealed class CatchUpExactnessTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Partial_refresh_ends_as_a_full_recompute()
    {
        var seeded = await ScaleTests.SeedDepartmentAsync(factory.Services, 1, indicators: 3, withSeries: false, departmentCode: "18902");
        var (p, ind) = seeded[0];
        var t = new DateTimeOffset(2021, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var m = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        MeasurementVersion V(int k, int version, Guid indicator, string period, decimal value, int minutes, string? note = null) =>
            new(m[k], version, indicator, p, period, value, "%", null, null, note, null, null, "u-owner", t.AddMinutes(minutes));
        MeasurementVersion[][] events =
        [
            [V(1, 1, ind[0], "2021-07", 1, 1), V(2, 1, ind[0], "2021-7", 2, 2), V(3, 1, ind[1], " 2021-q3 ", 3, 1)],
            [V(1, 2, ind[0], "2021-08", 4, 3), V(4, 1, ind[0], "2021-H1", 5, 1)],
            [V(1, 1, ind[0], "2021-07", 1, 1)],                                       // a lower version, late
            [V(2, 2, ind[1], "2021-07", 6, 0)],                                       // moves to another indicator
            [V(1, 2, ind[0], "2021-08", 4, 3), V(4, 1, ind[0], "2021-H1", 5, 1)],     // the second event again, another id
            [V(5, 1, ind[2], "bad", 7, 0), V(6, 1, ind[2], "2021-12", 8, 5, " "), V(7, 1, ind[2], "2021-12", 9, 5, "n"),
             V(8, 1, Guid.NewGuid(), "2021-01", 10, 0)],                             // a tie, no period, no indicator
            [V(3, 2, ind[1], "2021-Q03", 11, 9), V(9, 1, ind[1], "2021-09", 12, 2)],
            [V(4, 2, ind[0], "2021-01", 13, 4), V(4, 3, ind[0], "2021-02", 14, 4)],   // two versions in one event
        ];
        foreach (var items in events) await factory.PublishAsync(new MeasurementsRecorded(Guid.NewGuid(), t, items));
        await factory.WaitUntilAsync(async db => await db.InboxMessages.CountAsync(x => x.Consumer == nameof(Consumers.MeasurementsRecordedConsumer)) == events.Length,
            "every event applied");

        await CatchUp.AssertSeriesAsRecomputedAsync(factory.Services, ind);
        using var scope = factory.Services.CreateScope();
        var series = await scope.ServiceProvider.GetRequiredService<ReportingDb>().Indicators.AsNoTracking()
            .Where(i => ind.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Series);
        Assert.Equal(["2021-02", "2021-08"], series[ind[0]].Select(x => x.P));
        Assert.Equal([14m, 4m], series[ind[0]].Select(x => x.V));
        Assert.Equal(["2021-07", "2021-Q3", "2021-09"], series[ind[1]].Select(x => x.P));
        Assert.Equal(["2021-12"], series[ind[2]].Select(x => x.P));
    }
}

/// <summary>The same catch-up over the real RabbitMQ, in a throwaway virtual host (KPI_SCALE=1 and KPI_SCALE_RABBIT=1).</summary>
public sealed class ScaleCatchUpRabbitTests(ScaleCatchUpRabbitTests.RabbitFactory factory, ITestOutputHelper output)
    : IClassFixture<ScaleCatchUpRabbitTests.RabbitFactory>
{
    public static bool Enabled => Environment.GetEnvironmentVariable("KPI_SCALE") == "1" && Environment.GetEnvironmentVariable("KPI_SCALE_RABBIT") == "1";

    public sealed class RabbitFactory() : ServiceFactory<Program>("reporting")
    {
        public string VirtualHost { get; } = "kpi_scale_" + Guid.NewGuid().ToString("N")[..8];

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            new("RabbitMq:Transport", "RabbitMq"),
            new("RabbitMq:Host", TestInfrastructure.RabbitHost),
            new("RabbitMq:Port", TestInfrastructure.RabbitPort.ToString()),
            new("RabbitMq:Username", TestInfrastructure.RabbitUser),
            new("RabbitMq:Password", TestInfrastructure.RabbitPassword),
            new("RabbitMq:VirtualHost", VirtualHost),
            new("RabbitMq:AutoDeleteQueues", "true"),
        ];

        public async Task StartVirtualHostAsync()
        {
            await Ctl("add_vhost", VirtualHost);
            await Ctl("set_permissions", "-p", VirtualHost, TestInfrastructure.RabbitUser, ".*", ".*", ".*");
        }

        public Task DeleteVirtualHostAsync() => Ctl("delete_vhost", VirtualHost);

        static async Task Ctl(params string[] args)
        {
            var psi = new ProcessStartInfo(Path.Combine(TestInfrastructure.RepositoryRoot, "kpi")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["rabbitmqctl", .. args]) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) throw new InvalidOperationException($"./kpi rabbitmqctl {string.Join(' ', args)} failed: {await stdout}{await stderr}");
        }
    }

    [Fact]
    public async Task Catch_up_of_measurements_on_rabbitmq()
    {
        if (!Enabled) return;
        await factory.StartVirtualHostAsync();
        try
        {
            await CatchUp.RunAsync(factory, output, $"RabbitMQ (vhost {factory.VirtualHost})");
        }
        finally
        {
            // Stop the bus before its virtual host goes; the fixture disposes the rest.
            await factory.Services.GetRequiredService<IBusControl>().StopAsync();
            await factory.DeleteVirtualHostAsync();
        }
    }
}

static class CatchUp
{
    public static async Task RunAsync(ServiceFactory<Program> factory, ITestOutputHelper output, string transport)
    {
        var projects = int.TryParse(Environment.GetEnvironmentVariable("KPI_SCALE_CATCHUP_PROJECTS"), out var n) ? n : 300;
        const int months = 12, chunk = 500;
        var seeded = await ScaleTests.SeedDepartmentAsync(factory.Services, projects, withSeries: false);

        // Default: project by project, indicator by indicator, January to December (a yearly import: ~42 indicators per
        // event). KPI_SCALE_CATCHUP_ORDER=period: month by month across the department (each event touches 500 indicators).
        var byPeriod = Environment.GetEnvironmentVariable("KPI_SCALE_CATCHUP_ORDER") == "period";
        var now = DateTimeOffset.UtcNow;
        var items = (from s in seeded
                     from indicator in s.Indicators
                     from m in Enumerable.Range(1, months)
                     select new MeasurementVersion(Guid.NewGuid(), 1, indicator, s.ProjectId, $"2021-{m:00}", 80m + m, "%", null, null, null, null, null,
                         "u-scale", now)).ToList();
        if (byPeriod) items = items.OrderBy(i => i.Period).ToList();   // stable: indicator order within a month
        var events = items.Chunk(chunk).Select(c => new MeasurementsRecorded(Guid.NewGuid(), now, c)).ToList();
        output.WriteLine($"{transport}, order {(byPeriod ? "period" : "indicator")}: {items.Count} values in {events.Count} MeasurementsRecorded events of ≤ {chunk} items, " +
            $"{seeded.Sum(s => s.Indicators.Length)} indicators of {projects} projects; load average before: {LoadAverage()}");

        var bus = factory.Services.GetRequiredService<IBus>();
        var sw = Stopwatch.StartNew();
        foreach (var e in events) await bus.Publish(e, ctx => ctx.MessageId = e.EventId);
        var published = sw.Elapsed;
        var progress = new List<(double Seconds, int Count)>();
        var deadline = TimeSpan.FromMinutes(15);
        int applied;
        while (true)
        {
            using (var scope = factory.Services.CreateScope())
                applied = await scope.ServiceProvider.GetRequiredService<ReportingDb>().Measurements.CountAsync();
            if (progress.Count == 0 || progress[^1].Count != applied) progress.Add((sw.Elapsed.TotalSeconds, applied));
            if (applied >= items.Count || sw.Elapsed > deadline) break;
            await Task.Delay(100);
        }
        var done = sw.Elapsed;
        Assert.Equal(items.Count, applied);

        // Behaviour: every indicator's series now holds its 12 months, exactly as a full recompute gives them.
        var points = await WithDb(factory, db => db.Indicators.AsNoTracking().Select(i => i.Series).ToListAsync());
        Assert.Equal(items.Count, points.Sum(s => s.Count));
        await AssertSeriesAsRecomputedAsync(factory.Services, seeded.SelectMany(s => s.Indicators).ToArray());

        output.WriteLine($"{transport}: published in {published.TotalSeconds:0.00} s, all applied after {done.TotalSeconds:0.00} s: " +
            $"{items.Count / done.TotalSeconds:0} values/s, {events.Count / done.TotalSeconds:0.0} events/s; load average after: {LoadAverage()}");
        output.WriteLine("progress (s → values applied): " + string.Join(", ", progress.Where((_, k) => k % Math.Max(1, progress.Count / 12) == 0 || k == progress.Count - 1)
            .Select(p => $"{p.Seconds:0.0}→{p.Count}")));
    }

    /// <summary>
    /// The consumer recomputes only the periods an event touched; a full recompute from all detail
    /// rows (<see cref="Data.IndicatorSummaryRefresh.RefreshIndicatorsAsync"/>) must find nothing to change.
    /// </summary>
    public static async Task AssertSeriesAsRecomputedAsync(IServiceProvider services, Guid[] indicatorIds)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var stored = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Series);
        await Data.IndicatorSummaryRefresh.RefreshIndicatorsAsync(db, indicatorIds, CancellationToken.None);
        var recomputed = db.ChangeTracker.Entries<Model.IndicatorRow>().ToList();
        Assert.Equal(stored.Count, recomputed.Count);
        foreach (var e in recomputed) Assert.Equal(stored[e.Entity.Id], e.Entity.Series);
        await tx.RollbackAsync();
    }

    static async Task<T> WithDb<T>(ServiceFactory<Program> factory, Func<ReportingDb, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDb>());
    }

    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); } catch { return "?"; }
    }
}

/// <summary>Samples memory every 20 ms on its own thread while an action runs; baseline taken after a full GC.</summary>
sealed class Measure
{
    public required long BaseWorkingSet, PeakWorkingSet, BaseManaged, PeakManaged, PeakCommitted, BaseCommitted;
    public required int Gen2;
    public required double Seconds;

    public static async Task<(Measure Memory, T Result)> RunAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        long baseWs = process.WorkingSet64, baseManaged = GC.GetTotalMemory(false), baseCommitted = GC.GetGCMemoryInfo().TotalCommittedBytes;
        long peakWs = baseWs, peakManaged = baseManaged, peakCommitted = baseCommitted;
        var gen2 = GC.CollectionCount(2);
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            using var p = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                p.Refresh();
                peakWs = Math.Max(peakWs, p.WorkingSet64);
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                peakCommitted = Math.Max(peakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
                Thread.Sleep(20);
            }
        });
        sampler.IsBackground = true;
        sampler.Name = "memory sampler";
        sampler.Start();
        var sw = Stopwatch.StartNew();
        T result;
        try { result = await action(); }
        finally
        {
            stop.Cancel();
            sampler.Join();
        }
        return (new Measure
        {
            BaseWorkingSet = baseWs, PeakWorkingSet = peakWs, BaseManaged = baseManaged, PeakManaged = peakManaged,
            BaseCommitted = baseCommitted, PeakCommitted = peakCommitted, Gen2 = GC.CollectionCount(2) - gen2, Seconds = sw.Elapsed.TotalSeconds,
        }, result);
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0}";

    public override string ToString() =>
        $"working set {Mb(BaseWorkingSet)} → peak {Mb(PeakWorkingSet)} MiB (+{Mb(PeakWorkingSet - BaseWorkingSet)}), " +
        $"managed heap {Mb(BaseManaged)} → peak {Mb(PeakManaged)} MiB (+{Mb(PeakManaged - BaseManaged)}), " +
        $"GC committed {Mb(BaseCommitted)} → peak {Mb(PeakCommitted)} MiB, gen2 GCs {Gen2}, load average {CatchUp.LoadAverage()}";
}
