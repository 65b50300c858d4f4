using System.Text.Json;
using System.Text.RegularExpressions;

namespace KpiTracker.Targets;

/// <summary>
/// Reads a reviewed pack file (<c>rule-packs/&lt;id&gt;.json</c>, the shape of <see cref="RulePackDocument"/>;
/// comments allowed). Every parameter must be written — a missing one is a problem, never a silent
/// default — and the parameters must agree with each other (bands that meet, weights that add up to
/// 100, cut-offs in order). Each problem names the file and the field, so a service that cannot start
/// says exactly what to mend. No I/O: the caller reads the file.
/// </summary>
public static partial class RulePackFile
{
    public static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    /// <summary>Writes a pack in the file's shape (what <see cref="Read"/> reads back to the same pack).</summary>
    public static string Write(RulePack pack) =>
        JsonSerializer.Serialize(RulePackDocument.From(pack), new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true });

    /// <param name="file">The file's name as the problems should show it (e.g. <c>rule-packs/central-2020.json</c>).</param>
    public static RulePackRead Read(string file, string json)
    {
        var problems = new List<RulePackProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return new(null, [new(file, $"line {e.LineNumber + 1}", "is not valid JSON: " + e.Message)]);
        }
        using (document)
        {
            var root = JsonFields.Root(file, document.RootElement, problems);
            if (root is null) return new(null, problems);
            var pack = ReadPack(file, root);
            return problems.Count == 0 ? new(pack, []) : new(null, problems);
        }
    }

    static RulePack ReadPack(string file, JsonFields root)
    {
        var id = root.String("id");
        if (id.Length > 0 && !IdPattern().IsMatch(id)) root.Problem("id", "must be lower-case letters, digits and '-' (e.g. central-2020).");
        var stem = Path.GetFileNameWithoutExtension(file);
        if (id.Length > 0 && stem.Length > 0 && stem != id) root.Problem("id", $"is '{id}' but the file is named '{stem}': one file per pack, named by its id.");
        var name = root.String("name");
        var version = root.Int("version");
        if (version < 1) root.Problem("version", "must be 1 or more (raise it whenever a parameter changes).");
        var basis = root.String("basis");

        var rules = RuleSet.Default;
        if (root.Object("lights") is { } lights) rules = ReadLights(lights, rules);
        if (root.Object("scoring") is { } scoring) rules = ReadScoring(scoring, rules);
        if (root.Object("grades") is { } grades) rules = ReadGrades(grades, rules);
        if (root.Object("calendar") is { } calendar) rules = ReadCalendar(calendar, rules);
        root.NoOthers();
        return new RulePack(id, name, version, basis, rules);
    }

    static RuleSet ReadLights(JsonFields f, RuleSet rules)
    {
        LightBands Bands(string name)
        {
            if (f.Object(name) is not { } b) return LightBands.Default;
            var green = b.Decimal("green");
            var yellow = b.Decimal("yellow");
            if (b.Has("green") && b.Has("yellow") && !(0m < yellow && yellow < green && green <= 1m))
                b.Problem("yellow", $"must lie below green ({JsonFields.Number(green)}), and both in (0, 1]: 0 < yellow < green ≤ 1.");
            b.NoOthers();
            return new LightBands(green, yellow);
        }
        var cumulative = Bands("cumulative");
        var nonCumulative = Bands("nonCumulative");
        var budget = Bands("budget");
        var blue = f.Decimal("blue");
        if (f.Has("blue") && blue is <= 1m or > 10m) f.Problem("blue", "must be a multiple of the target above 1 (e.g. 1.2): an actual that merely meets the target is not blue.");
        var tolerance = f.Decimal("lowerIsBetterTolerance");
        if (f.Has("lowerIsBetterTolerance") && tolerance is < 0m or > 1m) f.Problem("lowerIsBetterTolerance", "must be a share between 0 and 1 (0.2 = up to 20 % past the limit is yellow).");
        f.NoOthers();
        return rules with { CumulativeLights = cumulative, NonCumulativeLights = nonCumulative, BudgetLights = budget, Blue = blue, LowerIsBetterTolerance = tolerance };
    }

    static RuleSet ReadScoring(JsonFields f, RuleSet rules)
    {
        var weights = Level1Weights.Default;
        if (f.Object("weights") is { } w)
        {
            weights = new Level1Weights(w.Decimal("output"), w.Decimal("cost"), w.Decimal("benefit"), w.Decimal("satisfaction"), w.Decimal("budget"));
            foreach (var (name, value) in new[] { ("output", weights.Output), ("cost", weights.Cost), ("benefit", weights.Benefit), ("satisfaction", weights.Satisfaction), ("budget", weights.Budget) })
                if (value < 0m) w.Problem(name, "cannot be negative.");
            if (weights.Output <= 0m && w.Has("output")) w.Problem("output", "must be above 0: 产出指标 carries the points of the form.");
            if (weights.Total != 100m && new[] { "output", "cost", "benefit", "satisfaction", "budget" }.All(w.Has))
                f.Problem("weights", $"add up to {JsonFields.Number(weights.Total)}, not 100.");
            w.NoOthers();
        }
        var empty = f.Enum("emptyLevel1", EmptyLevel1Rule.Rescale, ("rescale", EmptyLevel1Rule.Rescale), ("toOutput", EmptyLevel1Rule.ToOutput));
        var lower = f.Enum("lowerIsBetter", LowerIsBetterFormula.Ratio,
            ("ratio", LowerIsBetterFormula.Ratio), ("linearToZeroAtDouble", LowerIsBetterFormula.LinearToZeroAtDouble));
        var budget = f.Enum("budget", BudgetFormula.Capped, ("capped", BudgetFormula.Capped), ("deductOverspend", BudgetFormula.DeductOverspend));

        var (achieved, partially, notAchieved) = (rules.Achieved, rules.PartiallyAchieved, rules.NotAchieved);
        if (f.Object("qualitative") is { } q)
        {
            ScoreBand Band(string name, bool maxInclusive)
            {
                if (q.Object(name) is not { } b) return default;
                var band = new ScoreBand(b.Decimal("min"), b.Decimal("max"), maxInclusive);
                if (!(0m <= band.Min && band.Min < band.Max && band.Max <= 1m)) b.Problem("max", "must lie above min, both shares in [0, 1].");
                b.NoOthers();
                return band;
            }
            achieved = Band("achieved", true);
            partially = Band("partiallyAchieved", false);
            notAchieved = Band("notAchieved", false);
            if (q.Has("achieved") && achieved.Max != 1m) q.Problem("achieved.max", "must be 1: 达成 reaches full points.");
            if (q.Has("notAchieved") && notAchieved.Min != 0m) q.Problem("notAchieved.min", "must be 0: 未达成 starts at nothing.");
            if (q.Has("partiallyAchieved") && q.Has("achieved") && partially.Max != achieved.Min)
                q.Problem("partiallyAchieved.max", $"must equal achieved.min ({JsonFields.Number(achieved.Min)}): the bands must meet, with no gap or overlap.");
            if (q.Has("partiallyAchieved") && q.Has("notAchieved") && notAchieved.Max != partially.Min)
                q.Problem("notAchieved.max", $"must equal partiallyAchieved.min ({JsonFields.Number(partially.Min)}): the bands must meet, with no gap or overlap.");
            q.NoOthers();
        }
        var decimals = f.Int("decimals", 2);
        if (f.Has("decimals") && decimals is not (0 or 1 or 2)) f.Problem("decimals", "must be 0 (whole points), 1 or 2 (cents).");
        var note = f.NullableDecimal("overAchievementNote");
        if (note is <= 1m or > 10m) f.Problem("overAchievementNote", "must be a multiple of the target above 1 (1.3 = 130 %), or null for none.");
        f.NoOthers();
        return rules with
        {
            Weights = weights,
            EmptyLevel1 = empty,
            LowerIsBetterFormula = lower,
            BudgetFormula = budget,
            Achieved = achieved,
            PartiallyAchieved = partially,
            NotAchieved = notAchieved,
            ScoreDecimals = decimals,
            OverAchievementNote = note,
        };
    }

    static RuleSet ReadGrades(JsonFields f, RuleSet rules)
    {
        var excellent = f.Decimal("excellent");
        var good = f.Decimal("good");
        var fair = f.Decimal("fair");
        if (new[] { "excellent", "good", "fair" }.All(f.Has) && !(0m < fair && fair < good && good < excellent && excellent <= 100m))
            f.Problem("good", $"cut-offs must rise: 0 < fair ({JsonFields.Number(fair)}) < good ({JsonFields.Number(good)}) < excellent ({JsonFields.Number(excellent)}) ≤ 100.");
        f.NoOthers();
        return rules with { Excellent = excellent, Good = good, Fair = fair };
    }

    static RuleSet ReadCalendar(JsonFields f, RuleSet rules)
    {
        var month = f.Int("monitoringMonth");
        if (f.Has("monitoringMonth") && month is < 1 or > 12) f.Problem("monitoringMonth", "must be a month 1–12 (6, 7 and 8 are in use).");
        var day = f.Int("dueDay");
        if (f.Has("dueDay") && day is < 1 or > 31) f.Problem("dueDay", "must be a day of the month 1–31.");
        f.NoOthers();
        return rules with { MonitoringMonth = month, DueDay = day };
    }
}
