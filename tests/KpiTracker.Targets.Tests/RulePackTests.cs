namespace KpiTracker.Targets.Tests;

/// <summary>The shipped packs load, reproduce their reference cases, and a broken file names its file and field.</summary>
public class RulePackTests
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "rule-packs");

    public static IEnumerable<(string File, string Text)> ShippedFiles() =>
        Directory.GetFiles(Folder, "*.json").Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    public static RulePackCatalog Shipped()
    {
        var (catalog, problems) = RulePackCatalog.Load(ShippedFiles());
        Assert.True(catalog is not null, string.Join("\n", problems));
        return catalog!;
    }

    public static IEnumerable<object[]> PackIds() => Shipped().Packs.Keys.Select(k => new object[] { k });

    [Fact]
    public void The_shipped_packs_load_and_reproduce_every_reference_case()
    {
        var catalog = Shipped();
        Assert.Equal(["central-2020", "default", "provincial-2021"], catalog.Packs.Keys);
        Assert.All(catalog.Cases, c => Assert.True(c.Value.Count >= 3, c.Key));
        Assert.Equal(RuleSet.Default, catalog.Default.Rules);
    }

    [Fact]
    public void The_provincial_variant_differs_where_the_practice_does()
    {
        var catalog = Shipped();
        var central = catalog.Packs["central-2020"].Rules;
        var province = catalog.Packs["provincial-2021"].Rules;

        Assert.Equal((90m, 80m, 60m), (central.Excellent, central.Good, central.Fair));
        Assert.Equal((80m, 70m, 60m), (province.Excellent, province.Good, province.Fair));
        Assert.Equal(Grade.Good, central.GradeOf(85m));
        Assert.Equal(Grade.Excellent, province.GradeOf(85m));
        Assert.Null(central.OverAchievementNote);
        Assert.Equal(1.3m, province.OverAchievementNote);
        Assert.Equal((LowerIsBetterFormula.Ratio, LowerIsBetterFormula.LinearToZeroAtDouble), (central.LowerIsBetterFormula, province.LowerIsBetterFormula));
        Assert.Equal((BudgetFormula.Capped, BudgetFormula.DeductOverspend), (central.BudgetFormula, province.BudgetFormula));
        Assert.Equal((7, 6), (central.MonitoringMonth, province.MonitoringMonth));
        Assert.Equal((2, 0), (central.ScoreDecimals, province.ScoreDecimals));
        Assert.Equal(0.5m, province.PartiallyAchieved.Min);
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void A_pack_written_and_read_again_is_the_same_pack(string id)
    {
        var pack = Shipped().Packs[id];
        var again = RulePackFile.Read(id + ".json", RulePackFile.Write(pack));
        Assert.True(again.Success, string.Join("\n", again.Problems));
        Assert.Equal(pack, again.Pack);
    }

    static string DefaultText => File.ReadAllText(Path.Combine(Folder, "default.json"));

    static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"blue\": 1.2,", "", "lights.blue", "is missing")]
    [InlineData("\"dueDay\": 10", "\"dueday\": 10", "calendar.dueDay", "is missing")]
    [InlineData("\"dueDay\": 10", "\"dueDay\": 10, \"dueday\": 10", "calendar.dueday", "not a known field")]
    [InlineData("\"output\": 50,", "\"output\": 40,", "scoring.weights", "add up to 90, not 100")]
    [InlineData("\"partiallyAchieved\": { \"min\": 0.6, \"max\": 0.8 }", "\"partiallyAchieved\": { \"min\": 0.6, \"max\": 0.75 }",
        "scoring.qualitative.partiallyAchieved.max", "must equal achieved.min")]
    [InlineData("\"good\": 80", "\"good\": 95", "grades.good", "must rise")]
    [InlineData("\"nonCumulative\": { \"green\": 0.8, \"yellow\": 0.6 }", "\"nonCumulative\": { \"green\": 0.6, \"yellow\": 0.8 }",
        "lights.nonCumulative.yellow", "must lie below green")]
    [InlineData("\"monitoringMonth\": 7", "\"monitoringMonth\": 13", "calendar.monitoringMonth", "month 1–12")]
    [InlineData("\"lowerIsBetter\": \"ratio\"", "\"lowerIsBetter\": \"proportional\"", "scoring.lowerIsBetter", "must be one of ratio, linearToZeroAtDouble")]
    [InlineData("\"overAchievementNote\": null", "\"overAchievementNote\": 0.9", "scoring.overAchievementNote", "above 1")]
    [InlineData("\"overAchievementNote\": null", "\"note\": null", "scoring.overAchievementNote", "is missing")]
    [InlineData("\"decimals\": 2", "\"decimals\": 3", "scoring.decimals", "must be 0")]
    [InlineData("\"version\": 1", "\"version\": 0", "version", "1 or more")]
    [InlineData("\"id\": \"default\"", "\"id\": \"central-2020\"", "id", "the file is named 'default'")]
    [InlineData("\"budget\": \"capped\"", "\"budget\": 10", "scoring.budget", "must be one of capped, deductOverspend")]
    public void A_missing_or_inconsistent_parameter_is_named_by_file_and_field(string from, string to, string field, string message)
    {
        var read = RulePackFile.Read("rule-packs/default.json", Replace(DefaultText, from, to));

        Assert.False(read.Success);
        var problem = Assert.Single(read.Problems, p => p.Field == field);
        Assert.Equal("rule-packs/default.json", problem.File);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith("rule-packs/default.json: " + field + ": ", problem.ToString());
    }

    [Fact]
    public void Broken_json_is_named_with_its_line() =>
        Assert.Equal("line 6", Assert.Single(RulePackFile.Read("default.json", DefaultText.Replace("\"version\": 1,", "\"version\": 1,,,"))
            .Problems).Field);

    [Fact]
    public void A_pack_whose_cases_no_longer_hold_is_refused_naming_the_case_and_what_differs()
    {
        // Lower the good cut-off: the network project's 84.90 stays 良, but the training project's cases still say 良 too —
        // raise it instead, so 84.90 becomes 中 and its case disagrees.
        var files = ShippedFiles().Select(f => f.File == "default.json" ? (f.File, Replace(f.Text, "\"good\": 80", "\"good\": 85")) : f);

        var (catalog, problems) = RulePackCatalog.Load(files);

        Assert.Null(catalog);
        var problem = Assert.Single(problems, p => p.Message.Contains("网络传输建设运行费") && p.Message.Contains("yearEnd.grade"));
        Assert.Equal("default.cases.json", problem.File);
        Assert.Equal("cases[0]", problem.Field);
        Assert.Contains("is fair, expected good", problem.Message);
    }

    [Fact]
    public void A_pack_without_its_cases_or_a_missing_default_is_refused()
    {
        var withoutCases = ShippedFiles().Where(f => f.File != "provincial-2021.cases.json");
        var problem = Assert.Single(RulePackCatalog.Load(withoutCases).Problems);
        Assert.Equal("provincial-2021.cases.json", problem.File);

        var withoutDefault = ShippedFiles().Where(f => !f.File.StartsWith("default", StringComparison.Ordinal));
        Assert.Contains(RulePackCatalog.Load(withoutDefault).Problems, p => p.File == "default.json" && p.Message.Contains("is missing"));
    }

    [Fact]
    public void A_case_file_with_a_bad_field_names_it()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "default.cases.json")).Replace("\"aggregation\": \"mean\"", "\"aggregation\": \"average\"");
        var read = ReferenceCaseFile.Read("default.cases.json", text);
        Assert.False(read.Success);
        Assert.Contains(read.Problems, p => p.Field == "cases[0].indicators[0].aggregation" && p.Message.Contains("must be one of"));
    }
}
