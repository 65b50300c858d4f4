namespace KpiTracker.Reporting.Tests;

static class ProjectionReads
{
    public static Task<int> MeasurementCountAsync(this Data.ReportingDb db, Guid projectId) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Measurements, m => m.ProjectId == projectId);

    public static async Task<decimal> ProjectSpendingAsync(this Data.ReportingDb db, Guid projectId) =>
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Projects, p => p.Id == projectId)).Spending.Sum(x => x.Amount);
}
