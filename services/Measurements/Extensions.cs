namespace KpiTracker.Measurements;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<MeasurementsDb>();
        // Every consumer this service defines (Consumers/), each with the shared retry definition.
        builder.AddKpiMessaging<MeasurementsDb>("measurements", x => x.AddKpiConsumersIn(typeof(Extensions).Assembly));
    }
}
