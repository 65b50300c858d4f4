using KpiTracker.Reporting.Queries;
using KpiTracker.Reporting.RulePacks;

namespace KpiTracker.Reporting.Apis;

/// <summary>What the reporting handlers need, bundled so signatures stay short: the database (for the reviewers' writes) and the queries.</summary>
public sealed class ReportingServices(
    ReportingDb db, RulePackChoice packs, TimeProvider clock, ProjectQueries projects, EvaluationQuery evaluations,
    MonitoringQuery monitoring, DashboardQuery dashboards, AlertsQuery alerts, ILogger<ReportingServices> logger)
{
    public ReportingDb Db { get; } = db;
    public RulePackChoice Packs { get; } = packs;

    /// <summary>The default pack's rules: what a query spanning regions (a department list's default month) goes by.</summary>
    public RuleSet Rules => Packs.Catalog.Default.Rules;
    public TimeProvider Clock { get; } = clock;
    public ProjectQueries Projects { get; } = projects;
    public EvaluationQuery Evaluations { get; } = evaluations;
    public MonitoringQuery Monitoring { get; } = monitoring;
    public DashboardQuery Dashboards { get; } = dashboards;
    public AlertsQuery Alerts { get; } = alerts;
    public ILogger<ReportingServices> Logger { get; } = logger;

    public DateTimeOffset Now => Clock.GetUtcNow();
}
