using KpiTracker.Declarations;
using KpiTracker.Declarations.Api;
using KpiTracker.Imports.Settings;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Imports.Apis;

/// <summary>
/// /api/imports: a goal form uploaded, planned exactly as `kpi import` plans it (the same library), answered as a
/// dry run, or carried out through the public API with the caller's own token, so every permission is the
/// API's. Who may upload at all: admins and managers (owners and auditors never declare projects, so a plan
/// would promise them what the API refuses). A dry run reads only the upload; what the caller may do with
/// the department is decided by the API in the real run, request by request.
/// </summary>
public static class ImportsApi
{
    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Imports");
        // The form is read by the handler (ImportForm), so every field's problem is ours and in Chinese (an
        // Accepts<T> would let routing answer a bare 415 first); the document describes it all the same. The
        // upload carries a bearer token, not a cookie, so there is no cross-site form to guard against.
        api.MapPost("/", Import).DisableAntiforgery().AddOpenApiOperationTransformer(UploadDocument.Describe);
        api.MapGet("/template", Template);
        return app;
    }

    public static async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> Import(HttpContext http, [AsParameters] ImportServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsAdmin && !caller.Has(KpiClaims.Manager)) return ImportProblems.Forbidden();
        var limit = s.Options.Value.MaxFileBytes;
        if (http.Request.ContentLength > limit + ImportsOptions.FormOverheadBytes) return ImportProblems.TooLarge(limit);
        if (!http.Request.HasFormContentType) return ImportProblems.NotAForm();

        IFormCollection fields;
        try
        {
            fields = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return ImportProblems.TooLarge(limit);
        }
        catch (InvalidDataException e)
        {
            return ImportProblems.Field(400, "上传内容无法读取", "file", $"表单无法读取（{e.Message}）。");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ImportProblems.TooLarge(limit);
        }

        var v = new Validation();
        var form = ImportForm.Read(fields, v);
        if (form is null) return ImportProblems.Invalid(v);
        if (form.File.Length > limit) return ImportProblems.TooLarge(limit);
        if (form.File.Length == 0) return ImportProblems.Empty();

        var bytes = new byte[form.File.Length];
        await using (var stream = form.File.OpenReadStream()) await stream.ReadExactlyAsync(bytes, ct);
        DeclarationFile file;
        try
        {
            file = DeclarationFile.Read(Path.GetFileName(form.File.FileName), bytes);
        }
        catch (UnsupportedFileException e)
        {
            return ImportProblems.Unsupported(e.Message);
        }
        if (!file.HasGoalForm) return ImportProblems.NoGoalForm();

        ImportPlan plan;
        try
        {
            plan = ImportPlanner.Plan(file.Declaration, file.ContentHash, form.Options);
        }
        catch (PlanningException e)
        {
            return ImportProblems.Planning(e.Field, e.Message);
        }
        if (form.DryRun) return TypedResults.Ok(ImportAnswer.Of(file, plan, dryRun: true, result: null));

        var token = http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        using var api = new ApiClient(s.Clients.CreateClient(Extensions.GatewayClient), token);
        ImportResult result;
        try
        {
            result = await new ImportRunner(api).RunAsync(plan, ct: ct);
        }
        catch (ApiException e)
        {
            s.Logger.LogWarning("Import of {File} for {Department} by {Caller} stopped: {Reason}", file.FileName, plan.Department.Code, caller.Id, e.Message);
            return ImportProblems.Refused(http, e.Response?.Code, e.Message);
        }
        s.Logger.LogInformation(
            "Imported {File} into {Department}/{Year} for {Caller}: projects {Created} created, {Existing} existing, {Failed} failed; indicators {IndicatorsCreated} created",
            file.FileName, plan.Department.Code, plan.FiscalYear, caller.Id, result.ProjectsCreated, result.ProjectsExisting, result.ProjectsFailed, result.IndicatorsCreated);
        return TypedResults.Ok(ImportAnswer.Of(file, plan, dryRun: false, RunView.Of(result)));
    }

    /// <summary>The XLSX template with its example rows: what `kpi template` writes.</summary>
    public static FileContentHttpResult Template()
    {
        using var stream = new MemoryStream();
        XlsxDeclaration.Write(stream, XlsxDeclaration.Example());
        return TypedResults.File(stream.ToArray(), XlsxType, "kpi-template.xlsx");
    }
}
