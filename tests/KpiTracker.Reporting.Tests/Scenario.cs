using KpiTracker.Contracts;

namespace KpiTracker.Reporting.Tests;

/// <summary>Events that describe one project's year, as the owning services would publish them.</summary>
public sealed class Scenario
{
    public List<DepartmentRegistered> Departments { get; } = [];
    public required ProjectSnapshot Project { get; set; }
    public List<IndicatorSnapshot> Indicators { get; } = [];
    public List<MeasurementsRecorded> Measurements { get; } = [];
    public List<SpendingRecorded> Spending { get; } = [];
    public List<ForecastSubmitted> Forecasts { get; } = [];

    static readonly DateTimeOffset T0 = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DepartmentRegistered Department(string code, string name, params string[] path) =>
        new(Guid.NewGuid(), T0, code, name, path.Length > 1 ? path[^2] : null, path);

    public static ProjectSnapshot NewProject(string departmentCode, string[] path, string name, decimal annual, params FundingLine[] funding) =>
        new(Guid.NewGuid(), 1, departmentCode, path, 2021, name, "区大数据中心", "网络技术科", "赵洪艳", "83216113", "recurring",
            annual, annual, funding, "保障全区电子政务外网稳定运行", ["u-owner"], false);

    public IndicatorSnapshot Indicator(string level1, string level2, string name, string text, string kind, string? comparator,
        decimal? value, string? unit, string? direction, bool inferred, decimal? points, string aggregation, string frequency)
    {
        var i = new IndicatorSnapshot(Guid.NewGuid(), 1, Project.Id, level1, level2, name, text, kind, comparator, value, unit,
            direction, inferred, "plan", points, aggregation, frequency, false);
        Indicators.Add(i);
        return i;
    }

    public MeasurementVersion Value(IndicatorSnapshot i, string period, decimal? value, string? unit = null, string? judgement = null, string? note = null) =>
        new(Guid.NewGuid(), 1, i.Id, Project.Id, period, value, unit ?? i.Unit, judgement, value?.ToString(), note, null, null, "u-owner",
            T0.AddDays(Measurements.Count));

    public void Record(params MeasurementVersion[] items) => Measurements.Add(new MeasurementsRecorded(Guid.NewGuid(), T0, items));

    public void Spend(string period, decimal amount) =>
        Spending.Add(new SpendingRecorded(Guid.NewGuid(), T0, [new SpendingEntry(Guid.NewGuid(), Project.Id, period, amount, null, "u-owner", T0)]));

    public ForecastSubmitted Forecast(IndicatorSnapshot i, string asOf, string? expected, string likelihood, string[] reasons, string? note)
    {
        var f = new ForecastSubmitted(Guid.NewGuid(), T0, new ForecastEntry(Guid.NewGuid(), i.Id, Project.Id, asOf, expected, likelihood, reasons, note, "u-owner", T0));
        Forecasts.Add(f);
        return f;
    }
}
