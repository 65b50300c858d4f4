using KpiTracker.Reporting;
using KpiTracker.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateAsync<ReportingDb>(args)) return;

app.MapDefaultEndpoints();
app.MapAuditApi<ReportingDb>("reporting");
app.MapReportingApis();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
