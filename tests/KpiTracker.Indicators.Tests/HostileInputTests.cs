using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KpiTracker.Testing;

namespace KpiTracker.Indicators.Tests;

/// <summary>Issue 9 at the indicators' edge: text, target numbers, echoed input, unknown ids.</summary>
public sealed class HostileInputTests(IndicatorsFactory factory) : IClassFixture<IndicatorsFactory>
{
    static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");

    async Task<Guid> ProjectAsync()
    {
        var id = Guid.CreateVersion7();
        await factory.DeclareAsync(ProjectEvents.Snapshot(id));
        return id;
    }

    [Theory]
    [InlineData("name")]
    [InlineData("target")]
    [InlineData("note")]
    [InlineData("baselines[0].value")]
    public async Task A_nul_in_a_text_field_is_422_naming_it(string field)
    {
        var body = JsonBodies.From(IndicatorRequests.ResponseTime(await ProjectAsync())).With(field, "≤2\u0000小时");
        var response = await factory.ClientAs(Manager18).PostAsync("/api/indicators", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("U+0000", (await response.ProblemAsync()).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("≥1e20%")]
    [InlineData("≥100001%")]
    [InlineData("≤99999999999999999999999999小时")]
    public async Task A_target_number_beyond_the_value_range_is_422_naming_target(string target)
    {
        var body = IndicatorRequests.ResponseTime(await ProjectAsync(), target: target.Replace("1e20", "100000000000000000000"));
        var response = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("target")[0].GetString()!;
        Assert.True(message.Contains("between") || message.Contains("too large"), message);

        var parsed = await factory.ClientAs(Manager18).PostAsJsonAsync("/api/indicators/parse-target", new { text = target.Replace("1e20", "100000000000000000000") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, parsed.StatusCode);
    }

    [Fact]
    public async Task A_megabyte_code_is_not_echoed_back()
    {
        var body = JsonBodies.From(IndicatorRequests.ResponseTime(await ProjectAsync())).With("level1", new string('x', 1 << 20));
        var response = await factory.ClientAs(Manager18).PostAsync("/api/indicators", body.Content());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 8192, $"the answer has {text.Length} characters");
    }

    [Fact]
    public async Task More_baselines_than_a_form_holds_are_refused()
    {
        var body = JsonBodies.From(IndicatorRequests.ResponseTime(await ProjectAsync()))
            .With("baselines", new JsonArray([.. Enumerable.Range(2000, 11).Select(y => (JsonNode)new JsonObject { ["year"] = y, ["value"] = "≤3小时" })]));
        var response = await factory.ClientAs(Manager18).PostAsync("/api/indicators", body.Content());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("baselines", out _));
    }
}
