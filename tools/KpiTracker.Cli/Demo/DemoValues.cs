using System.Globalization;
using KpiTracker.Targets;

namespace KpiTracker.Cli.Demo;

/// <summary>
/// A plausible, deterministic year of data for a department's projects. Design:
/// <list type="bullet">
/// <item>Every indicator gets a <see cref="Scenario"/>: first, the department is made to show every light
/// and status at once (one blue, one behind, one far behind with a forecast 完全不可能, one silent, one late,
/// a qualitative one partly and one not achieved, a ceiling slightly exceeded); the rest are drawn
/// from a random generator seeded by the project's and indicator's names (not ids), so a run
/// anywhere gives the same values.</item>
/// <item>Monthly values for all 12 months (Late: January–May; yearly indicators: one value for the
/// year), in the target's unit, shaped per roll-up so each light is the same at the mid-year cut-off
/// (month 7) and at the year end: increments of a sum grow evenly, latest values ramp or hold,
/// rates hover around their level. Qualitative indicators get a monthly judgement.</item>
/// <item>Monthly spending per project at 95 %, 70 % or 45 % of the pro-rata budget (green, yellow, red);
/// forecasts as of month 7 for every yellow and red indicator and a few green ones.</item>
/// <item>Every note says 演示数据 demo data.</item>
/// </list>
/// </summary>
public static class DemoValues
{
    public const string DemoNote = "演示数据 demo data";
    public const int MonitoringMonth = 7;

    public static DemoYear Generate(IReadOnlyList<DemoProject> projects)
    {
        var ordered = projects.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var all = ordered.SelectMany(p => p.Indicators.Select(i => (Project: p, Indicator: i)))
            .OrderBy(x => x.Project.Name, StringComparer.Ordinal).ThenBy(x => x.Indicator.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Indicator.TargetText, StringComparer.Ordinal).ToList();

        var scenarios = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        void Force(Func<DemoIndicator, bool> eligible, Scenario scenario)
        {
            var pick = all.FirstOrDefault(x => !scenarios.ContainsKey(x.Indicator.Id) && eligible(x.Indicator));
            if (pick.Indicator is not null) scenarios[pick.Indicator.Id] = scenario;
        }
        // every light and status on the department's dashboard
        Force(CanBeBlue, Scenario.Blue);
        Force(i => IsHigher(i) && i.Frequency == Frequency.Monthly, Scenario.Behind);
        Force(i => IsHigher(i) && i.Frequency == Frequency.Monthly, Scenario.FarBehind);
        Force(i => IsLower(i) && i.Aggregation != Aggregation.Sum, Scenario.Behind);
        Force(i => i.Target is { Kind: TargetKind.Qualitative }, Scenario.Behind);
        Force(i => i.Target is { Kind: TargetKind.Qualitative }, Scenario.FarBehind);
        Force(i => i.Target is not null && i.Frequency == Frequency.Monthly, Scenario.Late);
        Force(_ => true, Scenario.Silent);
        Force(i => IsHigher(i) && i.Frequency == Frequency.Monthly, Scenario.OnTrack);
        Force(i => i.Target is not null, Scenario.Met);

        foreach (var (project, indicator) in all)
        {
            if (scenarios.ContainsKey(indicator.Id)) continue;
            var random = new Random(StableSeed(project.Name + "|" + indicator.Name + "|" + indicator.TargetText));
            scenarios[indicator.Id] = Draw(indicator, random);
        }

        var measurements = new List<DemoMeasurement>();
        var forecasts = new List<DemoForecast>();
        var impossibleGiven = false;
        foreach (var (project, indicator) in all)
        {
            var scenario = scenarios[indicator.Id];
            var random = new Random(StableSeed("values|" + project.Name + "|" + indicator.Name + "|" + indicator.TargetText));
            measurements.AddRange(Values(project.FiscalYear, indicator, scenario, random));
            if (Forecast(project.FiscalYear, indicator, scenario, !impossibleGiven, random) is { } f)
            {
                impossibleGiven |= f.Likelihood == "impossible";
                forecasts.Add(f);
            }
        }

        var spending = new List<DemoSpending>();
        for (var p = 0; p < ordered.Count; p++)
        {
            var project = ordered[p];
            var random = new Random(StableSeed("spending|" + project.Name));
            var rate = p switch
            {
                1 => 0.70m,
                2 => 0.45m,
                _ => random.NextDouble() < 0.8 ? 0.95m : 0.75m,
            };
            if (ordered.Count == 1) rate = 0.95m;
            for (var month = 1; month <= 12; month++)
            {
                var jitter = 1m + (decimal)(random.NextDouble() * 0.06 - 0.03);
                var amount = Math.Round(project.AnnualBudget * rate / 12m * jitter, 4);
                if (amount > 0m) spending.Add(new DemoSpending(project.Id, Month(project.FiscalYear, month), amount, DemoNote));
            }
        }
        return new DemoYear(measurements, spending, forecasts, scenarios);
    }

    private static bool IsHigher(DemoIndicator i) => i.Target is { IsQuantitative: true, Direction: Direction.HigherIsBetter or Direction.Equal, Value: > 0m };

    private static bool IsLower(DemoIndicator i) => i.Target is { IsQuantitative: true, Direction: Direction.LowerIsBetter, Value: > 0m } && i.Frequency == Frequency.Monthly;

    private static bool CanBeBlue(DemoIndicator i) =>
        i.Target is { IsQuantitative: true, Direction: Direction.HigherIsBetter, Value: { } t } target && t > 0m && i.Frequency == Frequency.Monthly
        && (target.Unit.Dimension != Dimension.Percent || t * 1.4m <= 100m);

    private static Scenario Draw(DemoIndicator i, Random random)
    {
        var x = random.NextDouble();
        if (i.Target is null) return Scenario.Silent;
        if (i.Frequency != Frequency.Monthly) return x < 0.85 ? Scenario.Met : Scenario.Silent;
        if (!i.Target.IsQuantitative) return x < 0.75 ? Scenario.Met : x < 0.92 ? Scenario.Behind : Scenario.FarBehind;
        if (IsLower(i)) return x < 0.8 ? Scenario.Met : i.Aggregation == Aggregation.Sum || x < 0.92 ? Scenario.FarBehind : Scenario.Behind;
        if (!IsHigher(i)) return Scenario.Met;
        return x switch
        {
            < 0.35 => Scenario.Met,
            < 0.70 => Scenario.OnTrack,
            < 0.76 when CanBeBlue(i) => Scenario.Blue,
            < 0.86 => Scenario.Behind,
            < 0.93 => Scenario.FarBehind,
            _ => Scenario.Late,
        };
    }

    /// <summary>The monthly (or yearly) values of one indicator for its scenario.</summary>
    public static IEnumerable<DemoMeasurement> Values(int year, DemoIndicator i, Scenario scenario, Random random)
    {
        if (scenario == Scenario.Silent || i.Target is not { } target) yield break;
        var lastMonth = scenario == Scenario.Late ? 5 : 12;
        var note = scenario is Scenario.Behind or Scenario.FarBehind
            ? $"{DemoNote}：进度滞后，原因：人员调整、采购延迟；改进措施：加强调度，按月跟踪"
            : DemoNote;

        if (!target.IsQuantitative)
        {
            var judgement = scenario switch { Scenario.Behind => "partiallyAchieved", Scenario.FarBehind => "notAchieved", _ => "achieved" };
            if (i.Frequency != Frequency.Monthly)
            {
                yield return new DemoMeasurement(i.Id, year.ToString(CultureInfo.InvariantCulture), null, judgement, note);
                yield break;
            }
            for (var m = 1; m <= lastMonth; m++) yield return new DemoMeasurement(i.Id, Month(year, m), null, judgement, note);
            yield break;
        }

        var t = target.Value!.Value;
        if (i.Frequency != Frequency.Monthly)
        {
            var level = target.Direction == Direction.LowerIsBetter ? 0.8m : 1.05m;
            yield return new DemoMeasurement(i.Id, year.ToString(CultureInfo.InvariantCulture), Round(t * level, target), null, note);
            yield break;
        }

        for (var m = 1; m <= lastMonth; m++)
        {
            var value = MonthValue(target, t, i.Aggregation, scenario, m, random);
            yield return new DemoMeasurement(i.Id, Month(year, m), value, null, note);
        }
    }

    private static decimal MonthValue(Target target, decimal t, Aggregation aggregation, Scenario scenario, int month, Random random)
    {
        decimal Noise(double low, double high) => 1m + (decimal)(low + random.NextDouble() * (high - low));

        if (target.Direction == Direction.LowerIsBetter)
        {
            if (aggregation == Aggregation.Sum)
            {
                // a yearly ceiling on increments (money): 84 % of it over the year, or well past it by July
                var share = scenario == Scenario.FarBehind ? 0.2m : 0.07m;
                return Round(t * share * Noise(-0.05, 0.05), target);
            }
            var level = scenario switch
            {
                Scenario.Behind => 1.1m * Noise(-0.03, 0.03),
                Scenario.FarBehind => 1.6m * Noise(-0.05, 0.05),
                _ => 0.5m + (decimal)random.NextDouble() * 0.35m,
            };
            return Round(t * level, target);
        }

        var ratio = scenario switch
        {
            Scenario.Met => 1.05m,
            Scenario.Blue => aggregation == Aggregation.Sum ? 2.2m : 1.45m,
            Scenario.Behind => 0.7m,
            Scenario.FarBehind => 0.4m,
            _ => 0.9m, // OnTrack, Late
        };
        switch (aggregation)
        {
            case Aggregation.Sum:
                // even increments: the year-to-date sum stays at ratio × the pro-rata target
                return Round(t * ratio / 12m * Noise(-0.04, 0.04), target);
            case Aggregation.Latest:
                // year-to-date reports: a level that holds (met, on track, blue) or a ramp that lags
                return scenario is Scenario.Behind or Scenario.FarBehind
                    ? Round(t * ratio * month / 12m, target)
                    : Round(t * ratio * Noise(0, 0.03), target);
            case Aggregation.Min:
                return Round(t * ratio * Noise(0, 0.04), target);
            case Aggregation.Max:
                return Round(t * ratio * Noise(-0.04, 0), target);
            default:
                return Round(t * ratio * Noise(-0.02, 0.02), target);
        }
    }

    /// <summary>Money keeps 4 decimals, everything else 2; a percent never exceeds 100.</summary>
    private static decimal Round(decimal value, Target target)
    {
        if (target.Unit.Dimension == Dimension.Percent && value > 100m) value = 100m;
        return Math.Round(value, target.Unit.Dimension == Dimension.Money ? 4 : 2, MidpointRounding.AwayFromZero);
    }

    private static DemoForecast? Forecast(int year, DemoIndicator i, Scenario scenario, bool impossibleAvailable, Random random)
    {
        if (i.Target is not { } target) return null;
        var asOf = Month(year, MonitoringMonth);
        string Expected(decimal ratio) => target.IsQuantitative
            ? Round(target.Value!.Value * ratio, target).ToString(CultureInfo.InvariantCulture) + target.Unit.Symbol
            : target.Text.Trim();
        switch (scenario)
        {
            case Scenario.FarBehind:
                var impossible = impossibleAvailable || random.NextDouble() < 0.5;
                return new DemoForecast(i.Id, asOf, Expected(target.Direction == Direction.LowerIsBetter ? 1.6m : 0.5m),
                    impossible ? "impossible" : "possible", impossible ? ["funding", "staffing"] : ["hardware"],
                    $"{DemoNote}：{(impossible ? "经费未到位、人员不足，年底无法完成" : "设备到货延迟，力争年底完成")}");
            case Scenario.Behind:
                return new DemoForecast(i.Id, asOf, Expected(target.Direction == Direction.LowerIsBetter ? 1.05m : 0.9m), "possible", ["rules"],
                    $"{DemoNote}：制度流程调整中，预计四季度追上进度");
            case Scenario.OnTrack when random.NextDouble() < 0.5:
            case Scenario.Met when random.NextDouble() < 0.25:
                return new DemoForecast(i.Id, asOf, target.IsQuantitative ? target.Text.Trim() : target.Text.Trim(), "certain", [], $"{DemoNote}：按计划推进");
            default:
                return null;
        }
    }

    /// <summary>
    /// The project whose year the demo closes, so the year-end dashboard also shows <c>missed</c>: the
    /// first (by name) with a target not met by December, whose closing still leaves pending and
    /// noData indicators in the other projects. Null when no project fits (one project only).
    /// </summary>
    public static string? ProjectToClose(IReadOnlyList<DemoProject> all, DemoYear year)
    {
        // the dashboard's summary shows 项目支出 projects only, so the 部门整体支出 goals play no part
        var projects = all.Where(p => !p.IsDepartmentGoals).ToList();
        Dictionary<string, HashSet<Status>> statuses = projects.ToDictionary(p => p.Id, p => p.Indicators
            .Select(i => Expected(i, year.Measurements, ForecastOf(year, i.Id), 12, false).Status).ToHashSet());
        foreach (var p in projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (!statuses[p.Id].Contains(Status.Pending)) continue;
            var others = projects.Where(o => o.Id != p.Id).SelectMany(o => statuses[o.Id]).ToHashSet();
            if (others.Contains(Status.Pending) && others.Contains(Status.NoData) && others.Contains(Status.Met)) return p.Id;
        }
        return null;
    }

    public static Likelihood? ForecastOf(DemoYear year, string indicatorId) =>
        year.Forecasts.Where(f => f.IndicatorId == indicatorId).Select(f => (Likelihood?)Vocabulary.Parse<Likelihood>(f.Likelihood)).LastOrDefault();

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");

    /// <summary>FNV-1a over UTF-16 code units: the same on every machine and run (string.GetHashCode is not).</summary>
    public static int StableSeed(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 16777619u;
            }
            return (int)(hash & 0x7fffffff);
        }
    }

    /// <summary>
    /// The light and status the generated values give at a cut-off month, computed with the Targets
    /// library the services use (so the demo can say what the dashboard should show).
    /// </summary>
    public static (Light Light, Status Status) Expected(DemoIndicator i, IEnumerable<DemoMeasurement> measurements, Likelihood? forecast, int cutoffMonth, bool yearClosed)
    {
        var context = new EvaluationContext(i.Aggregation, cutoffMonth, yearClosed, forecast, RuleSet.Default);
        var mine = measurements.Where(m => m.IndicatorId == i.Id).Select(m => (Period: Period.Parse(m.Period), m)).ToList();
        var counted = mine.Where(x => x.Period.EndMonth <= cutoffMonth).ToList();
        var missingDue = i.Frequency == Frequency.Monthly
            ? Enumerable.Range(1, cutoffMonth).Any(month => counted.All(x => x.Period.EndMonth != month))
            : cutoffMonth >= 12 && counted.Count == 0;
        if (i.Target is not { } target) return (Light.Grey, Status.NoData);
        if (!target.IsQuantitative)
        {
            var latest = counted.OrderBy(x => x.Period).Select(x => x.m.Judgement).LastOrDefault();
            Judgement? j = latest is null ? null : Vocabulary.Parse<Judgement>(latest);
            var e = Evaluator.EvaluateJudgement(j, context, missingDue);
            return (e.Light, e.Status);
        }
        var actual = Rollup.Aggregate(i.Aggregation, counted.Select(x => new PeriodValue(x.Period, x.m.Value!.Value)));
        var r = Evaluator.Evaluate(target, actual, context, missingDue);
        return (r.Light, r.Status);
    }
}
