using System.Collections.Concurrent;
using KpiTracker.Contracts;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Outbox rows name their type by its full name; only contract types may be published, so a row
/// can never make the dispatcher load an arbitrary type.
/// </summary>
public static class MessageTypes
{
    static readonly ConcurrentDictionary<string, Type> Known = new(
        typeof(IIntegrationEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .ToDictionary(t => t.FullName!, t => t));

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static Type? Resolve(string name) => Known.TryGetValue(name, out var t) ? t : null;
}
