namespace KpiTracker.Measurements.Model;

/// <summary>
/// What Measurements knows about an indicator (<see cref="IndicatorReplicaRow"/>): its kind, unit and
/// frequency, so a reported value can be checked and converted without asking anyone.
/// </summary>
public sealed class IndicatorReplica : IndicatorReplicaRow
{
    public DateTimeOffset UpdatedAt { get; set; }
}
