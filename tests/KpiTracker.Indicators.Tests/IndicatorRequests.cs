namespace KpiTracker.Indicators.Tests;

/// <summary>Request bodies shaped as API.md shows them, from the 2021 seed's network project.</summary>
public static class IndicatorRequests
{
    public static object ResponseTime(Guid projectId, string target = "≤2 小时", string name = "故障响应时间") => new
    {
        projectId,
        level1 = "output",
        level2 = "timeliness",
        name,
        target,
        standard = "plan",
        points = (decimal?)null,
        aggregation = "max",
        frequency = "monthly",
        baselines = new[] { new { year = 2020, value = "≤3小时" } },
    };

    public static object WithLabels(Guid projectId) => new
    {
        projectId,
        level1 = "产出指标",
        level2 = "数量指标",
        name = "租赁线路数量",
        target = "≥16条",
        standard = "行业标准",
        points = 10m,
        aggregation = "累计",
        frequency = "季度",
        baselines = Array.Empty<object>(),
        note = "按季度统计",
    };
}
