using KpiTracker.Reporting.Exports;

namespace KpiTracker.Reporting.Apis;

/// <summary>
/// The 项目支出绩效自评表 as files (<see cref="EvaluationFiles"/>). Anyone who may see a project may
/// export it (auditors of the department included); others get 404.
/// </summary>
public static class ExportsApi
{
    const int Slice = 100;

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/evaluations").WithTags("Exports");
        api.MapGet("/projects/{id:guid}/export", ExportProject).Measured("project");
        api.MapGet("/departments/{code}/export", ExportDepartment).Measured("department");
        return app;
    }

    public static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExportProject(
        Guid id, string? format, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        if (Format(format) is not { } kind) return BadFormat();
        var result = await s.Evaluations.EvaluateAsync(http.Caller(), id, ct);
        if (result is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var evaluation = result.Value.Evaluation;
        var fileName = FileName($"{SelfEvaluationForm.TitleOf(evaluation)}-{evaluation.ProjectName}-{evaluation.FiscalYear}.{kind}");
        if (kind == "csv") return TypedResults.Stream(stream => EvaluationFiles.WriteCsvAsync(stream, evaluation), CsvWriter.ContentType, fileName);
        return TypedResults.File(EvaluationFiles.Xlsx(evaluation), XlsxWriter.ContentType, fileName);
    }

    public static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExportDepartment(
        string code, int? fiscalYear, string? format, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        if (Format(format) is not { } kind) return BadFormat();
        var year = fiscalYear ?? s.Now.Year;
        var v = new Validation().MaxLength("code", code, 50).FiscalYear("fiscalYear", year);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        if (await s.Projects.DepartmentAsync(http.Caller(), code, year, ct) is not { } found) return TypedResults.Problem(KpiProblems.NotFound("Department", code));
        var (department, all) = found;
        // 项目支出绩效自评表 are per project: the department's overall spending goals (部门整体支出) are not one.
        var projects = all.Where(p => !p.IsDepartmentOverall).ToList();
        var fileName = FileName($"{SelfEvaluationForm.Title}-{department?.Name ?? code}-{year}.{kind}");

        if (kind == "csv")
        {
            // Summary first: a first pass keeps only each project's total, the second writes the forms.
            var (totals, packs) = await s.Evaluations.TotalsAsync(projects, Slice, ct);
            return TypedResults.Stream(stream => EvaluationFiles.WriteDepartmentCsvAsync(stream, code, department?.Name, year, totals, packs,
                s.Evaluations.EvaluationsOf(projects, Slice, CancellationToken.None)), CsvWriter.ContentType, fileName);
        }
        var file = await EvaluationFiles.DepartmentXlsxAsync(code, department?.Name, year, projects.Count, s.Evaluations.EvaluationsOf(projects, Slice, ct));
        return TypedResults.File(file, XlsxWriter.ContentType, fileName);
    }

    static string? Format(string? format) => (format ?? "xlsx").Trim().ToLowerInvariant() switch
    {
        "xlsx" or "excel" => "xlsx",
        "csv" => "csv",
        _ => null,
    };

    /// <summary>A download name from stored names, which may hold anything: no control characters, no path separators or quotes.</summary>
    static string FileName(string name) =>
        new(TextRule.Clean(name, multiLine: false).Select(c => c is '\uFFFD' or '/' or '\\' or '"' ? '_' : c).ToArray());

    static ProblemHttpResult BadFormat() => TypedResults.Problem(KpiProblems.Malformed(new Validation().Add("format", "must be xlsx or csv.")));
}
