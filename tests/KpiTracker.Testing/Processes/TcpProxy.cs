using System.Net;
using System.Net.Sockets;

namespace KpiTracker.Testing.Processes;

/// <summary>
/// A TCP relay in front of a server (PostgreSQL) that a test can stop and start: stopped, it
/// refuses new connections and cuts the open ones, exactly what a client sees of a stopped
/// server, without stopping the server that other tests and other checkouts share.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    readonly string targetHost;
    readonly int targetPort;
    readonly List<TcpClient> open = [];
    TcpListener? listener;
    CancellationTokenSource? running;

    public int Port { get; }

    public TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Port = TestInfrastructure.FreePort();
        Start();
    }

    public void Start()
    {
        if (listener is not null) return;
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public void Stop()
    {
        running?.Cancel();
        listener?.Stop();
        listener = null;
        lock (open)
        {
            foreach (var c in open) c.Dispose();
            open.Clear();
        }
    }

    async Task AcceptAsync(TcpListener l, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await l.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            _ = RelayAsync(client, ct);
        }
    }

    async Task RelayAsync(TcpClient client, CancellationToken ct)
    {
        var server = new TcpClient();
        lock (open) { open.Add(client); open.Add(server); }
        try
        {
            await server.ConnectAsync(targetHost, targetPort, ct);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var a = client.GetStream().CopyToAsync(server.GetStream(), stop.Token);
            var b = server.GetStream().CopyToAsync(client.GetStream(), stop.Token);
            await Task.WhenAny(a, b);
            await stop.CancelAsync();
        }
        catch (Exception) { }
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (open) { open.Remove(client); open.Remove(server); }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
