using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// "Who changed this and when" on an indicator (issue 12, item 4): the project dashboard names the author of the
/// indicator's current version (最后修改) and of its most recent value (最近填报), and a replayed or older event
/// never puts an earlier author back.
/// </summary>
public sealed class ChangeAuthorsTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    static readonly DateTimeOffset T0 = new(2021, 4, 1, 8, 0, 0, TimeSpan.Zero);

    static Scenario Project(string department)
    {
        var s = new Scenario { Project = Scenario.NewProject(department, ["18", department], "留痕项目", 50m, new FundingLine("generalPublicBudget", 50m)) };
        s.Departments.Add(Scenario.Department(department, "留痕单位", "18", department));
        s.Indicator("output", "quantity", "培训次数", "≥12次", "quantitative", ">=", 12m, "次", "higherIsBetter", false, null, "sum", "monthly");
        return s;
    }

    static MeasurementVersion Value(Scenario s, Guid measurementId, int version, string period, string by, string? byName, DateTimeOffset at) =>
        new(measurementId, version, s.Indicators[0].Id, s.Project.Id, period, 1m, "次", null, "1", null, null,
            version > 1 ? "录错" : null, by, at, byName);

    Task HandledAsync(string consumer, params Guid[] messageIds) =>
        factory.WaitUntilAsync(async db =>
            await db.InboxMessages.CountAsync(m => messageIds.Contains(m.MessageId) && m.Consumer == consumer) == messageIds.Length,
            consumer + " handled the events");

    async Task<JsonElement> LineAsync(Scenario s)
    {
        var manager = factory.ClientAs(Tokens.For("u-mgr", "manager", "18"));
        var dashboard = await manager.GetFromJsonAsync<JsonElement>($"/api/dashboard/projects/{s.Project.Id}?asOf=12");
        return dashboard.GetProperty("indicators").EnumerateArray().Single();
    }

    [Fact]
    public async Task The_indicators_last_change_names_its_author_and_an_older_version_replayed_does_not_take_it_back()
    {
        var s = Project("18501");
        await factory.FeedAsync(s);
        var line = await LineAsync(s);
        // Defined by an event from before authors were carried: nobody named, nothing invented.
        Assert.Equal(JsonValueKind.Null, line.GetProperty("lastChangedBy").ValueKind);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("lastChangedAt").ValueKind);

        var v2 = s.Indicators[0] with { Version = 2, TargetText = "≥10次", TargetValue = 10m, ChangedBy = "u-mgr", ChangedByName = "李科长", ChangedAt = T0 };
        var v3 = v2 with { Version = 3, Points = 20m, ChangedBy = "u-admin", ChangedByName = "王管理员", ChangedAt = T0.AddHours(2) };
        var revised2 = new IndicatorRevised(Guid.NewGuid(), T0, v2);
        var revised3 = new IndicatorRevised(Guid.NewGuid(), T0.AddHours(2), v3);
        await factory.PublishAsync(revised3);
        await HandledAsync("IndicatorRevisedConsumer", revised3.EventId);
        // v2 arrives late, and v3 is replayed (a rebuild's copy under a new message id): neither changes the line.
        var replayed = new IndicatorRevised(Guid.NewGuid(), DateTimeOffset.UtcNow, v3 with { ChangedByName = "重放" });
        await factory.PublishAsync(revised2);
        await factory.PublishAsync(replayed);
        await HandledAsync("IndicatorRevisedConsumer", revised2.EventId, replayed.EventId);

        line = await LineAsync(s);
        Assert.Equal("u-admin", line.GetProperty("lastChangedBy").GetString());
        Assert.Equal("王管理员", line.GetProperty("lastChangedByName").GetString());
        Assert.Equal(T0.AddHours(2), line.GetProperty("lastChangedAt").GetDateTimeOffset());
        Assert.Equal("≥10次", line.GetProperty("target").GetString());
    }

    [Fact]
    public async Task The_latest_value_names_its_recorder_and_period_and_a_late_or_replayed_version_does_not_replace_it()
    {
        var s = Project("18502");
        await factory.FeedAsync(s);
        var line = await LineAsync(s);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("lastValueAt").ValueKind);

        var march = Guid.NewGuid();
        var june = Guid.NewGuid();
        var first = new MeasurementsRecorded(Guid.NewGuid(), T0, [
            Value(s, march, 1, "2021-03", "u-owner", "张填报", T0),
            Value(s, june, 1, "2021-06", "u-owner", "张填报", T0.AddDays(60))]);
        var corrected = new MeasurementsRecorded(Guid.NewGuid(), T0.AddDays(61), [Value(s, june, 2, "2021-06", "u-mgr", "李科长", T0.AddDays(61))]);
        await factory.PublishAsync(first);
        await factory.PublishAsync(corrected);
        await HandledAsync("MeasurementsRecordedConsumer", first.EventId, corrected.EventId);
        // The first batch again (a replay under a new id), and a March version of an old-format event without a name,
        // recorded earlier than the correction: the correction stays the latest value.
        var replay = first with { EventId = Guid.NewGuid() };
        var march2 = new MeasurementsRecorded(Guid.NewGuid(), T0.AddDays(5), [Value(s, march, 2, "2021-03", "u-owner", null, T0.AddDays(5))]);
        await factory.PublishAsync(replay);
        await factory.PublishAsync(march2);
        await HandledAsync("MeasurementsRecordedConsumer", replay.EventId, march2.EventId);

        line = await LineAsync(s);
        Assert.Equal("u-mgr", line.GetProperty("lastValueBy").GetString());
        Assert.Equal("李科长", line.GetProperty("lastValueByName").GetString());
        Assert.Equal("2021-06", line.GetProperty("lastValuePeriod").GetString());
        Assert.Equal(T0.AddDays(61), line.GetProperty("lastValueAt").GetDateTimeOffset());
        var stored = await factory.ReadAsync(db => db.Measurements.AsNoTracking().SingleAsync(m => m.MeasurementId == june));
        Assert.Equal((2, "李科长"), (stored.Version, stored.RecordedByName));
    }
}
