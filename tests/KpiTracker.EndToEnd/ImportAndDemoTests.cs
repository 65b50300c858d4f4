using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.EndToEnd;

/// <summary>The `kpi` CLI against the real stack: importing a published goal form, and the demo year.</summary>
[Collection(StackCollection.Name)]
public sealed class ImportAndDemoTests(Stack stack)
{
    static string Seed(string name) => Path.Combine(TestInfrastructure.RepositoryRoot, "tools", "KpiTracker.Cli", "DemoData", name);

    static async Task<List<JsonElement>> ProjectsAsync(HttpClient client, string department, int year)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/projects?departmentCode={department}&fiscalYear={year}&pageSize=500");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    static async Task<int> IndicatorCountAsync(HttpClient client, IEnumerable<JsonElement> projects)
    {
        var total = 0;
        foreach (var p in projects)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={p.GetProperty("id").GetString()}&pageSize=500");
            total += page.GetProperty("total").GetInt32();
        }
        return total;
    }

    [Fact]
    public async Task Importing_the_2021_disclosure_declares_its_five_projects_and_importing_again_changes_nothing()
    {
        var admin = stack.As("u-admin", "admin");
        var (code, output) = await stack.RunCliAsync("import", Seed("000_3fc44a14f39dfbff.txt"), "--department-code", "18001");
        Assert.True(code == 0, output);

        var projects = await ProjectsAsync(admin, "18001", 2021);
        var declared = projects.Where(p => p.GetProperty("type").GetString() != "departmentOverall").ToList();
        Assert.Equal(
            new[] { 0.26m, 20m, 28.78m, 175.95m, 542.74m },
            declared.Select(p => p.GetProperty("annualBudget").GetDecimal()).Order().ToArray());
        var network = declared.Single(p => p.GetProperty("name").GetString() == "网络传输建设运行费");
        Assert.Equal("赵洪艳", network.GetProperty("leader").GetProperty("name").GetString());
        Assert.Equal("83216113", network.GetProperty("leader").GetProperty("phone").GetString());
        Assert.NotEmpty(network.GetProperty("expenses").EnumerateArray());
        var indicators = await IndicatorCountAsync(admin, projects);
        Assert.True(indicators > 0);

        var (again, againOutput) = await stack.RunCliAsync("import", Seed("000_3fc44a14f39dfbff.txt"), "--department-code", "18001");
        Assert.True(again == 0, againOutput);
        var after = await ProjectsAsync(admin, "18001", 2021);
        Assert.Equal(projects.Count, after.Count);
        Assert.Equal(indicators, await IndicatorCountAsync(admin, after));
    }

    [Fact]
    public async Task The_demo_year_lights_every_colour_on_the_18001_dashboard_for_its_five_projects()
    {
        var (code, output) = await stack.RunCliAsync("demo");
        Assert.True(code == 0, output);
        var manager = stack.As("u-mgr18", "manager", "18");
        var dashboard = await Scenario.EventuallyAsync(manager, "/api/dashboard?departmentCode=18001&fiscalYear=2021",
            d => d.GetProperty("summary").GetProperty("lights").EnumerateObject().All(l => l.Value.GetInt32() > 0),
            TimeSpan.FromSeconds(90));
        Assert.Equal(5, dashboard.GetProperty("projects").GetArrayLength());
        foreach (var light in new[] { "green", "yellow", "red", "blue", "grey" })
            Assert.True(dashboard.GetProperty("summary").GetProperty("lights").GetProperty(light).GetInt32() > 0, $"no {light} light: {dashboard}");
    }
}
