using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.ServiceDefaults.Data;

/// <summary>The one table shape of a <see cref="ProjectReplicaRow"/>: project_replicas, keyed by the project's id.</summary>
public static class ProjectReplicaMapping
{
    public static EntityTypeBuilder<T> MapProjectReplica<T>(this ModelBuilder modelBuilder) where T : ProjectReplicaRow
    {
        var e = modelBuilder.Entity<T>();
        e.ToTable("project_replicas");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.DepartmentCode).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(200);
        e.HasIndex(x => x.DepartmentPath).HasMethod("gin");
        return e;
    }
}
