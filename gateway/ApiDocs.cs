using Scalar.AspNetCore;

namespace KpiTracker.Gateway;

/// <summary>
/// The API documentation page at /docs (Scalar), open without a token, over the services'
/// OpenAPI documents as the gateway routes them (/openapi/{service}.json) and the gateway's own
/// (/openapi/gateway.json: the operations it answers itself), with the gateway itself as the server. The page's script is served from the package, and the default web
/// fonts are off, so it renders on a network with no way out.
/// </summary>
public static class ApiDocs
{
    static readonly (string Name, string Title)[] Documents =
    [
        ("projects", "部门与项目 · Departments and projects"),
        ("indicators", "绩效指标 · Indicators"),
        ("measurements", "实际值、支出、预计 · Values, spending, forecasts"),
        ("reporting", "看板、监控、自评、导出 · Dashboards, monitoring, evaluations, exports"),
        ("imports", "导入绩效目标表 · Importing goal forms"),
        ("identity", "用户与登录 · Users and sign-in"),
        ("gateway", "网关：合并的审计记录 · Gateway: the audit trails merged"),
    ];

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference("/docs", o =>
        {
            o.WithTitle("KpiTracker API · 绩效目标管理接口")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .ExpandAllTags()
                .AddPreferredSecuritySchemes(KpiTracker.ServiceDefaults.OpenApi.KpiOpenApi.Bearer);
            foreach (var (name, title) in Documents) o.AddDocument(name, title);
        }).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        // The gateway's own operations (the merged audit trail), as the services describe theirs.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
    }
}
