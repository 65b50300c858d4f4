using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Testing;

namespace KpiTracker.Web.Tests.Support;

/// <summary>Each test sets up its own department, project and indicators through the public API.</summary>
public sealed class TestData(WebStack stack)
{
    public string Department { get; } = "W" + Random.Shared.Next(100_000, 999_999);
    public string Owner => $"u-owner-{Department}";
    public string Manager => $"u-manager-{Department}";

    public async Task<Guid> ProjectAsync(string name, int fiscalYear = 2021, decimal annualBudget = 120m)
    {
        using var admin = stack.Client(Tokens.Admin);
        (await admin.PostAsJsonAsync("/api/departments", new { code = Department, name = $"浏览器测试部门 {Department}" })).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/projects", new
        {
            departmentCode = Department, fiscalYear, name, type = "recurring", competentDepartment = "区大数据中心", executingUnit = "网络技术科",
            leader = new { name = "测试负责人", phone = "83216113" }, overallGoal = "保障网络稳定运行", totalBudget = annualBudget, annualBudget,
            funding = new[] { new { source = "generalPublicBudget", amount = annualBudget } }, expenses = new[] { new { item = "租赁费", amount = annualBudget } },
            ownerIds = new[] { Owner },
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<Guid> IndicatorAsync(Guid projectId, string level1, string level2, string name, string target, string aggregation, string frequency = "monthly")
    {
        using var admin = stack.Client(Tokens.Admin);
        var created = await admin.PostAsJsonAsync("/api/indicators", new { projectId, level1, level2, name, target, standard = "plan", aggregation, frequency });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task RecordAsync(Guid indicatorId, string period, object? value = null, string? judgement = null, string? note = null)
    {
        using var owner = stack.Client(Tokens.For(Owner, "owner", Department));
        var r = await owner.PostAsJsonAsync("/api/measurements", new { indicatorId, period, value, judgement, note });
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"recording {period}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }
}
