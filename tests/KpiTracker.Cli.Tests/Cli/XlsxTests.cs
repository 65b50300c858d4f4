namespace KpiTracker.Cli.Tests.Cli;

public sealed class XlsxTests
{
    [Fact]
    public async Task Template_command_writes_a_file_import_can_read()
    {
        var dir = Directory.CreateTempSubdirectory("kpi-template-");
        try
        {
            var api = new FakeApi();
            var o = new StringWriter();
            var e = new StringWriter();
            var file = Path.Combine(dir.FullName, "t.xlsx");
            Assert.Equal(0, await KpiCli.RunAsync(["template", file], api.Context(o, e)));
            Assert.True(File.Exists(file));
            Assert.Equal(1, await KpiCli.RunAsync(["template", file], api.Context(o, e))); // exists, no --force
            Assert.Equal(0, await KpiCli.RunAsync(["import", file], api.Context(o, e)));
            var project = Assert.Single(api.Projects.Values);
            Assert.Equal("网络传输建设运行费", project["name"]!.GetValue<string>());
            var indicator = Assert.Single(api.Indicators);
            Assert.Equal("max", indicator["aggregation"]!.GetValue<string>());
            Assert.Equal(10m, indicator["points"]!.GetValue<decimal>());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
