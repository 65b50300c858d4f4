using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;
using Npgsql;

namespace KpiTracker.Projects.Tests;

/// <summary>
/// The audit trail (issue 12, item 4), in the Projects service on real PostgreSQL: every state-changing
/// request appends one record in its transaction, the table refuses UPDATE, DELETE and TRUNCATE by
/// itself (the superuser's included), and a record changed behind the triggers' back is named by verify.
/// </summary>
public sealed class AuditTrailTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");
    static readonly string Auditor = Tokens.For("u-aud", "auditor", "18");

    async Task<Guid> DeclareAsync()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        foreach (var (code, parent) in new[] { ("18", (string?)null), ("18001", "18") })
            await admin.PostAsJsonAsync("/api/departments", new { code, name = "单位" + code, parentCode = parent });
        var created = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/projects", ProjectRequests.NetworkProject(name: "审计 " + Guid.NewGuid().ToString("N")[..8]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    async Task<List<JsonElement>> RecordsOf(Guid id)
    {
        var page = await factory.ClientAs(Auditor).GetFromJsonAsync<JsonElement>($"/api/audit/projects?objectId={id}&pageSize=500");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(factory.Database.ConnectionString);
        await c.OpenAsync();
        return c;
    }

    [Fact]
    public async Task Each_change_is_one_record_with_who_before_after_and_trace_and_reads_are_not_recorded()
    {
        var id = await DeclareAsync();
        var submit = await factory.ClientAs(Manager18).PostAsJsonAsync($"/api/projects/{id}/submit", new { });
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        await factory.ClientAs(Manager18).GetAsync($"/api/projects/{id}");
        // A refused change leaves nothing behind.
        Assert.Equal(HttpStatusCode.Conflict, (await factory.ClientAs(Manager18).PostAsJsonAsync($"/api/projects/{id}/submit", new { })).StatusCode);

        var records = await RecordsOf(id);
        Assert.Equal(2, records.Count);
        var (declared, submitted) = (records[0], records[1]);
        Assert.Equal("POST /api/projects/", declared.GetProperty("action").GetString());
        Assert.Equal("Project", declared.GetProperty("objectType").GetString());
        Assert.Equal(id.ToString(), declared.GetProperty("objectId").GetString());
        Assert.Equal(JsonValueKind.Null, declared.GetProperty("before").ValueKind);
        Assert.Equal("u-mgr18", submitted.GetProperty("actor").GetString());
        Assert.Equal("POST /api/projects/{id:guid}/submit", submitted.GetProperty("action").GetString());
        var before = submitted.GetProperty("before").GetProperty($"Project/{id}");
        var after = submitted.GetProperty("after").GetProperty($"Project/{id}");
        Assert.Equal("draft", before.GetProperty("status").GetString());
        Assert.Equal("submitted", after.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{32}$", submitted.GetProperty("traceId").GetString());
        // Nothing else changed in between: the submit's record chains to the declaration's.
        Assert.Equal(declared.GetProperty("position").GetInt64() + 1, submitted.GetProperty("position").GetInt64());
        Assert.Equal(declared.GetProperty("hash").GetString(), submitted.GetProperty("prevHash").GetString());

        // Auditors and admins only.
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Manager18).GetAsync("/api/audit/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Manager18).GetAsync("/api/audit/projects/verify")).StatusCode);
    }

    [Theory]
    [InlineData("UPDATE audit_records SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_records")]
    [InlineData("TRUNCATE audit_records")]
    public async Task PostgreSQL_itself_refuses_to_change_or_remove_a_record_even_for_the_superuser(string sql)
    {
        await DeclareAsync();
        await using var c = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText);
    }

    [Fact]
    public async Task The_role_owning_the_table_has_no_update_or_delete_privilege_on_it()
    {
        await DeclareAsync();
        await using var c = await OpenAsync();
        var role = "t_audit_" + Guid.NewGuid().ToString("N")[..8];
        async Task Run(string sql) { await using var cmd = new NpgsqlCommand(sql, c); await cmd.ExecuteNonQueryAsync(); }
        // As a service's own role: it owns the table (it ran the migrations) and revoked the rights from itself.
        await Run($"CREATE ROLE {role} NOLOGIN; ALTER TABLE audit_records OWNER TO {role}; SET ROLE {role}; REVOKE UPDATE, DELETE, TRUNCATE ON audit_records FROM {role}");
        try
        {
            foreach (var sql in new[] { "UPDATE audit_records SET actor = 'x'", "DELETE FROM audit_records" })
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => Run(sql));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
                Assert.Contains("permission denied", refused.MessageText);
            }
        }
        finally
        {
            await Run("RESET ROLE");
            await Run($"ALTER TABLE audit_records OWNER TO CURRENT_USER; DROP ROLE {role}");
        }
    }

    [Fact]
    public async Task Verify_names_the_record_changed_behind_the_triggers_back_and_passes_when_nothing_was()
    {
        var id = await DeclareAsync();
        await factory.ClientAs(Manager18).PostAsJsonAsync($"/api/projects/{id}/submit", new { });
        var auditor = factory.ClientAs(Auditor);
        var intact = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/projects/verify");
        Assert.True(intact.GetProperty("intact").GetBoolean(), intact.ToString());

        var victim = (await RecordsOf(id))[^1].GetProperty("position").GetInt64();
        await using (var c = await OpenAsync())
        await using (var cmd = new NpgsqlCommand(
            $"SET session_replication_role = replica; UPDATE audit_records SET actor_name = '改过的人' WHERE position = {victim}; SET session_replication_role = origin", c))
            await cmd.ExecuteNonQueryAsync();

        var broken = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/projects/verify");
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(victim, broken.GetProperty("firstBadPosition").GetInt64());
        Assert.Contains($"record {victim}", broken.GetProperty("problem").GetString());

        // Rewriting the hash as well moves the break to the next record, which still names the old one.
        await using (var c = await OpenAsync())
        await using (var cmd = new NpgsqlCommand($"""
            SET session_replication_role = replica;
            UPDATE audit_records r SET hash = audit_record_hash(r) WHERE position = {victim};
            SET session_replication_role = origin
            """, c))
            await cmd.ExecuteNonQueryAsync();
        var moved = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/projects/verify");
        if (moved.GetProperty("records").GetInt64() > victim)
            Assert.Equal(victim + 1, moved.GetProperty("firstBadPosition").GetInt64());
        else
            Assert.True(moved.GetProperty("intact").GetBoolean()); // the last record: nothing after it holds its hash
    }
}
