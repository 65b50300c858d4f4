using Microsoft.Extensions.Configuration;

namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// A script may create an indicator and record a value for it a millisecond later, before the
/// event that tells this service about the indicator has arrived. Rather than answer a spurious
/// "unknown", a handler waits a bounded time for the replica row, polling its own database.
/// The outbox wakes on NOTIFY, so the wait is normally a few tens of milliseconds.
/// </summary>
public sealed class ReplicaWait(IConfiguration configuration)
{
    public TimeSpan Limit { get; } = TimeSpan.FromMilliseconds(configuration.GetValue("Replica:WaitMilliseconds", 5000));

    public async Task<T?> ForAsync<T>(Func<CancellationToken, Task<T?>> lookup, CancellationToken ct) where T : class
    {
        var found = await lookup(ct);
        if (found is not null) return found;
        var deadline = DateTime.UtcNow + Limit;
        var delay = TimeSpan.FromMilliseconds(20);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(delay, ct);
            found = await lookup(ct);
            if (found is not null) return found;
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
        return null;
    }
}
