using System.Net;
using System.Net.Http.Json;
using KpiTracker.Testing;
using Npgsql;

namespace KpiTracker.Projects.Tests;

/// <summary>With the trail switched off a change still commits, and appends nothing: what the benchmark compares against.</summary>
public sealed class AuditOffTests(AuditOffFactory factory) : IClassFixture<AuditOffFactory>
{
    [Fact]
    public async Task A_change_commits_without_a_record()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        var created = await admin.PostAsJsonAsync("/api/departments", new { code = "18", name = "单位18" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/departments/18")).StatusCode);

        await using var c = new NpgsqlConnection(factory.Database.ConnectionString);
        await c.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_records", c);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }
}
