using System.Diagnostics;

namespace KpiTracker.Reporting.Tests;

/// <summary>Samples memory every 20 ms on its own thread while an action runs; baseline taken after a full GC.</summary>
sealed class Measure
{
    public required long BaseWorkingSet, PeakWorkingSet, BaseManaged, PeakManaged, PeakCommitted, BaseCommitted;
    public required int Gen2;
    public required double Seconds;

    public static async Task<(Measure Memory, T Result)> RunAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        long baseWs = process.WorkingSet64, baseManaged = GC.GetTotalMemory(false), baseCommitted = GC.GetGCMemoryInfo().TotalCommittedBytes;
        long peakWs = baseWs, peakManaged = baseManaged, peakCommitted = baseCommitted;
        var gen2 = GC.CollectionCount(2);
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            using var p = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                p.Refresh();
                peakWs = Math.Max(peakWs, p.WorkingSet64);
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                peakCommitted = Math.Max(peakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
                Thread.Sleep(20);
            }
        });
        sampler.IsBackground = true;
        sampler.Name = "memory sampler";
        sampler.Start();
        var sw = Stopwatch.StartNew();
        T result;
        try { result = await action(); }
        finally
        {
            stop.Cancel();
            sampler.Join();
        }
        return (new Measure
        {
            BaseWorkingSet = baseWs, PeakWorkingSet = peakWs, BaseManaged = baseManaged, PeakManaged = peakManaged,
            BaseCommitted = baseCommitted, PeakCommitted = peakCommitted, Gen2 = GC.CollectionCount(2) - gen2, Seconds = sw.Elapsed.TotalSeconds,
        }, result);
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0}";

    public override string ToString() =>
        $"working set {Mb(BaseWorkingSet)} → peak {Mb(PeakWorkingSet)} MiB (+{Mb(PeakWorkingSet - BaseWorkingSet)}), " +
        $"managed heap {Mb(BaseManaged)} → peak {Mb(PeakManaged)} MiB (+{Mb(PeakManaged - BaseManaged)}), " +
        $"GC committed {Mb(BaseCommitted)} → peak {Mb(PeakCommitted)} MiB, gen2 GCs {Gen2}, load average {CatchUp.LoadAverage()}";
}
