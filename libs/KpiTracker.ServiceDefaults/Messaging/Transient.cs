using System.Net.Sockets;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Whether a failure says "try again later" (the database restarting, a dropped connection, a
/// deadlock, a concurrent writer) or "this message can never be applied" (its data breaks a
/// column limit, a conversion, a rule). The first kind is retried for as long as a restart
/// takes; the second must not hold up anything else (see the consumers' poison handling).
/// Every outage the API answers 503 for (<see cref="Outages"/>) is transient here too; so are
/// deadlocks, serialization failures, races and timeouts.
/// </summary>
public static class Transient
{
    public static bool Is(Exception e) => Outages.Classify(e) != Outages.Kind.None || e switch
    {
        OperationCanceledException or TimeoutException or SocketException or IOException => true,
        DbUpdateConcurrencyException => true,
        PostgresException p => IsTransientState(p.SqlState),
        NpgsqlException n => n.IsTransient || n.InnerException is null || Is(n.InnerException),
        DbUpdateException { InnerException: { } inner } => Is(inner),
        InvalidOperationException { InnerException: { } inner } => Is(inner),   // EF's "transient failure" wrapper
        AggregateException a => a.InnerExceptions.All(Is),
        _ => false,
    };

    // Class 22 (data exception), 23 (integrity: the data itself) and 42 (a statement that can
    // never run) are the message's fault; a unique violation is a race with a concurrent writer.
    // Everything else — 08 connection, 40 rollback (deadlock, serialization), 53 resources,
    // 57 operator intervention (shutdown, crash recovery), 58 system — passes with time.
    static bool IsTransientState(string state) =>
        state == PostgresErrorCodes.UniqueViolation || !(state.StartsWith("22") || state.StartsWith("23") || state.StartsWith("42"));
}
