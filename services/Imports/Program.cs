using KpiTracker.Imports;
using KpiTracker.Imports.Apis;
using KpiTracker.ServiceDefaults;

await ServiceHost.RunAsync(args, builder => builder.AddApplicationServices(), app => app.MapImportsApi());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
