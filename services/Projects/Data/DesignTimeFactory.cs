using Microsoft.EntityFrameworkCore.Design;

namespace KpiTracker.Projects.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ProjectsDb>
{
    public ProjectsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ProjectsDb>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
