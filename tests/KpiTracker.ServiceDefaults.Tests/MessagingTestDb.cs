using KpiTracker.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.ServiceDefaults.Tests;

/// <summary>A service database in miniature: the shared outbox/inbox tables plus what consumers applied.</summary>
public sealed class MessagingTestDb(DbContextOptions<MessagingTestDb> options) : KpiDbContext(options)
{
    public DbSet<AppliedEvent> Applied => Set<AppliedEvent>();
}
