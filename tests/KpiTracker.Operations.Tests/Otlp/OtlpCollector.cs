using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace KpiTracker.Operations.Tests.Otlp;

/// <summary>
/// A stand-in OTLP/HTTP collector on loopback: every process of the stack exports to it, it keeps
/// the spans it is sent (POST /v1/traces) and accepts metrics and logs without reading them. It
/// answers as a collector does (200, an empty protobuf response), so exporters never retry.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    readonly HttpListener listener = new();
    readonly ConcurrentQueue<CollectedSpan> spans = new();
    readonly Task serving;

    public string Url { get; }

    public OtlpCollector()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public IReadOnlyList<CollectedSpan> Spans => spans.ToArray();

    public IReadOnlyList<CollectedSpan> Trace(string traceId) => spans.Where(s => s.TraceId == traceId).ToArray();

    async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            context.Response.StatusCode = 200;
            try
            {
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                    foreach (var span in OtlpTraceReader.Read(body.ToArray())) spans.Enqueue(span);
            }
            catch (Google.Protobuf.InvalidProtocolBufferException)
            {
                context.Response.StatusCode = 400; // a test failing on missing spans then says why in the exporter's log
            }
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
