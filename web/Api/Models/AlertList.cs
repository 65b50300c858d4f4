namespace KpiTracker.Web.Api.Models;

public sealed record AlertList(string? DepartmentCode, int FiscalYear, string AsOf, DateOnly Today, int Total,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<AlertItem> Items, int Page, int PageSize);
