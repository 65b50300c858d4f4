using System.Net.Http.Headers;
using KpiTracker.Web.Api.Models;

namespace KpiTracker.Web.Api;

/// <summary>/api/imports: a goal form's dry run and its import, and the template's address.</summary>
public sealed class ImportsClient(ApiConnection api)
{
    /// <summary>The template through the web's own download endpoint (the browser follows a link, never holds a token).</summary>
    public const string TemplateDownload = "/downloads/imports/template";

    public const string TemplatePath = "/api/imports/template";

    /// <summary>The server's limit (Imports__MaxFileBytes default), checked here too so a huge file is not streamed for nothing.</summary>
    public const long MaxFileBytes = 5L * 1024 * 1024;

    public Task<ApiResult<ImportAnswer>> DryRunAsync(ImportUpload upload, CancellationToken ct = default) => SendAsync(upload, dryRun: true, ct);

    public Task<ApiResult<ImportAnswer>> ImportAsync(ImportUpload upload, CancellationToken ct = default) => SendAsync(upload, dryRun: false, ct);

    Task<ApiResult<ImportAnswer>> SendAsync(ImportUpload upload, bool dryRun, CancellationToken ct)
    {
        var file = new ByteArrayContent(upload.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/plain");
        var form = new MultipartFormDataContent { { file, "file", upload.FileName } };
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) form.Add(new StringContent(value.Trim()), name);
        }
        Field("departmentCode", upload.DepartmentCode);
        Field("fiscalYear", upload.FiscalYear);
        foreach (var owner in upload.Owners) Field("owners", owner);
        Field("departmentGoals", upload.DepartmentGoals ? "true" : "false");
        Field("dryRun", dryRun ? "true" : "false");
        return api.SendAsync<ImportAnswer>(ApiPart.Imports, HttpMethod.Post, "/api/imports", form, null, ct);
    }
}
