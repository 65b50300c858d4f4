using System.Net.Sockets;
using MassTransit;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// Recognises the failures that are not bugs but a dependency being away: PostgreSQL stopped,
/// restarting or out of connections, RabbitMQ unreachable. They answer 503 with Retry-After
/// (the caller may simply try again) and are logged as one line, not a stack trace per request.
/// </summary>
public static class Outages
{
    public enum Kind { None, Database, Broker }

    /// <summary>Seconds a caller should wait before retrying after an outage answer.</summary>
    public const int RetryAfterSeconds = 5;

    public static Kind Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when IsUnavailableState(pg.SqlState):
                    return Kind.Database;
                case PostgresException:
                    return Kind.None; // a real answer from a running server: not an outage
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                    return Kind.Database;
                case RabbitMqConnectionException:
                case RabbitMQ.Client.Exceptions.BrokerUnreachableException:
                case RabbitMQ.Client.Exceptions.AlreadyClosedException:
                    return Kind.Broker;
            }
        }
        return Kind.None;
    }

    /// <summary>08 connection exception, 53 insufficient resources, 57P admin/crash shutdown, cannot connect now.</summary>
    static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal);

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Database => "the database",
        Kind.Broker => "the message broker",
        _ => "a dependency",
    };
}
