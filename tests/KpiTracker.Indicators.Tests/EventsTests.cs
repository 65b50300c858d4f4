using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Indicators.Data;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Indicators.Tests;

public sealed class EventsTests(IndicatorsFactory factory) : IClassFixture<IndicatorsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");

    async Task<T> WithDbAsync<T>(Func<IndicatorsDb, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IndicatorsDb>());
    }

    /// <summary>Receives every <typeparamref name="T"/> the service publishes that matches.</summary>
    async Task<(Task<ConsumeContext<T>> Received, HostReceiveEndpointHandle Handle)> ListenAsync<T>(Func<T, bool> match) where T : class
    {
        var bus = factory.Services.GetRequiredService<IBus>();
        var received = new TaskCompletionSource<ConsumeContext<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = bus.ConnectReceiveEndpoint($"test-{typeof(T).Name}-{Guid.NewGuid():N}", e =>
            e.Handler<T>(ctx =>
            {
                if (match(ctx.Message)) received.TrySetResult(ctx);
                return Task.CompletedTask;
            }));
        await handle.Ready;
        return (received.Task, handle);
    }

    [Fact]
    public async Task The_same_ProjectDeclared_delivered_twice_is_applied_once()
    {
        var projectId = Guid.NewGuid();
        var first = ProjectEvents.Declared(ProjectEvents.Snapshot(projectId, version: 1, owners: ["u-a"]));
        await factory.PublishAndWaitAsync(first);
        // A redelivery under the same MessageId, carrying (as a probe) a newer snapshot: only the
        // inbox can stop it, the version rule would not.
        var again = first with { Project = ProjectEvents.Snapshot(projectId, version: 5, owners: ["u-b"]) };
        await factory.PublishAndWaitAsync(again, messageId: first.EventId);

        var replica = await WithDbAsync(db => db.ProjectReplicas.AsNoTracking().SingleAsync(p => p.Id == projectId));
        Assert.Equal(1, replica.Version);
        Assert.Equal(["u-a"], replica.OwnerIds);
        var inbox = await WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == first.EventId));
        Assert.Equal(1, inbox);
    }

    [Fact]
    public async Task An_older_ProjectRevised_after_a_newer_one_does_not_roll_the_replica_back()
    {
        var projectId = Guid.NewGuid();
        await factory.PublishAndWaitAsync(ProjectEvents.Revised(ProjectEvents.Snapshot(projectId, version: 3, owners: ["u-new"], name: "新名")));
        await factory.PublishAndWaitAsync(ProjectEvents.Declared(ProjectEvents.Snapshot(projectId, version: 1, owners: ["u-old"])));
        await factory.PublishAndWaitAsync(ProjectEvents.Revised(ProjectEvents.Snapshot(projectId, version: 2, owners: ["u-old"])));

        var replica = await WithDbAsync(db => db.ProjectReplicas.AsNoTracking().SingleAsync(p => p.Id == projectId));
        Assert.Equal(3, replica.Version);
        Assert.Equal("新名", replica.Name);
        Assert.Equal(["u-new"], replica.OwnerIds);

        await factory.PublishAndWaitAsync(ProjectEvents.Archived(ProjectEvents.Snapshot(projectId, version: 4, owners: ["u-new"], archived: true)));
        replica = await WithDbAsync(db => db.ProjectReplicas.AsNoTracking().SingleAsync(p => p.Id == projectId));
        Assert.True(replica.Archived);
    }

    [Fact]
    public async Task Creating_an_indicator_publishes_IndicatorDefined_with_codes_through_the_outbox()
    {
        var projectId = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(projectId));
        var (received, handle) = await ListenAsync<IndicatorDefined>(m => m.Indicator.ProjectId == projectId);

        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        var context = await received.WaitAsync(TimeSpan.FromSeconds(15));
        var s = context.Message.Indicator;
        Assert.Equal(created.GetProperty("id").GetGuid(), s.Id);
        Assert.Equal(context.Message.EventId, context.MessageId);
        Assert.Equal(1, s.Version);
        Assert.Equal("output", s.Level1);
        Assert.Equal("timeliness", s.Level2);
        Assert.Equal("≤2 小时", s.TargetText);
        Assert.Equal("quantitative", s.Kind);
        Assert.Equal("<=", s.Comparator);
        Assert.Equal(2m, s.TargetValue);
        Assert.Equal("小时", s.Unit);
        Assert.Equal("lowerIsBetter", s.Direction);
        Assert.False(s.ComparatorInferred);
        Assert.Equal("plan", s.Standard);
        Assert.Equal("max", s.Aggregation);
        Assert.Equal("monthly", s.Frequency);
        Assert.False(s.Retired);
        await handle.StopAsync();
    }

    [Fact]
    public async Task Retiring_publishes_IndicatorRetired_and_a_replay_republishes_as_IndicatorRevised()
    {
        var projectId = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(projectId));
        var client = factory.ClientAs(Manager18);
        var created = await (await client.PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId, target: "有所提升")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        var (retired, retiredHandle) = await ListenAsync<IndicatorRetired>(m => m.Indicator.Id == id);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/indicators/{id}")).StatusCode);
        var r = (await retired.WaitAsync(TimeSpan.FromSeconds(15))).Message.Indicator;
        Assert.True(r.Retired);
        Assert.Equal(2, r.Version);
        Assert.Equal("qualitative", r.Kind);
        Assert.Null(r.TargetValue);
        Assert.Null(r.Comparator);
        await retiredHandle.StopAsync();

        var (replayed, replayHandle) = await ListenAsync<IndicatorRevised>(m => m.Indicator.Id == id);
        await factory.PublishAndWaitAsync(new ReplayRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid()));
        var again = (await replayed.WaitAsync(TimeSpan.FromSeconds(15))).Message.Indicator;
        Assert.Equal(2, again.Version);
        Assert.True(again.Retired);
        await replayHandle.StopAsync();
    }
}
