using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiTracker.Contracts;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Projects.Tests;

/// <summary>
/// longTerm: a departmentOverall entry holding a department's 长期目标. Optional (false when absent),
/// refused with 422 on any other type, read back and carried in the snapshot other services replicate.
/// </summary>
public sealed class LongTermTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");

    async Task SeedDepartmentsAsync()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        foreach (var (code, name, parent) in new[] { ("18", "东西湖区", (string?)null), ("18001", "武汉市东西湖区大数据中心", "18") })
        {
            var r = await admin.PostAsJsonAsync("/api/departments", new { code, name, parentCode = parent });
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The seed's project body with longTerm set (or left out when null).</summary>
    static JsonObject Body(string name, string type, bool? longTerm)
    {
        var body = JsonSerializer.SerializeToNode(ProjectRequests.NetworkProject(name: name, type: type), JsonSerializerOptions.Web)!.AsObject();
        if (longTerm is { } value) body["longTerm"] = value;
        return body;
    }

    static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_department_overall_entry_declared_long_term_reads_back_long_term()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("部门整体支出（长期目标）", "departmentOverall", true)));
        Assert.True(created.GetProperty("longTerm").GetBoolean());

        var url = $"/api/projects/{created.GetProperty("id").GetString()}";
        var read = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.True(read.GetProperty("longTerm").GetBoolean());

        // Absent is false, as before the field existed.
        var annual = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("部门整体支出（长期目标测试·年度）", "departmentOverall", null)));
        Assert.False(annual.GetProperty("longTerm").GetBoolean());

        // PUT replaces the form: sending it again keeps it, leaving it out clears it.
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Body("部门整体支出（长期目标）", "departmentOverall", true)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await client.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.True((await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("longTerm").GetBoolean());
    }

    [Fact]
    public async Task Long_term_on_another_type_is_422_naming_the_field()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var response = await client.PostAsJsonAsync("/api/projects", Body("常年性长期测试", "recurring", true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var why = Assert.Single(problem.GetProperty("errors").GetProperty("longTerm").EnumerateArray()).GetString()!;
        Assert.Contains("departmentOverall", why);

        // false is what every project is: accepted on any type.
        await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("常年性长期测试", "recurring", false)));

        // Nor can a PUT turn a project long-term.
        var created = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("常年性长期测试·改", "recurring", null)));
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{created.GetProperty("id").GetString()}")
        { Content = JsonContent.Create(Body("常年性长期测试·改", "recurring", true)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var refused = await client.SendAsync(put);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("longTerm", out _));
    }

    [Fact]
    public async Task The_declared_event_snapshot_carries_long_term()
    {
        await SeedDepartmentsAsync();
        const string name = "部门整体支出（长期目标·事件）";
        var bus = factory.Services.GetRequiredService<IBus>();
        var received = new TaskCompletionSource<ProjectDeclared>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = bus.ConnectReceiveEndpoint("test-project-long-term-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<ProjectDeclared>(ctx =>
            {
                if (ctx.Message.Project.Name == name) received.TrySetResult(ctx.Message);
                return Task.CompletedTask;
            }));
        await handle.Ready;
        try
        {
            var created = await CreatedAsync(await factory.ClientAs(Manager18).PostAsJsonAsync("/api/projects", Body(name, "departmentOverall", true)));
            var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal(created.GetProperty("id").GetGuid(), message.Project.Id);
            Assert.True(message.Project.LongTerm);
        }
        finally
        {
            await handle.StopAsync();
        }
    }
}
