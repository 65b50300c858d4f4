using System.Diagnostics;
using KpiTracker.Reporting.RulePacks;

namespace KpiTracker.Reporting.Queries;

/// <summary>
/// Computes every project's dashboard line once, in the background, after the service starts:
/// otherwise the first manager to open a large department after a deploy waits for all of its
/// projects (≈ 1 s at 1,000 projects) while everyone after them gets cached lines. The most recent
/// fiscal years, at the cut-off month a dashboard uses by default. Turned off with
/// Reporting:WarmUpDashboards=false. A failure is logged and forgotten: it only costs that wait.
/// </summary>
public sealed class DashboardWarmUp(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DashboardWarmUp> logger) : BackgroundService
{
    const int RecentYears = 3;
    const int Slice = 200;
    static readonly Caller WarmUpCaller = new("kpitracker-reporting-warm-up", "dashboard warm-up", new HashSet<string> { KpiClaims.Admin }, []);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reporting:WarmUpDashboards", true)) return;
        try
        {
            // Let the host finish starting (migrations, the bus) before taking CPU for this.
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            var dashboards = scope.ServiceProvider.GetRequiredService<DashboardQuery>();
            var rules = scope.ServiceProvider.GetRequiredService<RulePackChoice>().Catalog.Default.Rules;
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var years = await db.Projects.Where(p => !p.Archived).Select(p => p.FiscalYear).Distinct()
                .OrderByDescending(y => y).Take(RecentYears).ToListAsync(stoppingToken);
            var started = Stopwatch.GetTimestamp();
            var computed = await dashboards.WarmAsync(WarmUpCaller, years.Select(year =>
            {
                AsOf.TryResolve(null, year, now, rules, out var month, out _);
                return (year, month);
            }).ToList(), Slice, stoppingToken);
            logger.LogInformation("Dashboard lines of {Projects} projects ({Years}) computed in {Ms:0} ms",
                computed, string.Join(", ", years), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            logger.LogWarning(e, "Dashboard warm-up failed; the first dashboard reads will compute their projects instead");
        }
    }
}
