using KpiTracker.Indicators;
using KpiTracker.Indicators.Apis;

await ServiceHost.RunAsync<IndicatorsDb>(args, "indicators", builder => builder.AddApplicationServices(), app => app
    .MapIndicatorsApi()
    .MapAdjustmentsApi());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
