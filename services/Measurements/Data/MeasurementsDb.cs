namespace KpiTracker.Measurements.Data;

public sealed class MeasurementsDb(DbContextOptions<MeasurementsDb> options) : KpiDbContext(options)
{
    public DbSet<ProjectReplica> Projects => Set<ProjectReplica>();
    public DbSet<IndicatorReplica> Indicators => Set<IndicatorReplica>();
    public DbSet<YearLock> YearLocks => Set<YearLock>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<MeasurementRevision> MeasurementVersions => Set<MeasurementRevision>();
    public DbSet<Spending> Spending => Set<Spending>();
    public DbSet<SpendingCorrection> SpendingCorrections => Set<SpendingCorrection>();
    public DbSet<Forecast> Forecasts => Set<Forecast>();
    public DbSet<MonitoringSubmission> MonitoringSubmissions => Set<MonitoringSubmission>();

    /// <summary>A save that writes a period's data or changes a submission passes <see cref="MonitoringGate"/>, in its transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        if (!MonitoringGate.Applies(ChangeTracker)) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        // The gate's locks last until the transaction ends: a save outside one gets its own, committed with it.
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        await MonitoringGate.EnterAsync(this, ct);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (own is not null) await own.CommitAsync(ct);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.MapProjectReplica<ProjectReplica>();
        modelBuilder.Entity<IndicatorReplica>(e =>
        {
            e.ToTable("indicator_replicas");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Comparator).HasMaxLength(5);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.Direction).HasMaxLength(20);
            e.Property(x => x.Aggregation).HasMaxLength(20);
            e.Property(x => x.Frequency).HasMaxLength(20);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<YearLock>(e =>
        {
            e.HasKey(x => new { x.ProjectId, x.FiscalYear });
            e.Property(x => x.ChangedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<Measurement>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.CurrentVersion).IsConcurrencyToken();
            // One measurement per indicator and period: a second report is a correction, not a new row.
            e.HasIndex(x => new { x.IndicatorId, x.Period }).IsUnique();
            e.HasIndex(x => new { x.ProjectId, x.PeriodSort });
        });
        modelBuilder.Entity<MeasurementRevision>(e =>
        {
            e.ToTable("measurement_versions");
            e.HasKey(x => new { x.MeasurementId, x.Version });
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.Judgement).HasMaxLength(20);
            e.Property(x => x.RawValue).HasMaxLength(200);
            e.Property(x => x.EvidenceUrl).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasOne<Measurement>().WithMany().HasForeignKey(x => x.MeasurementId);
        });
        modelBuilder.Entity<Spending>(e =>
        {
            e.ToTable("spending");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.Amount).HasPrecision(18, 4);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.ProjectId, x.PeriodSort });
            // Rows recorded before corrections existed are version 1.
            e.Property(x => x.CurrentVersion).HasDefaultValue(1).IsConcurrencyToken();
        });
        modelBuilder.Entity<SpendingCorrection>(e =>
        {
            e.ToTable("spending_corrections");
            e.HasKey(x => new { x.SpendingId, x.Version });
            e.Property(x => x.Amount).HasPrecision(18, 4);
            e.Property(x => x.CorrectionReason).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasOne<Spending>().WithMany().HasForeignKey(x => x.SpendingId);
        });
        modelBuilder.Entity<MonitoringSubmission>(e =>
        {
            e.ToTable("monitoring_submissions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Status).HasConversion(v => Vocabulary.Code(v), v => Vocabulary.Parse<MonitoringStatus>(v)).HasMaxLength(20);
            e.Property(x => x.SubmittedBy).HasMaxLength(200);
            e.Property(x => x.SubmittedByName).HasMaxLength(200);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.DecidedByName).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Steps).HasJsonConversion();
            // One 监控表 per project and month: two first submits at once meet here.
            e.HasIndex(x => new { x.ProjectId, x.FiscalYear, x.Month }).IsUnique();
            e.HasIndex(x => x.Status);
        });
        modelBuilder.Entity<Forecast>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.AsOf).HasMaxLength(10);
            e.Property(x => x.ExpectedValue).HasMaxLength(200);
            e.Property(x => x.Likelihood).HasMaxLength(20);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.IndicatorId, x.AsOfSort });
            e.HasIndex(x => x.ProjectId);
        });
    }
}
