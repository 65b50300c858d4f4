using KpiTracker.Reporting.Queries;

namespace KpiTracker.Reporting.Apis;

public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/alerts").WithTags("Alerts").MapGet("/", GetAlerts);
        return app;
    }

    /// <summary>
    /// Kinds: atRisk (red or yellow without a deviation note), missed, blue (target probably set
    /// too low), overdue (a period's value not reported by its due date: the rule set's due day of
    /// the month after the period). Lights are judged at asOf; "overdue" is counted at the end of
    /// the asOf month, or today when asOf is not given; a long-term entry (长期目标) has none.
    /// </summary>
    public static async Task<Results<Ok<AlertList>, ProblemHttpResult>> GetAlerts(
        string? departmentCode, int? fiscalYear, string? asOf, string? kind, int? page, int? pageSize,
        HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var now = s.Now;
        var year = AsOf.YearOf(fiscalYear, asOf, now);
        var v = new Validation().MaxLength("departmentCode", departmentCode, 50).MaxLength("kind", kind, 200);
        var paging = PageRequest.From(page, pageSize, v);
        AsOf.CheckYear(fiscalYear, year, v);
        var month = 0;
        string? error = null;
        if (v.IsValid && !AsOf.TryResolve(asOf, year, now, s.Rules, out month, out error)) v.Add("asOf", error!);
        var kinds = string.IsNullOrWhiteSpace(kind) ? null
            : kind.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(KindCode).ToHashSet();
        if (kinds?.FirstOrDefault(k => AlertsQuery.KindOrder(k) < 0) is { } unknown)
            v.Add("kind", $"{Echo.Quote(unknown)} is not a kind: use missed, atRisk, overdue or blue (several separated by commas).");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var today = string.IsNullOrWhiteSpace(asOf)
            ? DateOnly.FromDateTime(now.UtcDateTime)
            : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var ordered = (await s.Alerts.ListAsync(http.Caller(), departmentCode, year, month, today, ct))
            .Where(a => kinds is null || kinds.Contains(a.Kind)).ToList();
        var counts = ordered.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count());
        var items = ordered.Skip(paging.Skip).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new AlertList(departmentCode, year, AsOf.Label(year, month), today, ordered.Count, counts, items,
            paging.Page, paging.PageSize));
    }

    // A kind is accepted by its code or its label, as every code is (API.md).
    static readonly Dictionary<string, string> KindByLabel = new()
    {
        ["未达成"] = "missed", ["预警未说明"] = "atRisk", ["逾期未填报"] = "overdue", ["目标偏低"] = "blue",
    };

    static string KindCode(string text) => KindByLabel.GetValueOrDefault(text, text);

}
