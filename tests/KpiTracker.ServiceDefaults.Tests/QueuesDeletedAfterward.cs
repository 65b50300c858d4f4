namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>
/// Deletes queues a test leaves on the shared broker (durable or error queues outlive the host).
/// Declare it before the host: `await using` disposes in reverse order, so the host has stopped
/// by then; a queue deleted under a running consumer would be declared again on its reconnect.
/// </summary>
public sealed class QueuesDeletedAfterward(params string[] queues) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var queue in queues) await RabbitControl.DeleteQueueAsync(queue);
    }
}
