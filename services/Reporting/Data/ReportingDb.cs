namespace KpiTracker.Reporting.Data;

public sealed class ReportingDb(DbContextOptions<ReportingDb> options) : KpiDbContext(options)
{
    // The read model, rebuilt from events.
    public DbSet<DepartmentRow> Departments => Set<DepartmentRow>();
    public DbSet<ProjectRow> Projects => Set<ProjectRow>();
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();
    public DbSet<MeasurementRow> Measurements => Set<MeasurementRow>();
    public DbSet<SpendingRow> Spending => Set<SpendingRow>();
    public DbSet<ForecastRow> Forecasts => Set<ForecastRow>();
    public DbSet<MonitoringSubmissionRow> MonitoringSubmissions => Set<MonitoringSubmissionRow>();

    // Reporting's own data.
    public DbSet<ProjectYear> ProjectYears => Set<ProjectYear>();
    public DbSet<EvaluationInput> EvaluationInputs => Set<EvaluationInput>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<RulePackAssignment> RulePackAssignments => Set<RulePackAssignment>();

    // Derived: which projects changed when (see ChangeStamp).
    public DbSet<ProjectStamp> ProjectStamps => Set<ProjectStamp>();

    // Items that could not be projected, and the reconciliations that compare us with the owners.
    public DbSet<DeadLetterRow> DeadLetters => Set<DeadLetterRow>();
    public DbSet<ReconciliationRun> Reconciliations => Set<ReconciliationRun>();
    public DbSet<LedgerLineRow> LedgerLines => Set<LedgerLineRow>();
    public DbSet<LedgerPartRow> LedgerParts => Set<LedgerPartRow>();

    /// <summary>
    /// Projects whose data this context changed since its last commit: kept by <see cref="ChangeStamp"/> alone
    /// (from the change tracker, and from what raw-SQL writers return through <see cref="ChangeStamp.Include"/>).
    /// </summary>
    internal HashSet<Guid> TouchedProjects { get; } = [];

    /// <summary>Consumers stand aside while a rebuild clears the read model (see <see cref="ReadModelGate"/>).</summary>
    protected override Task EnterConsumerUnitAsync(CancellationToken ct) => ReadModelGate.EnterSharedAsync(this, ct);

    /// <summary>The tables a rebuild empties (everything replicated, nothing reviewers entered).</summary>
    public static readonly string[] ReadModelTables =
        ["departments", "projects", "indicators", "measurements", "spending", "forecasts", "monitoring_submissions", "dead_letters", "inbox_messages"];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(ChangeStamp.Sequence);
        modelBuilder.Entity<DepartmentRow>(e =>
        {
            e.ToTable("departments");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(50);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ParentCode).HasMaxLength(50);
        });
        modelBuilder.Entity<ProjectRow>(e =>
        {
            e.ToTable("projects");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            // Two consumers racing on one project: the loser's update matches no row and is retried.
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(50);
            e.Property(x => x.Type).HasMaxLength(20);
            e.Property(x => x.DeclarationStatus).HasMaxLength(20);
            e.Property(x => x.TotalBudget).HasPrecision(18, 4);
            e.Property(x => x.AnnualBudget).HasPrecision(18, 4);
            e.Property(x => x.Funding).HasJsonConversion();
            e.Property(x => x.Spending).HasJsonConversion();
            e.HasIndex(x => new { x.FiscalYear, x.DepartmentCode });
            e.HasIndex(x => x.DepartmentPath).HasMethod("gin");
        });
        modelBuilder.Entity<IndicatorRow>(e =>
        {
            e.ToTable("indicators");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Level1).HasMaxLength(30);
            e.Property(x => x.Level2).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Comparator).HasMaxLength(5);
            e.Property(x => x.Unit).HasMaxLength(30);
            e.Property(x => x.Direction).HasMaxLength(20);
            e.Property(x => x.Standard).HasMaxLength(20);
            e.Property(x => x.Aggregation).HasMaxLength(10);
            e.Property(x => x.Frequency).HasMaxLength(20);
            e.Property(x => x.Points).HasPrecision(9, 4);
            e.Property(x => x.ChangedBy).HasMaxLength(200);
            e.Property(x => x.ChangedByName).HasMaxLength(200);
            e.Property(x => x.Series).HasJsonConversion();
            e.Property(x => x.Forecasts).HasJsonConversion();
            // The dashboard reads a department's indicators through their projects: one index scan.
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<MeasurementRow>(e =>
        {
            e.ToTable("measurements");
            e.HasKey(x => x.MeasurementId);
            e.Property(x => x.MeasurementId).ValueGeneratedNever();
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.Unit).HasMaxLength(30);
            e.Property(x => x.Judgement).HasMaxLength(30);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasIndex(x => x.IndicatorId);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<SpendingRow>(e =>
        {
            e.ToTable("spending");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.Amount).HasPrecision(18, 4);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<MonitoringSubmissionRow>(e =>
        {
            e.ToTable("monitoring_submissions");
            e.HasKey(x => new { x.ProjectId, x.FiscalYear, x.Month });
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.ChangedBy).HasMaxLength(200);
            e.Property(x => x.ChangedByName).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(2000);
            // Two steps of one month applied at once: the loser retries and compares versions again.
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ForecastRow>(e =>
        {
            e.ToTable("forecasts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.AsOf).HasMaxLength(10);
            e.Property(x => x.Likelihood).HasMaxLength(20);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.HasIndex(x => x.IndicatorId);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<ProjectYear>(e =>
        {
            e.ToTable("project_years");
            e.HasKey(x => x.ProjectId);
            e.Property(x => x.ProjectId).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.ClosedBy).HasMaxLength(200);
            e.Property(x => x.ClosedPack).HasColumnType("jsonb");
        });
        modelBuilder.Entity<RulePackAssignment>(e =>
        {
            e.ToTable("rule_pack_assignments");
            e.HasKey(x => new { x.RootCode, x.FiscalYear });
            e.Property(x => x.RootCode).HasMaxLength(50);
            e.Property(x => x.PackId).HasMaxLength(63);
            e.Property(x => x.AssignedBy).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<EvaluationInput>(e =>
        {
            e.ToTable("evaluation_inputs");
            e.HasKey(x => x.IndicatorId);
            e.Property(x => x.IndicatorId).ValueGeneratedNever();
            e.Property(x => x.Score).HasPrecision(9, 2);
            e.Property(x => x.Judgement).HasMaxLength(30);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<ProjectStamp>(e =>
        {
            e.ToTable("project_stamps");
            e.HasKey(x => x.ProjectId);
            e.Property(x => x.ProjectId).ValueGeneratedNever();
        });
        modelBuilder.Entity<DeadLetterRow>(e =>
        {
            e.ToTable("dead_letters");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.MessageType).HasMaxLength(300);
            e.Property(x => x.Item).HasColumnType("jsonb");
            // A replay brings the same item again: one row per item version, its failures counted.
            e.HasIndex(x => new { x.Kind, x.ItemId, x.ItemVersion }).IsUnique();
            e.HasIndex(x => x.ProjectId);
        });
        modelBuilder.Entity<ReconciliationRun>(e =>
        {
            e.ToTable("reconciliations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.RequestedBy).HasMaxLength(200);
            e.Property(x => x.State).HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.Differences).HasJsonConversion();
            e.Property(x => x.Repairs).HasJsonConversion();
            e.HasIndex(x => x.RequestedAt);
            e.HasIndex(x => new { x.State, x.DueAt });
        });
        modelBuilder.Entity<LedgerLineRow>(e =>
        {
            e.ToTable("ledger_lines");
            e.HasKey(x => new { x.ReconciliationId, x.Round, x.Owner, x.ProjectId, x.Kind });
            e.Property(x => x.Owner).HasMaxLength(20);
            e.Property(x => x.Kind).HasMaxLength(20);
        });
        modelBuilder.Entity<LedgerPartRow>(e =>
        {
            e.ToTable("ledger_parts");
            e.HasKey(x => new { x.ReconciliationId, x.Round, x.Owner, x.Part });
            e.Property(x => x.Owner).HasMaxLength(20);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("evaluation_audit");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Action).HasMaxLength(30);
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.ByName).HasMaxLength(200);
            e.HasIndex(x => new { x.ProjectId, x.At });
        });
    }
}
