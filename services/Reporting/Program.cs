using KpiTracker.Reporting;
using KpiTracker.Reporting.Data;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Audit;
using KpiTracker.ServiceDefaults.Data;

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
