using KpiTracker.Reporting.Calculation;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Http;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

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
        if (kinds?.FirstOrDefault(k => KindOrder(k) < 0) is { } unknown)
            v.Add("kind", $"{Echo.Quote(unknown)} is not a kind: use missed, atRisk, overdue or blue (several separated by commas).");
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var today = string.IsNullOrWhiteSpace(asOf)
            ? DateOnly.FromDateTime(now.UtcDateTime)
            : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var projects = await s.ProjectsOfAsync(http.Caller(), departmentCode, year, ct);
        var alerts = new List<Alert>();
        foreach (var inputs in await s.InputsAsync(projects, ct))
        {
            var o = s.Compute(inputs, month);
            foreach (var i in o.Indicators.Where(i => !i.NotApplicable))
                alerts.AddRange(AlertsOf(o, i, year, today, o.Rules));
        }
        var ordered = alerts.Where(a => kinds is null || kinds.Contains(a.Kind))
            .OrderBy(a => KindOrder(a.Kind)).ThenByDescending(a => a.DaysOverdue ?? 0)
            .ThenBy(a => a.ProjectName).ThenBy(a => a.IndicatorName).ThenBy(a => a.IndicatorId).ThenBy(a => a.Period).ToList();
        var counts = ordered.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count());
        var items = ordered.Skip(paging.Skip).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new AlertList(departmentCode, year, AsOf.Label(year, month), today, ordered.Count, counts, items,
            paging.Page, paging.PageSize));
    }

    static IEnumerable<Alert> AlertsOf(ProjectOutcome o, IndicatorOutcome i, int year, DateOnly today, RuleSet rules)
    {
        var light = Vocabulary.Code(i.Evaluation.Light);
        var status = Vocabulary.Code(i.Evaluation.Status);
        Alert Make(string kind, string label, string message, string? period = null, DateOnly? due = null) =>
            new(kind, label, o.Project.Id, o.Project.Name, o.Project.DepartmentCode, i.Row.Id, i.Row.Name, light, status, message,
                period, due, due is { } d ? today.DayNumber - d.DayNumber : null);

        if (i.Evaluation.Status == Status.Missed)
            yield return Make("missed", "未达成", $"目标 {i.Row.TargetText} 未达成（实际 {Numbers.Display(i) ?? "无"}）。");
        else if (i.Evaluation.Light is Light.Red or Light.Yellow && !i.Explained)
            yield return Make("atRisk", "预警未说明", $"{Vocabulary.Label(i.Evaluation.Light)}：请填写偏差原因分析及改进措施。");
        if (i.Evaluation.Light == Light.Blue)
            yield return Make("blue", "目标偏低", $"实际 {Numbers.Display(i)} 已超过年度目标 {i.Row.TargetText} 的 {rules.Blue:0.##} 倍，目标可能设置偏低。");

        // Long-term (multi-year) goals are not reported period by period: nothing of theirs is ever overdue.
        if (o.Project.LongTerm) yield break;
        var reported = i.Row.Series.Select(p => p.P).ToHashSet();
        foreach (var period in Schedule.DuePeriods(year, i.Frequency, today, rules))
        {
            if (reported.Contains(period.ToString())) continue;
            var due = period.DueDate(rules.DueDay);
            if (due >= today) continue;
            yield return Make("overdue", "逾期未填报", $"{period} 的实际完成值应于 {due:yyyy-MM-dd} 前填报。", period.ToString(), due);
        }
    }

    // A kind is accepted by its code or its label, as every code is (API.md).
    static readonly Dictionary<string, string> KindByLabel = new()
    {
        ["未达成"] = "missed", ["预警未说明"] = "atRisk", ["逾期未填报"] = "overdue", ["目标偏低"] = "blue",
    };

    static string KindCode(string text) => KindByLabel.GetValueOrDefault(text, text);

    static int KindOrder(string kind) => kind switch { "missed" => 0, "atRisk" => 1, "overdue" => 2, "blue" => 3, _ => -1 };
}
