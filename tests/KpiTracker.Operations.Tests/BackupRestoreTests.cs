using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// `kpi backup` and `kpi restore` on the real servers, against this stack's own databases:
/// back up, write more, restore, rebuild the read model, and the dashboard is the one of the
/// moment of the backup.
/// </summary>
[Collection(OpsStackCollection.Name)]
public sealed class BackupRestoreTests(OpsStack stack)
{
    static readonly string[] Services = ["projects", "indicators", "measurements", "reporting", "identity"];

    [Fact]
    public async Task Restore_then_rebuild_gives_back_the_dashboard_of_the_backup()
    {
        var s = new Scenario(stack);
        var projectId = await s.DeclareProjectAsync();
        var indicatorId = await s.DefineIndicatorAsync(projectId, "维护设备", "2 批", "output", "quantity", "sum");
        await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-07", value = "1批" }), HttpStatusCode.Created);
        var dashboard = $"/api/dashboard/projects/{projectId}?asOf=2021-12";
        var atBackup = await Scenario.EventuallyAsync(s.Manager, dashboard, d => Actual(d) == 1m);

        var dbArgs = Services.SelectMany(svc => new[] { "--db", $"{svc}={stack.Database(svc).Name}" }).ToArray();
        var folder = Path.Combine(Path.GetTempPath(), "kpi-backup-" + Guid.NewGuid().ToString("N")[..8]);
        var kpi = Path.Combine(TestInfrastructure.RepositoryRoot, "kpi");
        var (backed, backupLog) = await Commands.RunAsync(kpi, ["backup", "--out", folder, .. dbArgs]);
        Assert.True(backed == 0, backupLog);
        Assert.Contains("outbox_messages waiting", File.ReadAllText(Path.Combine(folder, "outbox-state.txt")));

        await Scenario.Expect(s.Owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period = "2021-08", value = "1批" }), HttpStatusCode.Created);
        await Scenario.EventuallyAsync(s.Manager, dashboard, d => Actual(d) == 2m);

        var (restored, restoreLog) = await Commands.RunAsync(kpi, ["restore", folder, .. dbArgs]);
        Assert.True(restored == 0, restoreLog);
        Directory.Delete(folder, recursive: true);

        // The services lost their connections with the old databases: a rebuild is accepted once they are back.
        var admin = stack.As("u-admin", "admin");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage rebuild;
        while ((rebuild = await admin.PostAsync("/api/admin/rebuild", null)).StatusCode != HttpStatusCode.Accepted && DateTime.UtcNow < deadline)
            await Task.Delay(500);
        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);

        var after = await Scenario.EventuallyAsync(s.Manager, dashboard, d => Actual(d) == 1m, TimeSpan.FromSeconds(90));
        Assert.Equal(Indicators(atBackup), Indicators(after));
    }

    // Null until the indicator is there: during a rebuild the project comes back (from Projects' replay) before its
    // indicators do (from Indicators'), and the dashboard shows it with none for that moment.
    static decimal? Actual(JsonElement dashboard) =>
        dashboard.GetProperty("indicators") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
        && list[0].GetProperty("actual") is { ValueKind: JsonValueKind.Number } a ? a.GetDecimal() : null;

    /// <summary>What a reader sees of each indicator: target, actual, completion, status, light, trend.</summary>
    static string Indicators(JsonElement dashboard) => string.Join("\n", dashboard.GetProperty("indicators").EnumerateArray().Select(i =>
        string.Join("|", new[] { "target", "actual", "completion", "status", "light", "trend" }
            .Select(k => i.TryGetProperty(k, out var v) ? v.GetRawText() : "-"))));
}
