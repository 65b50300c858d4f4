using KpiTracker.Measurements;
using KpiTracker.Measurements.Apis;
using KpiTracker.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateAsync<MeasurementsDb>(args)) return;

app.MapDefaultEndpoints();
app.MapAuditApi<MeasurementsDb>("measurements");
app.MapMeasurementsApi();
app.MapSpendingApi();
app.MapForecastsApi();
app.MapMonitoringSubmissionsApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
