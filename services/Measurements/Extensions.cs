using KpiTracker.Measurements.Consumers;

namespace KpiTracker.Measurements;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<MeasurementsDb>();
        builder.AddKpiMessaging<MeasurementsDb>("measurements", x =>
        {
            // Replicas: who may report on which project, and what each indicator measures in which unit.
            x.AddKpiConsumer<ProjectDeclaredConsumer>();
            x.AddKpiConsumer<ProjectRevisedConsumer>();
            x.AddKpiConsumer<ProjectArchivedConsumer>();
            x.AddKpiConsumer<IndicatorDefinedConsumer>();
            x.AddKpiConsumer<IndicatorRevisedConsumer>();
            x.AddKpiConsumer<IndicatorRetiredConsumer>();
            x.AddKpiConsumer<ProjectYearClosedConsumer>();
            x.AddKpiConsumer<ProjectYearReopenedConsumer>();
            x.AddKpiConsumer<ReplayRequestedConsumer>();
            // Reconciliation: what we hold, and a replay of only the projects that differ.
            x.AddKpiConsumer<LedgerRequestedConsumer>();
            x.AddKpiConsumer<ProjectsReplayRequestedConsumer>();
        });
    }
}
