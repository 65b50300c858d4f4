using KpiTracker.Indicators;
using KpiTracker.Indicators.Apis;
using KpiTracker.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateAsync<IndicatorsDb>(args)) return;

app.MapDefaultEndpoints();
app.MapAuditApi<IndicatorsDb>("indicators");
app.MapIndicatorsApi();
app.MapAdjustmentsApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
