using KpiTracker.ServiceDefaults.Data;
using KpiTracker.ServiceDefaults.Messaging;
using KpiTracker.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// A process wired exactly like a service's messaging (real PostgreSQL, real RabbitMQ, the
/// outbox dispatcher, an inbox consumer), on queues of its own so tests do not see each other.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    public IHost Host { get; }
    public string Name { get; }

    MessagingHost(IHost host, string name)
    {
        Host = host;
        Name = name;
    }

    public static async Task<MessagingHost> StartAsync(TestDatabase database, string name, TimeSpan pollInterval, bool withConsumer = true, bool durableQueues = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Db"] = database.ConnectionString,
            ["RabbitMq:Host"] = TestInfrastructure.RabbitHost,
            ["RabbitMq:Port"] = TestInfrastructure.RabbitPort.ToString(),
            ["RabbitMq:Username"] = TestInfrastructure.RabbitUser,
            ["RabbitMq:Password"] = TestInfrastructure.RabbitPassword,
            ["RabbitMq:VirtualHost"] = TestInfrastructure.RabbitVirtualHost,
            ["Outbox:PollInterval"] = pollInterval.ToString(),
            ["Outbox:PublishTimeout"] = "00:00:03",
            // Throwaway queues, except where a test needs them to outlive a broker restart.
            ["RabbitMq:AutoDeleteQueues"] = durableQueues ? "false" : "true",
        });
        builder.AddKpiDbContext<MessagingTestDb>();
        builder.AddKpiMessaging<MessagingTestDb>(name, x =>
        {
            if (withConsumer) x.AddKpiConsumer<RecordingConsumer>();
        });
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessagingTestDb>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        return new MessagingHost(host, name);
    }

    public async Task<T> WithDbAsync<T>(Func<MessagingTestDb, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MessagingTestDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
