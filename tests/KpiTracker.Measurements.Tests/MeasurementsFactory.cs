using KpiTracker.Testing;

namespace KpiTracker.Measurements.Tests;

public sealed class MeasurementsFactory() : ServiceFactory<Program>("measurements")
{
    // Long enough for an event on the in-memory bus, short enough that "unknown" tests stay quick.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new("Replica:WaitMilliseconds", "2000")];
}
