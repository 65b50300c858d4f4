using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// Department export (XLSX and CSV) over the 1,000 × 15 × 12 department of <see cref="ScaleTests"/>: wall time to
/// the last byte, size, and memory sampled every 20 ms while it runs. Opt-in (KPI_SCALE=1); the numbers go to
/// bench/reporting/README.md. Asserts only behaviour (sheet count, rows), never time.
/// </summary>
public sealed class ScaleExportTests(ReportingFactory factory, ITestOutputHelper output) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Department_export_of_a_thousand_projects()
    {
        if (Environment.GetEnvironmentVariable("KPI_SCALE") != "1") return;
        var projects = int.TryParse(Environment.GetEnvironmentVariable("KPI_SCALE_PROJECTS"), out var n) ? n : 1000;
        var seed = Stopwatch.StartNew();
        await ScaleTests.SeedDepartmentAsync(factory.Services, projects);
        output.WriteLine($"seeded {projects} projects × 15 indicators × 12 values in {seed.Elapsed.TotalSeconds:0.0} s");
        var client = factory.ClientAs(Tokens.Admin);
        client.Timeout = TimeSpan.FromMinutes(10);

        for (var run = 1; run <= 2; run++)
        {
            foreach (var format in new[] { "xlsx", "csv" })
            {
                var file = Path.Combine(Path.GetTempPath(), $"kpi-scale-export-{Guid.NewGuid():N}.{format}");
                try
                {
                    var m = await Measure.RunAsync(async () =>
                    {
                        var sw = Stopwatch.StartNew();
                        using var response = await client.GetAsync($"/api/evaluations/departments/18900/export?fiscalYear=2021&format={format}",
                            HttpCompletionOption.ResponseHeadersRead);
                        var headers = sw.Elapsed;
                        Assert.True(response.IsSuccessStatusCode, $"{format}: {(int)response.StatusCode}");
                        await using (var target = File.Create(file)) await (await response.Content.ReadAsStreamAsync()).CopyToAsync(target);
                        return (headers, sw.Elapsed);
                    });
                    var size = new FileInfo(file).Length;
                    output.WriteLine($"run {run} {format}: headers after {m.Result.Item1.TotalMilliseconds:0} ms, last byte after {m.Result.Item2.TotalMilliseconds:0} ms, " +
                        $"{size / 1024.0 / 1024.0:0.00} MiB; {m}");

                    if (format == "xlsx")
                    {
                        using var doc = SpreadsheetDocument.Open(file, false);
                        var sheets = doc.WorkbookPart!.Workbook.Descendants<Sheet>().ToList();
                        Assert.Equal(2 + projects, sheets.Count);   // 汇总 + one 自评表 per project + the 评分说明 annex
                        Assert.Equal("汇总", sheets[0].Name!.Value);
                        Assert.Equal("评分说明", sheets[^1].Name!.Value);
                        var summary = (WorksheetPart)doc.WorkbookPart.GetPartById(sheets[0].Id!);
                        var text = summary.Worksheet.Descendants<Text>().Select(t => t.Text).ToHashSet();
                        Assert.Contains("项目0000", text);
                        Assert.Contains($"项目{projects - 1:0000}", text);
                    }
                    else
                    {
                        var csv = await File.ReadAllTextAsync(file);
                        Assert.Equal(projects, CountOf(csv, "项目支出绩效自评表"));  // one form per project, the summary has its own title
                        Assert.Contains($"项目{projects - 1:0000}", csv);
                    }
                }
                finally { File.Delete(file); }
            }
        }
        await BreakdownAsync(projects);
    }

    /// <summary>
    /// Where an XLSX export's time goes: the endpoint's steps called one by one, with a stopwatch each (same code, same
    /// order, slices of 100 as the endpoint takes them). Diagnostic output only.
    /// </summary>
    async Task BreakdownAsync(int projects)
    {
        using var scope = factory.Services.CreateScope();
        var s = scope.ServiceProvider.GetRequiredService<Queries.ProjectQueries>();
        var db = scope.ServiceProvider.GetRequiredService<Data.ReportingDb>();
        var evaluations = scope.ServiceProvider.GetRequiredService<Queries.EvaluationQuery>();
        var ct = CancellationToken.None;
        var caller = new KpiTracker.ServiceDefaults.Auth.Caller("u-admin", "u-admin", new HashSet<string> { KpiTracker.ServiceDefaults.Auth.KpiClaims.Admin }, []);
        TimeSpan list, inputs = default, compute = default, notes = default, department = default, form = default, write = default;
        var sw = Stopwatch.StartNew();
        var rows = await s.ProjectsOfAsync(caller, "18900", 2021, ct);
        list = sw.Elapsed;
        var file = Path.Combine(Path.GetTempPath(), $"kpi-scale-breakdown-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using var stream = File.Create(file);
            using var xlsx = new Exports.XlsxWriter(stream);
            foreach (var slice in rows.Chunk(100))
            {
                sw.Restart();
                var all = await s.InputsAsync(slice, ct);
                inputs += sw.Elapsed;
                foreach (var i in all)
                {
                    sw.Restart();
                    var outcome = Calculation.ProjectCalculator.Compute(i, 12);
                    compute += sw.Elapsed;
                    sw.Restart();
                    await Queries.OwnerNotes.LatestAsync(db, i.Project.Id, KpiTracker.Targets.Period.FullYear(i.Project.FiscalYear), ct);
                    notes += sw.Elapsed;
                    sw.Restart();
                    await db.Departments.AsNoTracking().Where(d => d.Code == i.Project.DepartmentCode).Select(d => d.Name).FirstOrDefaultAsync(ct);
                    department += sw.Elapsed;
                    sw.Restart();
                    var e = (await evaluations.EvaluateAsync(i, ct)).Evaluation;   // the whole step, for the sheet
                    var sheet = Exports.SelfEvaluationForm.Build(e);
                    form += sw.Elapsed;
                    sw.Restart();
                    xlsx.Write(sheet, e.ProjectName);
                    write += sw.Elapsed;
                }
                db.ChangeTracker.Clear();
            }
        }
        finally { File.Delete(file); }
        output.WriteLine($"breakdown of one department XLSX pass over {projects} projects: project list {list.TotalMilliseconds:0} ms, " +
            $"InputsAsync (3 reads per slice of 100) {inputs.TotalMilliseconds:0} ms, Compute {compute.TotalMilliseconds:0} ms, " +
            $"LatestNotesAsync (1 query per project) {notes.TotalMilliseconds:0} ms, department name (1 query per project) {department.TotalMilliseconds:0} ms, " +
            $"EvaluateAsync + SelfEvaluationForm.Build again (compute + the 2 queries + build) {form.TotalMilliseconds:0} ms, XlsxWriter.Write {write.TotalMilliseconds:0} ms; " +
            $"load average {CatchUp.LoadAverage()}");
    }

    static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
