using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Contracts;
using KpiTracker.Measurements.Data;
using KpiTracker.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Measurements.Tests;

/// <summary>
/// Seeds replicas the way production does: by publishing Projects' and Indicators' events on
/// the bus. Tests post values right after publishing, without waiting, which is what the
/// service's bounded replica wait is for.
/// </summary>
public static class Seed
{
    public static readonly string Zhao = Tokens.For("u-zhao", "owner", "18001");
    public static readonly string OwnerNotListed = Tokens.For("u-li", "owner", "18001");
    public static readonly string OwnerElsewhere = Tokens.For("u-wang", "owner", "19001");
    public static readonly string Manager18 = Tokens.For("u-mgr18", "manager", "18");
    public static readonly string Manager19 = Tokens.For("u-mgr19", "manager", "19");

    public static IBus Bus(this MeasurementsFactory f) => f.Services.GetRequiredService<IBus>();

    public static async Task<ProjectSnapshot> ProjectAsync(this MeasurementsFactory f, string department = "18001", string[]? owners = null, int year = 2021)
    {
        var id = Guid.CreateVersion7();
        var snapshot = new ProjectSnapshot(id, 1, department, [department[..2], department], year, "网络传输建设运行费 " + id.ToString("N")[..8],
            "区大数据中心", "网络技术科", "赵洪艳", "83216113", "recurring", 542.74m, 542.74m, [new FundingLine("generalPublicBudget", 542.74m)],
            "保障网络传输稳定运行", owners ?? ["u-zhao"], false);
        await f.Bus().Publish(new ProjectDeclared(Guid.CreateVersion7(), DateTimeOffset.UtcNow, snapshot));
        return snapshot;
    }

    public static IndicatorSnapshot Indicator(Guid projectId, string target = "≤2 小时", string kind = "quantitative", string? comparator = "<=",
        decimal? value = 2, string? unit = "小时", string? direction = "lowerIsBetter", string frequency = "monthly", string aggregation = "max",
        string name = "故障响应时间", long version = 1) =>
        new(Guid.CreateVersion7(), version, projectId, "output", "timeliness", name, target, kind, comparator, value, unit, direction,
            false, "plan", null, aggregation, frequency, false);

    public static async Task<IndicatorSnapshot> IndicatorAsync(this MeasurementsFactory f, Guid projectId, string target = "≤2 小时",
        string kind = "quantitative", string? comparator = "<=", decimal? value = 2, string? unit = "小时", string? direction = "lowerIsBetter",
        string frequency = "monthly")
    {
        var snapshot = Indicator(projectId, target, kind, comparator, value, unit, direction, frequency);
        await f.Bus().Publish(new IndicatorDefined(Guid.CreateVersion7(), DateTimeOffset.UtcNow, snapshot));
        return snapshot;
    }

    public static Task<IndicatorSnapshot> QualitativeAsync(this MeasurementsFactory f, Guid projectId) =>
        f.IndicatorAsync(projectId, "按时", "qualitative", null, null, null, null);

    public static async Task<HttpResponseMessage> RecordAsync(this HttpClient client, Guid indicatorId, string period, object? value = null,
        string? judgement = null, string? note = null) =>
        await client.PostAsJsonAsync("/api/measurements", new { indicatorId, period, value, judgement, note, evidenceUrl = (string?)null });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Polls the service's database until a condition holds (consumers run asynchronously).</summary>
    public static async Task EventuallyAsync(this MeasurementsFactory f, Func<MeasurementsDb, Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using (var scope = f.Services.CreateScope())
            {
                if (await condition(scope.ServiceProvider.GetRequiredService<MeasurementsDb>())) return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for " + what);
            await Task.Delay(50);
        }
    }

    public static Task WaitForProjectAsync(this MeasurementsFactory f, Guid id) =>
        f.EventuallyAsync(db => db.Projects.AnyAsync(p => p.Id == id), "project replica " + id);
}
