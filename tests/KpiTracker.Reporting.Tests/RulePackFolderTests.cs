using System.Net;
using System.Net.Http.Json;
using KpiTracker.Testing;

namespace KpiTracker.Reporting.Tests;

/// <summary>Pack folders that must stop the service, and a newer pack version that must not move a closed year.</summary>
public sealed class RulePackFolderTests(ReportingFactory factory) : IClassFixture<ReportingFactory>, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kpi-rule-packs-").FullName;

    void CopyShipped()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rule-packs"), "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }

    static async Task<Exception> StartFailureAsync(PackFolderFactory f)
    {
        await ((IAsyncLifetime)f).InitializeAsync();
        try
        {
            return Assert.ThrowsAny<Exception>(() => f.CreateClient());
        }
        finally
        {
            await ((IAsyncLifetime)f).DisposeAsync();
        }
    }

    static string Messages(Exception e) => string.Join(" | ", new[] { e }.Concat(Inner(e)).Select(x => x.Message));

    static IEnumerable<Exception> Inner(Exception e)
    {
        for (var x = e.InnerException; x is not null; x = x.InnerException) yield return x;
        if (e is AggregateException a) foreach (var i in a.InnerExceptions) yield return i;
    }

    [Fact]
    public async Task A_pack_with_a_missing_parameter_stops_the_start_naming_file_and_field()
    {
        CopyShipped();
        var file = Path.Combine(folder, "provincial-2021.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"blue\": 1.3,", ""));
        var failure = Messages(await StartFailureAsync(new PackFolderFactory(folder)));
        Assert.Contains("rule-packs/provincial-2021.json", failure);
        Assert.Contains("lights.blue", failure);
    }

    [Fact]
    public async Task An_inconsistent_pack_or_a_missing_folder_stops_the_start()
    {
        CopyShipped();
        var file = Path.Combine(folder, "central-2020.json");
        // Green below yellow: the bands do not meet.
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"cumulative\": { \"green\": 0.8, \"yellow\": 0.6 }", "\"cumulative\": { \"green\": 0.5, \"yellow\": 0.6 }"));
        var failure = Messages(await StartFailureAsync(new PackFolderFactory(folder)));
        Assert.Contains("rule-packs/central-2020.json", failure);
        Assert.Contains("lights.cumulative", failure);

        var nowhere = Messages(await StartFailureAsync(new PackFolderFactory(Path.Combine(folder, "absent"))));
        Assert.Contains("RulePacks:Path", nowhere);
    }

    [Fact]
    public async Task A_newer_version_of_a_pack_scores_open_years_and_leaves_the_closed_ones_at_theirs()
    {
        var closing = RulePackTests.Year("63", "6301", "关闭于第1版的项目");
        var open = RulePackTests.Year("63", "6301", "随新版的项目");
        await factory.FeedAsync(closing);
        await factory.FeedAsync(open);
        var admin = factory.ClientAs(Tokens.Admin);
        using (var read = await admin.GetAsync("/api/rule-packs/assignments/63/2021"))
        using (var put = new HttpRequestMessage(HttpMethod.Put, "/api/rule-packs/assignments/63/2021") { Content = JsonContent.Create(new { packId = "provincial-2021" }) })
        {
            put.Headers.IfMatch.Add(read.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(put)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/evaluations/projects/{closing.Project.Id}/close", null)).StatusCode);

        // Version 2 of provincial-2021: 优 only from 90, reviewed with its cases (85, 81 and a projected 80 are 良 now).
        CopyShipped();
        var file = Path.Combine(folder, "provincial-2021.json");
        var text = File.ReadAllText(file);
        Assert.Contains("\"version\": 1,", text);
        File.WriteAllText(file, text.Replace("\"version\": 1,", "\"version\": 2,").Replace("\"excellent\": 80,", "\"excellent\": 90,"));
        var cases = Path.Combine(folder, "provincial-2021.cases.json");
        File.WriteAllText(cases, File.ReadAllText(cases)
            .Replace("\"total\": 85, \"grade\": \"excellent\"", "\"total\": 85, \"grade\": \"good\"")
            .Replace("\"total\": 81, \"grade\": \"excellent\"", "\"total\": 81, \"grade\": \"good\"")
            .Replace("\"projectedTotal\": 80, \"projectedGrade\": \"excellent\"", "\"projectedTotal\": 80, \"projectedGrade\": \"good\""));
        var restarted = new PackFolderFactory(folder, factory.Database.ConnectionString);
        await ((IAsyncLifetime)restarted).InitializeAsync();
        try
        {
            await ReadUnderVersionTwoAsync(restarted.ClientAs(Tokens.Admin), closing, open);
        }
        finally
        {
            await ((IAsyncLifetime)restarted).DisposeAsync();
        }
    }

    static async Task ReadUnderVersionTwoAsync(HttpClient client, Scenario closing, Scenario open)
    {

        var kept = await client.GetJsonAsync($"/api/evaluations/projects/{closing.Project.Id}");
        Assert.Equal(1, kept.GetProperty("rulePack").GetProperty("version").GetInt32());
        Assert.Equal(86m, kept.Dec("total"));
        Assert.Equal("excellent", kept.Str("grade"));
        var moved = await client.GetJsonAsync($"/api/evaluations/projects/{open.Project.Id}");
        Assert.Equal(2, moved.GetProperty("rulePack").GetProperty("version").GetInt32());
        Assert.Equal(86m, moved.Dec("total"));
        Assert.Equal("good", moved.Str("grade"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
