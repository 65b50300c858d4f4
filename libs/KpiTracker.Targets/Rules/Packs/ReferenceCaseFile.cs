using System.Text.Json;

namespace KpiTracker.Targets;

/// <summary>
/// Reads <c>rule-packs/&lt;id&gt;.cases.json</c>: <c>{ "pack": id, "cases": [ … ] }</c>. Values are written as
/// an object of period → value (<c>{ "2021-01": 92, "2021-05": "150分钟" }</c>; for a qualitative indicator
/// the value is a judgement code). Problems name the file and the field, like the pack's.
/// </summary>
public static class ReferenceCaseFile
{
    public static ReferenceCasesRead Read(string file, string json)
    {
        var problems = new List<RulePackProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, RulePackFile.Options);
        }
        catch (JsonException e)
        {
            return new("", [], [new(file, $"line {e.LineNumber + 1}", "is not valid JSON: " + e.Message)]);
        }
        using (document)
        {
            if (JsonFields.Root(file, document.RootElement, problems) is not { } root) return new("", [], problems);
            var pack = root.String("pack");
            var cases = root.Objects("cases").Select(Case).ToList();
            if (cases.Count == 0 && root.Has("cases")) root.Problem("cases", "must hold at least one case: a pack is reviewed with its worked examples.");
            root.NoOthers();
            return new(pack, problems.Count == 0 ? cases : [], problems);
        }
    }

    static ReferenceCase Case(JsonFields c)
    {
        var name = c.String("name");
        var year = c.Int("fiscalYear");
        decimal annual = 0m;
        var spending = new List<CaseSpending>();
        if (c.Object("budget") is { } b)
        {
            annual = b.Decimal("annual");
            foreach (var (period, value, at) in Entries(b, "spending"))
            {
                if (!TryPeriod(b, at, period, year, out var p)) continue;
                if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)) spending.Add(new(p, amount));
                else b.Problem(at, "must be an amount in 万元.");
            }
            b.NoOthers();
        }
        var indicators = c.Objects("indicators").Select(i => Indicator(i, year)).ToList();
        var month = c.Has("monitoringMonth") ? c.Int("monitoringMonth") : (int?)null;
        if (!c.Has("monitoringMonth")) c.Raw("monitoringMonth");
        var monitoring = c.Has("monitoring") ? Project(c.Object("monitoring")!) : null;
        if (!c.Has("monitoring")) c.Raw("monitoring");
        var yearEnd = c.Object("yearEnd") is { } y ? Project(y) : new CaseProjectExpectation();
        c.NoOthers();
        return new ReferenceCase(name, year, annual, spending, indicators, month, monitoring, yearEnd);
    }

    static CaseIndicator Indicator(JsonFields i, int year)
    {
        var key = i.String("key");
        var level1 = i.Enum("level1", Level1.Output);
        var level2 = i.Enum("level2", Level2.Quantity);
        var name = i.String("name");
        var target = i.String("target");
        var aggregation = i.Enum("aggregation", Aggregation.Latest);
        var frequency = i.Enum("frequency", Frequency.Monthly);
        var points = i.OptionalDecimal("points");
        var values = new List<CaseValue>();
        foreach (var (period, value, at) in Entries(i, "values"))
        {
            if (!TryPeriod(i, at, period, year, out var p)) continue;
            if (value.ValueKind == JsonValueKind.Number) values.Add(new(p, value.GetRawText(), null));
            else if (value.ValueKind == JsonValueKind.String && Vocabulary.TryParse<Judgement>(value.GetString(), out var j)) values.Add(new(p, null, j));
            else if (value.ValueKind == JsonValueKind.String) values.Add(new(p, value.GetString(), null));
            else i.Problem(at, "must be a number, a value with its unit (\"150分钟\") or a judgement (achieved, partiallyAchieved, notAchieved).");
        }
        var forecasts = new List<CaseForecast>();
        if (i.Has("forecasts"))
        {
            foreach (var f in i.Objects("forecasts"))
            {
                var asOf = f.String("asOf");
                var likelihood = f.Enum("likelihood", Likelihood.Possible);
                var expected = f.OptionalString("expectedValue");
                f.NoOthers();
                if (Period.TryParse(asOf, out var p)) forecasts.Add(new(p, likelihood, expected));
                else f.Problem("asOf", "must be a month such as 2021-07.");
            }
        }
        else i.Raw("forecasts");
        var reviewer = i.OptionalDecimal("reviewerScore");
        var notApplicable = i.Bool("notApplicable");
        var monitoring = i.Has("monitoring") ? Expect(i.Object("monitoring")!) : null;
        if (!i.Has("monitoring")) i.Raw("monitoring");
        var yearEnd = i.Has("yearEnd") ? Expect(i.Object("yearEnd")!) : null;
        if (!i.Has("yearEnd")) i.Raw("yearEnd");
        i.NoOthers();
        return new CaseIndicator(key, level1, level2, name, target, aggregation, frequency, points, values, forecasts, reviewer, notApplicable, monitoring, yearEnd);
    }

    static CaseIndicatorExpectation Expect(JsonFields e)
    {
        var x = new CaseIndicatorExpectation(
            OptionalEnum<Light>(e, "light"), OptionalEnum<Status>(e, "status"), e.OptionalDecimal("points"), e.OptionalDecimal("score"),
            e.Has("noteRequired") ? e.Bool("noteRequired") : Skip<bool>(e, "noteRequired"),
            e.Has("provisional") ? e.Bool("provisional") : Skip<bool>(e, "provisional"),
            e.OptionalDecimal("projectedScore"), e.OptionalDecimal("pointsAtRisk"));
        e.NoOthers();
        return x;
    }

    static CaseProjectExpectation Project(JsonFields e)
    {
        var x = new CaseProjectExpectation(OptionalEnum<Light>(e, "budgetLight"), e.OptionalDecimal("budgetPoints"), e.OptionalDecimal("budgetScore"),
            e.OptionalDecimal("total"), OptionalEnum<Grade>(e, "grade"), e.OptionalDecimal("projectedTotal"), OptionalEnum<Grade>(e, "projectedGrade"));
        e.NoOthers();
        return x;
    }

    static T? Skip<T>(JsonFields e, string name) where T : struct
    {
        e.Raw(name);
        return null;
    }

    static T? OptionalEnum<T>(JsonFields e, string name) where T : struct, Enum =>
        e.Has(name) ? e.Enum(name, default(T)) : Skip<T>(e, name);

    static IEnumerable<(string Key, JsonElement Value, string Field)> Entries(JsonFields f, string name)
    {
        if (f.Raw(name) is not { } raw || raw.ValueKind == JsonValueKind.Null) yield break;
        if (raw.ValueKind != JsonValueKind.Object)
        {
            f.Problem(name, "must be an object of period → value, e.g. { \"2021-07\": 92 }.");
            yield break;
        }
        foreach (var p in raw.EnumerateObject()) yield return (p.Name, p.Value, $"{name}.{p.Name}");
    }

    static bool TryPeriod(JsonFields f, string field, string text, int year, out Period period)
    {
        if (Period.TryParse(text, out period) && period.Year == year) return true;
        f.Problem(field, $"is not a period of the fiscal year {year} (2021, 2021-H1, 2021-Q3, 2021-07).");
        return false;
    }
}
