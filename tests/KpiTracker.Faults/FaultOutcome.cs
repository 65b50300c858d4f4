using System.Globalization;

namespace KpiTracker.Faults;

/// <summary>What one fault did to 1,500 acknowledged values.</summary>
public sealed record FaultOutcome(
    string Fault, int Acknowledged, int LostInMeasurements, int DuplicatedInMeasurements,
    int LostInReporting, int DuplicatedInReporting, TimeSpan Converged, bool Reconciled, int Retries)
{
    public static string Header =>
        "| fault | acknowledged | lost (Measurements / Reporting) | duplicated (Measurements / Reporting) | converged after the fault ended | healed by | writer retries |\n" +
        "|---|--:|--:|--:|--:|---|--:|";

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Fault} | {Acknowledged} | {LostInMeasurements} / {LostInReporting} | {DuplicatedInMeasurements} / {DuplicatedInReporting} | {Converged.TotalSeconds:0.0} s | {(Reconciled ? "reconciliation" : "events alone")} | {Retries} |");
}
