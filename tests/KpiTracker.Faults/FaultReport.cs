using System.Collections.Concurrent;
using KpiTracker.Testing;

namespace KpiTracker.Faults;

/// <summary>
/// The table of every fault of the run, printed by each test and written at the end to
/// .kpi/test-results/faults.md, which `./kpi test` prints after its summary.
/// </summary>
public static class FaultReport
{
    static readonly ConcurrentQueue<FaultOutcome> Outcomes = new();

    public static void Add(FaultOutcome outcome) => Outcomes.Enqueue(outcome);

    public static string Table => FaultOutcome.Header + "\n" + string.Join("\n", Outcomes.Select(o => o.Row));

    public static void Write()
    {
        if (Outcomes.IsEmpty) return;
        var dir = Path.Combine(TestInfrastructure.RepositoryRoot, ".kpi", "test-results");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "faults.md"),
            $"Fault suite, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}\n\n{Table}\n");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
