using System.Diagnostics;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// The department XLSX prints as the paper forms (issue 10, item 8): converted to PDF by LibreOffice
/// headless, as a finance office prints it, each sheet is one A4 page at this size — the summary, then
/// each project's 项目支出绩效自评表 with its title and the signature row on the same page, then the
/// 评分说明 annex (issue 10, item 4: how every score was computed) on a page of its own.
/// </summary>
public sealed class PrintLayoutTests(ReportingFactory factory) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task The_department_xlsx_prints_one_page_per_form_with_its_title_and_signatures()
    {
        var first = new StandardProject("18261", "网络传输建设运行费");
        var second = new StandardProject("18261", "政务云平台运行维护及安全保障服务采购项目（含等级保护测评）");
        await factory.FeedAsync(first.Scenario);
        await factory.FeedAsync(second.Scenario);
        var response = await factory.ClientAs(Tokens.For("u-mgr", "manager", "18"))
            .GetAsync("/api/evaluations/departments/18261/export?fiscalYear=2021&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var parts = doc.WorkbookPart!.WorksheetParts.ToList();
            // The summary, the two forms and the annex.
            Assert.Equal(4, parts.Count);
            Assert.All(parts, p =>
            {
                var setup = p.Worksheet.Descendants<PageSetup>().Single();
                Assert.Equal((9u, 1u, 0u), (setup.PaperSize!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
                Assert.True(p.Worksheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
            });
            var titles = doc.WorkbookPart.Workbook.Descendants<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
            Assert.Equal(4, titles.Count);
            Assert.Contains(titles, t => t.Text == "'汇总'!$1:$2" && t.LocalSheetId!.Value == 0);
        }

        var dir = Directory.CreateTempSubdirectory("kpi-print-");
        try
        {
            var xlsx = Path.Combine(dir.FullName, "department.xlsx");
            await File.WriteAllBytesAsync(xlsx, bytes);
            // A profile of its own: another soffice on the machine (another test, another helper) holds the default one.
            await Run("soffice", $"-env:UserInstallation=file://{dir.FullName}/profile --headless --convert-to pdf --outdir {dir.FullName} {xlsx}");
            var pdf = Path.Combine(dir.FullName, "department.pdf");
            var info = await Run("pdfinfo", pdf);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim());

            Assert.Equal(4, pages);
            var summary = await Run("pdftotext", $"-f 1 -l 1 -layout {pdf} -");
            Assert.Contains("项目支出绩效自评汇总表", summary);
            for (var page = 2; page <= 3; page++)
            {
                var text = (await Run("pdftotext", $"-f {page} -l {page} {pdf} -")).Replace(" ", "").Replace("\n", "");
                Assert.Contains("项目支出绩效自评表", text);
                Assert.Contains("（2021年度）", text);
                Assert.Contains("偏差原因分析及改进措施", text);
                Assert.Contains("项目负责人", text);
                Assert.Contains("填报日期", text);
            }
            var annex = (await Run("pdftotext", $"-f 4 -l 4 {pdf} -")).Replace(" ", "").Replace("\n", "");
            Assert.Contains("评分说明", annex);
            Assert.Contains("计算过程", annex);
            Assert.Contains("评分规则：", annex);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    static async Task<string> Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // LibreOffice's first start builds its profile: slow on a loaded machine, so a generous bound.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: exit {process.ExitCode}\n{await error}");
        return await output;
    }
}
