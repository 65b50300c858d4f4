using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// A service subscribes every consumer its assembly defines, each with the shared retry definition;
/// the abstract bases (IdempotentConsumer, DelegatingConsumer) in ServiceDefaults are never subscribed.
/// </summary>
public sealed class ConsumerScanTests
{
    [Fact]
    public void Every_concrete_consumer_of_the_assembly_is_registered_with_the_shared_definition()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x => x.AddKpiConsumersIn(typeof(RecordingConsumer).Assembly));

        Assert.Contains(services, d => d.ServiceType == typeof(RecordingConsumer));
        Assert.Contains(services, d => d.ServiceType == typeof(KpiConsumerDefinition<RecordingConsumer>));
        Assert.DoesNotContain(services, d => d.ServiceType.IsGenericType
            && d.ServiceType.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>));
    }

    [Fact]
    public void ServiceDefaults_holds_only_abstract_consumer_bases_and_so_registers_none()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x => x.AddKpiConsumersIn(typeof(IdempotentConsumer<,>).Assembly));

        Assert.DoesNotContain(services, d => d.ServiceType.IsClass && typeof(IConsumer).IsAssignableFrom(d.ServiceType));
    }
}
