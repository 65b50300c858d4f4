namespace KpiTracker.Indicators;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<IndicatorsDb>();
        // Every consumer this service defines (Consumers/), each with the shared retry definition.
        builder.AddKpiMessaging<IndicatorsDb>("indicators", x => x.AddKpiConsumersIn(typeof(Extensions).Assembly));
    }
}
