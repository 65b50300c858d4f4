using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiTracker.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Measurements.Tests;

/// <summary>
/// A finance officer typed 455 for 45.5 万元: the correction is version 2 of the same entry, with
/// its reason; the 455 stays in the history, and only 45.5 counts.
/// </summary>
[Collection(nameof(MeasurementsCollection))]
public sealed class SpendingCorrectionTests(MeasurementsFactory factory)
{
    async Task<Guid> RecordAsync(Guid projectId, string period = "2021-07", decimal amount = 455m)
    {
        var created = await factory.ClientAs(Seed.Zhao).PostAsJsonAsync("/api/spending", new { projectId, period, amount, note = "线路租赁" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_correction_is_version_2_of_the_same_entry_the_list_shows_it_and_the_history_keeps_both()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        var manager = factory.ClientAs(Seed.Manager18);

        var corrected = await manager.PostAsJsonAsync($"/api/spending/{id}/corrections", new { amount = 45.5m, reason = "小数点录错" });

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal("\"2\"", corrected.Headers.ETag!.Tag);
        Assert.Equal($"/api/spending/{id}", corrected.Headers.Location!.OriginalString);
        var v2 = await corrected.JsonAsync();
        Assert.Equal(id, v2.GetProperty("id").GetGuid());
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(45.5m, v2.GetProperty("amount").GetDecimal());
        Assert.Equal("线路租赁", v2.GetProperty("note").GetString());
        Assert.Equal("小数点录错", v2.GetProperty("correctionReason").GetString());
        Assert.Equal("u-mgr18", v2.GetProperty("recordedBy").GetString());

        var list = await manager.GetFromJsonAsync<JsonElement>($"/api/spending?projectId={project.Id}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(45.5m, list.GetProperty("items")[0].GetProperty("amount").GetDecimal());
        Assert.Equal(2, list.GetProperty("items")[0].GetProperty("version").GetInt32());
        var one = await manager.GetAsync($"/api/spending/{id}");
        Assert.Equal(45.5m, (await one.JsonAsync()).GetProperty("amount").GetDecimal());
        Assert.Equal("\"2\"", one.Headers.ETag!.Tag);

        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/spending/{id}/history");
        Assert.Equal(2, history.GetProperty("currentVersion").GetInt32());
        Assert.Equal("2021-07", history.GetProperty("period").GetString());
        var versions = history.GetProperty("versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal(455m, versions[0].GetProperty("amount").GetDecimal());
        Assert.Equal("u-zhao", versions[0].GetProperty("recordedBy").GetString());
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("correctionReason").ValueKind);
        Assert.Equal(45.5m, versions[1].GetProperty("amount").GetDecimal());
        Assert.Equal("u-mgr18", versions[1].GetProperty("recordedBy").GetString());
        Assert.Equal("小数点录错", versions[1].GetProperty("correctionReason").GetString());
        Assert.True(versions[1].GetProperty("recordedAt").GetDateTimeOffset() >= versions[0].GetProperty("recordedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task If_Match_must_name_the_current_version_when_sent()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);

        HttpRequestMessage Correction(string etag, decimal amount) => new(HttpMethod.Post, $"/api/spending/{id}/corrections")
        {
            Content = JsonContent.Create(new { amount, reason = "更正" }),
            Headers = { { "If-Match", etag } },
        };

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Correction("\"1\"", 45.5m))).StatusCode);
        var stale = await client.SendAsync(Correction("\"1\"", 46m));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Correction("\"2\"", 46m))).StatusCode);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/spending/{id}/history");
        Assert.Equal([455m, 45.5m, 46m], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("amount").GetDecimal()).ToArray());
    }

    [Fact]
    public async Task Wrong_corrections_are_refused_with_problems_naming_the_field()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        var zhao = factory.ClientAs(Seed.Zhao);
        var url = $"/api/spending/{id}/corrections";

        var unknown = await zhao.PostAsJsonAsync($"/api/spending/{Guid.NewGuid()}/corrections", new { amount = 1m, reason = "更正" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Seed.Manager19).PostAsJsonAsync(url, new { amount = 1m, reason = "更正" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Seed.Manager19).GetAsync($"/api/spending/{id}/history")).StatusCode);
        // Sees the project through the department, but is not named on it: may not report, may not correct.
        var otherOwner = await factory.ClientAs(Seed.OwnerNotListed).PostAsJsonAsync(url, new { amount = 1m, reason = "更正" });
        Assert.Equal(HttpStatusCode.Forbidden, otherOwner.StatusCode);

        var noReason = await zhao.PostAsJsonAsync(url, new { amount = 45.5m });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        var noAmount = await zhao.PostAsJsonAsync(url, new { reason = "更正" });
        Assert.Equal(HttpStatusCode.BadRequest, noAmount.StatusCode);
        Assert.True((await noAmount.JsonAsync()).GetProperty("errors").TryGetProperty("amount", out _));
        var negative = await zhao.PostAsJsonAsync(url, new { amount = -45.5m, reason = "更正" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        Assert.Equal("application/problem+json", negative.Content.Headers.ContentType!.MediaType);
        Assert.True((await negative.JsonAsync()).GetProperty("errors").TryGetProperty("amount", out _));

        var history = await zhao.GetFromJsonAsync<JsonElement>($"/api/spending/{id}/history");
        Assert.Equal(1, history.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task A_closed_year_refuses_spending_corrections_as_it_refuses_measurement_corrections()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        await factory.Bus().Publish(new ProjectYearClosed(Guid.CreateVersion7(), DateTimeOffset.UtcNow, project.Id, 2021, "u-mgr18"));
        await factory.EventuallyAsync(db => db.YearLocks.AnyAsync(l => l.ProjectId == project.Id && l.Closed), "the year lock");

        var refused = await factory.ClientAs(Seed.Zhao).PostAsJsonAsync($"/api/spending/{id}/corrections", new { amount = 45.5m, reason = "更正" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("reopen", (await refused.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_same_idempotency_key_replays_the_first_correction()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        var client = factory.ClientAs(Seed.Zhao);

        async Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/spending/{id}/corrections")
            {
                Content = new StringContent("""{ "amount": 45.5, "reason": "小数点录错" }""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", "correct-" + id);
            return await client.SendAsync(request);
        }

        var first = await Send();
        var again = await Send();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(2, (await again.JsonAsync()).GetProperty("version").GetInt32());
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/spending/{id}/history");
        Assert.Equal(2, history.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task The_correction_goes_out_through_the_outbox_and_a_replay_sends_the_current_version()
    {
        var project = await factory.ProjectAsync();
        var id = await RecordAsync(project.Id);
        var corrected = new TaskCompletionSource<SpendingEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        var replayed = new TaskCompletionSource<SpendingEntry[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = factory.Bus().ConnectReceiveEndpoint("test-spending-corrected-" + Guid.NewGuid().ToString("N"), e =>
            e.Handler<SpendingRecorded>(ctx =>
            {
                var mine = ctx.Message.Items.Where(i => i.Id == id).ToArray();
                if (mine.Any(i => i.Version == 2))
                {
                    // The first message with version 2 is the correction; the next one is the replay.
                    if (!corrected.TrySetResult(mine.Single())) replayed.TrySetResult(mine);
                }
                return Task.CompletedTask;
            }));
        await handle.Ready;

        Assert.Equal(HttpStatusCode.Created,
            (await factory.ClientAs(Seed.Zhao).PostAsJsonAsync($"/api/spending/{id}/corrections", new { amount = 45.5m, reason = "小数点录错" })).StatusCode);
        var v2 = await corrected.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await factory.Bus().Publish(new ReplayRequested(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7()));
        var again = await replayed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await handle.StopAsync();

        Assert.Equal((project.Id, "2021-07", 45.5m, "小数点录错", "u-zhao"), (v2.ProjectId, v2.Period, v2.Amount, v2.CorrectionReason, v2.RecordedBy));
        // The replay carries the entry once, as it stands now: version 2 with the corrected amount.
        var current = Assert.Single(again);
        Assert.Equal((2, 45.5m, "小数点录错"), (current.Version, current.Amount, current.CorrectionReason));
    }
}
