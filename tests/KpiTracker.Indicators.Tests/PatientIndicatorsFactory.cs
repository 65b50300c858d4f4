namespace KpiTracker.Indicators.Tests;

/// <summary>A replica wait far longer than any test: an answer that comes back at all did not sit in it.</summary>
public sealed class PatientIndicatorsFactory() : KpiTracker.Testing.ServiceFactory<Program>("indicators")
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new("Replica:WaitMilliseconds", "600000")];
}
