using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Contracts;
using KpiTracker.Reporting.Model;
using KpiTracker.Reporting.Reconciliation;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Reporting.Tests;

/// <summary>Reconciliation in-process: the test plays the three owners on the in-memory bus.</summary>
public sealed class ReconciliationTests(ReconciliationTests.Factory factory) : IClassFixture<ReconciliationTests.Factory>
{
    /// <summary>Fast settling, no schedule (the scheduler has its own test below).</summary>
    public sealed class Factory : ReportingFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            .. base.Settings(),
            new("Reconciliation:Enabled", "false"),
            new("Reconciliation:SettleDelay", "00:00:00.300"),
            new("Reconciliation:Tick", "00:00:00.100"),
        ];
    }

    /// <summary>The ledger formula, written out independently: XOR of the first 8 bytes (big-endian) of md5("id:version").</summary>
    static long Checksum(IEnumerable<(Guid Id, long Version)> rows) =>
        rows.Aggregate(0L, (x, r) => x ^ System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(MD5.HashData(Encoding.UTF8.GetBytes($"{r.Id:D}:{r.Version}"))));

    /// <summary>What honest owners of the scenario hold.</summary>
    static Dictionary<string, List<LedgerLine>> OwnerLedgers(Scenario s)
    {
        var p = s.Project.Id;
        var measurements = s.Measurements.SelectMany(m => m.Items).GroupBy(i => i.MeasurementId).Select(g => (g.Key, (long)g.Max(i => i.Version))).ToList();
        var spending = s.Spending.SelectMany(x => x.Items).GroupBy(i => i.Id).Select(g => (g.Key, (long)g.Max(i => i.Version))).ToList();
        var forecasts = s.Forecasts.Select(f => (f.Forecast.Id, 1L)).ToList();
        LedgerLine? Line(string kind, List<(Guid, long)> rows) => rows.Count == 0 ? null : new(p, kind, rows.Count, Checksum(rows));
        return new()
        {
            [LedgerOwners.Projects] = [new(p, LedgerKinds.Project, 1, Checksum([(p, s.Project.Version)]))],
            [LedgerOwners.Indicators] = [new(p, LedgerKinds.Indicators, s.Indicators.Count, Checksum(s.Indicators.Select(i => (i.Id, i.Version))))],
            [LedgerOwners.Measurements] = new[]
            {
                Line(LedgerKinds.Measurements, measurements), Line(LedgerKinds.Spending, spending), Line(LedgerKinds.Forecasts, forecasts),
            }.OfType<LedgerLine>().ToList(),
        };
    }

    /// <summary>Answers ledger requests for the scenario and records the replays asked for.</summary>
    sealed class FakeOwners(ReportingFactory factory, Scenario s)
    {
        public ConcurrentQueue<ProjectsReplayRequested> Replays { get; } = new();

        public HostReceiveEndpointHandle Connect() =>
            factory.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("fake-owners-" + Guid.NewGuid().ToString("N")[..6], e =>
            {
                e.Handler<LedgerRequested>(async ctx =>
                {
                    if (ctx.Message.ProjectIds is { } only && !only.Contains(s.Project.Id)) return;
                    foreach (var (owner, lines) in OwnerLedgers(s))
                        await factory.PublishAsync(new LedgerPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, ctx.Message.ReconciliationId,
                            ctx.Message.Round, owner, 1, 1, lines));
                });
                e.Handler<ProjectsReplayRequested>(ctx =>
                {
                    Replays.Enqueue(ctx.Message);
                    return Task.CompletedTask;
                });
            });
    }

    async Task<ReconciliationRun> RunAsync(Guid projectId)
    {
        using var scope = factory.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<Reconciler>().StartAsync("u-test", null, [projectId], CancellationToken.None);
        await factory.WaitUntilAsync(db => db.Reconciliations.AnyAsync(r => r.Id == run.Id && r.State == ReconciliationStates.Done), "the run done", 30);
        return await factory.ReadAsync(db => db.Reconciliations.AsNoTracking().SingleAsync(r => r.Id == run.Id));
    }

    [Fact]
    public async Task Owners_holding_what_Reporting_holds_make_a_consistent_run_and_the_checksums_agree()
    {
        var sp = new StandardProject("18801");
        await factory.FeedAsync(sp.Scenario);
        var owners = new FakeOwners(factory, sp.Scenario);
        var handle = owners.Connect();
        await handle.Ready;
        try
        {
            var run = await RunAsync(sp.Scenario.Project.Id);
            Assert.Equal(ReconciliationOutcomes.Consistent, run.Outcome);
            Assert.Equal(1, run.Round);
            Assert.Equal(1, run.Checked);
            Assert.Empty(run.Differences);
            Assert.Empty(owners.Replays);
        }
        finally
        {
            await handle.StopAsync();
        }
    }

    [Fact]
    public async Task A_value_Reporting_lacks_is_compared_again_after_settling_then_its_project_alone_is_replayed_and_verified()
    {
        var sp = new StandardProject("18802");
        var lost = sp.Scenario.Measurements[^1];
        sp.Scenario.Measurements.RemoveAt(sp.Scenario.Measurements.Count - 1);
        await factory.FeedAsync(sp.Scenario);   // Reporting never got the last batch
        sp.Scenario.Measurements.Add(lost);      // the owner has it
        var owners = new FakeOwners(factory, sp.Scenario);
        var handle = owners.Connect();
        await handle.Ready;
        try
        {
            using var scope = factory.Services.CreateScope();
            var started = await scope.ServiceProvider.GetRequiredService<Reconciler>().StartAsync("u-test", null, [sp.Scenario.Project.Id], CancellationToken.None);
            // The replay the owners are asked for: the test delivers the lost batch as an owner would.
            await factory.WaitUntilAsync(_ => Task.FromResult(!owners.Replays.IsEmpty), "a replay request", 30);
            var replay = Assert.Single(owners.Replays);
            Assert.Equal([sp.Scenario.Project.Id], replay.ProjectIds);
            await factory.PublishAsync(lost with { EventId = Guid.NewGuid() });

            await factory.WaitUntilAsync(db => db.Reconciliations.AnyAsync(r => r.Id == started.Id && r.State == ReconciliationStates.Done), "the run done", 60);
            var run = await factory.ReadAsync(db => db.Reconciliations.AsNoTracking().SingleAsync(r => r.Id == started.Id));
            Assert.Equal(ReconciliationOutcomes.Repaired, run.Outcome);
            var repair = Assert.Single(run.Repairs);
            Assert.Equal(sp.Scenario.Project.Id, repair.ProjectId);
            Assert.Equal(2, repair.Round);   // compared, compared again after settling: it did not move
            var difference = Assert.Single(repair.Differences);
            Assert.Equal(LedgerKinds.Measurements, difference.Kind);
            Assert.Equal(difference.OwnerCount - lost.Items.Count, difference.ReportingCount);
            Assert.Empty(run.Differences);
            Assert.Empty(run.Unhealed);
            Assert.True(run.Round >= 3, "verified after the replay");
        }
        finally
        {
            await handle.StopAsync();
        }
    }

    [Fact]
    public async Task A_quarantined_item_counts_as_held_so_it_is_reported_not_replayed_again_and_again()
    {
        var sp = new StandardProject("18803", withValues: false);
        var bad = sp.Scenario.Value(sp.Availability, "2021-03", 90m, unit: new string('%', 40));
        sp.Scenario.Record(bad, sp.Scenario.Value(sp.Availability, "2021-04", 91m));
        await factory.FeedAsync(WithoutBad(sp.Scenario, bad));
        await factory.PublishAsync(sp.Scenario.Measurements[^1]);
        await factory.WaitUntilAsync(db => db.DeadLetters.AnyAsync(d => d.ItemId == bad.MeasurementId), "the bad value quarantined");
        var owners = new FakeOwners(factory, sp.Scenario);
        var handle = owners.Connect();
        await handle.Ready;
        try
        {
            var run = await RunAsync(sp.Scenario.Project.Id);
            Assert.Equal(ReconciliationOutcomes.Consistent, run.Outcome);
            Assert.Equal(1, run.Quarantined);
            Assert.Empty(owners.Replays);
        }
        finally
        {
            await handle.StopAsync();
        }
    }

    /// <summary>The scenario fed without its last batch (which holds the bad item): FeedAsync waits for every value it feeds.</summary>
    static Scenario WithoutBad(Scenario s, MeasurementVersion bad)
    {
        var copy = new Scenario { Project = s.Project };
        copy.Departments.AddRange(s.Departments);
        copy.Indicators.AddRange(s.Indicators);
        copy.Measurements.AddRange(s.Measurements.Where(m => !m.Items.Contains(bad)));
        copy.Spending.AddRange(s.Spending);
        copy.Forecasts.AddRange(s.Forecasts);
        return copy;
    }
}
