using Microsoft.EntityFrameworkCore.Design;

namespace KpiTracker.Measurements.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MeasurementsDb>
{
    public MeasurementsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MeasurementsDb>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}
