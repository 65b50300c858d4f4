using KpiTracker.Measurements;
using KpiTracker.Measurements.Apis;

await ServiceHost.RunAsync<MeasurementsDb>(args, "measurements", builder => builder.AddApplicationServices(), app => app
    .MapMeasurementsApi()
    .MapSpendingApi()
    .MapForecastsApi()
    .MapMonitoringSubmissionsApi());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
