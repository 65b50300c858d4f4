using System.Net;

namespace KpiTracker.Web.Api;

/// <summary>
/// Files (the 项目支出绩效自评表 as XLSX or CSV, the import template) are fetched by the server with the user's token
/// and streamed back: the browser follows a plain link and never holds a token.
/// </summary>
public static class DownloadEndpoints
{
    public static void MapDownloads(this WebApplication app)
    {
        var files = app.MapGroup("/downloads").RequireAuthorization();
        files.MapGet("/evaluations/projects/{id:guid}", (Guid id, string? format, HttpContext http, ApiConnection api) =>
            Relay(http, api, EvaluationsClient.ProjectExportPath(id, Format(format))));
        files.MapGet("/evaluations/departments/{code}", (string code, int fiscalYear, string? format, HttpContext http, ApiConnection api) =>
            Relay(http, api, EvaluationsClient.DepartmentExportPath(code, fiscalYear, Format(format))));
        files.MapGet("/imports/template", (HttpContext http, ApiConnection api) => Relay(http, api, ImportsClient.TemplatePath, ApiPart.Imports));
    }

    static string Format(string? format) => format == "csv" ? "csv" : "xlsx";

    static async Task<IResult> Relay(HttpContext http, ApiConnection api, string path, ApiPart part = ApiPart.Reporting)
    {
        var response = await api.For(http.User).RawAsync(part, HttpMethod.Get, path, null, null, http.RequestAborted);
        if (response is null) return Plain(503, $"{part.Label()}暂时不可用，文件无法下载，请稍后再试。");
        http.Response.RegisterForDispose(response);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return Results.Redirect("/signin?expired=1&returnUrl=" + Uri.EscapeDataString(http.Request.Headers.Referer.FirstOrDefault() is { } r && Uri.TryCreate(r, UriKind.Absolute, out var u) ? u.PathAndQuery : "/"));
            case HttpStatusCode.Forbidden:
                return Plain(403, "您无权下载此文件。");
            case HttpStatusCode.NotFound:
                return Plain(404, "未找到：该项目或部门不存在，或不在您可查看的范围内。");
        }
        if (!response.IsSuccessStatusCode) return Plain((int)response.StatusCode, $"文件生成失败（{(int)response.StatusCode}）。");
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "export";
        return Results.Stream(await response.Content.ReadAsStreamAsync(http.RequestAborted),
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", name);
    }

    static IResult Plain(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);
}
