using KpiTracker.Projects.Consumers;

namespace KpiTracker.Projects;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<ProjectsDb>();
        builder.AddKpiMessaging<ProjectsDb>("projects", x =>
        {
            x.AddKpiConsumer<ReplayRequestedConsumer>();
            // Reconciliation: what we hold, and a replay of only the projects that differ.
            x.AddKpiConsumer<LedgerRequestedConsumer>();
            x.AddKpiConsumer<ProjectsReplayRequestedConsumer>();
        });
    }
}
