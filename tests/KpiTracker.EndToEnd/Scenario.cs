using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.EndToEnd;

/// <summary>
/// A department, a project owned by one owner, and helpers to go on from there, all through the
/// gateway. Each test makes its own department code so tests never see each other's data.
/// </summary>
public sealed class Scenario(Stack stack)
{
    public string Parent { get; } = "E" + Random.Shared.Next(100_000, 999_999);
    public string Department => Parent + "01";
    public string OwnerId { get; } = "u-owner-" + Guid.NewGuid().ToString("N")[..6];
    public HttpClient Admin => stack.As("u-admin", "admin");
    public HttpClient Manager => stack.As("u-mgr", "manager", Parent);
    public HttpClient Owner => stack.As(OwnerId, "owner", Department);

    public async Task<Guid> DeclareProjectAsync(string name = "网络传输建设运行费")
    {
        await Expect(Admin.PostAsJsonAsync("/api/departments", new { code = Parent, name = "测试区" }), HttpStatusCode.Created);
        await Expect(Admin.PostAsJsonAsync("/api/departments", new { code = Department, name = "测试区大数据中心", parentCode = Parent }), HttpStatusCode.Created);
        var project = await Expect(Manager.PostAsJsonAsync("/api/projects", new
        {
            departmentCode = Department, fiscalYear = 2021, name, type = "recurring",
            executingUnit = "网络技术科", leader = new { name = "赵洪艳", phone = "83216113" },
            totalBudget = 43.2m, annualBudget = 43.2m,
            funding = new[] { new { source = "generalPublicBudget", amount = 43.2m } },
            ownerIds = new[] { OwnerId },
        }), HttpStatusCode.Created);
        return project.GetProperty("id").GetGuid();
    }

    public async Task<Guid> DefineIndicatorAsync(Guid projectId, string name, string target, string level1, string level2, string aggregation)
    {
        var indicator = await Expect(Manager.PostAsJsonAsync("/api/indicators", new
        {
            projectId, level1, level2, name, target, standard = "plan", aggregation, frequency = "monthly",
        }), HttpStatusCode.Created);
        return indicator.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls a read until it satisfies the check: Reporting is eventually consistent.</summary>
    public static async Task<JsonElement> EventuallyAsync(HttpClient client, string url, Func<JsonElement, bool> check, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (check(last)) return last;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"{url} did not reach the expected state in time; last answer: {last}");
        return last;
    }
}
