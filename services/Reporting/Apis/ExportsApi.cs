using KpiTracker.Reporting.Exports;
using KpiTracker.Reporting.Model;
using KpiTracker.ServiceDefaults;
using KpiTracker.ServiceDefaults.Problems;
using KpiTracker.Targets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Reporting.Apis;

/// <summary>
/// The 项目支出绩效自评表 as files. Anyone who may see a project may export it (auditors of the
/// department included); others get 404. A department is exported a slice of projects at a
/// time: XLSX goes through a temporary file (the package needs a seekable stream), CSV
/// streams straight to the response; neither holds the whole department in memory.
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
        var result = await EvaluationsApi.EvaluateAsync(s, http.Caller(), id, ct);
        if (result is null) return TypedResults.Problem(KpiProblems.NotFound("Project", id));
        var evaluation = result.Value.Evaluation;
        var sheet = SelfEvaluationForm.Build(evaluation);
        var fileName = FileName($"{SelfEvaluationForm.TitleOf(evaluation)}-{evaluation.ProjectName}-{evaluation.FiscalYear}.{kind}");
        if (kind == "csv")
        {
            return TypedResults.Stream(async stream =>
            {
                await using var csv = new CsvWriter(stream);
                await csv.WriteAsync(sheet);
            }, CsvWriter.ContentType, fileName);
        }
        var file = TempFile();
        using (var xlsx = new XlsxWriter(file))
        {
            xlsx.UniqueName(ScoreAnnex.SheetName);   // reserved for the annex, whatever the project is called
            var written = xlsx.Write(sheet, evaluation.ProjectName);
            var annex = xlsx.Write(ScoreAnnex.Of(evaluation), ScoreAnnex.SheetName);
            xlsx.Finish([written, (ScoreAnnex.SheetName, annex.RelationshipId)]);
        }
        file.Position = 0;
        return TypedResults.File(file, XlsxWriter.ContentType, fileName);
    }

    public static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExportDepartment(
        string code, int? fiscalYear, string? format, HttpContext http, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        if (Format(format) is not { } kind) return BadFormat();
        var caller = http.Caller();
        var year = fiscalYear ?? s.Now.Year;
        var v = new Validation().MaxLength("code", code, 50).FiscalYear("fiscalYear", year);
        if (!v.IsValid) return TypedResults.Problem(KpiProblems.Malformed(v));
        var department = await s.Db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        var projects = await s.ProjectsOfAsync(caller, code, year, ct);
        if (projects.Count == 0 && (department is null || !caller.CanSee(department.Path))) return TypedResults.Problem(KpiProblems.NotFound("Department", code));
        // 项目支出绩效自评表 are per project: the department's overall spending goals (部门整体支出) are not one.
        projects = projects.Where(p => !p.IsDepartmentOverall).ToList();
        var fileName = FileName($"{SelfEvaluationForm.Title}-{department?.Name ?? code}-{year}.{kind}");

        if (kind == "csv")
        {
            // Summary first: a first pass keeps only each project's total (computed from the slice's inputs
            // and the department names; the owners' notes do not enter it), the second writes the forms.
            var summary = new List<(string, string, decimal?, string?, bool)>(projects.Count);
            var packs = new List<RulePackRef>();
            var names = new Dictionary<string, string?>();
            foreach (var slice in projects.Chunk(Slice))
            {
                var inputs = await s.InputsAsync(slice, ct);
                await DepartmentNamesAsync(s, slice, names, ct);
                foreach (var i in inputs)
                {
                    var o = s.Compute(i, 12);
                    summary.Add((o.Project.Name, names.GetValueOrDefault(o.Project.DepartmentCode) ?? o.Project.DepartmentCode,
                        o.Score?.Total, o.Score is { } sc ? Vocabulary.Label(sc.Grade) : null, i.Year?.Closed == true));
                    packs.Add(o.Pack.Ref);
                }
                s.Db.ChangeTracker.Clear();
            }
            return TypedResults.Stream(async stream =>
            {
                await using var csv = new CsvWriter(stream);
                await csv.WriteAsync(SelfEvaluationForm.Summary(code, department?.Name, year, summary, packs));
                await foreach (var e in EvaluationsOf(s, projects, CancellationToken.None)) await csv.WriteAsync(SelfEvaluationForm.Build(e));
            }, CsvWriter.ContentType, fileName);
        }

        var file = TempFile();
        using (var xlsx = new XlsxWriter(file))
        {
            var rows = new List<(string, string, decimal?, string?, bool)>(projects.Count);
            var packs = new List<RulePackRef>();
            var sheets = new List<(string, string)>(projects.Count + 1);
            xlsx.UniqueName("汇总");   // reserved for the summary written last
            xlsx.UniqueName(ScoreAnnex.SheetName);   // and the annex after the forms
            var annex = new ScoreAnnex();
            await foreach (var e in EvaluationsOf(s, projects, ct))
            {
                sheets.Add(xlsx.Write(SelfEvaluationForm.Build(e), e.ProjectName));
                rows.Add(SummaryRow(e));
                packs.Add(e.RulePack);
                annex.Add(e);
            }
            var annexPart = xlsx.Write(annex.Sheet, ScoreAnnex.SheetName);
            sheets.Add((ScoreAnnex.SheetName, annexPart.RelationshipId));
            var summarySheet = SelfEvaluationForm.Summary(code, department?.Name, year, rows, packs);
            var summaryPart = xlsx.Write(summarySheet, "汇总");
            xlsx.Finish([("汇总", summaryPart.RelationshipId), .. sheets]);
        }
        file.Position = 0;
        return TypedResults.File(file, XlsxWriter.ContentType, fileName);
    }

    /// <summary>
    /// Evaluations of many projects, computed a slice at a time: per slice one read of the inputs,
    /// one of the owners' notes and at most one of department names (each name is read once per export).
    /// </summary>
    static async IAsyncEnumerable<Calculation.Evaluation> EvaluationsOf(ReportingServices s, List<ProjectRow> projects,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var names = new Dictionary<string, string?>();
        foreach (var slice in projects.Chunk(Slice))
        {
            var inputs = await s.InputsAsync(slice, ct);
            var notes = await MonitoringApi.LatestNotesAsync(s, slice, ct);
            await DepartmentNamesAsync(s, slice, names, ct);
            foreach (var i in inputs)
                yield return EvaluationsApi.Evaluate(s, i, notes[i.Project.Id], names.GetValueOrDefault(i.Project.DepartmentCode)).Evaluation;
            s.Db.ChangeTracker.Clear();
        }
    }

    /// <summary>Adds the names of the slice's departments not looked up yet (null when the department is unknown).</summary>
    static async Task DepartmentNamesAsync(ReportingServices s, IEnumerable<ProjectRow> slice, Dictionary<string, string?> names, CancellationToken ct)
    {
        var missing = slice.Select(p => p.DepartmentCode).Where(c => !names.ContainsKey(c)).Distinct().ToArray();
        if (missing.Length == 0) return;
        var found = await s.Db.Departments.AsNoTracking().Where(d => missing.Contains(d.Code)).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        foreach (var code in missing) names[code] = found.FirstOrDefault(d => d.Code == code)?.Name;
    }

    static (string, string, decimal?, string?, bool) SummaryRow(Calculation.Evaluation e) =>
        (e.ProjectName, e.DepartmentName ?? e.DepartmentCode, e.Total, e.GradeLabel, e.Closed);

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

    static FileStream TempFile() => new(Path.Combine(Path.GetTempPath(), $"kpi-export-{Guid.NewGuid():N}.xlsx"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
}
