using KpiTracker.Contracts;

namespace KpiTracker.Reporting.Tests;

/// <summary>
/// A project with indicators of every kind and a whole year of values. The tests compute what
/// the service must answer from these numbers with DOMAIN.md's formulas.
/// </summary>
public sealed class StandardProject
{
    public Scenario Scenario { get; }
    public string DepartmentCode { get; }
    public IndicatorSnapshot Availability { get; }   // ≥90% mean, monthly, 20 points
    public IndicatorSnapshot Response { get; }       // ≤2 小时 max, monthly, 15 points
    public IndicatorSnapshot Training { get; }       // 2 批 sum, quarterly, 15 points (≥ inferred)
    public IndicatorSnapshot Service { get; }        // 有所提升, qualitative, yearly
    public IndicatorSnapshot Satisfaction { get; }   // ≥90% latest, yearly

    public static readonly decimal[] AvailabilityValues = [80, 85, 90, 82, 84, 86, 88, 90, 92, 94, 96, 98];
    // January is reported in minutes (90 分钟 = 1.5 小时); the rest in hours.
    public static readonly decimal[] ResponseHours = [1.5m, 1, 2, 1.5m, 2.3m, 1, 1, 1, 1, 1, 1, 1];
    public static readonly decimal[] TrainingBatches = [0, 1, 1, 1];
    public const decimal SpendingJanToJul = 7m;
    public const decimal SpendingAugToDec = 9m;
    public const decimal AnnualBudget = 100m;

    public StandardProject(string departmentCode, string name = "网络传输建设运行费", bool withValues = true)
    {
        DepartmentCode = departmentCode;
        string[] path = ["18", departmentCode];
        Scenario = new Scenario
        {
            Project = Scenario.NewProject(departmentCode, path, name, AnnualBudget,
                new FundingLine("generalPublicBudget", 80m), new FundingLine("other", 20m)),
        };
        Scenario.Departments.Add(Scenario.Department("18", "东西湖区", "18"));
        Scenario.Departments.Add(Scenario.Department(departmentCode, "武汉市东西湖区大数据中心" + departmentCode, path));
        var s = Scenario;
        Availability = s.Indicator("output", "quality", "系统可用率", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, 20m, "mean", "monthly");
        Response = s.Indicator("output", "timeliness", "故障响应时间", "≤2 小时", "quantitative", "<=", 2m, "小时", "lowerIsBetter", false, 15m, "max", "monthly");
        Training = s.Indicator("output", "quantity", "业务培训", "2 批", "quantitative", ">=", 2m, "批", "higherIsBetter", true, 15m, "sum", "quarterly");
        Service = s.Indicator("benefit", "social", "服务水平", "有所提升", "qualitative", null, null, null, null, false, null, "latest", "yearly");
        Satisfaction = s.Indicator("satisfaction", "satisfaction", "服务对象满意度", "≥90%", "quantitative", ">=", 90m, "%", "higherIsBetter", false, null, "latest", "yearly");
        if (!withValues) return;

        var values = new List<MeasurementVersion>();
        for (var m = 1; m <= 12; m++)
        {
            var period = $"2021-{m:00}";
            values.Add(s.Value(Availability, period, AvailabilityValues[m - 1]));
            values.Add(m == 1 ? s.Value(Response, period, 90m, "分钟") : s.Value(Response, period, ResponseHours[m - 1],
                note: m == 5 ? "5月线路故障，已更换设备" : null));
            s.Spend(period, m <= 7 ? SpendingJanToJul : SpendingAugToDec);
        }
        for (var q = 1; q <= 4; q++) values.Add(s.Value(Training, $"2021-Q{q}", TrainingBatches[q - 1]));
        values.Add(s.Value(Service, "2021", null, judgement: "partiallyAchieved"));
        values.Add(s.Value(Satisfaction, "2021", 95m));
        s.Record([.. values]);
        s.Forecast(Response, "2021-07", "≤2小时", "possible", ["hardware"], "设备老化，已申请更换");
    }
}
