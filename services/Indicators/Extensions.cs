using KpiTracker.Indicators.Consumers;

namespace KpiTracker.Indicators;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<IndicatorsDb>();
        builder.AddKpiMessaging<IndicatorsDb>("indicators", x =>
        {
            // The project replica: who may see and manage a project, and whether it is archived.
            x.AddKpiConsumer<ProjectDeclaredConsumer>();
            x.AddKpiConsumer<ProjectRevisedConsumer>();
            x.AddKpiConsumer<ProjectArchivedConsumer>();
            x.AddKpiConsumer<ReplayRequestedConsumer>();
            // Reconciliation: what we hold, and a replay of only the projects that differ.
            x.AddKpiConsumer<LedgerRequestedConsumer>();
            x.AddKpiConsumer<ProjectsReplayRequestedConsumer>();
        });
    }
}
