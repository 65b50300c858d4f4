using Microsoft.EntityFrameworkCore.Design;

namespace KpiTracker.Reporting.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ReportingDb>
{
    public ReportingDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReportingDb>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
