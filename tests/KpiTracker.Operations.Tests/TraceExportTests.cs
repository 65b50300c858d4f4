using System.Net;
using System.Net.Http.Json;
using KpiTracker.Operations.Tests.Otlp;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// The traces story an operator gets: every process exports OTLP to a collector (here a stand-in on
/// loopback), and one recorded value is one trace across processes and the broker.
/// </summary>
[Collection(OpsStackCollection.Name)]
public sealed class TraceExportTests(OpsStack stack)
{
    [Fact]
    public async Task One_value_is_one_exported_trace_gateway_measurements_outbox_rabbitmq_reporting()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var indicatorId = await s.DefineIndicatorAsync(projectId, "维护设备", "2 批", "output", "quantity", "sum");
        var traceId = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var callerSpan = traceId[..16];
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/measurements")
        {
            Content = JsonContent.Create(new { indicatorId, period = "2021-07", value = "1批" }),
        };
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{callerSpan}-01");
        Assert.Equal(HttpStatusCode.Created, (await s.Owner.SendAsync(request)).StatusCode);

        // Each process exports in its own batches, on its own schedule: wait until every span asserted below has
        // arrived, not only the last one to be made.
        var trace = await UntilAsync(() => stack.Collector.Trace(traceId), spans =>
            spans.Any(x => Is(x, "reporting") && x.Kind == SpanKind.Consumer)
            && spans.Any(x => Is(x, "measurements") && x.Kind == SpanKind.Producer)
            && spans.Any(x => Is(x, "measurements") && x.Kind == SpanKind.Server)
            && spans.Any(x => Is(x, "gateway") && x.Kind == SpanKind.Server));

        Assert.Contains(trace, x => Is(x, "gateway") && x.Kind == SpanKind.Server && x.ParentSpanId == callerSpan);
        Assert.Contains(trace, x => Is(x, "measurements") && x.Kind == SpanKind.Server);
        Assert.Contains(trace, x => Is(x, "measurements") && x.Kind == SpanKind.Producer);
        var consumed = trace.First(x => Is(x, "reporting") && x.Kind == SpanKind.Consumer);

        // One trace, not pieces with the same id: from Reporting's consumer span, parents lead back
        // through Measurements (its outbox and its publish to RabbitMQ) and the gateway to the caller.
        var byId = trace.ToDictionary(x => x.SpanId);
        var path = new List<CollectedSpan>();
        for (var at = consumed; ; at = byId[at.ParentSpanId])
        {
            path.Add(at);
            if (at.ParentSpanId == callerSpan) break;
            Assert.True(byId.ContainsKey(at.ParentSpanId),
                $"span {at.Name} ({at.Service}) has a parent {at.ParentSpanId} that no process exported; path so far: {Describe(path)}");
        }
        Assert.Equal(["reporting", "measurements", "gateway"], path.Select(x => Short(x.Service)).Distinct());
        Assert.Contains(path, x => Is(x, "measurements") && x.Kind == SpanKind.Producer);
    }

    static bool Is(CollectedSpan span, string service) => Short(span.Service) == service;

    /// <summary>"KpiTracker.Measurements" → "measurements": the resource name is the application's.</summary>
    static string Short(string service) => service.Split('.').Last().ToLowerInvariant();

    static string Describe(IEnumerable<CollectedSpan> spans) => string.Join(" ← ", spans.Select(x => $"{Short(x.Service)}:{x.Kind}:{x.Name}"));

    static async Task<IReadOnlyList<CollectedSpan>> UntilAsync(Func<IReadOnlyList<CollectedSpan>> read, Func<IReadOnlyList<CollectedSpan>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var spans = read();
        while (!done(spans) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            spans = read();
        }
        Assert.True(done(spans), $"the collector holds for this trace only: {Describe(spans)}");
        return spans;
    }
}
