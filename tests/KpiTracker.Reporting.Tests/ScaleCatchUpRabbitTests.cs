using System.Diagnostics;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiTracker.Reporting.Tests;

/// <summary>The same catch-up over the real RabbitMQ, in a throwaway virtual host (KPI_SCALE=1 and KPI_SCALE_RABBIT=1).</summary>
public sealed class ScaleCatchUpRabbitTests(ScaleCatchUpRabbitTests.RabbitFactory factory, ITestOutputHelper output)
    : IClassFixture<ScaleCatchUpRabbitTests.RabbitFactory>
{
    public static bool Enabled => Environment.GetEnvironmentVariable("KPI_SCALE") == "1" && Environment.GetEnvironmentVariable("KPI_SCALE_RABBIT") == "1";

    public sealed class RabbitFactory() : ServiceFactory<Program>("reporting")
    {
        public string VirtualHost { get; } = "kpi_scale_" + Guid.NewGuid().ToString("N")[..8];

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            new("RabbitMq:Transport", "RabbitMq"),
            new("RabbitMq:Host", TestInfrastructure.RabbitHost),
            new("RabbitMq:Port", TestInfrastructure.RabbitPort.ToString()),
            new("RabbitMq:Username", TestInfrastructure.RabbitUser),
            new("RabbitMq:Password", TestInfrastructure.RabbitPassword),
            new("RabbitMq:VirtualHost", VirtualHost),
            new("RabbitMq:AutoDeleteQueues", "true"),
        ];

        public async Task StartVirtualHostAsync()
        {
            await Ctl("add_vhost", VirtualHost);
            await Ctl("set_permissions", "-p", VirtualHost, TestInfrastructure.RabbitUser, ".*", ".*", ".*");
        }

        public Task DeleteVirtualHostAsync() => Ctl("delete_vhost", VirtualHost);

        static async Task Ctl(params string[] args)
        {
            var psi = new ProcessStartInfo(Path.Combine(TestInfrastructure.RepositoryRoot, "kpi")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["rabbitmqctl", .. args]) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) throw new InvalidOperationException($"./kpi rabbitmqctl {string.Join(' ', args)} failed: {await stdout}{await stderr}");
        }
    }

    [Fact]
    public async Task Catch_up_of_measurements_on_rabbitmq()
    {
        if (!Enabled) return;
        await factory.StartVirtualHostAsync();
        try
        {
            await CatchUp.RunAsync(factory, output, $"RabbitMQ (vhost {factory.VirtualHost})");
        }
        finally
        {
            // Stop the bus before its virtual host goes; the fixture disposes the rest.
            await factory.Services.GetRequiredService<IBusControl>().StopAsync();
            await factory.DeleteVirtualHostAsync();
        }
    }
}
