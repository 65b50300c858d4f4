namespace KpiTracker.Targets;

/// <summary>
/// A worked example reviewed with its pack (<c>rule-packs/&lt;id&gt;.cases.json</c>): a project's year as
/// a person would enter it — indicators with their targets as written, values per period, forecasts,
/// reviewer scores, budget and spending — and what the pack must make of it at the monitoring month
/// and at the year end. The pure runner (<see cref="ReferenceCaseRunner"/>) checks them at every start
/// of a service; the API tests enter the same cases through the public API.
/// </summary>
public sealed record ReferenceCase(
    string Name,
    int FiscalYear,
    decimal AnnualBudget,
    IReadOnlyList<CaseSpending> Spending,
    IReadOnlyList<CaseIndicator> Indicators,
    int? MonitoringMonth,
    CaseProjectExpectation? Monitoring,
    CaseProjectExpectation YearEnd);
