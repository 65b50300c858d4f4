using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Measurements.Tests;

/// <summary>
/// 监控表 submissions (issue 12, item 3) on real PostgreSQL: the chain submit → return → resubmit → accept → reopen
/// with every refusal it owes, and the lock an accepted month puts on values, spending and forecasts of the
/// periods ending in it — one item of a batch refused, the others stored — until a reopen lets them in.
/// </summary>
[Collection(nameof(MeasurementsCollection))]
public sealed class MonitoringSubmissionTests(MeasurementsFactory factory)
{
    static readonly string Manager18001 = Tokens.For("u-mgr18001", "manager", "18001");
    static readonly string Auditor18 = Tokens.For("u-aud18", "auditor", "18");

    static string Url(Guid project, int month, string step = "", int year = 2021) =>
        $"/api/monitoring-submissions/projects/{project}/{year}/{month}" + (step.Length > 0 ? "/" + step : "");

    Task<HttpResponseMessage> StepAsync(string token, Guid project, int month, string step, string? reason = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(project, month, step)) { Content = JsonContent.Create(new { reason }) };
        if (ifMatch is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return factory.ClientAs(token).SendAsync(request);
    }

    async Task<JsonElement> OkAsync(HttpResponseMessage response, string status)
    {
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.Equal(status, body.GetProperty("status").GetString());
        return body;
    }

    /// <summary>Asserts the status (and the field the problem names); returns the problem.</summary>
    static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body}");
        if (field is not null) Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        return body;
    }

    [Fact]
    public async Task Submit_return_without_reason_is_400_then_return_resubmit_accept_reopen_each_from_its_status()
    {
        var project = await factory.ProjectAsync();

        var submitted = await OkAsync(await StepAsync(Seed.Zhao, project.Id, 7, "submit"), "submitted");
        Assert.Equal("已提交", submitted.GetProperty("statusLabel").GetString());
        Assert.Equal("2021-07", submitted.GetProperty("period").GetString());
        Assert.Equal("u-zhao", submitted.GetProperty("submittedBy").GetString());
        Assert.Equal(1, submitted.GetProperty("version").GetInt64());
        Assert.False(submitted.GetProperty("locked").GetBoolean());

        await AssertProblemAsync(await StepAsync(Seed.Manager18, project.Id, 7, "return"), HttpStatusCode.BadRequest, "reason");
        await AssertProblemAsync(await StepAsync(Seed.Manager18, project.Id, 7, "return", "  "), HttpStatusCode.BadRequest, "reason");
        var returned = await OkAsync(await StepAsync(Seed.Manager18, project.Id, 7, "return", "偏差原因未填写"), "returned");
        Assert.Equal("被退回", returned.GetProperty("statusLabel").GetString());
        Assert.Equal("偏差原因未填写", returned.GetProperty("reason").GetString());
        Assert.Equal("u-mgr18", returned.GetProperty("decidedBy").GetString());

        // Accepting a returned month: 409 naming the status it is in.
        var problem = await AssertProblemAsync(await StepAsync(Seed.Manager18, project.Id, 7, "accept"), HttpStatusCode.Conflict, "status");
        Assert.Equal("returned", problem.GetProperty("monitoringStatus").GetString());
        Assert.Equal("被退回", problem.GetProperty("monitoringStatusLabel").GetString());
        Assert.Contains("returned (被退回)", problem.GetProperty("detail").GetString());

        var resubmitted = await OkAsync(await StepAsync(Seed.Zhao, project.Id, 7, "submit", "已补充偏差原因"), "submitted");
        Assert.Equal(3, resubmitted.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("decidedBy").ValueKind);
        await AssertProblemAsync(await StepAsync(Manager18001, project.Id, 7, "accept", ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);
        var accepted = await StepAsync(Manager18001, project.Id, 7, "accept", ifMatch: "\"3\"");
        var acceptedBody = await OkAsync(accepted, "accepted");
        Assert.Equal("已接受", acceptedBody.GetProperty("statusLabel").GetString());
        Assert.True(acceptedBody.GetProperty("locked").GetBoolean());
        Assert.Equal("\"4\"", accepted.Headers.ETag!.Tag);
        Assert.Equal(["submitted", "returned", "submitted", "accepted"],
            acceptedBody.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("被退回", acceptedBody.GetProperty("steps")[2].GetProperty("fromLabel").GetString());

        await AssertProblemAsync(await StepAsync(Seed.Zhao, project.Id, 7, "submit"), HttpStatusCode.Conflict, "status");
        await AssertProblemAsync(await StepAsync(Seed.Manager18, project.Id, 7, "return", "再看看"), HttpStatusCode.Conflict, "status");
        await AssertProblemAsync(await StepAsync(Seed.Manager18, project.Id, 7, "reopen"), HttpStatusCode.BadRequest, "reason");
        await OkAsync(await StepAsync(Seed.Manager18, project.Id, 7, "reopen", "审计发现七月数据有误"), "reopened");
        await OkAsync(await StepAsync(Seed.Zhao, project.Id, 7, "submit"), "submitted");

        // Reading: the month as it stands; a month nobody submitted reads as 未提交; the list counts by status.
        var july = await factory.ClientAs(Seed.Zhao).GetFromJsonAsync<JsonElement>(Url(project.Id, 7));
        Assert.Equal("submitted", july.GetProperty("status").GetString());
        var august = await factory.ClientAs(Seed.Zhao).GetFromJsonAsync<JsonElement>(Url(project.Id, 8));
        Assert.Equal("未提交", august.GetProperty("statusLabel").GetString());
        Assert.Equal(0, august.GetProperty("version").GetInt64());
        await OkAsync(await StepAsync(Seed.Zhao, project.Id, 6, "submit"), "submitted");
        await OkAsync(await StepAsync(Seed.Manager18, project.Id, 6, "accept"), "accepted");
        var list = await factory.ClientAs(Seed.Manager18).GetFromJsonAsync<JsonElement>($"/api/monitoring-submissions?projectId={project.Id}&status=已接受");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(6, list.GetProperty("items")[0].GetProperty("month").GetInt32());
        Assert.Equal(1, list.GetProperty("counts").GetProperty("submitted").GetInt32());
        Assert.Equal(1, list.GetProperty("counts").GetProperty("accepted").GetInt32());
        await AssertProblemAsync(await factory.ClientAs(Seed.Manager18).GetAsync("/api/monitoring-submissions?status=maybe"), HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Wrong_role_and_wrong_department_are_refused_and_a_month_outside_the_year_is_422()
    {
        var project = await factory.ProjectAsync();
        var auditor = Tokens.For("u-aud", "auditor", "18001");

        // Submitting: an owner not listed on the project and an auditor are 403; callers of another department do not see it (404).
        await AssertProblemAsync(await StepAsync(Seed.OwnerNotListed, project.Id, 7, "submit"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await StepAsync(auditor, project.Id, 7, "submit"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await StepAsync(Seed.OwnerElsewhere, project.Id, 7, "submit"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await StepAsync(Seed.Manager19, project.Id, 7, "submit"), HttpStatusCode.NotFound);
        await OkAsync(await StepAsync(Seed.Zhao, project.Id, 7, "submit"), "submitted");

        // Deciding: the owner who submitted, and an auditor, are 403 for every decision; a manager of 19 sees nothing.
        foreach (var step in new[] { "accept", "return", "reopen" })
        {
            await AssertProblemAsync(await StepAsync(Seed.Zhao, project.Id, 7, step, "理由"), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await StepAsync(auditor, project.Id, 7, step, "理由"), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await StepAsync(Seed.Manager19, project.Id, 7, step, "理由"), HttpStatusCode.NotFound);
        }
        var july = await factory.ClientAs(Seed.Zhao).GetFromJsonAsync<JsonElement>(Url(project.Id, 7));
        Assert.Equal("submitted", july.GetProperty("status").GetString());
        await OkAsync(await StepAsync(Tokens.Admin, project.Id, 7, "accept"), "accepted");

        await AssertProblemAsync(await factory.ClientAs(Seed.Zhao).PostAsJsonAsync(Url(project.Id, 7, "submit", year: 2022), new { }),
            HttpStatusCode.UnprocessableEntity, "year");
        await AssertProblemAsync(await StepAsync(Seed.Zhao, project.Id, 13, "submit"), HttpStatusCode.UnprocessableEntity, "month");
        await AssertProblemAsync(await factory.ClientAs(Seed.Manager19).GetAsync(Url(project.Id, 7)), HttpStatusCode.NotFound);
        var others = await factory.ClientAs(Seed.Manager19).GetFromJsonAsync<JsonElement>($"/api/monitoring-submissions?projectId={project.Id}");
        Assert.Equal(0, others.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_accepted_month_locks_its_periods_for_values_spending_and_forecasts_until_reopened_and_the_trail_has_it_all()
    {
        var project = await factory.ProjectAsync();
        var monthly = await factory.IndicatorAsync(project.Id);
        var other = await factory.IndicatorAsync(project.Id);
        var quarterly = await factory.IndicatorAsync(project.Id, frequency: "quarterly");
        var owner = factory.ClientAs(Seed.Zhao);

        // Before the accept: a June value and a June spending entry, to be corrected later.
        var june = await owner.RecordAsync(monthly.Id, "2021-06", 1.5m);
        Assert.Equal(HttpStatusCode.Created, june.StatusCode);
        var juneId = (await june.JsonAsync()).GetProperty("id").GetGuid();
        var spent = await owner.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-06", amount = 10m });
        Assert.Equal(HttpStatusCode.Created, spent.StatusCode);
        var spentId = (await spent.JsonAsync()).GetProperty("id").GetGuid();

        await OkAsync(await StepAsync(Seed.Zhao, project.Id, 6, "submit"), "submitted");
        await OkAsync(await StepAsync(Seed.Manager18, project.Id, 6, "accept"), "accepted");

        // Values: June, and the quarter and half ending in June, are locked; May and July are not.
        var lockedBody = await AssertProblemAsync(await owner.RecordAsync(other.Id, "2021-06", 1m), HttpStatusCode.Conflict, "period");
        Assert.Equal("Month locked", lockedBody.GetProperty("title").GetString());
        Assert.Equal("2021-06", lockedBody.GetProperty("lockedMonth").GetString());
        Assert.Equal("已接受", lockedBody.GetProperty("monitoringStatusLabel").GetString());
        Assert.Equal(HttpStatusCode.Created, (await owner.RecordAsync(other.Id, "2021-05", 1m)).StatusCode);
        await AssertProblemAsync(await owner.PostAsJsonAsync($"/api/measurements/{juneId}/corrections", new { value = 1.2m, reason = "录入有误" }),
            HttpStatusCode.Conflict, "period");

        var batch = await owner.PostAsJsonAsync("/api/measurements/batch", new
        {
            items = new object[]
            {
                new { indicatorId = monthly.Id, period = "2021-07", value = 1m },
                new { indicatorId = quarterly.Id, period = "2021-Q2", value = 1m },
                new { indicatorId = quarterly.Id, period = "2021-Q3", value = 1m },
                new { indicatorId = other.Id, period = "2021-06", value = 1m },
            },
        });
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var results = (await batch.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([201, 409, 201, 409], results.Select(r => r.GetProperty("status").GetInt32()).ToArray());
        Assert.Equal("2021-06", results[1].GetProperty("problem").GetProperty("lockedMonth").GetString());
        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/measurements?projectId={project.Id}");
        Assert.Equal(4, stored.GetProperty("total").GetInt32()); // June (before), May, July, 2021-Q3

        // Spending: June and 2021-H1 (which ends in June) locked, July not; a June entry cannot be corrected.
        await AssertProblemAsync(await owner.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-H1", amount = 1m }),
            HttpStatusCode.Conflict, "period");
        Assert.Equal(HttpStatusCode.Created,
            (await owner.PostAsJsonAsync("/api/spending", new { projectId = project.Id, period = "2021-07", amount = 1m })).StatusCode);
        await AssertProblemAsync(await owner.PostAsJsonAsync($"/api/spending/{spentId}/corrections", new { amount = 11m, reason = "发票金额" }),
            HttpStatusCode.Conflict, "period");

        // Forecasts, by their monitoring date.
        await AssertProblemAsync(await owner.PostAsJsonAsync("/api/forecasts", new { indicatorId = monthly.Id, asOf = "2021-06", likelihood = "possible" }),
            HttpStatusCode.Conflict, "asOf");
        Assert.Equal(HttpStatusCode.Created,
            (await owner.PostAsJsonAsync("/api/forecasts", new { indicatorId = monthly.Id, asOf = "2021-07", likelihood = "possible" })).StatusCode);

        // A reopen with its reason lets the month in again.
        await OkAsync(await StepAsync(Seed.Manager18, project.Id, 6, "reopen", "六月数据需更正"), "reopened");
        Assert.Equal(HttpStatusCode.Created, (await owner.RecordAsync(other.Id, "2021-06", 1m)).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await owner.PostAsJsonAsync($"/api/measurements/{juneId}/corrections", new { value = 1.2m, reason = "录入有误" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await owner.PostAsJsonAsync($"/api/spending/{spentId}/corrections", new { amount = 11m, reason = "发票金额" })).StatusCode);

        // The audit trail: each step is a record with who and the row after; the refused writes left none.
        var trail = await factory.ClientAs(Auditor18).GetFromJsonAsync<JsonElement>($"/api/audit/measurements?objectId={project.Id}&pageSize=500");
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        var steps = records.Where(r => r.GetProperty("objectType").GetString() == "MonitoringSubmission").ToList();
        Assert.Equal(["submit", "accept", "reopen"], steps.Select(r => r.GetProperty("action").GetString()!.Split('/')[^1]).ToArray());
        Assert.Equal("u-mgr18", steps[2].GetProperty("actor").GetString());
        var after = steps[2].GetProperty("after").EnumerateObject().Single().Value;
        Assert.Equal("reopened", after.GetProperty("status").GetString());
        Assert.Equal("六月数据需更正", after.GetProperty("reason").GetString());
        var before = steps[2].GetProperty("before").EnumerateObject().Single().Value;
        Assert.Equal("accepted", before.GetProperty("status").GetString());
        // Values: June, May, the batch (one record for its stored items), the reopened June and its correction; none for a refusal.
        Assert.Equal(5, records.Count(r => r.GetProperty("action").GetString()!.StartsWith("POST /api/measurements", StringComparison.Ordinal)));
    }
}
