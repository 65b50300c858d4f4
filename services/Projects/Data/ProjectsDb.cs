namespace KpiTracker.Projects.Data;

public sealed class ProjectsDb(DbContextOptions<ProjectsDb> options) : KpiDbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Project> Projects => Set<Project>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Department>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(50);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ParentCode).HasMaxLength(50);
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(50);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TotalBudget).HasPrecision(18, 4);
            e.Property(x => x.AnnualBudget).HasPrecision(18, 4);
            e.Property(x => x.BasicExpenditure).HasPrecision(18, 4);
            e.Property(x => x.ProjectExpenditure).HasPrecision(18, 4);
            e.Property(x => x.Funding).HasJsonConversion();
            e.Property(x => x.Expenses).HasJsonConversion();
            // Stored as the API's code (draft, submitted, approved, returned), readable in SQL.
            e.Property(x => x.Status).HasConversion(v => Vocabulary.Code(v), v => Vocabulary.Parse<DeclarationStatus>(v)).HasMaxLength(20);
            e.Property(x => x.Reviews).HasJsonConversion();
            e.HasIndex(x => x.Status);
            e.HasIndex(x => new { x.DepartmentCode, x.FiscalYear });
            e.HasIndex(x => x.DepartmentPath).HasMethod("gin");
            // A department declares a project name once per year: re-importing a form finds it.
            e.HasIndex(x => new { x.DepartmentCode, x.FiscalYear, x.Name }).IsUnique().HasFilter("NOT archived");
        });
    }
}
