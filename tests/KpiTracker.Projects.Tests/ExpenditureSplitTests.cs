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
/// basicExpenditure / projectExpenditure: a departmentOverall entry's annual budget split by expenditure
/// nature (支出构成 基本支出 / 项目支出, 万元). Optional, money as annualBudget, their sum within annualBudget,
/// refused with 422 naming the field on any other type, read back and carried in the snapshot.
/// </summary>
public sealed class ExpenditureSplitTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
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

    /// <summary>The seed's project body (annualBudget 542.74) with the split set (or left out when null).</summary>
    static JsonObject Body(string name, string type, decimal? basic, decimal? projects)
    {
        var body = JsonSerializer.SerializeToNode(ProjectRequests.NetworkProject(name: name, type: type), JsonSerializerOptions.Web)!.AsObject();
        if (basic is { } b) body["basicExpenditure"] = b;
        if (projects is { } p) body["projectExpenditure"] = p;
        return body;
    }

    static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static async Task<string> OnlyErrorAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString()!;
    }

    [Fact]
    public async Task A_department_overall_entry_stores_and_reads_back_its_split()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("部门整体支出（支出构成）", "departmentOverall", 200.12m, 342.62m)));
        Assert.Equal(200.12m, created.GetProperty("basicExpenditure").GetDecimal());
        Assert.Equal(342.62m, created.GetProperty("projectExpenditure").GetDecimal());

        var url = $"/api/projects/{created.GetProperty("id").GetString()}";
        var read = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(200.12m, read.GetProperty("basicExpenditure").GetDecimal());
        Assert.Equal(342.62m, read.GetProperty("projectExpenditure").GetDecimal());

        // Absent is null; PUT replaces the form, so leaving one out clears it.
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Body("部门整体支出（支出构成）", "departmentOverall", 200.12m, null)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await client.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(200.12m, after.GetProperty("basicExpenditure").GetDecimal());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("projectExpenditure").ValueKind);

        var plain = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("部门整体支出（无支出构成）", "departmentOverall", null, null)));
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("basicExpenditure").ValueKind);
    }

    [Fact]
    public async Task The_split_on_another_type_is_422_naming_the_field()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var why = await OnlyErrorAsync(await client.PostAsJsonAsync("/api/projects", Body("常年性支出构成测试", "recurring", 100m, null)),
            HttpStatusCode.UnprocessableEntity, "basicExpenditure");
        Assert.Contains("departmentOverall", why);
        await OnlyErrorAsync(await client.PostAsJsonAsync("/api/projects", Body("常年性支出构成测试", "oneOff", null, 100m)),
            HttpStatusCode.UnprocessableEntity, "projectExpenditure");

        // Nor can a PUT add it to a project.
        var created = await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body("常年性支出构成测试", "recurring", null, null)));
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{created.GetProperty("id").GetString()}")
        { Content = JsonContent.Create(Body("常年性支出构成测试", "recurring", null, 1m)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await OnlyErrorAsync(await client.SendAsync(put), HttpStatusCode.UnprocessableEntity, "projectExpenditure");
    }

    [Theory]
    [InlineData("-1", null, "basicExpenditure", "between 0")]
    [InlineData(null, "1.23456", "projectExpenditure", "4 decimals")]
    [InlineData("300", "242.75", "projectExpenditure", "must not exceed annualBudget")]
    public async Task The_split_is_checked_as_money_and_within_the_budget(string? basic, string? projects, string field, string message)
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var why = await OnlyErrorAsync(await client.PostAsJsonAsync("/api/projects",
            Body("部门整体支出（支出构成·校验）", "departmentOverall", Amount(basic), Amount(projects))), HttpStatusCode.UnprocessableEntity, field);
        Assert.Contains(message, why);

        // exactly the budget is whole
        await CreatedAsync(await client.PostAsJsonAsync("/api/projects", Body($"部门整体支出（支出构成·{field}{message.Length}）", "departmentOverall", 300m, 242.74m)));
    }

    static decimal? Amount(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_snapshot_carries_the_split_and_an_older_message_reads_without_it()
    {
        await SeedDepartmentsAsync();
        const string name = "部门整体支出（支出构成·事件）";
        var bus = factory.Services.GetRequiredService<IBus>();
        var received = new TaskCompletionSource<ProjectDeclared>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = bus.ConnectReceiveEndpoint("test-project-split-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<ProjectDeclared>(ctx =>
            {
                if (ctx.Message.Project.Name == name) received.TrySetResult(ctx.Message);
                return Task.CompletedTask;
            }));
        await handle.Ready;
        try
        {
            var created = await CreatedAsync(await factory.ClientAs(Manager18).PostAsJsonAsync("/api/projects", Body(name, "departmentOverall", 528.97m, 13.77m)));
            var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal(created.GetProperty("id").GetGuid(), message.Project.Id);
            Assert.Equal((528.97m, 13.77m), (message.Project.BasicExpenditure, message.Project.ProjectExpenditure));

            // A message sent before the fields existed: the split reads as null.
            var old = JsonSerializer.SerializeToNode(message.Project, JsonSerializerOptions.Web)!.AsObject();
            old.Remove("basicExpenditure");
            old.Remove("projectExpenditure");
            var back = old.Deserialize<ProjectSnapshot>(JsonSerializerOptions.Web)!;
            Assert.Null(back.BasicExpenditure);
            Assert.Null(back.ProjectExpenditure);
            Assert.Equal(message.Project.AnnualBudget, back.AnnualBudget);
        }
        finally
        {
            await handle.StopAsync();
        }
    }
}
