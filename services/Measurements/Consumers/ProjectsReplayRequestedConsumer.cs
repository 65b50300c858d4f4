namespace KpiTracker.Measurements.Consumers;

/// <summary>Reconciliation repairs these projects: publish their values, spending and forecasts again.</summary>
public sealed class ProjectsReplayRequestedConsumer(MeasurementsDb db)
    : DelegatingConsumer<MeasurementsDb, ProjectsReplayRequested>(db, (d, m, ct) => MeasurementsReplay.PublishAsync(d, m.ProjectIds.ToList(), ct));
