using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace KpiTracker.Faults;

/// <summary>
/// For each fault a writer records 1,500 values (125 indicators × 12 months) through the gateway
/// while the fault strikes, retrying each batch under its Idempotency-Key until it is answered;
/// then every acknowledged value must be in Measurements and in Reporting exactly once, with its
/// value. Reporting may heal by events alone or, if it still differs, by a reconciliation of the
/// project; the table says which, and how long it took after the fault ended.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultTests(FaultStack stack, ITestOutputHelper output)
{
    const int Values = FaultProject.Indicators * FaultProject.Months;
    /// <summary>The fault strikes once this many values are acknowledged (a third of the way).</summary>
    const int StrikeAt = Values / 3;
    static readonly TimeSpan NaturalWait = TimeSpan.FromSeconds(30);
    static readonly TimeSpan HealWait = TimeSpan.FromSeconds(60);

    [Fact]
    public Task Broker_stopped_for_20_seconds() => RunAsync("RabbitMQ stopped 20 s", async () =>
    {
        await Rabbit.StopAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await Rabbit.StartAsync();
        }
    });

    [Fact]
    public Task Reporting_killed() => RunAsync("Reporting SIGKILL", async () =>
    {
        await stack.KillAsync("reporting");
        await stack.StartAgainAsync("reporting");
    });

    [Fact]
    public Task Measurements_killed() => RunAsync("Measurements SIGKILL", async () =>
    {
        await stack.KillAsync("measurements");
        await stack.StartAgainAsync("measurements");
    });

    [Fact]
    public Task PostgreSQL_stopped_fast() => RunAsync("PostgreSQL pg_ctl stop -m fast", () => PostgresDownAsync("fast"));

    [Fact]
    public Task PostgreSQL_crashed() => RunAsync("PostgreSQL pg_ctl stop -m immediate", () => PostgresDownAsync("immediate"));

    async Task PostgresDownAsync(string mode)
    {
        await stack.Postgres.StopAsync(mode);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stack.Postgres.StartAgainAsync();
    }

    async Task RunAsync(string fault, Func<Task> strike)
    {
        var phases = Stopwatch.StartNew();
        var project = await FaultProject.CreateAsync(stack, Guid.NewGuid().ToString("N")[..8]);
        var prepared = phases.Elapsed;
        var writer = new ValueWriter(project.Owner, Guid.NewGuid().ToString("N")[..8]);
        var values = project.AllValues().ToList();
        // January first, before anything breaks: Measurements has then heard of every indicator.
        await writer.WriteAsync(values.Take(FaultProject.Indicators), FaultProject.Indicators, 1, TimeSpan.Zero, TimeSpan.FromMinutes(2));

        var writing = writer.WriteAsync(values.Skip(FaultProject.Indicators), batchSize: 25, writers: 3,
            pause: TimeSpan.FromMilliseconds(150), giveUpAfter: TimeSpan.FromMinutes(3));
        var january = phases.Elapsed;
        while (writer.Count < StrikeAt && !writing.IsCompleted) await Task.Delay(20);
        var struck = phases.Elapsed;
        await strike();
        var faultEnded = Stopwatch.StartNew();
        var recovered = phases.Elapsed;
        await writing;
        var written = phases.Elapsed;

        Assert.True(writer.Refused.Count == 0, "refused: " + string.Join("\n", writer.Refused.Take(10)));
        Assert.Equal(Values, writer.Count);

        var (measurements, reporting) = await HoldingsAsync(project, writer, NaturalWait);
        var reconciled = false;
        if (!measurements.Exact || !reporting.Exact)
        {
            output.WriteLine($"not converged by events alone after {NaturalWait.TotalSeconds} s ({measurements.Detail}; {reporting.Detail}): reconciling the project");
            var started = await project.Admin.PostAsync($"/api/admin/reconcile?projectId={project.Id}", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            reconciled = true;
            (measurements, reporting) = await HoldingsAsync(project, writer, HealWait);
        }
        var outcome = new FaultOutcome(fault, writer.Count, measurements.Lost, measurements.Duplicated,
            reporting.Lost, reporting.Duplicated, faultEnded.Elapsed, reconciled, writer.Retries);
        FaultReport.Add(outcome);
        output.WriteLine(FaultOutcome.Header);
        output.WriteLine(outcome.Row);
        output.WriteLine($"{measurements.Detail}; {reporting.Detail}; load average {FaultReport.LoadAverage()}");
        output.WriteLine($"phases: project and 125 indicators {prepared.TotalSeconds:0.0} s, January {january.TotalSeconds:0.0} s, " +
            $"strike at {struck.TotalSeconds:0.0} s, back at {recovered.TotalSeconds:0.0} s, all written at {written.TotalSeconds:0.0} s, converged at {phases.Elapsed.TotalSeconds:0.0} s");

        Assert.True(measurements.Exact, measurements.Detail + Logs());
        Assert.True(reporting.Exact, reporting.Detail + Logs());
    }

    /// <summary>What the services said lately, for a failure report.</summary>
    string Logs() => string.Concat(new[] { "measurements", "reporting" }.Select(p => $"\n{p}:\n{stack.Process(p).Events(40)}"));

    /// <summary>Polls both sides until both hold exactly what was acknowledged, or the time is up.</summary>
    async Task<(Holdings Measurements, Holdings Reporting)> HoldingsAsync(FaultProject project, ValueWriter writer, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        Holdings measurements = new(Values, 0, "Measurements: not read yet"), reporting = new(Values, 0, "Reporting: not read yet");
        while (true)
        {
            try
            {
                if (!measurements.Exact) measurements = await Holdings.OfMeasurementsAsync(project, stack, writer.Acknowledged);
                reporting = await Holdings.OfReportingAsync(project, stack, writer.Acknowledged);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Npgsql.NpgsqlException)
            {
                // A server still coming back: look again.
            }
            if ((measurements.Exact && reporting.Exact) || deadline.Elapsed > within) return (measurements, reporting);
            await Task.Delay(250);
        }
    }
}
