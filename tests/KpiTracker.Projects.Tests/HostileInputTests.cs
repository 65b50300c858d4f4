using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiTracker.Testing;

namespace KpiTracker.Projects.Tests;

/// <summary>
/// Issue 9: a NUL in any string field was a 500 from PostgreSQL, free text took 1 MB, money of 1e14
/// or more was a 500 while funding took 9223372036854775808, and a project's fiscal year could move
/// away from its values. Each is refused at the edge with a problem naming the field.
/// </summary>
public sealed class HostileInputTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");

    async Task SeedAsync()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        foreach (var (code, name, parent) in new[] { ("18", "东西湖区", (string?)null), ("18001", "武汉市东西湖区大数据中心", "18") })
            await admin.PostAsJsonAsync("/api/departments", new { code, name, parentCode = parent });
    }

    static JsonObject Body(string name) => JsonBodies.From(ProjectRequests.NetworkProject(name: name));

    public static TheoryData<string> TextFields => new()
    {
        "departmentCode", "name", "competentDepartment", "executingUnit", "leader.name", "leader.phone",
        "rationale", "content", "calculationBasis", "previousBudgets", "overallGoal", "expenses[0].item", "ownerIds[0]",
    };

    [Theory]
    [MemberData(nameof(TextFields))]
    public async Task A_nul_in_any_text_field_is_422_naming_the_field(string field)
    {
        await SeedAsync();
        var response = await factory.ClientAs(Manager18).PostAsync("/api/projects",
            Body("NUL " + field).With(field, "abc\u0000def").Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.Contains("U+0000", errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_control_character_in_a_name_is_refused_and_a_line_break_only_where_text_has_lines()
    {
        await SeedAsync();
        var client = factory.ClientAs(Manager18);
        var named = await client.PostAsync("/api/projects", Body("名称\u0001").Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, named.StatusCode);
        Assert.True((await named.ProblemAsync()).GetProperty("errors").TryGetProperty("name", out _));

        var broken = await client.PostAsync("/api/projects", Body("两行\n名称").Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);

        var paragraphs = await client.PostAsync("/api/projects", Body("多段理由").With("rationale", "第一段。\n\t第二段。").Content());
        Assert.Equal(HttpStatusCode.Created, paragraphs.StatusCode);
    }

    [Fact]
    public async Task A_megabyte_of_free_text_is_refused_with_a_small_answer()
    {
        await SeedAsync();
        var response = await factory.ClientAs(Manager18).PostAsync("/api/projects",
            Body("一兆字节").With("content", new string('字', 1 << 20)).Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 4096, $"the answer has {text.Length} characters");
        Assert.Contains("at most 8000 characters", JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("content")[0].GetString());
    }

    [Theory]
    [InlineData("annualBudget", "100000000000000")]
    [InlineData("totalBudget", "1e15")]
    [InlineData("funding[0].amount", "9223372036854775808")]
    [InlineData("expenses[0].amount", "99999999999999.99999")]
    [InlineData("funding[0].amount", "-1")]
    public async Task Money_beyond_numeric_18_4_is_422_naming_the_field_and_the_range(string field, string amount)
    {
        await SeedAsync();
        var body = Body("钱 " + field + amount).Without("totalBudget").With(field, JsonNode.Parse(amount));
        var response = await factory.ClientAs(Manager18).PostAsync("/api/projects", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.True(message!.Contains("99999999999999.9999") || message.Contains("decimals"), message);
    }

    [Fact]
    public async Task The_largest_money_amount_is_stored_and_read_back()
    {
        await SeedAsync();
        var body = Body("最大金额").With("annualBudget", 99999999999999.9999m).With("totalBudget", 99999999999999.9999m)
            .With("funding[0].amount", 99999999999999.9999m);
        var response = await factory.ClientAs(Manager18).PostAsync("/api/projects", body.Content());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(99999999999999.9999m, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("annualBudget").GetDecimal());
    }

    [Theory]
    [InlineData("/api/projects?q=%00")]
    [InlineData("/api/projects?departmentCode=18%00")]
    [InlineData("/api/projects?q=%01abc")]
    [InlineData("/api/departments/18%01")]   // %00 in a path is refused by the server itself: see the abuse suite
    public async Task A_control_character_in_a_query_or_path_is_a_400_problem(string url)
    {
        var response = await factory.ClientAs(Manager18).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task Department_fields_are_checked_the_same_way()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        var nul = await admin.PostAsJsonAsync("/api/departments", new { code = "77", name = "x\u0000" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
        var parent = await admin.PostAsJsonAsync("/api/departments", new { code = "77", name = "x", parentCode = "1\u00008" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, parent.StatusCode);
        Assert.True((await parent.ProblemAsync()).GetProperty("errors").TryGetProperty("parentCode", out _));
    }

    [Fact]
    public async Task Changing_the_fiscal_year_of_a_declared_project_is_409_and_keeping_it_is_fine()
    {
        await SeedAsync();
        var client = factory.ClientAs(Manager18);
        var created = await (await client.PostAsync("/api/projects", Body("换年度").Content())).Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/projects/{created.GetProperty("id").GetString()}";

        var moved = new HttpRequestMessage(HttpMethod.Put, url) { Content = Body("换年度").With("fiscalYear", 2022).Content() };
        moved.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var response = await client.SendAsync(moved);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("fiscalYear", out _));

        var kept = new HttpRequestMessage(HttpMethod.Put, url) { Content = Body("换年度").With("rationale", "更新").Content() };
        kept.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(kept)).StatusCode);
        Assert.Equal(2021, (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("fiscalYear").GetInt32());
    }
}
