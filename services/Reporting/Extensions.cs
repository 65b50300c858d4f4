using KpiTracker.Reporting.Apis;
using KpiTracker.Reporting.Queries;
using KpiTracker.Reporting.Reviews;
using KpiTracker.Reporting.Reconciliation;
using KpiTracker.Reporting.RulePacks;
using KpiTracker.Reporting.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiTracker.Reporting;

public static class Extensions
{
    /// <summary>All of this service's wiring in one place.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKpiDbContext<ReportingDb>();
        builder.Services.AddSingleton<ChangeStamp>();
        builder.Services.ConfigureDbContext<ReportingDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ChangeStamp>()));
        builder.Services.AddMemoryCache(o => o.SizeLimit = 500_000);
        // The query side: what the APIs and the exports read; the dashboard's caches live as long as the process.
        builder.Services.AddScoped<ProjectQueries>();
        builder.Services.AddScoped<EvaluationQuery>();
        builder.Services.AddScoped<MonitoringQuery>();
        builder.Services.AddScoped<DashboardQuery>();
        builder.Services.AddScoped<AlertsQuery>();
        // The reviewers' own writes: indicator reviews, the summary, closing and reopening a year.
        builder.Services.AddScoped<IndicatorReview>();
        builder.Services.AddScoped<SummaryWriting>();
        builder.Services.AddScoped<YearClosing>();
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddSingleton<DashboardTiles>();
        builder.Services.AddHostedService<DashboardWarmUp>();
        builder.Services.AddSingleton<ReportingMetrics>();
        builder.Services.AddOptions<ReconciliationOptions>().BindConfiguration(ReconciliationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Reconciler>();
        builder.Services.AddHostedService<ReconciliationScheduler>();
        // Every consumer this service defines (Consumers/), each with the shared retry definition.
        builder.AddKpiMessaging<ReportingDb>("reporting", x => x.AddKpiConsumersIn(typeof(Extensions).Assembly));
        // The reviewed rule packs, read and checked now: a bad pack stops the start, naming file and field.
        builder.Services.AddSingleton(RulePackLoader.Load(builder.Configuration));
        builder.Services.AddSingleton<RulePackChoice>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ReportingServices>();
    }

    public static WebApplication MapReportingApis(this WebApplication app)
    {
        app.MapDashboardApi();
        app.MapMonitoringApi();
        app.MapEvaluationsApi();
        app.MapExportsApi();
        app.MapAlertsApi();
        app.MapAdminApi();
        app.MapReconciliationApi();
        app.MapRulePacksApi();
        return app;
    }
}
