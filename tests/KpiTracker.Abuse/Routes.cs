using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiTracker.ServiceDefaults.Auth;

namespace KpiTracker.Abuse;

/// <summary>
/// The single table of every public route. The matrix fails when a service's OpenAPI document has
/// an operation this table does not know (a new route needs its expectation here), or the other way round.
/// </summary>
public static class Routes
{
    static Task<Prepared> At(string url, JsonNode? body = null) => Task.FromResult(new Prepared(url, body));

    public static IReadOnlyList<Route> All { get; } =
    [
        // Projects
        new("POST", "/api/departments", Access.AdminOnly, 201, (w, _, _) => At("/api/departments",
            new JsonObject { ["code"] = $"D{w.Next():D5}", ["name"] = "新单位", ["parentCode"] = World.Parent })),
        new("GET", "/api/departments", Access.Anyone, 200, (_, _, _) => At("/api/departments")),
        new("GET", "/api/departments/{code}", Access.SeeDepartment, 200, (_, _, _) => At($"/api/departments/{World.Department}")),
        new("POST", "/api/projects", Access.ManageDepartment, 201, (w, _, _) => At("/api/projects", w.ProjectForm($"新项目{w.Next():D5}"))),
        new("GET", "/api/projects", Access.Anyone, 200, (_, _, _) => At($"/api/projects?departmentCode={World.Department}&q=项目")),
        new("GET", "/api/projects/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/projects/{t.Project}")),
        new("PUT", "/api/projects/{id}", Access.ManageProject, 200, async (w, t, _) =>
        {
            var url = $"/api/projects/{t.Project}";
            var current = JsonNode.Parse(await (await w.SendAsync(HttpMethod.Get, url, null)).Content.ReadAsStringAsync())!.AsObject();
            var form = w.ProjectForm(current["name"]!.GetValue<string>());
            return new Prepared(url, form, await w.ETagAsync(url));
        }, Serial: true),
        new("DELETE", "/api/projects/{id}", Access.ManageProject, 204, async (w, t, fresh) => new Prepared($"/api/projects/{(fresh ? await w.NewProjectAsync() : t.Spare)}")),
        // The approval chain (issue 12): a refusal comes before any check of the status, so refused cells use the spare draft.
        new("POST", "/api/projects/{id}/submit", Access.ReportProject, 200, async (w, t, fresh) => new Prepared($"/api/projects/{(fresh ? await w.NewProjectAsync() : t.Spare)}/submit")),
        new("POST", "/api/projects/{id}/approve", Access.ApproveProject, 200, async (w, t, fresh) => new Prepared($"/api/projects/{(fresh ? await w.NewSubmittedProjectAsync() : t.Spare)}/approve")),
        new("POST", "/api/projects/{id}/return", Access.ApproveProject, 200, async (w, t, fresh) =>
            new Prepared($"/api/projects/{(fresh ? await w.NewSubmittedProjectAsync() : t.Spare)}/return", new JsonObject { ["reason"] = "测算依据不足" })),

        // Indicators
        new("POST", "/api/indicators", Access.ManageProject, 201, (_, t, _) => At("/api/indicators", World.IndicatorForm(t.Project))),
        new("POST", "/api/indicators/parse-target", Access.Anyone, 200, (_, _, _) => At("/api/indicators/parse-target", new JsonObject { ["text"] = "不少于16人" })),
        new("GET", "/api/indicators", Access.Anyone, 200, (_, t, _) => At($"/api/indicators?projectId={t.Project}")),
        new("GET", "/api/indicators/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/indicators/{t.Indicator}")),
        new("PUT", "/api/indicators/{id}", Access.ManageProject, 200, async (w, t, _) =>
            new Prepared($"/api/indicators/{t.Indicator}", World.IndicatorForm(t.Project), await w.ETagAsync($"/api/indicators/{t.Indicator}")), Serial: true),
        new("DELETE", "/api/indicators/{id}", Access.ManageProject, 204, async (w, t, fresh) => new Prepared($"/api/indicators/{(fresh ? await w.NewIndicatorAsync(t.Project) : t.SpareIndicator)}")),
        // 目标调整 (issue 12): a refusal comes before the declaration's status and the adjustment's existence are looked at.
        new("POST", "/api/indicators/{id}/adjustments", Access.ReportProject, 201, async (w, t, fresh) =>
            new Prepared($"/api/indicators/{(fresh ? await w.NewAdjustableIndicatorAsync() : t.SpareIndicator)}/adjustments",
                new JsonObject { ["target"] = "≥95%", ["points"] = 25, ["reason"] = "提高服务标准" })),
        new("GET", "/api/indicators/{id}/adjustments", Access.SeeProject, 200, (w, _, _) => At($"/api/indicators/{w.Adjusted.Indicator}/adjustments")),
        new("GET", "/api/indicators/{id}/adjustments/{adjustmentId}", Access.SeeProject, 200, (w, _, _) =>
            At($"/api/indicators/{w.Adjusted.Indicator}/adjustments/{w.Adjusted.Adjustment}")),
        new("POST", "/api/indicators/{id}/adjustments/{adjustmentId}/approve", Access.ApproveProject, 200, async (w, t, fresh) =>
        {
            var (indicator, adjustment) = fresh ? await w.NewPendingAdjustmentAsync() : (t.SpareIndicator, Guid.NewGuid());
            return new Prepared($"/api/indicators/{indicator}/adjustments/{adjustment}/approve");
        }),
        new("POST", "/api/indicators/{id}/adjustments/{adjustmentId}/return", Access.ApproveProject, 200, async (w, t, fresh) =>
        {
            var (indicator, adjustment) = fresh ? await w.NewPendingAdjustmentAsync() : (t.SpareIndicator, Guid.NewGuid());
            return new Prepared($"/api/indicators/{indicator}/adjustments/{adjustment}/return", new JsonObject { ["reason"] = "请说明依据" });
        }),
        new("GET", "/api/indicators/{id}/history", Access.SeeProject, 200, (_, t, _) => At($"/api/indicators/{t.Indicator}/history")),

        // Measurements, spending, forecasts
        new("POST", "/api/measurements", Access.ReportProject, 201, async (w, t, fresh) => new Prepared("/api/measurements",
            new JsonObject { ["indicatorId"] = fresh ? await w.NewIndicatorAsync(t.Project) : t.SpareIndicator, ["period"] = "2021-07", ["value"] = 91, ["note"] = "七月", ["evidenceUrl"] = "https://example.org/7" })),
        new("POST", "/api/measurements/batch", Access.ReportProject, 201, async (w, t, fresh) => new Prepared("/api/measurements/batch",
            new JsonObject { ["items"] = new JsonArray(new JsonObject { ["indicatorId"] = fresh ? await w.NewIndicatorAsync(t.Project) : t.SpareIndicator, ["period"] = "2021-08", ["value"] = "92%", ["note"] = "八月" }) }),
            ReadsBatchItem: true),
        new("GET", "/api/measurements", Access.Anyone, 200, (_, t, _) => At($"/api/measurements?projectId={t.Project}")),
        new("GET", "/api/measurements/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/measurements/{t.Measurement}")),
        new("POST", "/api/measurements/{id}/corrections", Access.ReportProject, 201, (_, t, _) => At($"/api/measurements/{t.Measurement}/corrections",
            new JsonObject { ["value"] = 93, ["reason"] = "录入有误", ["note"] = "更正", ["evidenceUrl"] = "https://example.org/c" }), Serial: true),
        new("GET", "/api/measurements/{id}/history", Access.SeeProject, 200, (_, t, _) => At($"/api/measurements/{t.Measurement}/history")),
        new("POST", "/api/spending", Access.ReportProject, 201, async (w, t, fresh) => new Prepared("/api/spending",
            new JsonObject { ["projectId"] = fresh ? await w.NewProjectAsync() : t.Spare, ["period"] = "2021-07", ["amount"] = 45.5m, ["note"] = "线路租赁" })),
        new("GET", "/api/spending", Access.Anyone, 200, (_, t, _) => At($"/api/spending?projectId={t.Project}")),
        new("GET", "/api/spending/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/spending/{t.Spending}")),
        new("POST", "/api/spending/{id}/corrections", Access.ReportProject, 201, (_, t, _) => At($"/api/spending/{t.Spending}/corrections",
            new JsonObject { ["amount"] = 11.5m, ["reason"] = "发票金额", ["note"] = "更正" }), Serial: true),
        new("GET", "/api/spending/{id}/history", Access.SeeProject, 200, (_, t, _) => At($"/api/spending/{t.Spending}/history")),
        new("POST", "/api/forecasts", Access.ReportProject, 201, (_, t, _) => At("/api/forecasts", new JsonObject
        {
            ["indicatorId"] = t.Indicator, ["asOf"] = "2021-07", ["expectedValue"] = "≥95%", ["likelihood"] = "possible",
            ["deviationReasons"] = new JsonArray("funding", "hardware"), ["note"] = "设备老化",
        })),
        new("GET", "/api/forecasts", Access.Anyone, 200, (_, t, _) => At($"/api/forecasts?projectId={t.Project}")),
        new("GET", "/api/forecasts/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/forecasts/{t.Forecast}")),
        // 监控表 submissions (issue 12): each success on a fresh project's July (an accept locks it); a refusal comes before the status is
        // looked at, so refused cells use the spare project, never submitted.
        new("GET", "/api/monitoring-submissions", Access.Anyone, 200, (_, t, _) => At($"/api/monitoring-submissions?projectId={t.Project}&fiscalYear={World.Year}")),
        new("GET", "/api/monitoring-submissions/projects/{projectId}/{year}/{month}", Access.SeeProject, 200, (_, t, _) =>
            At($"/api/monitoring-submissions/projects/{t.Project}/{World.Year}/7")),
        new("POST", "/api/monitoring-submissions/projects/{projectId}/{year}/{month}/submit", Access.ReportProject, 200, async (w, t, fresh) =>
            new Prepared($"/api/monitoring-submissions/projects/{(fresh ? await w.NewMonitoringMonthAsync() : t.Spare)}/{World.Year}/7/submit")),
        new("POST", "/api/monitoring-submissions/projects/{projectId}/{year}/{month}/accept", Access.ManageProject, 200, async (w, t, fresh) =>
            new Prepared($"/api/monitoring-submissions/projects/{(fresh ? await w.NewMonitoringMonthAsync("submit") : t.Spare)}/{World.Year}/7/accept")),
        new("POST", "/api/monitoring-submissions/projects/{projectId}/{year}/{month}/return", Access.ManageProject, 200, async (w, t, fresh) =>
            new Prepared($"/api/monitoring-submissions/projects/{(fresh ? await w.NewMonitoringMonthAsync("submit") : t.Spare)}/{World.Year}/7/return",
                new JsonObject { ["reason"] = "偏差原因未填写" })),
        new("POST", "/api/monitoring-submissions/projects/{projectId}/{year}/{month}/reopen", Access.ManageProject, 200, async (w, t, fresh) =>
            new Prepared($"/api/monitoring-submissions/projects/{(fresh ? await w.NewMonitoringMonthAsync("submit", "accept") : t.Spare)}/{World.Year}/7/reopen",
                new JsonObject { ["reason"] = "审计发现数据有误" })),

        // Reporting
        new("GET", "/api/dashboard", Access.Anyone, 200, (_, _, _) => At($"/api/dashboard?departmentCode={World.Department}&fiscalYear={World.Year}")),
        new("GET", "/api/dashboard/projects/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/dashboard/projects/{t.Project}?asOf=2021-07")),
        new("GET", "/api/monitoring/projects/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/monitoring/projects/{t.Project}?asOf=2021-07")),
        new("GET", "/api/evaluations/projects/{id}", Access.SeeProject, 200, (_, t, _) => At($"/api/evaluations/projects/{t.Project}")),
        new("PUT", "/api/evaluations/projects/{id}/indicators/{indicatorId}", Access.ReportProject, 200, async (w, t, _) =>
            new Prepared($"/api/evaluations/projects/{t.Project}/indicators/{t.Indicator}", new JsonObject { ["deviationNote"] = "线路故障，已更换设备" },
                await w.ETagAsync($"/api/evaluations/projects/{t.Project}")), Serial: true),
        new("PUT", "/api/evaluations/projects/{id}/summary", Access.ReportProject, 200, async (w, t, _) =>
            new Prepared($"/api/evaluations/projects/{t.Project}/summary", new JsonObject { ["achieved"] = "基本完成年度目标" },
                await w.ETagAsync($"/api/evaluations/projects/{t.Project}")), Serial: true),
        new("POST", "/api/evaluations/projects/{id}/close", Access.ManageProject, 200, async (w, _, _) =>
        {
            await w.EnsureClosedAsync(false);
            return new Prepared($"/api/evaluations/projects/{w.Closable}/close");
        }, Serial: true),
        new("POST", "/api/evaluations/projects/{id}/reopen", Access.ManageProject, 200, async (w, _, _) =>
        {
            await w.EnsureClosedAsync(true);
            return new Prepared($"/api/evaluations/projects/{w.Closable}/reopen", new JsonObject { ["reason"] = "审计发现记录有误" });
        }, Serial: true),
        new("GET", "/api/evaluations/projects/{id}/audit", Access.SeeProject, 200, (_, t, _) => At($"/api/evaluations/projects/{t.Project}/audit")),
        // A department's evaluations and export: its callers, and listed owners, who see its projects.
        new("GET", "/api/evaluations/departments/{code}", Access.SeeProject, 200, (_, _, _) => At($"/api/evaluations/departments/{World.Department}?fiscalYear={World.Year}")),
        new("GET", "/api/evaluations/projects/{id}/export", Access.SeeProject, 200, (_, t, _) => At($"/api/evaluations/projects/{t.Project}/export?format=csv")),
        new("GET", "/api/evaluations/departments/{code}/export", Access.SeeProject, 200, (_, _, _) => At($"/api/evaluations/departments/{World.Department}/export?fiscalYear={World.Year}&format=xlsx")),
        new("GET", "/api/alerts", Access.Anyone, 200, (_, _, _) => At($"/api/alerts?departmentCode={World.Department}&fiscalYear={World.Year}&asOf=2021-07")),
        // Reconciliation and dead letters (issue 9's durability half): admins only, reads included.
        new("POST", "/api/admin/reconcile", Access.AdminOnly, 202, (_, t, _) => At($"/api/admin/reconcile?fiscalYear={World.Year}&projectId={t.Project}")),
        new("GET", "/api/admin/reconcile/{id}", Access.AdminOnly, 200, async (w, t, _) =>
        {
            using var started = await w.SendAsync(HttpMethod.Post, $"/api/admin/reconcile?fiscalYear={World.Year}&projectId={t.Project}", null);
            var run = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
            Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"POST /api/admin/reconcile: {(int)started.StatusCode} {run}");
            return new Prepared($"/api/admin/reconcile/{run.GetProperty("id").GetGuid()}");
        }),
        new("GET", "/api/admin/dead-letters", Access.AdminOnly, 200, (_, t, _) => At($"/api/admin/dead-letters?projectId={t.Project}")),
        // Rule packs (issue 10): the packs and the regions' assignments are readable by every role; assigning is an admin's.
        // The matrix assigns the default pack to its own region (the one its projects are in: Reporting knows it), which changes no number.
        new("GET", "/api/rule-packs", Access.Anyone, 200, (_, _, _) => At("/api/rule-packs")),
        new("GET", "/api/rule-packs/{id}", Access.Anyone, 200, (_, _, _) => At("/api/rule-packs/central-2020")),
        new("GET", "/api/rule-packs/assignments", Access.Anyone, 200, (_, _, _) => At($"/api/rule-packs/assignments?fiscalYear={World.Year}")),
        new("GET", "/api/rule-packs/assignments/{rootCode}/{fiscalYear}", Access.Anyone, 200, (_, _, _) =>
            At($"/api/rule-packs/assignments/{World.Parent}/{World.Year}")),
        new("PUT", "/api/rule-packs/assignments/{rootCode}/{fiscalYear}", Access.AdminOnly, 200, async (w, _, _) =>
            new Prepared($"/api/rule-packs/assignments/{World.Parent}/{World.Year}", new JsonObject { ["packId"] = "default" },
                await w.ETagAsync($"/api/rule-packs/assignments/{World.Parent}/{World.Year}")), Serial: true),
        // Identity's users: admins only, reads included. A cell expected to succeed gets a fresh user.
        new("GET", "/api/users", Access.AdminOnly, 200, (_, _, _) => At("/api/users?q=bola")),
        new("GET", "/api/users/{id}", Access.AdminOnly, 200, async (w, _, _) => new Prepared($"/api/users/{await w.NewUserAsync()}")),
        new("POST", "/api/users", Access.AdminOnly, 201, (w, _, _) => At("/api/users", World.UserForm($"bola{w.Next():D5}"))),
        new("PUT", "/api/users/{id}", Access.AdminOnly, 200, async (w, _, _) =>
        {
            var id = await w.NewUserAsync();
            return new Prepared($"/api/users/{id}", new JsonObject { ["displayName"] = "矩阵用户", ["roles"] = new JsonArray("owner"), ["departments"] = new JsonArray(World.Department) },
                await w.ETagAsync($"/api/users/{id}"));
        }),
        new("POST", "/api/users/{id}/disable", Access.AdminOnly, 200, async (w, _, _) => new Prepared($"/api/users/{await w.NewUserAsync()}/disable")),
        new("POST", "/api/users/{id}/enable", Access.AdminOnly, 200, async (w, _, _) => new Prepared($"/api/users/{await w.NewUserAsync()}/enable")),
        new("POST", "/api/users/{id}/unlock", Access.AdminOnly, 200, async (w, _, _) => new Prepared($"/api/users/{await w.NewUserAsync()}/unlock")),
        new("POST", "/api/users/{id}/password", Access.AdminOnly, 200, async (w, _, _) =>
            new Prepared($"/api/users/{await w.NewUserAsync()}/password", new JsonObject { ["newPassword"] = "matrix-pass-2021" })),
        // Imports: the dry run of the template (fetched as the admin) into the department; the template to any known caller.
        new("POST", "/api/imports", Access.UploadForm, 200, async (w, _, _) =>
        {
            var template = await w.TemplateAsync();
            return new Prepared("/api/imports", Upload: () => new MultipartFormDataContent
            {
                { new ByteArrayContent(template), "file", "kpi-template.xlsx" },
                { new StringContent(World.Department), "departmentCode" },
                { new StringContent("true"), "dryRun" },
            });
        }),
        new("GET", "/api/imports/template", Access.Anyone, 200, (_, _, _) => At("/api/imports/template")),
        // The audit trails, one per service (issue 12): auditors and admins only.
        .. new[] { "projects", "indicators", "measurements", "reporting", "identity" }.SelectMany(service => new Route[]
        {
            new("GET", $"/api/audit/{service}", Access.AuditOnly, 200, (_, t, _) => At($"/api/audit/{service}?objectId={t.Project}")),
            new("GET", $"/api/audit/{service}/verify", Access.AuditOnly, 200, (_, _, _) => At($"/api/audit/{service}/verify")),
        }),
        // Last of the services' routes: it clears the read model (the matrix waits for the replay at its end).
        new("POST", "/api/admin/rebuild", Access.AdminOnly, 202, (_, _, _) => At("/api/admin/rebuild"), Serial: true),

        // The gateway's own
        new("GET", "/api/audit", Access.AuditOnly, 200, (_, t, _) => At($"/api/audit?objectId={t.Project}")),
        new("POST", "/api/token", Access.Anonymous, 200, (_, _, _) => At("/api/token",
            new JsonObject { ["sub"] = "u-dev", ["name"] = "开发者", ["roles"] = new JsonArray("manager"), ["depts"] = new JsonArray(World.Department) })),
    ];

    /// <summary>Operations served by the gateway itself, listed in no service's OpenAPI document.</summary>
    public static readonly IReadOnlySet<string> GatewayOwn = new HashSet<string> { "POST /api/token", "GET /api/audit" };

    public static int Expected(Route route, Caller caller)
    {
        if (route.Access == Access.Anonymous) return route.Success;
        if (!caller.HasSubject) return 401;
        if (!caller.KnownRole) return 403;
        var ok = route.Success;
        return route.Access switch
        {
            Access.Anyone => ok,
            Access.AdminOnly => caller.IsAdmin ? ok : 403,
            Access.ManageDepartment => caller.Manages ? ok : 403,
            Access.SeeDepartment => caller.SeesDepartment ? ok : 404,
            Access.SeeProject => caller.SeesProject ? ok : 404,
            Access.ManageProject => !caller.SeesProject ? 404 : caller.Manages ? ok : 403,
            Access.ReportProject => !caller.SeesProject ? 404 : caller.Reports ? ok : 403,
            Access.ApproveProject => !caller.SeesProject ? 404 : caller.Approves ? ok : 403,
            Access.UploadForm => caller.UploadsForms ? ok : 403,
            Access.AuditOnly => caller.IsAdmin || caller.Role == KpiClaims.Auditor ? ok : 403,
            _ => throw new ArgumentOutOfRangeException(nameof(route)),
        };
    }
}
