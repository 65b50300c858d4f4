using System.Text;
using KpiTracker.Declarations;
using KpiTracker.Testing;

namespace KpiTracker.EndToEnd;

/// <summary>The XLSX template round trip the issue asks for: template → filled → import → export.</summary>
[Collection(StackCollection.Name)]
public sealed class TemplateRoundTripTests(Stack stack)
{
    [Fact]
    public async Task A_filled_template_imports_and_its_indicators_come_back_in_the_self_evaluation_export()
    {
        var dir = Directory.CreateTempSubdirectory("kpi-roundtrip-");
        try
        {
            var template = Path.Combine(dir.FullName, "template.xlsx");
            var (code, output) = await stack.RunCliAsync("template", template);
            Assert.True(code == 0, output);
            Assert.True(File.Exists(template));

            // Fill it as a finance officer would: the five project forms of the 2021 disclosure,
            // under a department code of this test's own.
            var department = "T" + Random.Shared.Next(100_000, 999_999);
            var seed = DeclarationTextParser.Parse(await File.ReadAllTextAsync(
                Path.Combine(TestInfrastructure.RepositoryRoot, "tools", "KpiTracker.Cli", "DemoData", "000_3fc44a14f39dfbff.txt")));
            var filled = Path.Combine(dir.FullName, "filled.xlsx");
            await using (var file = File.Create(filled))
                XlsxDeclaration.Write(file, seed with { DepartmentCode = department, DepartmentGoals = null });

            (code, output) = await stack.RunCliAsync("import", filled);
            Assert.True(code == 0, output);

            var csv = Path.Combine(dir.FullName, "export.csv");
            (code, output) = await stack.RunCliAsync("export", "--department", department, "--fiscal-year", "2021", "--format", "csv", "-o", csv);
            Assert.True(code == 0, output);
            var bytes = await File.ReadAllBytesAsync(csv);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes);
            var imported = seed.Projects.Where(p => p.IsComplete).ToList();
            Assert.Equal(5, imported.Count);
            foreach (var project in imported)
            {
                Assert.Contains(project.Name!, text);
                foreach (var indicator in project.Indicators.Where(i => i.IsComplete))
                    Assert.Contains(indicator.Name!, text);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
