using KpiTracker.Projects;
using KpiTracker.Projects.Apis;

await ServiceHost.RunAsync<ProjectsDb>(args, "projects", builder => builder.AddApplicationServices(), app => app
    .MapDepartmentsApi()
    .MapProjectsApi()
    .MapDeclarationApi());

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
