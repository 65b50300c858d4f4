using KpiTracker.Reporting.Model;
using KpiTracker.Reporting.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Tests;

/// <summary>The schedule: a run every interval, one at a time; a run nobody answers is given up.</summary>
public sealed class ReconciliationScheduleTests(ReconciliationScheduleTests.Factory factory) : IClassFixture<ReconciliationScheduleTests.Factory>
{
    public sealed class Factory : ReportingFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            .. base.Settings(),
            new("Reconciliation:Enabled", "true"),
            new("Reconciliation:Interval", "00:00:01"),
            new("Reconciliation:AnswerTimeout", "00:00:01"),
            new("Reconciliation:Tick", "00:00:00.100"),
        ];
    }

    [Fact]
    public async Task Scheduled_runs_follow_each_other_and_one_without_answers_is_given_up()
    {
        // No owner answers on this bus: each scheduled run waits for its ledgers, is given up, and the next one starts.
        await factory.WaitUntilAsync(async db => await db.Reconciliations.CountAsync(r => r.RequestedBy == ReconciliationScheduler.ByScheduler
            && r.Outcome == ReconciliationOutcomes.Incomplete) >= 2, "two scheduled runs given up", 90);
        var runs = await factory.ReadAsync(db => db.Reconciliations.AsNoTracking().Where(r => r.RequestedBy == ReconciliationScheduler.ByScheduler)
            .OrderBy(r => r.RequestedAt).ToListAsync());
        foreach (var (earlier, later) in runs.Zip(runs.Skip(1)))
        {
            Assert.NotNull(earlier.CompletedAt);
            Assert.True(later.RequestedAt >= earlier.CompletedAt, "a scheduled run starts only after the previous one is done");
            Assert.True(later.RequestedAt - earlier.RequestedAt >= TimeSpan.FromSeconds(1), "and not before its interval");
        }
    }

    [Fact]
    public void Options_out_of_range_stop_the_service_with_a_message()
    {
        var options = new ReconciliationOptions { Interval = TimeSpan.Zero, Tick = TimeSpan.FromHours(1) };
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Interval"));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Tick"));
    }
}
