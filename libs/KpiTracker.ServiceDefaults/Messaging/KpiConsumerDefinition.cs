using MassTransit;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Retry policy of every consumer: a few quick in-memory retries, then the message goes to the
/// endpoint's _error queue. In-memory, because the broker here has no delayed-message plugin.
/// </summary>
public sealed class KpiConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200, 1000));
    }
}
