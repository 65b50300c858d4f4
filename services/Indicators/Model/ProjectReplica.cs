namespace KpiTracker.Indicators.Model;

/// <summary>
/// What this service knows of a project (<see cref="ProjectReplicaRow"/>), with its declaration's status:
/// enough to scope and authorise indicator changes.
/// </summary>
public sealed class ProjectReplica : ProjectReplicaRow
{
    /// <summary>
    /// The declaration's status. Once approved, targets, points and weights change only through an
    /// approved 目标调整 (<see cref="TargetAdjustment"/>).
    /// </summary>
    public DeclarationStatus Status { get; set; } = DeclarationStatus.Approved;
}
