using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace KpiTracker.Faults;

/// <summary>
/// Divergence is detected and healed: rows vanish from Reporting's read model behind its back (as
/// acknowledged commits did when PostgreSQL ran with synchronous_commit = off), `kpi reconcile`
/// finds exactly the project that differs (its indicators, values and 监控表 status), replays only it, and the
/// dashboard is whole again.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ReconcileTests(FaultStack stack)
{
    [Fact]
    public async Task Kpi_reconcile_finds_the_project_Reporting_lost_rows_of_and_replays_only_it()
    {
        var damaged = await FaultProject.CreateAsync(stack, "rec-a", indicators: 3);
        var intact = await FaultProject.CreateAsync(stack, "rec-b", indicators: 2);
        foreach (var p in new[] { damaged, intact })
        {
            var writer = new ValueWriter(p.Owner, Guid.NewGuid().ToString("N")[..8]);
            await writer.WriteAsync(p.AllValues(), 50, 1, TimeSpan.Zero, TimeSpan.FromMinutes(1));
            Assert.Equal(p.IndicatorIds.Count * 12, writer.Count);
            await WholeAsync(p, p.IndicatorIds.Count, p.IndicatorIds.Count * 12);
            // July's 监控表 submitted: both projects hold one status in Measurements and in Reporting, so the
            // intact one agreeing shows both services name the month and its version alike.
            var submitted = await p.Owner.PostAsJsonAsync($"/api/monitoring-submissions/projects/{p.Id}/2021/7/submit", new { });
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
            await SubmissionsAsync(p, 1);
        }

        // Lost behind Reporting's back: one indicator row, five values of another and July's 监控表 status.
        await ExecuteAsync($"DELETE FROM indicators WHERE id = '{damaged.IndicatorIds[0]}'");
        await ExecuteAsync($"DELETE FROM monitoring_submissions WHERE project_id = '{damaged.Id}'");
        await ExecuteAsync($"DELETE FROM measurements WHERE measurement_id IN (SELECT measurement_id FROM measurements WHERE indicator_id = '{damaged.IndicatorIds[1]}' LIMIT 5)");

        var (exit, output) = await stack.RunCliAsync("reconcile", "--project", damaged.Id.ToString(), "--project", intact.Id.ToString(), "--timeout", "120");
        string Logs() => output + "\nreporting:\n" + stack.Process("reporting").Events() + "\nmeasurements:\n" + stack.Process("measurements").Events()
            + "\nindicators:\n" + stack.Process("indicators").Events(20);
        Assert.True(exit == 0, Logs());
        // The CLI prints the run when started and again when done: the last top-level object.
        var lines = output.Split('\n');
        var run = JsonDocument.Parse(string.Join('\n', lines[Array.FindLastIndex(lines, l => l.TrimEnd() == "{")..])).RootElement;
        Assert.True(run.GetProperty("outcome").GetString() == "repaired", Logs());
        Assert.Equal([damaged.Id], run.GetProperty("repaired").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        Assert.Equal(2, run.GetProperty("checked").GetInt32());
        var found = run.GetProperty("repairs")[0].GetProperty("differences").EnumerateArray()
            .Select(d => (d.GetProperty("projectId").GetGuid(), d.GetProperty("kind").GetString()!)).Order().ToArray();
        Assert.Equal(new[] { (damaged.Id, "indicators"), (damaged.Id, "measurements"), (damaged.Id, "monitoring") }, found);
        Assert.Equal(0, run.GetProperty("differences").GetArrayLength());
        Assert.Equal(0, run.GetProperty("unhealed").GetArrayLength());

        await WholeAsync(damaged, 3, 36);
        await WholeAsync(intact, 2, 24);
        await SubmissionsAsync(damaged, 1);

        // Consistent now: a second run repairs nothing.
        var again = await damaged.Admin.PostAsync($"/api/admin/reconcile?projectId={damaged.Id}", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var location = again.Headers.Location!.ToString();
        JsonElement second = default;
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            second = await damaged.Admin.GetFromJsonAsync<JsonElement>(location);
            if (second.GetProperty("state").GetString() == "done") break;
        }
        Assert.Equal("consistent", second.GetProperty("outcome").GetString());
        Assert.Equal(0, second.GetProperty("repaired").GetArrayLength());
    }

    [Fact]
    public async Task Only_an_admin_may_reconcile_and_a_bad_year_is_named()
    {
        var manager = stack.As("u-mgr", "manager", "18");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync("/api/admin/reconcile", null)).StatusCode);
        var admin = stack.As("u-admin", "admin");
        var bad = await admin.PostAsync("/api/admin/reconcile?fiscalYear=99999", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("fiscalYear", await bad.Content.ReadAsStringAsync());
    }

    async Task<JsonElement> DashboardAsync(FaultProject p) =>
        await p.Manager.GetFromJsonAsync<JsonElement>($"/api/dashboard/projects/{p.Id}?asOf=2021-12");

    async Task WholeAsync(FaultProject p, int indicators, int points)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(250))
        {
            var d = await DashboardAsync(p);
            var list = d.GetProperty("indicators");
            var seen = list.EnumerateArray().Sum(i => i.GetProperty("trend").GetArrayLength());
            var rows = await ScalarAsync($"SELECT count(*) FROM measurements WHERE project_id = '{p.Id}'");
            if (list.GetArrayLength() == indicators && seen == points && rows == points) return;
            Assert.True(DateTime.UtcNow < deadline, $"project {p.Id}: {list.GetArrayLength()} indicators, {seen} points, {rows} rows");
        }
    }

    /// <summary>Waits until Reporting holds this many 监控表 statuses of the project.</summary>
    async Task SubmissionsAsync(FaultProject p, long count)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(250))
        {
            var held = await ScalarAsync($"SELECT count(*) FROM monitoring_submissions WHERE project_id = '{p.Id}'");
            if (held == count) return;
            Assert.True(DateTime.UtcNow < deadline, $"project {p.Id}: Reporting holds {held} 监控表 statuses, not {count}");
        }
    }

    async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(stack.Database("reporting").ConnectionString);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var c = new NpgsqlConnection(stack.Database("reporting").ConnectionString);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
