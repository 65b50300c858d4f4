using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Projects.Data;
using KpiTracker.Targets;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Projects.Tests;

public sealed class ProjectsApiTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");
    static readonly string Manager19 = Tokens.For("u-mgr19", "manager", "19");

    async Task SeedDepartmentsAsync()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        foreach (var (code, name, parent) in new[] { ("18", "东西湖区", (string?)null), ("18001", "武汉市东西湖区大数据中心", "18"), ("19", "黄陂区", null), ("19001", "黄陂区大数据中心", "19") })
        {
            var r = await admin.PostAsJsonAsync("/api/departments", new { code, name, parentCode = parent });
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
    }

    async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/projects", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Manager_declares_a_project_and_reads_it_back_with_labels_location_and_etag()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var response = await client.PostAsJsonAsync("/api/projects", ProjectRequests.NetworkProject(name: "读回测试"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/projects/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/projects/{id}");
        Assert.Equal("recurring", read.GetProperty("type").GetString());
        Assert.Equal("常年性", read.GetProperty("typeLabel").GetString());
        Assert.Equal(542.74m, read.GetProperty("annualBudget").GetDecimal());
        Assert.Equal("赵洪艳", read.GetProperty("leader").GetProperty("name").GetString());
        Assert.Equal(Vocabulary.Label(FundingSource.GeneralPublicBudget), read.GetProperty("funding")[0].GetProperty("sourceLabel").GetString());
        Assert.Equal(["18", "18001"], read.GetProperty("departmentPath").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public async Task Department_overall_goals_are_accepted_as_type_departmentOverall_without_start_and_end_years()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreateAsync(client, ProjectRequests.NetworkProject(name: "部门整体支出（年度目标）", type: "departmentOverall"));

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/projects/{created.GetProperty("id").GetString()}");
        Assert.Equal("departmentOverall", read.GetProperty("type").GetString());
        Assert.Equal("部门整体支出", read.GetProperty("typeLabel").GetString());
        Assert.True(!read.TryGetProperty("startYear", out var start) || start.ValueKind == JsonValueKind.Null);

        // The label is accepted as well, as for every other type.
        await CreateAsync(client, ProjectRequests.NetworkProject(name: "部门整体支出（标签）", type: "部门整体支出"));
    }

    [Fact]
    public async Task Creating_a_project_publishes_its_snapshot_through_the_outbox_with_the_row_id_as_message_id()
    {
        await SeedDepartmentsAsync();
        var bus = factory.Services.GetRequiredService<IBus>();
        var received = new TaskCompletionSource<ConsumeContext<ProjectDeclared>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = bus.ConnectReceiveEndpoint("test-project-declared-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<ProjectDeclared>(ctx =>
            {
                if (ctx.Message.Project.Name == "出箱测试") received.TrySetResult(ctx);
                return Task.CompletedTask;
            }));
        await handle.Ready;

        var created = await CreateAsync(factory.ClientAs(Manager18), ProjectRequests.NetworkProject(name: "出箱测试"));

        var context = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(created.GetProperty("id").GetGuid(), context.Message.Project.Id);
        Assert.Equal(["18", "18001"], context.Message.Project.DepartmentPath);
        Assert.Equal(context.Message.EventId, context.MessageId);
        // The row is deleted in the dispatcher's transaction, which commits just after the publish.
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProjectsDb>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await db.OutboxMessages.AnyAsync(m => m.Id == context.Message.EventId) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Id == context.Message.EventId), "a published row leaves the outbox");
        await handle.StopAsync();
    }

    [Fact]
    public async Task Manager_of_another_department_gets_404_and_cannot_list_it()
    {
        await SeedDepartmentsAsync();
        var created = await CreateAsync(factory.ClientAs(Manager18), ProjectRequests.NetworkProject(name: "可见性测试"));
        var other = factory.ClientAs(Manager19);
        var response = await other.GetAsync($"/api/projects/{created.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var list = await other.GetFromJsonAsync<JsonElement>("/api/projects?q=可见性测试");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var mine = await factory.ClientAs(Manager18).GetFromJsonAsync<JsonElement>("/api/projects?q=可见性测试&departmentCode=18001");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Manager_cannot_declare_in_another_department()
    {
        await SeedDepartmentsAsync();
        var response = await factory.ClientAs(Manager19).PostAsJsonAsync("/api/projects", ProjectRequests.NetworkProject(name: "越权"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Put_needs_the_current_etag()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreateAsync(client, ProjectRequests.NetworkProject(name: "并发测试"));
        var url = $"/api/projects/{created.GetProperty("id").GetString()}";
        var body = ProjectRequests.NetworkProject(name: "并发测试-改");

        var missing = await client.PutAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        var ok = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        ok.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await client.SendAsync(ok);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_400_with_every_field_named()
    {
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/projects", new { fiscalYear = 2021 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "departmentCode", "name", "type", "annualBudget" })
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    [Theory]
    [InlineData("{\"departmentCode\": \"18001\", ")]
    [InlineData("{\"departmentCode\": \"18001\", \"fiscalYear\": \"next year\"}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_or_mistyped_json_is_400_problem_not_500(string json)
    {
        var response = await factory.ClientAs(Manager18).PostAsync("/api/projects", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(problem.GetRawText().Contains("   at "), "no stack trace in a problem");
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_response_and_rejects_another_body()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        async Task<HttpResponseMessage> Post(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "key-project-1");
            return await client.SendAsync(request);
        }
        var first = await Post(ProjectRequests.NetworkProject(name: "幂等测试"));
        var again = await Post(ProjectRequests.NetworkProject(name: "幂等测试"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);

        var different = await Post(ProjectRequests.NetworkProject(name: "幂等测试-另一个"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/projects?q=幂等测试");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Declaring_the_same_name_twice_is_409_with_the_existing_id()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreateAsync(client, ProjectRequests.NetworkProject(name: "重复测试"));
        var again = await client.PostAsJsonAsync("/api/projects", ProjectRequests.NetworkProject(name: "重复测试"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(created.GetProperty("id").GetString(), problem.GetProperty("existingId").GetString());
    }

    [Fact]
    public async Task Archiving_hides_the_project_from_lists_but_keeps_it_readable()
    {
        await SeedDepartmentsAsync();
        var client = factory.ClientAs(Manager18);
        var created = await CreateAsync(client, ProjectRequests.NetworkProject(name: "归档测试"));
        var url = $"/api/projects/{created.GetProperty("id").GetString()}";
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.True(read.GetProperty("archived").GetBoolean());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/projects?q=归档测试");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Paging_is_validated_and_shaped_as_api_md_says()
    {
        var client = factory.ClientAs(Tokens.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/projects?pageSize=501")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/projects?page=0")).StatusCode);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/projects?pageSize=2");
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
    }
}
