using KpiTracker.ServiceDefaults.Data;
using Microsoft.Extensions.Configuration;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// Issue 9: an unknown but well-formed id waited the full replica wait before its 404. Ids are
/// UUIDv7, so only one minted in the last few seconds can belong to an event still on its way.
/// </summary>
public sealed class ReplicaWaitTests
{
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    static ReplicaWait Wait(DateTimeOffset now, int waitMs = 60_000) =>
        new(new ConfigurationBuilder().AddInMemoryCollection([new("Replica:WaitMilliseconds", waitMs.ToString())]).Build(), new FixedClock(now));

    [Fact]
    public void Only_a_uuidv7_minted_within_the_recent_window_may_still_arrive()
    {
        var now = new DateTimeOffset(2021, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var wait = Wait(now);
        Assert.True(wait.MayStillArrive(Guid.CreateVersion7(now.AddSeconds(-2))));
        Assert.True(wait.MayStillArrive(Guid.CreateVersion7(now.AddSeconds(5))));     // another host's clock a little ahead
        Assert.True(wait.MayStillArrive(Guid.CreateVersion7(now.AddMinutes(-4))));    // an event held back by a database or broker outage
        Assert.False(wait.MayStillArrive(Guid.CreateVersion7(now.AddMinutes(-6))));
        Assert.False(wait.MayStillArrive(Guid.CreateVersion7(now.AddDays(365))));
        Assert.False(wait.MayStillArrive(Guid.NewGuid()));                            // v4: never one of ours
        Assert.False(wait.MayStillArrive(Guid.Empty));
    }

    [Fact]
    public async Task An_old_or_foreign_id_is_looked_up_once_and_answered_at_once()
    {
        var now = DateTimeOffset.UtcNow;
        var wait = Wait(now);   // a minute's wait, were it waited
        foreach (var id in new[] { Guid.NewGuid(), Guid.CreateVersion7(now.AddHours(-1)) })
        {
            var lookups = 0;
            var found = await wait.ForAsync<object>(id, _ => { lookups++; return Task.FromResult<object?>(null); }, CancellationToken.None)
                .WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Null(found);
            Assert.Equal(1, lookups);
        }
    }

    [Fact]
    public async Task A_fresh_id_is_waited_for_until_its_row_arrives()
    {
        var wait = new ReplicaWait(new ConfigurationBuilder().AddInMemoryCollection([new("Replica:WaitMilliseconds", "60000")]).Build());
        var lookups = 0;
        var found = await wait.ForAsync(Guid.CreateVersion7(), _ => Task.FromResult(++lookups >= 3 ? "row" : null), CancellationToken.None);
        Assert.Equal("row", found);
        Assert.Equal(3, lookups);
    }
}
