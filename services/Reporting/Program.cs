using KpiTracker.Reporting;

await ServiceHost.RunAsync<ReportingDb>(args, "reporting", builder => builder.AddApplicationServices(), app => app.MapReportingApis());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
