namespace KpiTracker.ServiceDefaults.Data;

public static class UnitOfWorkExtensions
{
    /// <inheritdoc cref="UnitOfWork"/>
    public static Task<UnitOfWork> BeginUnitAsync(this DbContext db, CancellationToken ct) => UnitOfWork.BeginAsync(db, ct);
}
