namespace KpiTracker.Measurements.Model;

/// <summary>What Measurements knows about a project (<see cref="ProjectReplicaRow"/>): who may report on it, and its fiscal year.</summary>
public sealed class ProjectReplica : ProjectReplicaRow;
