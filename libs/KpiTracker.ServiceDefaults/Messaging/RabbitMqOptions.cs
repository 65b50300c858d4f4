using System.ComponentModel.DataAnnotations;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>Broker connection, bound from "RabbitMq" and validated at start-up.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    /// <summary>"RabbitMq" for the real broker; "InMemory" only for tests where the broker is not the point.</summary>
    public string Transport { get; set; } = "RabbitMq";

    [Required] public string Host { get; set; } = "127.0.0.1";
    [Range(1, 65535)] public int Port { get; set; } = 5672;
    [Required] public string Username { get; set; } = "guest";
    [Required] public string Password { get; set; } = "guest";
    public string VirtualHost { get; set; } = "/";

    /// <summary>Tests set this so their throwaway queues vanish with their process.</summary>
    public bool AutoDeleteQueues { get; set; }
}
