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
                        Assert.Equal(1 + projects, sheets.Count);   // 汇总 + one 自评表 per project
                        Assert.Equal("汇总", sheets[0].Name!.Value);
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
        var s = scope.ServiceProvider.GetRequiredService<Apis.ReportingServices>();
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
                    var outcome = s.Compute(i, 12);
                    compute += sw.Elapsed;
                    sw.Restart();
                    await Apis.MonitoringApi.LatestNotesAsync(s, i.Project.Id, KpiTracker.Targets.Period.FullYear(i.Project.FiscalYear), ct);
                    notes += sw.Elapsed;
                    sw.Restart();
                    await s.Db.Departments.AsNoTracking().Where(d => d.Code == i.Project.DepartmentCode).Select(d => d.Name).FirstOrDefaultAsync(ct);
                    department += sw.Elapsed;
                    sw.Restart();
                    var e = (await Apis.EvaluationsApi.EvaluateAsync(s, i, ct)).Evaluation;   // the whole step, for the sheet
                    var sheet = Exports.SelfEvaluationForm.Build(e);
                    form += sw.Elapsed;
                    sw.Restart();
                    xlsx.Write(sheet, e.ProjectName);
                    write += sw.Elapsed;
                }
                s.Db.ChangeTracker.Clear();
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

        // Behaviour: every indicator's series now holds its 12 months.
        var points = await WithDb(factory, db => db.Indicators.AsNoTracking().Select(i => i.Series).ToListAsync());
        Assert.Equal(items.Count, points.Sum(s => s.Count));

        output.WriteLine($"{transport}: published in {published.TotalSeconds:0.00} s, all applied after {done.TotalSeconds:0.00} s: " +
            $"{items.Count / done.TotalSeconds:0} values/s, {events.Count / done.TotalSeconds:0.0} events/s; load average after: {LoadAverage()}");
        output.WriteLine("progress (s → values applied): " + string.Join(", ", progress.Where((_, k) => k % Math.Max(1, progress.Count / 12) == 0 || k == progress.Count - 1)
            .Select(p => $"{p.Seconds:0.0}→{p.Count}")));
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
        }) { IsBackground = true, Name = "memory sampler" };
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
