using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace KpiTracker.Measurements.Tests;

/// <summary>
/// A month accepted while a write is between its check and its commit (issue 12, item 3): the write is refused all
/// the same. The accept in flight is played by a connection that holds the gate's exclusive lock (as an accept's
/// transaction does) and has set the month accepted but not committed yet; the write's own check still sees
/// "submitted" and passes, so only the gate (Data/MonitoringGate) can stop it.
/// </summary>
[Collection(nameof(MeasurementsCollection))]
public sealed class MonitoringGateTests(MeasurementsFactory factory)
{
    const int GateLockClass = 0x4D4F4E49;

    [Fact]
    public async Task A_value_waiting_on_an_accept_in_flight_is_refused_and_a_batch_keeps_its_other_months()
    {
        var project = await factory.ProjectAsync();
        var a = await factory.IndicatorAsync(project.Id);
        var b = await factory.IndicatorAsync(project.Id);
        var owner = factory.ClientAs(Seed.Zhao);
        var submit = await owner.PostAsJsonAsync($"/api/monitoring-submissions/projects/{project.Id}/2021/6/submit", new { reason = (string?)null });
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);

        await using var accept = await AcceptInFlightAsync(project.Id, 6);
        var single = owner.RecordAsync(a.Id, "2021-06", 1m);
        var batch = owner.PostAsJsonAsync("/api/measurements/batch", new
        {
            items = new object[]
            {
                new { indicatorId = b.Id, period = "2021-07", value = 1m },
                new { indicatorId = b.Id, period = "2021-06", value = 1m },
            },
        });
        var other = owner.RecordAsync(a.Id, "2021-08", 1m); // same project, a month the accept does not lock
        // The three saves passed their own checks and now wait for the gate.
        await WaitForWaitersAsync(project.Id, 3);
        Assert.False(single.IsCompleted);
        await accept.CommitAsync();

        var refused = await single;
        var body = await refused.JsonAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.Conflict, $"{(int)refused.StatusCode} {body}");
        Assert.Equal("Month locked", body.GetProperty("title").GetString());
        Assert.Equal("2021-06", body.GetProperty("lockedMonth").GetString());
        Assert.Equal(HttpStatusCode.Created, (await other).StatusCode);
        var results = (await (await batch).JsonAsync()).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetInt32());
        // The batch met the lock, looked again: its June item is refused, July is stored.
        Assert.Equal([201, 409], results.ToArray());
        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/measurements?projectId={project.Id}");
        Assert.Equal(["2021-07", "2021-08"],
            stored.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("period").GetString()!).Order().ToArray());
    }

    /// <summary>An accept's transaction, stopped before its commit: the gate's exclusive lock held, the month set accepted.</summary>
    async Task<NpgsqlTransaction> AcceptInFlightAsync(Guid project, int month)
    {
        var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync();
        var tx = await conn.BeginTransactionAsync();
        await using (var lockIt = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, hashtext(@project))", conn, tx))
        {
            lockIt.Parameters.AddWithValue("class", GateLockClass);
            lockIt.Parameters.AddWithValue("project", project.ToString());
            await lockIt.ExecuteNonQueryAsync();
        }
        await using var update = new NpgsqlCommand(
            "UPDATE monitoring_submissions SET status = 'accepted', version = version + 1 WHERE project_id = @project AND month = @month", conn, tx);
        update.Parameters.AddWithValue("project", project);
        update.Parameters.AddWithValue("month", month);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return tx;
    }

    async Task WaitForWaitersAsync(Guid project, int count)
    {
        await using var conn = new NpgsqlConnection(factory.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = @class::oid AND objid = hashtext(@project)::oid", conn);
        cmd.Parameters.AddWithValue("class", (long)GateLockClass);
        cmd.Parameters.AddWithValue("project", project.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Convert.ToInt64(await cmd.ExecuteScalarAsync()) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} saves waited for the gate within 30 s");
            await Task.Delay(20);
        }
    }
}
