using MassTransit;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Retry policy of every consumer, in-memory because the broker here has no delayed-message plugin.
/// A transient failure (database restarting or unreachable, deadlock) is retried for about two
/// minutes, longer than a PostgreSQL restart or crash recovery takes, so an outage does not
/// push messages into the _error queue. Any other failure gets a few quick retries, then the
/// message goes to the endpoint's _error queue with the exception in its headers.
/// </summary>
public sealed class KpiConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    static readonly TimeSpan[] TransientIntervals =
        // Quick at first (a race with a concurrent writer clears at once), then patient.
        [.. new[] { 50, 200, 500, 1000, 2000, 3000 }.Select(ms => TimeSpan.FromMilliseconds(ms)), .. Enumerable.Repeat(TimeSpan.FromSeconds(5), 22)];

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<Exception>(Transient.Is);
            r.Intervals(TransientIntervals);
        });
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Ignore<Exception>(Transient.Is);
            r.Intervals(50, 200, 1000);
        });
    }
}
