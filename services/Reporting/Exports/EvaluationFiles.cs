namespace KpiTracker.Reporting.Exports;

/// <summary>
/// The 项目支出绩效自评表 of a project or a department as XLSX or CSV. A department's forms come a slice
/// of projects at a time: XLSX goes through a temporary file (the package needs a seekable stream),
/// CSV streams straight to its output; neither holds the whole department in memory.
/// </summary>
public static class EvaluationFiles
{
    /// <summary>The reserved name of the department workbook's summary sheet, written last and listed first.</summary>
    const string SummarySheet = "汇总";

    public static async Task WriteCsvAsync(Stream stream, Evaluation evaluation)
    {
        await using var csv = new CsvWriter(stream);
        await csv.WriteAsync(SelfEvaluationForm.Build(evaluation));
    }

    /// <summary>The project's form and its score annex, in a temporary file positioned at its start (deleted when closed).</summary>
    public static FileStream Xlsx(Evaluation evaluation)
    {
        var file = TempFile();
        using (var xlsx = new XlsxWriter(file))
        {
            xlsx.UniqueName(ScoreAnnex.SheetName);   // reserved for the annex, whatever the project is called
            var written = xlsx.Write(SelfEvaluationForm.Build(evaluation), evaluation.ProjectName);
            var annex = xlsx.Write(ScoreAnnex.Of(evaluation), ScoreAnnex.SheetName);
            xlsx.Finish([written, (ScoreAnnex.SheetName, annex.RelationshipId)]);
        }
        file.Position = 0;
        return file;
    }

    /// <summary>A department's summary (from a first pass of totals: a CSV cannot put it first otherwise), then every project's form.</summary>
    public static async Task WriteDepartmentCsvAsync(Stream stream, string code, string? name, int fiscalYear,
        IEnumerable<(string, string, decimal?, string?, bool)> totals, IEnumerable<RulePackRef> packs, IAsyncEnumerable<Evaluation> evaluations)
    {
        await using var csv = new CsvWriter(stream);
        await csv.WriteAsync(SelfEvaluationForm.Summary(code, name, fiscalYear, totals, packs));
        await foreach (var e in evaluations) await csv.WriteAsync(SelfEvaluationForm.Build(e));
    }

    /// <summary>A department's workbook: the summary sheet first, one form per project, the score annex; in a temporary file positioned at its start.</summary>
    public static async Task<FileStream> DepartmentXlsxAsync(string code, string? name, int fiscalYear, int projects, IAsyncEnumerable<Evaluation> evaluations)
    {
        var file = TempFile();
        using (var xlsx = new XlsxWriter(file))
        {
            var rows = new List<(string, string, decimal?, string?, bool)>(projects);
            var packs = new List<RulePackRef>();
            var sheets = new List<(string, string)>(projects + 1);
            xlsx.UniqueName(SummarySheet);   // reserved for the summary written last
            xlsx.UniqueName(ScoreAnnex.SheetName);   // and the annex after the forms
            var annex = new ScoreAnnex();
            await foreach (var e in evaluations)
            {
                sheets.Add(xlsx.Write(SelfEvaluationForm.Build(e), e.ProjectName));
                rows.Add((e.ProjectName, e.DepartmentName ?? e.DepartmentCode, e.Total, e.GradeLabel, e.Closed));
                packs.Add(e.RulePack);
                annex.Add(e);
            }
            var annexPart = xlsx.Write(annex.Sheet, ScoreAnnex.SheetName);
            sheets.Add((ScoreAnnex.SheetName, annexPart.RelationshipId));
            var summaryPart = xlsx.Write(SelfEvaluationForm.Summary(code, name, fiscalYear, rows, packs), SummarySheet);
            xlsx.Finish([(SummarySheet, summaryPart.RelationshipId), .. sheets]);
        }
        file.Position = 0;
        return file;
    }

    static FileStream TempFile() => new(Path.Combine(Path.GetTempPath(), $"kpi-export-{Guid.NewGuid():N}.xlsx"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
}
