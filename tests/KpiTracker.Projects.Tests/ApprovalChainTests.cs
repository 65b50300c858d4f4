using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Projects.Tests;

/// <summary>
/// The declaration's approval chain (issue 12, item 2): draft → submitted (owner or manager of the
/// department) → approved, or returned with a reason (a manager of the parent department or an admin)
/// → submitted again. Every wrong role, wrong department and wrong status is refused.
/// </summary>
public sealed class ApprovalChainTests(ProjectsFactory factory) : IClassFixture<ProjectsFactory>
{
    static readonly string ManagerOfParent = Tokens.For("u-mgr18", "manager", "18");
    static readonly string ManagerOfDepartment = Tokens.For("u-mgr18001", "manager", "18001");
    static readonly string ManagerElsewhere = Tokens.For("u-mgr19", "manager", "19");
    static readonly string ManagerOfSibling = Tokens.For("u-mgr18002", "manager", "18002");
    static readonly string Owner = Tokens.For("u-zhao", "owner", "18001");
    static readonly string OwnerNotListed = Tokens.For("u-li", "owner", "18001");
    static readonly string OwnerMoved = Tokens.For("u-zhao", "owner", "19001");
    static readonly string AuditorOfParent = Tokens.For("u-aud18", "auditor", "18");
    static readonly string OwnerWhoIsAlsoManagerOfDepartment =
        KpiTracker.ServiceDefaults.Auth.DevelopmentTokens.Mint("u-zhao", ["owner", "manager"], ["18001"]);

    async Task SeedDepartmentsAsync()
    {
        var admin = factory.ClientAs(Tokens.Admin);
        foreach (var (code, name, parent) in new[] { ("18", "东西湖区", (string?)null), ("18001", "武汉市东西湖区大数据中心", "18"),
                     ("18002", "东西湖区财政局", "18"), ("19", "黄陂区", null), ("19001", "黄陂区大数据中心", "19") })
        {
            var r = await admin.PostAsJsonAsync("/api/departments", new { code, name, parentCode = parent });
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
    }

    async Task<Guid> DeclareAsync(string department = "18001")
    {
        await SeedDepartmentsAsync();
        var response = await factory.ClientAs(ManagerOfParent).PostAsJsonAsync("/api/projects",
            ProjectRequests.NetworkProject(department, name: "审批链 " + Guid.NewGuid().ToString("N")[..8]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", body.GetProperty("status").GetString());
        Assert.Equal("草稿", body.GetProperty("statusLabel").GetString());
        return body.GetProperty("id").GetGuid();
    }

    async Task<HttpResponseMessage> Step(string token, Guid id, string step, string? reason = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{id}/{step}")
        {
            Content = JsonContent.Create(new { reason }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await factory.ClientAs(token).SendAsync(request);
    }

    static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        if (status >= HttpStatusCode.BadRequest) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    async Task<string> StatusOf(Guid id) =>
        (await factory.ClientAs(Tokens.Admin).GetFromJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("status").GetString()!;

    [Fact]
    public async Task Declare_submit_return_resubmit_approve_with_every_wrong_caller_refused_on_the_way()
    {
        var id = await DeclareAsync();

        // Submit: the owner listed on the project, a manager of its department (or above), an admin.
        foreach (var wrong in new[] { OwnerNotListed, AuditorOfParent })
            await Expect(await Step(wrong, id, "submit"), HttpStatusCode.Forbidden);
        // A listed owner whose token now names another department reads the project but does not act on it.
        await Expect(await Step(OwnerMoved, id, "submit"), HttpStatusCode.Forbidden);
        // Another department's manager (a sibling's too) does not see it at all.
        foreach (var unseen in new[] { ManagerElsewhere, ManagerOfSibling })
            await Expect(await Step(unseen, id, "submit"), HttpStatusCode.NotFound);
        // Approving or returning a draft: the chain is not there yet.
        var early = await Expect(await Step(ManagerOfParent, id, "approve"), HttpStatusCode.Conflict);
        Assert.Equal("draft", early.GetProperty("declarationStatus").GetString());
        Assert.Contains("draft", early.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Equal("draft", await StatusOf(id));

        var submitted = await Expect(await Step(Owner, id, "submit"), HttpStatusCode.OK);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Equal("已送审", submitted.GetProperty("statusLabel").GetString());
        await Expect(await Step(Owner, id, "submit"), HttpStatusCode.Conflict);

        // Approve and return: a manager of the parent department, or an admin. Not the declaring
        // department's own manager, not an owner (even one who is also that manager), not an auditor.
        foreach (var step in new[] { "approve", "return" })
        {
            foreach (var wrong in new[] { ManagerOfDepartment, Owner, OwnerWhoIsAlsoManagerOfDepartment, AuditorOfParent })
                await Expect(await Step(wrong, id, step, "理由"), HttpStatusCode.Forbidden);
            foreach (var unseen in new[] { ManagerElsewhere, ManagerOfSibling })
                await Expect(await Step(unseen, id, step, "理由"), HttpStatusCode.NotFound);
        }

        // A return needs a reason: 400 naming it, whitespace included.
        foreach (var reason in new string?[] { null, "", "   " })
        {
            var noReason = await Expect(await Step(ManagerOfParent, id, "return", reason), HttpStatusCode.BadRequest);
            Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        }
        // A stale If-Match is 412; the right one goes through.
        await Expect(await Step(ManagerOfParent, id, "return", "测算依据不足", ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);
        var returned = await Expect(await Step(ManagerOfParent, id, "return", "测算依据不足", ifMatch: "\"2\""), HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal("被退回", returned.GetProperty("statusLabel").GetString());
        Assert.Equal("测算依据不足", returned.GetProperty("returnReason").GetString());
        var again = await Expect(await Step(ManagerOfParent, id, "approve"), HttpStatusCode.Conflict);
        Assert.Equal("returned", again.GetProperty("declarationStatus").GetString());

        // Resubmitted by the department's manager this time, then approved by an admin.
        await Expect(await Step(ManagerOfDepartment, id, "submit", "已补充测算依据"), HttpStatusCode.OK);
        var approved = await Expect(await Step(Tokens.Admin, id, "approve"), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("已批复", approved.GetProperty("statusLabel").GetString());
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("returnReason").ValueKind);
        foreach (var step in new[] { "submit", "approve", "return" })
        {
            var done = await Expect(await Step(Tokens.Admin, id, step, "再来"), HttpStatusCode.Conflict);
            Assert.Equal("approved", done.GetProperty("declarationStatus").GetString());
        }

        // Every step is on record, oldest first: who, from what, to what, why.
        var reviews = approved.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(["submitted", "returned", "submitted", "approved"], reviews.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(["u-zhao", "u-mgr18", "u-mgr18001", "u-admin"], reviews.Select(r => r.GetProperty("by").GetString()));
        Assert.Equal("测算依据不足", reviews[1].GetProperty("reason").GetString());
        Assert.Equal("returned", reviews[2].GetProperty("from").GetString());
        Assert.Equal("被退回", reviews[2].GetProperty("fromLabel").GetString());
        Assert.Equal(5, approved.GetProperty("version").GetInt64()); // declared, then four steps
    }

    [Fact]
    public async Task A_root_departments_declaration_is_approved_by_an_admin_only()
    {
        var id = await DeclareAsync(department: "18");
        await Expect(await Step(ManagerOfParent, id, "submit"), HttpStatusCode.OK);
        // The manager of 18 is the declaring department's own manager here: there is no parent above.
        await Expect(await Step(ManagerOfParent, id, "approve"), HttpStatusCode.Forbidden);
        await Expect(await Step(Tokens.Admin, id, "approve"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lists_filter_by_status_codes_or_labels_with_counts_over_every_status()
    {
        var draft = await DeclareAsync();
        var submitted = await DeclareAsync();
        var returned = await DeclareAsync();
        var approved = await DeclareAsync();
        foreach (var id in new[] { submitted, returned, approved }) await Expect(await Step(Owner, id, "submit"), HttpStatusCode.OK);
        await Expect(await Step(ManagerOfParent, returned, "return", "指标不完整"), HttpStatusCode.OK);
        await Expect(await Step(ManagerOfParent, approved, "approve"), HttpStatusCode.OK);

        var client = factory.ClientAs(ManagerOfParent);
        async Task<List<Guid>> Ids(string status)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/projects?departmentCode=18001&q=审批链&pageSize=500&status={Uri.EscapeDataString(status)}");
            return list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        }
        Assert.Contains(draft, await Ids("draft"));
        Assert.Contains(draft, await Ids("待送审"));
        Assert.DoesNotContain(submitted, await Ids("草稿"));
        Assert.Contains(submitted, await Ids("已送审"));
        Assert.Contains(returned, await Ids("被退回"));
        Assert.Contains(approved, await Ids("已批复"));
        var two = await Ids("submitted,returned");
        Assert.Contains(submitted, two);
        Assert.Contains(returned, two);
        Assert.DoesNotContain(approved, two);

        // The counts cover the whole filter but the status: a tab shows how many it would list.
        var page = await client.GetFromJsonAsync<JsonElement>("/api/projects?departmentCode=18001&q=审批链&status=approved&pageSize=1");
        var counts = page.GetProperty("counts");
        Assert.True(counts.GetProperty("draft").GetInt32() >= 1);
        Assert.True(counts.GetProperty("submitted").GetInt32() >= 1);
        Assert.True(counts.GetProperty("returned").GetInt32() >= 1);
        Assert.Equal(page.GetProperty("total").GetInt32(), counts.GetProperty("approved").GetInt32());

        var bad = await client.GetAsync("/api/projects?status=pending");
        var problem = await Expect(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }
}
