namespace KpiTracker.Indicators.Consumers;

/// <summary>Reconciliation repairs these projects: publish their indicators again.</summary>
public sealed class ProjectsReplayRequestedConsumer(IndicatorsDb db)
    : DelegatingConsumer<IndicatorsDb, ProjectsReplayRequested>(db, (d, m, ct) => IndicatorsReplay.PublishAsync(d, m.ProjectIds.ToList(), ct));
