using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.ServiceDefaults.Auth;
using KpiTracker.Testing.Processes;

namespace KpiTracker.Imports.Tests;

/// <summary>
/// The real run on the real stack: the upload goes through the gateway to the imports process, which carries
/// the plan out through the gateway with the caller's own token (every permission is the API's).
/// </summary>
public sealed class RealRunTests(Stack stack) : IClassFixture<Stack>
{
    static readonly (string Name, string Value)[] Department = [("departmentCode", "18001"), ("parentCode", "18"), ("parentName", "东西湖区")];

    static (string, string)[] Real(params (string, string)[] fields) => [.. fields, ("dryRun", "false")];

    /// <summary>A real run makes ~60 requests through the gateway: on the loaded shared machine that took over a minute.</summary>
    HttpClient Caller(string token)
    {
        var client = stack.Client(token);
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    [Fact]
    public async Task A_real_run_creates_the_seed_projects_and_a_second_identical_run_creates_nothing_new()
    {
        using var admin = Caller(Tokens.Admin);

        var (status, first, _) = await Uploads.SendAsync(admin, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, Real([.. Department, ("departmentGoals", "false")])));

        Assert.True(status == 200, first.ToString());
        Assert.False(first.GetProperty("dryRun").GetBoolean());
        var run = first.GetProperty("result");
        Assert.Equal("registered", run.GetProperty("department").GetProperty("outcome").GetString());
        Assert.Equal(5, run.GetProperty("projectsCreated").GetInt32());
        Assert.Equal(0, run.GetProperty("projectsFailed").GetInt32());
        Assert.All(run.GetProperty("projects").EnumerateArray(), p => Assert.Equal("已创建", p.GetProperty("outcomeLabel").GetString()));
        var planned = first.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order().ToList();

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/projects?departmentCode=18001&fiscalYear=2021&pageSize=500");
        Assert.Equal(planned, listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order().ToList());
        var id = run.GetProperty("projects")[0].GetProperty("id").GetString();
        var indicators = await admin.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={id}&pageSize=500");
        Assert.Equal(run.GetProperty("projects")[0].GetProperty("indicatorsCreated").GetInt32(), indicators.GetProperty("total").GetInt32());

        // A manager of the department uploads the same file again (no parent: only an admin registers one, and
        // the parent is not theirs to see): everything exists already.
        using var manager = Caller(Tokens.For("u-manager-18001", KpiClaims.Manager, "18001"));
        var (again, second, _) = await Uploads.SendAsync(manager, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, Real(("departmentGoals", "false"))));

        Assert.True(again == 200, second.ToString());
        var rerun = second.GetProperty("result");
        Assert.Equal(0, rerun.GetProperty("projectsCreated").GetInt32());
        Assert.Equal(5, rerun.GetProperty("projectsExisting").GetInt32());
        Assert.Equal(0, rerun.GetProperty("indicatorsCreated").GetInt32());
        Assert.All(rerun.GetProperty("projects").EnumerateArray(), p => Assert.Equal("exists", p.GetProperty("outcome").GetString()));
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/projects?departmentCode=18001&fiscalYear=2021&pageSize=500");
        Assert.Equal(5, after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_manager_of_another_department_is_refused_by_the_api_and_nothing_is_created()
    {
        using var admin = Caller(Tokens.Admin);
        foreach (var (code, parent) in new[] { ("28", (string?)null), ("28001", "28") })
        {
            using var r = await admin.PostAsJsonAsync("/api/departments", new { code, name = "单位" + code, parentCode = parent });
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
        using var stranger = Caller(Tokens.For("u-manager-29001", KpiClaims.Manager, "29001"));

        var (status, problem, type) = await Uploads.SendAsync(stranger, Uploads.Form(Uploads.Seed, SeedFiles.Wuhan2021, Real(("departmentCode", "28001"))));

        Assert.True(status is 403 or 404, problem.ToString());
        Assert.Equal("application/problem+json", type);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/projects?departmentCode=28001&pageSize=500");
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }
}
