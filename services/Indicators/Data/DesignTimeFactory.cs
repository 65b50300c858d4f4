using Microsoft.EntityFrameworkCore.Design;

namespace KpiTracker.Indicators.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IndicatorsDb>
{
    public IndicatorsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IndicatorsDb>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
