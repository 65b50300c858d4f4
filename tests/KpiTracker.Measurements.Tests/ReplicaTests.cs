using System.Net;
using System.Net.Http.Json;
using KpiTracker.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Measurements.Tests;

[Collection(nameof(MeasurementsCollection))]
public sealed class ReplicaTests(MeasurementsFactory factory)
{
    [Fact]
    public async Task The_same_IndicatorDefined_delivered_twice_is_applied_once()
    {
        var project = await factory.ProjectAsync();
        var snapshot = Seed.Indicator(project.Id);
        var message = new IndicatorDefined(Guid.CreateVersion7(), DateTimeOffset.UtcNow, snapshot);
        var bus = factory.Bus();
        await bus.Publish(message, ctx => ctx.MessageId = message.EventId);
        await bus.Publish(message, ctx => ctx.MessageId = message.EventId);

        await factory.EventuallyAsync(db => db.Indicators.AnyAsync(i => i.Id == snapshot.Id), "the indicator replica");
        await Task.Delay(300);
        await factory.EventuallyAsync(async db =>
            await db.InboxMessages.CountAsync(m => m.MessageId == message.EventId) == 1
            && await db.Indicators.CountAsync(i => i.Id == snapshot.Id) == 1, "one inbox row and one replica");
    }

    [Fact]
    public async Task An_older_snapshot_arriving_late_does_not_undo_a_newer_one()
    {
        var project = await factory.ProjectAsync();
        var v1 = Seed.Indicator(project.Id);
        var v2 = v1 with { Version = 2, Name = "故障响应时间（修订）", TargetText = "≤1 小时", TargetValue = 1, Retired = false };
        var bus = factory.Bus();
        await bus.Publish(new IndicatorRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, v2));
        await factory.EventuallyAsync(db => db.Indicators.AnyAsync(i => i.Id == v1.Id && i.Version == 2), "version 2");
        var late = new IndicatorDefined(Guid.CreateVersion7(), DateTimeOffset.UtcNow, v1);
        await bus.Publish(late, ctx => ctx.MessageId = late.EventId);
        await factory.EventuallyAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == late.EventId), "the late event");
        await factory.EventuallyAsync(db => db.Indicators.AnyAsync(i => i.Id == v1.Id && i.Version == 2 && i.Name == v2.Name), "still version 2");
    }

    [Fact]
    public async Task A_closed_year_refuses_values_corrections_spending_and_forecasts_until_reopened()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        var created = await (await client.RecordAsync(indicator.Id, "2021-06", "90分钟")).JsonAsync();
        var id = created.GetProperty("id").GetGuid();

        var closedAt = DateTimeOffset.UtcNow;
        await factory.Bus().Publish(new ProjectYearClosed(Guid.CreateVersion7(), closedAt, project.Id, 2021, "u-mgr18"));
        await factory.EventuallyAsync(db => db.YearLocks.AnyAsync(l => l.ProjectId == project.Id && l.Closed), "the year lock");

        var value = await client.RecordAsync(indicator.Id, "2021-07", "90分钟");
        Assert.Equal(HttpStatusCode.Conflict, value.StatusCode);
        Assert.Contains("reopen", (await value.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/measurements/{id}/corrections", new { value = 1, reason = "更正" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-07", amount = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/forecasts", new { indicatorId = indicator.Id, asOf = "2021-07", likelihood = "certain" })).StatusCode);
        var batch = await (await client.PostAsJsonAsync("/api/measurements/batch", new { items = new[] { new { indicatorId = indicator.Id, period = "2021-08", value = 1 } } })).JsonAsync();
        Assert.Equal(409, batch.GetProperty("results")[0].GetProperty("status").GetInt32());

        await factory.Bus().Publish(new ProjectYearReopened(Guid.CreateVersion7(), closedAt.AddSeconds(1), project.Id, 2021, "u-mgr18", "补录7月数据"));
        await factory.EventuallyAsync(db => db.YearLocks.AnyAsync(l => l.ProjectId == project.Id && !l.Closed), "the reopen");
        // A close that was sent before the reopen but arrives after it changes nothing.
        await factory.Bus().Publish(new ProjectYearClosed(Guid.CreateVersion7(), closedAt.AddMilliseconds(500), project.Id, 2021, "u-mgr18"));
        await Task.Delay(500);
        Assert.Equal(HttpStatusCode.Created, (await client.RecordAsync(indicator.Id, "2021-07", "90分钟")).StatusCode);
    }

    [Fact]
    public async Task Owners_added_by_a_newer_project_snapshot_may_report()
    {
        var project = await factory.ProjectAsync(owners: ["u-zhao"]);
        var indicator = await factory.IndicatorAsync(project.Id);
        var li = factory.ClientAs(Seed.OwnerNotListed);
        Assert.Equal(HttpStatusCode.Forbidden, (await li.RecordAsync(indicator.Id, "2021-07", 1)).StatusCode);

        await factory.Bus().Publish(new ProjectRevised(Guid.CreateVersion7(), DateTimeOffset.UtcNow, project with { Version = 2, OwnerIds = ["u-zhao", "u-li"] }));
        await factory.EventuallyAsync(db => db.Projects.AnyAsync(p => p.Id == project.Id && p.Version == 2), "version 2");
        Assert.Equal(HttpStatusCode.Created, (await li.RecordAsync(indicator.Id, "2021-07", 1)).StatusCode);
    }

    [Fact]
    public async Task Replay_republishes_measurements_spending_and_forecasts()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        var m = await (await client.RecordAsync(indicator.Id, "2021-07", "90分钟")).JsonAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-07", amount = 45.5m })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/forecasts", new { indicatorId = indicator.Id, asOf = "2021-07", likelihood = "possible" })).StatusCode);

        var measurement = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var spending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var forecast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = factory.Bus().ConnectReceiveEndpoint("test-replay-" + Guid.NewGuid().ToString("N"), e =>
        {
            e.Handler<MeasurementsRecorded>(ctx =>
            {
                if (ctx.Message.Items.Any(x => x.MeasurementId == m.GetProperty("id").GetGuid())) measurement.TrySetResult();
                return Task.CompletedTask;
            });
            e.Handler<SpendingRecorded>(ctx =>
            {
                if (ctx.Message.Items.Any(x => x.ProjectId == project.Id)) spending.TrySetResult();
                return Task.CompletedTask;
            });
            e.Handler<ForecastSubmitted>(ctx =>
            {
                if (ctx.Message.Forecast.ProjectId == project.Id) forecast.TrySetResult();
                return Task.CompletedTask;
            });
        });
        await handle.Ready;

        await factory.Bus().Publish(new ReplayRequested(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.NewGuid()));

        await Task.WhenAll(measurement.Task, spending.Task, forecast.Task).WaitAsync(TimeSpan.FromSeconds(20));
        await handle.StopAsync();
    }
}
