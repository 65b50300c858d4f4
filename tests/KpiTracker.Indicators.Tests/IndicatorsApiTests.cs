using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Indicators.Tests;

public sealed class IndicatorsApiTests(IndicatorsFactory factory) : IClassFixture<IndicatorsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");
    static readonly string Manager19 = Tokens.For("u-mgr19", "manager", "19");
    static readonly string OwnerZhao = Tokens.For("u-zhao", "owner", "18001");

    async Task<Guid> DeclaredProjectAsync(string[]? owners = null)
    {
        var id = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(id, owners: owners));
        return id;
    }

    async Task<(JsonElement Body, HttpResponseMessage Response)> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/indicators", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response);
    }

    [Fact]
    public async Task Indicator_created_right_after_its_project_was_declared_waits_for_the_replica()
    {
        // A UUIDv7 minted now, as Projects mints them: only such an id may still be on its way.
        var projectId = Guid.CreateVersion7();
        // No waiting for the consumer: the request races the event, as a script would.
        await factory.PublishAsync(ProjectEvents.Declared(ProjectEvents.Snapshot(projectId)));
        var (created, response) = await CreateAsync(factory.ClientAs(Manager18), IndicatorRequests.ResponseTime(projectId));

        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/indicators/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("output", created.GetProperty("level1").GetString());
        Assert.Equal("产出指标", created.GetProperty("level1Label").GetString());
        Assert.Equal("timeliness", created.GetProperty("level2").GetString());
        Assert.Equal("时效指标", created.GetProperty("level2Label").GetString());
        Assert.Equal("plan", created.GetProperty("standard").GetString());
        Assert.Equal("计划标准", created.GetProperty("standardLabel").GetString());
        Assert.Equal("max", created.GetProperty("aggregation").GetString());
        Assert.Equal("monthly", created.GetProperty("frequency").GetString());
        Assert.Equal("≤2 小时", created.GetProperty("target").GetString());
        Assert.Equal("≤3小时", created.GetProperty("baselines")[0].GetProperty("value").GetString());

        var parsed = created.GetProperty("parsedTarget");
        Assert.Equal("quantitative", parsed.GetProperty("kind").GetString());
        Assert.Equal("<=", parsed.GetProperty("comparator").GetString());
        Assert.Equal(2m, parsed.GetProperty("value").GetDecimal());
        Assert.Equal("小时", parsed.GetProperty("unit").GetString());
        Assert.Equal("lowerIsBetter", parsed.GetProperty("direction").GetString());
        Assert.False(parsed.GetProperty("comparatorInferred").GetBoolean());

        var read = await factory.ClientAs(Manager18).GetAsync($"/api/indicators/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Chinese_labels_are_accepted_and_answered_with_codes_and_labels()
    {
        var projectId = await DeclaredProjectAsync();
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18), IndicatorRequests.WithLabels(projectId));
        Assert.Equal("output", created.GetProperty("level1").GetString());
        Assert.Equal("quantity", created.GetProperty("level2").GetString());
        Assert.Equal("数量指标", created.GetProperty("level2Label").GetString());
        Assert.Equal("industry", created.GetProperty("standard").GetString());
        Assert.Equal("sum", created.GetProperty("aggregation").GetString());
        Assert.Equal("quarterly", created.GetProperty("frequency").GetString());
        Assert.Equal(10m, created.GetProperty("points").GetDecimal());
        Assert.Equal("higherIsBetter", created.GetProperty("parsedTarget").GetProperty("direction").GetString());
        Assert.Equal("条", created.GetProperty("parsedTarget").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Omitted_standard_aggregation_and_frequency_default_to_plan_latest_monthly()
    {
        var projectId = await DeclaredProjectAsync();
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18),
            new { projectId, level1 = "satisfaction", level2 = "satisfaction", name = "服务对象满意度", target = "满意度>90" });
        Assert.Equal("plan", created.GetProperty("standard").GetString());
        Assert.Equal("latest", created.GetProperty("aggregation").GetString());
        Assert.Equal("monthly", created.GetProperty("frequency").GetString());
        Assert.Equal(0, created.GetProperty("baselines").GetArrayLength());
        var parsed = created.GetProperty("parsedTarget");
        Assert.Equal(">", parsed.GetProperty("comparator").GetString());
        Assert.Equal(90m, parsed.GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("100%", "quantitative", ">=", "100", "%", "higherIsBetter", true)]
    [InlineData("有所提升", "qualitative", null, null, null, null, false)]
    [InlineData("≤2 小时", "quantitative", "<=", "2", "小时", "lowerIsBetter", false)]
    public async Task Targets_are_stored_parsed_on_the_indicator(string target, string kind, string? comparator, string? value,
        string? unit, string? direction, bool inferred)
    {
        var projectId = await DeclaredProjectAsync();
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18), IndicatorRequests.ResponseTime(projectId, target));
        var parsed = created.GetProperty("parsedTarget");
        Assert.Equal(kind, parsed.GetProperty("kind").GetString());
        Assert.Equal(comparator, parsed.GetProperty("comparator").GetString());
        if (value is null) Assert.Equal(JsonValueKind.Null, parsed.GetProperty("value").ValueKind);
        else Assert.Equal(decimal.Parse(value), parsed.GetProperty("value").GetDecimal());
        Assert.Equal(unit, parsed.GetProperty("unit").GetString());
        Assert.Equal(direction, parsed.GetProperty("direction").GetString());
        Assert.Equal(inferred, parsed.GetProperty("comparatorInferred").GetBoolean());

        // Read back from the columns, not from the request.
        var read = await factory.ClientAs(Manager18).GetFromJsonAsync<JsonElement>($"/api/indicators/{created.GetProperty("id").GetString()}");
        Assert.Equal(parsed.GetRawText(), read.GetProperty("parsedTarget").GetRawText());
    }

    [Fact]
    public async Task Unparseable_target_is_422_naming_the_target_and_where()
    {
        var projectId = await DeclaredProjectAsync();
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId, "≥**%"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("target")[0].GetString()!;
        Assert.Contains("character 2", message);
        Assert.Equal("unfilledTemplate", problem.GetProperty("targetError").GetProperty("kind").GetString());
        Assert.Equal(1, problem.GetProperty("targetError").GetProperty("index").GetInt32());
        var list = await factory.ClientAs(Manager18).GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("不少于16人", ">=", 16, "人", false)]
    [InlineData("8.78", ">=", 8.78, null, true)]
    [InlineData("≤90万元", "<=", 90, "万元", false)]
    public async Task Parse_target_answers_any_caller(string text, string comparator, double value, string? unit, bool inferred)
    {
        var response = await factory.ClientAs(Tokens.For("u-aud", "auditor", "19")).PostAsJsonAsync("/api/indicators/parse-target", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parsed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("quantitative", parsed.GetProperty("kind").GetString());
        Assert.Equal(comparator, parsed.GetProperty("comparator").GetString());
        Assert.Equal((decimal)value, parsed.GetProperty("value").GetDecimal());
        Assert.Equal(unit, parsed.GetProperty("unit").GetString());
        Assert.Equal(inferred, parsed.GetProperty("comparatorInferred").GetBoolean());
    }

    /// <summary>Issue 10, item 5: on a 成本指标 a bare amount of money is a ceiling (the parser's TargetContext), when an indicator is defined and when a form asks.</summary>
    [Fact]
    public async Task A_bare_amount_of_money_on_a_cost_indicator_reads_as_at_most()
    {
        var projectId = await DeclaredProjectAsync();
        var client = factory.ClientAs(Manager18);
        var (cost, _) = await CreateAsync(client, new
        {
            projectId, level1 = "output", level2 = "cost", name = "培训成本", target = "80万元", standard = "plan",
            points = (decimal?)null, aggregation = "sum", frequency = "yearly",
        });
        var parsed = cost.GetProperty("parsedTarget");
        Assert.Equal(("<=", "lowerIsBetter", true), (parsed.GetProperty("comparator").GetString(), parsed.GetProperty("direction").GetString(),
            parsed.GetProperty("comparatorInferred").GetBoolean()));
        // The same words under a quantity indicator, or with an operator, keep their own meaning.
        var (quantity, _) = await CreateAsync(client, new
        {
            projectId, level1 = "output", level2 = "quantity", name = "带动投资", target = "80万元", standard = "plan",
            points = (decimal?)null, aggregation = "sum", frequency = "yearly",
        });
        Assert.Equal(">=", quantity.GetProperty("parsedTarget").GetProperty("comparator").GetString());
        var (floor, _) = await CreateAsync(client, new
        {
            projectId, level1 = "cost", level2 = "economicCost", name = "配套资金", target = "≥80万元", standard = "plan",
            points = (decimal?)null, aggregation = "sum", frequency = "yearly",
        });
        Assert.Equal(">=", floor.GetProperty("parsedTarget").GetProperty("comparator").GetString());

        var asked = await client.PostAsJsonAsync("/api/indicators/parse-target", new { text = "80万元", level1 = "成本指标", level2 = "经济成本指标" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("<=", (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("comparator").GetString());
        var bare = await client.PostAsJsonAsync("/api/indicators/parse-target", new { text = "80万元" });
        Assert.Equal(">=", (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("comparator").GetString());
        var unknown = await client.PostAsJsonAsync("/api/indicators/parse-target", new { text = "80万元", level2 = "价格" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);   // an unknown code is malformed, as on POST /api/indicators
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("level2", out _));
    }

    [Fact]
    public async Task Parse_target_of_a_qualitative_text_has_no_number_and_a_template_is_422()
    {
        var client = factory.ClientAs(OwnerZhao);
        var qualitative = await client.PostAsJsonAsync("/api/indicators/parse-target", new { text = "有所提升" });
        var body = await qualitative.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("qualitative", body.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("value").ValueKind);

        var template = await client.PostAsJsonAsync("/api/indicators/parse-target", new { text = "≥**万元" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, template.StatusCode);
        var problem = await template.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _), problem.GetRawText());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/indicators/parse-target", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/indicators/parse-target", new { text = "1" })).StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_400_with_every_field_named()
    {
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators", new { standard = "nonsense" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "projectId", "level1", "level2", "name", "target", "standard" })
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
    }

    [Theory]
    [InlineData("{\"projectId\": \"not-a-guid\"}")]
    [InlineData("{\"projectId\": ")]
    [InlineData("{\"target\": {\"a\": 1}}")]
    public async Task Malformed_json_is_400_problem(string json)
    {
        var response = await factory.ClientAs(Manager18).PostAsync("/api/indicators", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Level2_that_does_not_belong_under_level1_is_422_with_the_reason()
    {
        var projectId = await DeclaredProjectAsync();
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators",
            new { projectId, level1 = "output", level2 = "社会效益", name = "带动就业", target = "≥100人" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reason = problem.GetProperty("errors").GetProperty("level2")[0].GetString()!;
        Assert.Contains("does not belong under output", reason);
        Assert.Contains("timeliness", reason);
    }

    [Fact]
    public async Task Manager_of_another_department_gets_404_and_sees_nothing()
    {
        var projectId = await DeclaredProjectAsync();
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18), IndicatorRequests.ResponseTime(projectId));
        var other = factory.ClientAs(Manager19);

        var create = await other.PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId));
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/indicators/{created.GetProperty("id").GetString()}")).StatusCode);
        var list = await other.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var all = await other.GetFromJsonAsync<JsonElement>("/api/indicators");
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("projectId").GetGuid() == projectId);
    }

    [Fact]
    public async Task Owner_sees_the_indicators_but_gets_403_on_create_update_and_retire()
    {
        var projectId = await DeclaredProjectAsync(owners: ["u-zhao"]);
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18), IndicatorRequests.ResponseTime(projectId));
        var url = $"/api/indicators/{created.GetProperty("id").GetString()}";
        var owner = factory.ClientAs(OwnerZhao);

        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(url)).StatusCode);
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(IndicatorRequests.ResponseTime(projectId)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.SendAsync(put)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.DeleteAsync(url)).StatusCode);

        // Named on the project, an owner sees it even without a department claim.
        var outsideOwner = factory.ClientAs(Tokens.For("u-zhao", "owner"));
        var list = await outsideOwner.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_project_is_404_after_a_bounded_wait()
    {
        var response = await factory.ClientAs(Tokens.Admin).PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Archived_project_takes_no_new_indicators()
    {
        var projectId = Guid.NewGuid();
        await factory.DeclareAsync(ProjectEvents.Snapshot(projectId));
        await factory.PublishAndWaitAsync(ProjectEvents.Archived(ProjectEvents.Snapshot(projectId, version: 2, archived: true)));
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators", IndicatorRequests.ResponseTime(projectId));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Put_needs_the_current_etag_and_parses_the_target_again()
    {
        var projectId = await DeclaredProjectAsync();
        var client = factory.ClientAs(Manager18);
        var (created, _) = await CreateAsync(client, IndicatorRequests.ResponseTime(projectId));
        var url = $"/api/indicators/{created.GetProperty("id").GetString()}";
        var body = IndicatorRequests.ResponseTime(projectId, target: "不超过48小时", name: "故障修复时间");

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.PutAsJsonAsync(url, body)).StatusCode);

        var ok = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        ok.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await client.SendAsync(ok);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);
        var view = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("故障修复时间", view.GetProperty("name").GetString());
        Assert.Equal(48m, view.GetProperty("parsedTarget").GetProperty("value").GetDecimal());
        Assert.Equal("<=", view.GetProperty("parsedTarget").GetProperty("comparator").GetString());

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);

        var bad = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(IndicatorRequests.ResponseTime(projectId, target: "≥**")) };
        bad.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SendAsync(bad)).StatusCode);
    }

    [Fact]
    public async Task Delete_retires_the_indicator_which_stays_readable_but_leaves_lists()
    {
        var projectId = await DeclaredProjectAsync();
        var client = factory.ClientAs(Manager18);
        var (created, _) = await CreateAsync(client, IndicatorRequests.ResponseTime(projectId));
        await CreateAsync(client, IndicatorRequests.WithLabels(projectId));
        var url = $"/api/indicators/{created.GetProperty("id").GetString()}";

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        var read = await client.GetAsync(url);
        Assert.Equal("\"2\"", read.Headers.ETag!.Tag);
        Assert.True((await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retired").GetBoolean());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("租赁线路数量", list.GetProperty("items")[0].GetProperty("name").GetString());
        var withRetired = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}&includeRetired=true");
        Assert.Equal(2, withRetired.GetProperty("total").GetInt32());
        // Declaration order: the form's row order.
        Assert.Equal("故障响应时间", withRetired.GetProperty("items")[0].GetProperty("name").GetString());

        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(IndicatorRequests.ResponseTime(projectId)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(put)).StatusCode);
    }

    [Fact]
    public async Task A_target_sent_as_a_json_number_is_read_as_its_text()
    {
        var projectId = await DeclaredProjectAsync();
        var (created, _) = await CreateAsync(factory.ClientAs(Manager18),
            new { projectId, level1 = "benefit", level2 = "economic", name = "节约资金", target = 8.78m, baselines = new[] { new { year = 2020, value = 7.5m } } });
        Assert.Equal("8.78", created.GetProperty("target").GetString());
        Assert.True(created.GetProperty("parsedTarget").GetProperty("comparatorInferred").GetBoolean());
        Assert.Equal("7.5", created.GetProperty("baselines")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_create()
    {
        var projectId = await DeclaredProjectAsync();
        var client = factory.ClientAs(Manager18);
        async Task<HttpResponseMessage> Post(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/indicators") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "key-indicator-" + projectId);
            return await client.SendAsync(request);
        }
        var first = await Post(IndicatorRequests.ResponseTime(projectId));
        var again = await Post(IndicatorRequests.ResponseTime(projectId));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?projectId={projectId}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_are_paged_and_validated()
    {
        var client = factory.ClientAs(Tokens.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/indicators?pageSize=501")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/indicators?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/indicators?level1=nonsense")).StatusCode);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/indicators?pageSize=2&level1=产出指标");
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("output", i.GetProperty("level1").GetString()));
    }
}
