using KpiTracker.ServiceDefaults.Data;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Messaging;
using KpiTracker.ServiceDefaults.Retention;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// The inbox and the idempotency keys do not grow forever (issue 11, item 4): the purge deletes, against
/// real PostgreSQL, exactly the rows past their configured age and keeps the younger ones.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync("retention");
    public async Task DisposeAsync() => await database.DisposeAsync();

    IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Db"] = database.ConnectionString });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        builder.AddKpiDbContext<MessagingTestDb>();
        return builder.Build();
    }

    [Fact]
    public async Task The_purge_deletes_inbox_rows_and_keys_past_their_age_and_keeps_the_rest()
    {
        using var host = Host(("Retention:InboxAge", "30.00:00:00"), ("Retention:IdempotencyKeyAge", "7.00:00:00"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDb>();
            await db.Database.EnsureCreatedAsync();
            db.InboxMessages.AddRange(
                Inbox("old", Now.AddDays(-31)), Inbox("old-too", Now.AddDays(-30).AddSeconds(-1)),
                Inbox("young", Now.AddDays(-29)), Inbox("today", Now));
            db.IdempotencyRecords.AddRange(
                Key("done-old", Now.AddDays(-8), 201), Key("abandoned-old", Now.AddDays(-8), null),
                Key("done-young", Now.AddDays(-6), 201), Key("running-young", Now.AddMinutes(-1), null));
            await db.SaveChangesAsync();
        }

        var purged = await host.Services.GetRequiredService<RetentionPurge<MessagingTestDb>>().PurgeAsync(CancellationToken.None);

        Assert.Equal((2, 2), purged);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDb>();
            Assert.Equal(["today", "young"], (await db.InboxMessages.Select(m => m.Consumer).ToListAsync()).Order());
            Assert.Equal(["done-young", "running-young"], (await db.IdempotencyRecords.Select(r => r.Key).ToListAsync()).Order());
        }
        // A second purge finds nothing more to delete.
        Assert.Equal((0, 0), await host.Services.GetRequiredService<RetentionPurge<MessagingTestDb>>().PurgeAsync(CancellationToken.None));
    }

    [Fact]
    public void An_inbox_kept_shorter_than_a_day_stops_the_start_with_the_setting_named()
    {
        using var host = Host(("Retention:InboxAge", "01:00:00"));
        var e = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RetentionOptions>>().Value);
        Assert.Contains("Retention__InboxAge", e.Message);
    }

    static InboxMessage Inbox(string consumer, DateTimeOffset at) => new() { MessageId = Guid.NewGuid(), Consumer = consumer, ReceivedAt = at };

    static IdempotencyRecord Key(string key, DateTimeOffset at, int? status) =>
        new() { Key = key, CallerId = "u-1", RequestHash = "h", StatusCode = status, CreatedAt = at };

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
