namespace KpiTracker.Reporting.Views;

/// <summary>
/// A page of alerts, most urgent first, as every list is paged (API.md): <see cref="Total"/> and
/// <see cref="Counts"/> cover all of them (after the kind filter), <see cref="Items"/> one page.
/// </summary>
public sealed record AlertList(string? DepartmentCode, int FiscalYear, string AsOf, DateOnly Today, int Total,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<Alert> Items, int Page, int PageSize);
