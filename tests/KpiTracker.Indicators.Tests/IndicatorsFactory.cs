using KpiTracker.Testing;

namespace KpiTracker.Indicators.Tests;

public sealed class IndicatorsFactory() : ServiceFactory<Program>("indicators")
{
    // Long enough for an event published a moment before the request, short enough that the
    // "unknown project" test does not sit for the production default.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new("Replica:WaitMilliseconds", "3000")];
}
