using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Reporting.Tests;

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
