using System.Net;
using System.Net.Http.Json;
using System.Text;
using KpiTracker.Testing;

namespace KpiTracker.Measurements.Tests;

[Collection(nameof(MeasurementsCollection))]
public sealed class MeasurementsApiTests(MeasurementsFactory factory)
{
    [Fact]
    public async Task Minutes_against_an_hours_target_are_stored_in_hours_even_right_after_the_indicator_event()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id); // ≤2 小时; no wait before recording

        var response = await factory.ClientAs(Seed.Zhao).RecordAsync(indicator.Id, "2021-07", "90分钟", note: "7月平均");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal($"/api/measurements/{body.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.Equal(1.5m, body.GetProperty("value").GetDecimal());
        Assert.Equal("小时", body.GetProperty("unit").GetString());
        Assert.Equal("90分钟", body.GetProperty("rawValue").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("u-zhao", body.GetProperty("recordedBy").GetString());
        Assert.Equal(project.Id, body.GetProperty("projectId").GetGuid());
        Assert.True(body.GetProperty("recordedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Wan_yuan_converts_to_a_yuan_target_and_a_bare_number_is_in_the_target_unit()
    {
        var project = await factory.ProjectAsync();
        var money = await factory.IndicatorAsync(project.Id, "≥87800元", comparator: ">=", value: 87800, unit: "元", direction: "higherIsBetter");
        var client = factory.ClientAs(Seed.Zhao);

        var converted = await (await client.RecordAsync(money.Id, "2021-07", "8.78万元")).JsonAsync();
        Assert.Equal(87800m, converted.GetProperty("value").GetDecimal());
        Assert.Equal("元", converted.GetProperty("unit").GetString());

        var bare = await client.RecordAsync(money.Id, "2021-08", 91000.5m);
        Assert.Equal(HttpStatusCode.Created, bare.StatusCode);
        Assert.Equal(91000.5m, (await bare.JsonAsync()).GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("3人", "value")]
    [InlineData("2个月", "value")]
    [InlineData("很快", "value")]
    public async Task A_value_that_does_not_convert_is_422_naming_value_and_why(string value, string field)
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var response = await factory.ClientAs(Seed.Zhao).RecordAsync(indicator.Id, "2021-07", value);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains(value, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Judgement_on_a_quantitative_indicator_and_a_number_on_a_qualitative_one_are_422()
    {
        var project = await factory.ProjectAsync();
        var quantitative = await factory.IndicatorAsync(project.Id);
        var qualitative = await factory.QualitativeAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);

        var judged = await client.RecordAsync(quantitative.Id, "2021-07", judgement: "achieved");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, judged.StatusCode);
        Assert.True((await judged.JsonAsync()).GetProperty("errors").TryGetProperty("judgement", out _));

        var numbered = await client.RecordAsync(qualitative.Id, "2021-07", 95);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, numbered.StatusCode);
        Assert.True((await numbered.JsonAsync()).GetProperty("errors").TryGetProperty("value", out _));

        var label = await client.RecordAsync(qualitative.Id, "2021-07", judgement: "部分达成");
        Assert.Equal(HttpStatusCode.Created, label.StatusCode);
        var body = await label.JsonAsync();
        Assert.Equal("partiallyAchieved", body.GetProperty("judgement").GetString());
        Assert.Equal("部分达成", body.GetProperty("judgementLabel").GetString());
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("2021-Q5")]
    [InlineData("July")]
    [InlineData("2020-07")]
    [InlineData("2022")]
    [InlineData("2021-Q3")] // a monthly indicator takes months or the whole year
    public async Task Invalid_out_of_year_or_wrong_granularity_periods_are_422(string period)
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var response = await factory.ClientAs(Seed.Zhao).RecordAsync(indicator.Id, period, 1);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task The_whole_year_and_a_one_digit_month_are_accepted_and_stored_canonically()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        Assert.Equal(HttpStatusCode.Created, (await client.RecordAsync(indicator.Id, "2021", 1.2m)).StatusCode);
        var month = await (await client.RecordAsync(indicator.Id, "2021-7", 1.2m)).JsonAsync();
        Assert.Equal("2021-07", month.GetProperty("period").GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_is_400_naming_value()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var response = await factory.ClientAs(Seed.Zhao).PostAsJsonAsync("/api/measurements",
            new { indicatorId = indicator.Id, period = "2021-07", value = new { amount = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("value", out _));
    }

    public static TheoryData<string, HttpStatusCode> Callers => new()
    {
        { Seed.Zhao, HttpStatusCode.Created },            // owner listed on the project
        { Seed.Manager18, HttpStatusCode.Created },       // manager of the parent department
        { Seed.OwnerNotListed, HttpStatusCode.Forbidden },// sees the department, is not an owner of this project
        { Seed.OwnerElsewhere, HttpStatusCode.NotFound }, // neither sees nor owns it
        // Listed on the project, but the token names another department or none: it reads, it does not write.
        { Tokens.For("u-zhao", "owner", "19001"), HttpStatusCode.Forbidden },
        { Tokens.For("u-zhao", "owner"), HttpStatusCode.Forbidden },
        { Seed.Manager19, HttpStatusCode.NotFound },      // manager of another department
        { Tokens.For("u-auditor", "auditor", "18"), HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Who_may_record(string token, HttpStatusCode expected)
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var response = await factory.ClientAs(token).RecordAsync(indicator.Id, "2021-07", 1);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_indicator_is_404_after_the_bounded_wait()
    {
        var response = await factory.ClientAs(Seed.Manager18).RecordAsync(Guid.NewGuid(), "2021-07", 1);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_second_value_for_the_same_period_is_409_with_the_existing_id()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        var first = await (await client.RecordAsync(indicator.Id, "2021-07", "90分钟")).JsonAsync();

        var second = await client.RecordAsync(indicator.Id, "2021-07", "80分钟");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await second.JsonAsync()).GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task A_correction_appends_version_2_and_the_history_keeps_both_with_who_and_why()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var created = await (await factory.ClientAs(Seed.Zhao).RecordAsync(indicator.Id, "2021-07", "90分钟", note: "初报")).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var manager = factory.ClientAs(Seed.Manager18);

        var noReason = await manager.PostAsJsonAsync($"/api/measurements/{id}/corrections", new { value = "100分钟" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var corrected = await manager.PostAsJsonAsync($"/api/measurements/{id}/corrections", new { value = "100分钟", reason = "系统日志核对后更正" });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var v2 = await corrected.JsonAsync();
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(id, v2.GetProperty("id").GetGuid());
        Assert.Equal(1.66666667m, v2.GetProperty("value").GetDecimal());
        Assert.Equal("初报", v2.GetProperty("note").GetString());

        var history = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements/{id}/history");
        var versions = history.GetProperty("versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal(1.5m, versions[0].GetProperty("value").GetDecimal());
        Assert.Equal("u-zhao", versions[0].GetProperty("recordedBy").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, versions[0].GetProperty("correctionReason").ValueKind);
        Assert.Equal("u-mgr18", versions[1].GetProperty("recordedBy").GetString());
        Assert.Equal("系统日志核对后更正", versions[1].GetProperty("correctionReason").GetString());

        var latest = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements?indicatorId={indicator.Id}");
        Assert.Equal(1, latest.GetProperty("total").GetInt32());
        Assert.Equal(2, latest.GetProperty("items")[0].GetProperty("version").GetInt32());

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/measurements/{id}/corrections")
        {
            Content = JsonContent.Create(new { value = 1, reason = "并发" }),
        };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await manager.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Lists_show_only_projects_the_caller_may_see()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        Assert.Equal(HttpStatusCode.Created, (await factory.ClientAs(Seed.Zhao).RecordAsync(indicator.Id, "2021-07", 1)).StatusCode);

        var mine = await factory.ClientAs(Seed.Manager18).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements?projectId={project.Id}&period=2021-07");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        var other = await factory.ClientAs(Seed.Manager19).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements?projectId={project.Id}");
        Assert.Equal(0, other.GetProperty("total").GetInt32());
        var id = mine.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Seed.Manager19).GetAsync($"/api/measurements/{id}/history")).StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_replays_the_first_response()
    {
        var project = await factory.ProjectAsync();
        var indicator = await factory.IndicatorAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);
        var body = $$"""{ "indicatorId": "{{indicator.Id}}", "period": "2021-07", "value": "90分钟" }""";

        async Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/measurements") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", "measure-" + indicator.Id);
            return await client.SendAsync(request);
        }

        var first = await Send();
        var again = await Send();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await again.JsonAsync()).GetProperty("id").GetGuid());
        var list = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/measurements?indicatorId={indicator.Id}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }
}
