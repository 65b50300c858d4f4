using KpiTracker.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Caching.Memory;

namespace KpiTracker.Reporting.Queries;

/// <summary>
/// Department dashboards are read far more often than the data under them changes. An answer
/// is kept per (caller's scope, department, year, month) together with the database's change
/// stamp, and served again while the stamp has not moved: one tiny query instead of reading and
/// computing a department. Any write anywhere moves the stamp, so nothing stale is served past
/// the next change (see <see cref="ChangeStamp"/>); entries also expire after a few minutes.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache)
{
    sealed record Entry(long Stamp, Dashboard Dashboard);

    public static string Key(Caller caller, string? departmentCode, int year, int month) =>
        // Non-admins' visibility depends on their departments and on the projects naming them as owner.
        $"dashboard|{(caller.IsAdmin ? "*" : caller.Id + "|" + string.Join(",", caller.Departments.Order()))}|{departmentCode}|{year}|{month}";

    public Dashboard? Get(string key, long stamp)
    {
        var hit = cache.TryGetValue<Entry>(key, out var e) && e!.Stamp == stamp;
        KpiMetrics.DashboardCacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        return hit ? e!.Dashboard : null;
    }

    public void Set(string key, long stamp, Dashboard dashboard) =>
        cache.Set(key, new Entry(stamp, dashboard), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5),
            Size = 1 + dashboard.Projects.Count,
        });
}
