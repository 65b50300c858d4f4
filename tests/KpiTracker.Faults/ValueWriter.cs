using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Faults;

/// <summary>
/// Records values the way a careful client does: batches through the gateway, each with its own
/// Idempotency-Key, and a batch that fails in any way (no connection, 5xx, 409 "still running",
/// a timeout) is sent again with the same key until it is answered. A value is acknowledged when
/// its item in a 200 answer says 201. Items refused as unknown (Measurements has not yet heard
/// of the indicator) are sent again in a batch of their own, under a key of their own.
/// </summary>
public sealed class ValueWriter(HttpClient owner, string run)
{
    readonly ConcurrentDictionary<(Guid, string), PlannedValue> acknowledged = new();
    readonly ConcurrentQueue<string> refused = new();
    int retries;
    int keys;

    public IReadOnlyDictionary<(Guid IndicatorId, string Period), PlannedValue> Acknowledged => acknowledged;
    public IReadOnlyCollection<string> Refused => refused;
    public int Retries => retries;
    public int Count => acknowledged.Count;

    /// <summary>Writes the values in batches by several writers at once, each pausing between its batches.</summary>
    public async Task WriteAsync(IEnumerable<PlannedValue> values, int batchSize, int writers, TimeSpan pause, TimeSpan giveUpAfter)
    {
        var batches = new ConcurrentQueue<PlannedValue[]>(values.Chunk(batchSize));
        using var deadline = new CancellationTokenSource(giveUpAfter);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            while (batches.TryDequeue(out var batch))
            {
                await SendUntilAnsweredAsync(batch, deadline.Token);
                await Task.Delay(pause, deadline.Token);
            }
        }));
    }

    async Task SendUntilAnsweredAsync(PlannedValue[] batch, CancellationToken ct)
    {
        var key = $"fault-{run}-{Interlocked.Increment(ref keys)}";
        var body = new { items = batch.Select(v => new { indicatorId = v.IndicatorId, period = v.Period, value = v.Value }).ToArray() };
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/measurements/batch") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                using var response = await owner.SendAsync(request, timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await TakeAnswerAsync(batch, await response.Content.ReadFromJsonAsync<JsonElement>(ct), ct);
                    return;
                }
                var text = await response.Content.ReadAsStringAsync(ct);
                if ((int)response.StatusCode < 500 && response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout))
                {
                    refused.Enqueue($"batch {key}: {(int)response.StatusCode} {text}");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
            {
                // The gateway or the service is gone for a moment: same request, same key, again.
            }
            Interlocked.Increment(ref retries);
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1000));
        }
    }

    async Task TakeAnswerAsync(PlannedValue[] batch, JsonElement answer, CancellationToken ct)
    {
        var unknown = new List<PlannedValue>();
        foreach (var result in answer.GetProperty("results").EnumerateArray())
        {
            var value = batch[result.GetProperty("index").GetInt32()];
            var status = result.GetProperty("status").GetInt32();
            if (status == 201)
            {
                if (!acknowledged.TryAdd((value.IndicatorId, value.Period), value))
                    refused.Enqueue($"{value.IndicatorId} {value.Period} acknowledged twice");
            }
            else if (status == 404) unknown.Add(value);
            else refused.Enqueue($"{value.IndicatorId} {value.Period}: {status} {result}");
        }
        if (unknown.Count > 0)
        {
            await Task.Delay(200, ct);
            await SendUntilAnsweredAsync([.. unknown], ct);
        }
    }
}
