namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Broker connection, bound from "RabbitMq" and validated at start-up
/// (<see cref="RabbitMqOptionsValidation"/>). No host or credential defaults: a production
/// deployment that forgot them must not quietly try guest@localhost.
/// </summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    /// <summary>"RabbitMq" for the real broker; "InMemory" only for tests where the broker is not the point.</summary>
    public string Transport { get; set; } = "RabbitMq";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 5672;
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    public string VirtualHost { get; set; } = "/";

    /// <summary>Tests set this so their throwaway queues vanish with their process.</summary>
    public bool AutoDeleteQueues { get; set; }

    public bool InMemory => Transport.Equals("InMemory", StringComparison.OrdinalIgnoreCase);
}
