using KpiTracker.Projects;
using KpiTracker.Projects.Apis;
using KpiTracker.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.MigrateAsync<ProjectsDb>(args)) return;

app.MapDefaultEndpoints();
app.MapAuditApi<ProjectsDb>("projects");
app.MapDepartmentsApi();
app.MapProjectsApi();
app.MapDeclarationApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
