using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Operations.Tests;

/// <summary>What a caller and an operator see while Measurements' PostgreSQL is stopped, and after.</summary>
[Collection(OpsStackCollection.Name)]
public sealed class OutageTests(OpsStack stack)
{
    [Fact]
    public async Task While_the_database_is_stopped_ready_is_503_writes_are_a_503_problem_with_retry_after_logged_once_by_trace_id()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var indicatorId = await s.DefineIndicatorAsync(projectId, "维护设备", "2 批", "output", "quantity", "sum");
        var measurements = stack.Process("measurements");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        stack.MeasurementsDatabase.Stop();
        try
        {
            var ready = await http.GetAsync(measurements.Url + "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
            Assert.StartsWith("database: Unhealthy", report.GetProperty("reason").GetString());

            var write = await s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-07", value = "1批" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), write.Headers.RetryAfter?.Delta);
            var problem = await write.Content.ReadFromJsonAsync<JsonElement>();
            var traceId = problem.GetProperty("traceId").GetString()!;

            // One JSON line of the failing request carries the trace id, and none carries a stack trace.
            var lines = await EventuallyAsync(() => measurements.Output.Where(l => l.Contains(traceId) && l.Contains("answered 503")).ToList());
            var line = JsonDocument.Parse(Assert.Single(lines)).RootElement;
            Assert.Equal(traceId, line.GetProperty("traceId").GetString());
            Assert.Equal("measurements", line.GetProperty("service").GetString());
            Assert.Equal(s.OwnerId, line.GetProperty("userId").GetString());
            Assert.Equal(s.Department, line.GetProperty("department").GetString());
            Assert.False(line.TryGetProperty("exception", out _));
            Assert.DoesNotContain(measurements.Output, l => l.Contains(traceId) && l.Contains("   at "));
        }
        finally
        {
            stack.MeasurementsDatabase.Start();
        }

        await EventuallyAsync(async () => (await http.GetAsync(measurements.Url + "/health/ready")).StatusCode == HttpStatusCode.OK ? "ok" : null);
        var again = await s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-07", value = "1批" });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Every_deployable_serves_prometheus_metrics_on_its_own_port_only()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        foreach (var name in new[] { "projects", "indicators", "measurements", "reporting", "gateway" })
        {
            var metrics = await http.GetStringAsync(stack.MetricsUrl(name));
            Assert.Contains("http_server_request_duration_seconds", metrics);
            if (name != "gateway")
            {
                Assert.Contains("kpi_outbox_backlog", metrics);
                Assert.Contains("kpi_outbox_oldest_age_seconds", metrics);
            }
            var process = stack.Process(name);
            // Not on the API port (401 or 404: nothing there for anyone), and nothing but /metrics on the metrics port.
            Assert.NotEqual(HttpStatusCode.OK, (await http.GetAsync(process.Url + "/metrics")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(stack.MetricsUrl(name).Replace("/metrics", "/health/live"))).StatusCode);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await stack.As("u-admin", "admin").GetAsync("/metrics")).StatusCode);
    }

    static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } found && (found is not System.Collections.ICollection c || c.Count > 0)) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met within 30 s");
            await Task.Delay(200);
        }
    }

    static Task<T> EventuallyAsync<T>(Func<T?> probe) where T : class => EventuallyAsync(() => Task.FromResult(probe()));
}
