using System.Diagnostics;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// The outbox and inbox against the real broker and database. One collection: the outage test
/// stops RabbitMQ, which must not pull the rug from under the other tests.
/// </summary>
[Collection(RealBroker.Name)]
public sealed class OutboxInboxTests : IAsyncLifetime
{
    TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync("outbox");
    public async Task DisposeAsync() => await database.DisposeAsync();

    static DepartmentRegistered Event(string code) => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, code, "部门 " + code, null, [code]);

    static async Task WriteAsync(MessagingHost host, params DepartmentRegistered[] events) =>
        await host.WithDbAsync(async db =>
        {
            foreach (var e in events) db.Publish(e);
            return await db.SaveChangesAsync();
        });

    static Task<int> AppliedAsync(MessagingHost host, Guid eventId) =>
        host.WithDbAsync(db => db.Applied.CountAsync(a => a.EventId == eventId));

    // A row is deleted only after the broker's confirm, which can arrive after the consumer has
    // already applied the event: wait for the delete rather than expect it at once.
    static Task<bool> OutboxDrainsAsync(MessagingHost host) =>
        Eventually.TrueAsync(async () => await host.WithDbAsync(db => db.OutboxMessages.CountAsync()) == 0, TimeSpan.FromSeconds(15));

    [Fact]
    public async Task A_committed_event_is_published_once_and_leaves_the_outbox()
    {
        await using var host = await MessagingHost.StartAsync(database, "t" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromSeconds(30));
        var e = Event("A1");
        await WriteAsync(host, e);
        Assert.True(await Eventually.TrueAsync(async () => await AppliedAsync(host, e.EventId) == 1, TimeSpan.FromSeconds(20)));
        Assert.True(await OutboxDrainsAsync(host), "the published row should leave the outbox");
        await Task.Delay(300);
        Assert.Equal(1, await AppliedAsync(host, e.EventId));
    }

    [Fact]
    public async Task Notify_wakes_the_dispatcher_long_before_its_poll_interval()
    {
        // Poll every 10 minutes: only LISTEN/NOTIFY can deliver within the test's wait.
        await using var host = await MessagingHost.StartAsync(database, "t" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMinutes(10));
        await Task.Delay(500); // let the LISTEN connection open
        var e = Event("N1");
        var clock = Stopwatch.StartNew();
        await WriteAsync(host, e);
        Assert.True(await Eventually.TrueAsync(async () => await AppliedAsync(host, e.EventId) == 1, TimeSpan.FromSeconds(20)),
            "NOTIFY should have woken the dispatcher");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Polling_publishes_rows_written_without_a_notify()
    {
        await using var host = await MessagingHost.StartAsync(database, "t" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMilliseconds(300));
        var e = Event("P1");
        // Insert behind EF's back, as a crashed writer or another tool might: no NOTIFY is sent.
        var row = Messaging.OutboxMessage.For(e);
        await host.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO outbox_messages (id, message_type, body, trace_parent, created_at, attempts) VALUES ({row.Id}, {row.MessageType}, {row.Body}::jsonb, {row.TraceParent}, {row.CreatedAt}, 0)"));
        Assert.True(await Eventually.TrueAsync(async () => await AppliedAsync(host, e.EventId) == 1, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_applied_once()
    {
        await using var host = await MessagingHost.StartAsync(database, "t" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromSeconds(30));
        var bus = host.Host.Services.GetRequiredService<IBus>();
        var e = Event("D1");
        for (var i = 0; i < 2; i++)
            await bus.Publish(e, ctx => ctx.MessageId = e.EventId);
        var marker = Event("D2");
        await bus.Publish(marker, ctx => ctx.MessageId = marker.EventId);
        Assert.True(await Eventually.TrueAsync(async () => await AppliedAsync(host, marker.EventId) == 1, TimeSpan.FromSeconds(20)));
        await Task.Delay(500);
        Assert.Equal(1, await AppliedAsync(host, e.EventId));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_publish_a_row_twice()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await MessagingHost.StartAsync(database, name, TimeSpan.FromMilliseconds(200));
        await using var second = await MessagingHost.StartAsync(database, name, TimeSpan.FromMilliseconds(200));
        var events = Enumerable.Range(0, 300).Select(i => Event("S" + i)).ToArray();
        await WriteAsync(first, events);
        Assert.True(await Eventually.TrueAsync(async () => await first.WithDbAsync(db => db.Applied.CountAsync()) >= events.Length, TimeSpan.FromSeconds(60)));
        // Each event was published once: the inbox would hide a duplicate, so count deliveries
        // at the inbox (one row per message id) and the applied rows: both equal the events.
        Assert.Equal(events.Length, await first.WithDbAsync(db => db.Applied.CountAsync()));
        Assert.Equal(events.Length, await first.WithDbAsync(db => db.InboxMessages.CountAsync()));
        Assert.True(await OutboxDrainsAsync(first), "every published row should leave the outbox");
    }

    [Fact]
    public async Task A_failing_consumer_retries_then_moves_the_message_to_the_error_queue_and_applies_nothing()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..8];
        await using var cleanup = new QueuesDeletedAfterward($"{name}-recording_error");
        await using var host = await MessagingHost.StartAsync(database, name, TimeSpan.FromSeconds(30));
        var poison = Event(RecordingConsumer.AlwaysFails);
        await WriteAsync(host, poison);
        var queue = $"{name}-recording_error";
        Assert.True(await Eventually.TrueAsync(async () => (await RabbitControl.QueueDepthAsync(queue)) >= 1, TimeSpan.FromSeconds(30)),
            $"expected the poison message in {queue}");
        Assert.Equal(0, await AppliedAsync(host, poison.EventId));
        Assert.Equal(0, await host.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == poison.EventId)));
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_are_all_delivered_once_it_is_back()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..8];
        // Durable, so it must go when the test ends: left behind, it would collect every later run's events.
        await using var cleanup = new QueuesDeletedAfterward($"{name}-recording", $"{name}-recording_error");
        await using var host = await MessagingHost.StartAsync(database, name, TimeSpan.FromMilliseconds(500), durableQueues: true);
        var before = Event("B0");
        await WriteAsync(host, before);
        Assert.True(await Eventually.TrueAsync(async () => await AppliedAsync(host, before.EventId) == 1, TimeSpan.FromSeconds(20)));
        Assert.True(await OutboxDrainsAsync(host), "the first event's row should leave the outbox before the outage");

        await RabbitControl.RunAsync("stop");
        DepartmentRegistered[] during;
        try
        {
            during = Enumerable.Range(0, 20).Select(i => Event("O" + i)).ToArray();
            foreach (var e in during) await WriteAsync(host, e); // the writes succeed: the outbox holds them
            Assert.Equal(during.Length, await host.WithDbAsync(db => db.OutboxMessages.CountAsync()));
            // Each refused publish is counted on the rows it tried: the stuck outbox says how long it has waited.
            Assert.True(await Eventually.TrueAsync(async () => await host.WithDbAsync(db => db.OutboxMessages.MinAsync(m => m.Attempts)) >= 1, TimeSpan.FromSeconds(30)),
                "the rows of a publish that failed while the broker was down should count the failed attempt");
        }
        finally
        {
            await RabbitControl.RunAsync("start");
        }
        Assert.True(await Eventually.TrueAsync(async () => await host.WithDbAsync(db => db.Applied.CountAsync()) == during.Length + 1, TimeSpan.FromSeconds(90)),
            "every event written during the outage should arrive once the broker is back");
        Assert.True(await OutboxDrainsAsync(host), "every row should leave the outbox once the broker is back");
    }
}
