using KpiTracker.Indicators.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Indicators.Tests;

/// <summary>
/// The migrations describe exactly the model the code declares (what `dotnet ef migrations
/// has-pending-model-changes` checks): moving a mapping between fluent calls, attributes and shared
/// base rows must leave the schema as it is, and a model change must come with its migration.
/// </summary>
public sealed class MigrationsModelTests
{
    [Fact]
    public void The_migrations_hold_the_model_the_code_declares()
    {
        using var db = new DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the last migration's snapshot: add a migration");
    }
}
