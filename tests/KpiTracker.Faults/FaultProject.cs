using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.Faults;

/// <summary>
/// A department, a project and 125 monthly indicators, made through the gateway: 125 × 12 months
/// = 1,500 values, each a different number (indicator × 100 + month) so a wrong value shows too.
/// </summary>
public sealed class FaultProject
{
    public const int Indicators = 125;
    public const int Months = 12;

    public required string Department { get; init; }
    public required Guid Id { get; init; }
    public required IReadOnlyList<Guid> IndicatorIds { get; init; }
    public required HttpClient Admin { get; init; }
    public required HttpClient Manager { get; init; }
    public required HttpClient Owner { get; init; }

    /// <summary>Every value this project should end up with, keyed by (indicator, period).</summary>
    public IEnumerable<PlannedValue> AllValues() =>
        from month in Enumerable.Range(1, Months)
        from i in Enumerable.Range(0, IndicatorIds.Count)
        select new PlannedValue(IndicatorIds[i], $"2021-{month:00}", i * 100 + month);

    public static async Task<FaultProject> CreateAsync(Stack stack, string fault, int indicators = Indicators)
    {
        var parent = "F" + Random.Shared.Next(100_000, 999_999);
        var department = parent + "01";
        var ownerId = "u-owner-" + fault;
        var admin = stack.As("u-admin", "admin");
        var manager = stack.As("u-mgr", "manager", parent);
        var owner = stack.As(ownerId, "owner", department);
        await ExpectAsync(admin.PostAsJsonAsync("/api/departments", new { code = parent, name = "故障演练区" }), HttpStatusCode.Created);
        await ExpectAsync(admin.PostAsJsonAsync("/api/departments", new { code = department, name = "故障演练中心", parentCode = parent }), HttpStatusCode.Created);
        var project = await ExpectAsync(manager.PostAsJsonAsync("/api/projects", new
        {
            departmentCode = department, fiscalYear = 2021, name = "故障演练 " + fault, type = "recurring",
            executingUnit = "网络技术科", leader = new { name = "赵洪艳", phone = "83216113" },
            totalBudget = 100m, annualBudget = 100m,
            funding = new[] { new { source = "generalPublicBudget", amount = 100m } },
            ownerIds = new[] { ownerId },
        }), HttpStatusCode.Created);
        var projectId = project.GetProperty("id").GetGuid();
        var ids = new Guid[indicators];
        await Parallel.ForEachAsync(Enumerable.Range(0, indicators), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
        {
            var indicator = await ExpectAsync(manager.PostAsJsonAsync("/api/indicators", new
            {
                projectId, level1 = "output", level2 = "quantity", name = $"维护设备 {i:000}", target = "≥20000 批",
                standard = "plan", aggregation = "sum", frequency = "monthly",
            }), HttpStatusCode.Created);
            ids[i] = indicator.GetProperty("id").GetGuid();
        });
        return new FaultProject { Department = department, Id = projectId, IndicatorIds = ids, Admin = admin, Manager = manager, Owner = owner };
    }

    public static async Task<JsonElement> ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
