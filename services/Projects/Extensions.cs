namespace KpiTracker.Projects;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<ProjectsDb>();
        // Every consumer this service defines (Consumers/), each with the shared retry definition.
        builder.AddKpiMessaging<ProjectsDb>("projects", x => x.AddKpiConsumersIn(typeof(Extensions).Assembly));
    }
}
