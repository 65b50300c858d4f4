using System.Reflection;
using MassTransit;

namespace KpiTracker.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ with publisher confirms, kebab-case endpoints prefixed by the
    /// service (so two services' consumers of one event get a queue each), our retry definition,
    /// and the outbox dispatcher for <typeparamref name="TDb"/>.
    /// </summary>
    public static IHostApplicationBuilder AddKpiMessaging<TDb>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null) where TDb : KpiDbContext
    {
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RabbitMqOptions>, RabbitMqOptionsValidation>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        var transport = builder.Configuration[$"{RabbitMqOptions.Section}:Transport"] ?? "RabbitMq";

        builder.Services.AddMassTransit(x =>
        {
            // MassTransit would otherwise report usage to its vendor's host at start: a government
            // network must not call out, and we have nothing to tell it.
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            consumers?.Invoke(x);
            if (builder.Configuration.GetValue($"{RabbitMqOptions.Section}:AutoDeleteQueues", false))
            {
                x.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.AutoDelete = true;
                });
            }
            if (new RabbitMqOptions { Transport = transport }.InMemory)
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }
            x.UsingRabbitMq((context, cfg) =>
            {
                var o = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(o.Host, (ushort)o.Port, o.VirtualHost, h =>
                {
                    h.Username(o.Username);
                    h.Password(o.Password);
                    h.PublisherConfirmation = true;
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        // Start only once our queues exist and are bound: an event published before that would
        // find no queue and be dropped by the exchange.
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton<OutboxDispatcher<TDb>>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher<TDb>>());
        builder.Services.AddHostedService<OutboxMetrics<TDb>>();
        return builder;
    }

    /// <summary>Registers a consumer with the shared retry definition.</summary>
    public static IBusRegistrationConfigurator AddKpiConsumer<TConsumer>(this IBusRegistrationConfigurator x)
        where TConsumer : class, IConsumer
    {
        x.AddConsumer<TConsumer, KpiConsumerDefinition<TConsumer>>();
        return x;
    }

    /// <summary>
    /// Registers every consumer a service's assembly defines, each with the shared retry definition: a
    /// consumer written is a consumer subscribed, and no list in Extensions.cs can forget one. The class
    /// names, and so the queue names, are the consumers' own.
    /// </summary>
    public static IBusRegistrationConfigurator AddKpiConsumersIn(this IBusRegistrationConfigurator x, Assembly assembly)
    {
        var consumers = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IConsumer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var consumer in consumers)
            x.AddConsumer(consumer, typeof(KpiConsumerDefinition<>).MakeGenericType(consumer));
        return x;
    }
}
