namespace KpiTracker.ServiceDefaults.Data;

/// <summary>
/// A script may create an indicator and record a value for it a millisecond later, before the
/// event that tells this service about the indicator has arrived. Rather than answer a spurious
/// "unknown", a handler waits a bounded time for the replica row, polling its own database.
/// The outbox wakes on NOTIFY, so the wait is normally a few tens of milliseconds.
///
/// Only an id that may still be on its way is worth waiting for: every id is a UUIDv7, whose first
/// 48 bits are the millisecond it was minted, so an id minted more than <see cref="Recent"/> ago
/// (or not a v7 at all: a typo, a guess, another system's id) is answered at once.
/// </summary>
public sealed class ReplicaWait(IConfiguration configuration, TimeProvider? clock = null)
{
    readonly TimeProvider clock = clock ?? TimeProvider.System;

    public TimeSpan Limit { get; } = TimeSpan.FromMilliseconds(configuration.GetValue("Replica:WaitMilliseconds", 5000));

    /// <summary>
    /// How old an id may be and still belong to an event in flight; clocks of other hosts may run this
    /// much ahead too. Five minutes: an event normally arrives within milliseconds, but after this
    /// service's database or the broker was away it arrives only once they are back — a minute or
    /// more after the id was minted, on a loaded machine. An id minted that recently that is not in
    /// flight can only be forged, and its caller waits the bounded <see cref="Limit"/>; typos, guesses,
    /// deleted or foreign ids are older or no v7, and are answered at once.
    /// </summary>
    public TimeSpan Recent { get; } = TimeSpan.FromSeconds(configuration.GetValue("Replica:RecentSeconds", 300));

    /// <summary>Whether a row for this id may not have arrived yet: a UUIDv7 minted within <see cref="Recent"/> of now.</summary>
    public bool MayStillArrive(Guid id)
    {
        if (id.Version != 7) return false;
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        long ms = 0;
        for (var i = 0; i < 6; i++) ms = (ms << 8) | bytes[i];
        var age = clock.GetUtcNow().ToUnixTimeMilliseconds() - ms;
        return Math.Abs(age) <= Recent.TotalMilliseconds;
    }

    /// <summary>Looks the row up, and while it is missing and <paramref name="id"/> may still arrive, looks again until <see cref="Limit"/>.</summary>
    public Task<T?> ForAsync<T>(Guid id, Func<CancellationToken, Task<T?>> lookup, CancellationToken ct) where T : class =>
        ForAsync(lookup, () => MayStillArrive(id), ct);

    /// <summary>As above, for a lookup of many ids: <paramref name="worthWaiting"/> says whether a missing one may still arrive.</summary>
    public async Task<T?> ForAsync<T>(Func<CancellationToken, Task<T?>> lookup, Func<bool> worthWaiting, CancellationToken ct) where T : class
    {
        var found = await lookup(ct);
        if (found is not null || !worthWaiting()) return found;
        var deadline = clock.GetUtcNow() + Limit;
        var delay = TimeSpan.FromMilliseconds(20);
        while (clock.GetUtcNow() < deadline)
        {
            await Task.Delay(delay, clock, ct);
            found = await lookup(ct);
            if (found is not null || !worthWaiting()) return found;
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
        return null;
    }
}
