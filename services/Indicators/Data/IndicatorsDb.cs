namespace KpiTracker.Indicators.Data;

public sealed class IndicatorsDb(DbContextOptions<IndicatorsDb> options) : KpiDbContext(options)
{
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ProjectReplica> ProjectReplicas => Set<ProjectReplica>();
    public DbSet<TargetAdjustment> TargetAdjustments => Set<TargetAdjustment>();
    public DbSet<IndicatorVersion> IndicatorVersions => Set<IndicatorVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.MapProjectReplica<ProjectReplica>().Property(x => x.Status).HasCode();
        modelBuilder.Entity<TargetAdjustment>(e =>
        {
            e.ToTable("target_adjustments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Target).HasMaxLength(200);
            e.Property(x => x.Points).HasPrecision(9, 4);
            e.Property(x => x.Level1).HasCode();
            e.Property(x => x.Level2).HasCode();
            e.Property(x => x.Aggregation).HasCode();
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.DecisionReason).HasMaxLength(2000);
            e.Property(x => x.RequestedBy).HasMaxLength(200);
            e.Property(x => x.RequestedByName).HasMaxLength(200);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.DecidedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.IndicatorId, x.RequestedAt });
            // One open request per indicator: two at once would each be approved against the other's base.
            e.HasIndex(x => x.IndicatorId).IsUnique().HasFilter("status = 'Pending'");
        });
        modelBuilder.Entity<IndicatorVersion>(e =>
        {
            e.ToTable("indicator_versions");
            e.HasKey(x => new { x.IndicatorId, x.Version });
            e.Property(x => x.Change).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.ByName).HasMaxLength(200);
            e.Property(x => x.Indicator).HasColumnType("jsonb");
        });
        modelBuilder.Entity<Indicator>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Sequence).UseIdentityAlwaysColumn();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
            // Enums are stored as their API codes ("output", ">=", "lowerIsBetter"): the same
            // strings as the events, readable in SQL without the enum's source.
            e.Property(x => x.Level1).HasCode();
            e.Property(x => x.Level2).HasCode();
            e.Property(x => x.TargetKind).HasCode();
            e.Property(x => x.TargetComparator).HasCode();
            e.Property(x => x.TargetDirection).HasCode();
            e.Property(x => x.Standard).HasCode();
            e.Property(x => x.Aggregation).HasCode();
            e.Property(x => x.Frequency).HasCode();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.TargetText).HasMaxLength(200);
            e.Property(x => x.TargetUnit).HasMaxLength(20);
            e.Property(x => x.TargetLabel).HasMaxLength(200);
            e.Property(x => x.Points).HasPrecision(9, 4);
            e.Property(x => x.Baselines).HasJsonConversion();
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.Property(x => x.UpdatedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.ProjectId, x.Sequence });
        });
    }
}
