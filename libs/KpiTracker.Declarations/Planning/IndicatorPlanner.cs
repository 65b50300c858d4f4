namespace KpiTracker.Declarations;

/// <summary>
/// The request bodies of a form's indicators. A row is sent only when the API will take it: levels known
/// and in their hierarchy, a name, a target the Targets parser reads, a known 汇总方式 / 报送频率. Rows that
/// cannot be sent, and repeats inside one form, are skipped with their line and the field at fault.
/// </summary>
internal static class IndicatorPlanner
{
    /// <summary><paramref name="defaults"/> replaces the target-based 汇总方式 / 报送频率.</summary>
    public static List<PlannedIndicator> IndicatorsOf(string project, IEnumerable<IndicatorDeclaration> items, List<SkippedItem> skipped,
        (Aggregation, Frequency)? defaults = null)
    {
        var result = new List<PlannedIndicator>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in items)
        {
            var what = $"{project} / {i.Name ?? "(no name)"}";
            var body = IndicatorOf(i, out var field, out var why, defaults);
            if (body is null)
            {
                skipped.Add(new SkippedItem(i.Line, what, why!) { Field = field });
                continue;
            }
            if (seen.TryGetValue(body.Key, out var first))
            {
                skipped.Add(new SkippedItem(i.Line, what, $"same indicator as line {first}"));
                continue;
            }
            seen[body.Key] = i.Line;
            result.Add(new PlannedIndicator(i.Line, body));
        }
        return result;
    }

    /// <summary>
    /// The request body of one indicator (project id left empty), or null and why not. 汇总方式 / 报送频率:
    /// as the source gives them, else <paramref name="defaults"/>, else chosen from the target (<see cref="IndicatorDefaults"/>).
    /// </summary>
    public static IndicatorBody? IndicatorOf(IndicatorDeclaration i, out string? field, out string? why, (Aggregation, Frequency)? defaults = null)
    {
        (field, why) = (null, null);
        if (string.IsNullOrWhiteSpace(i.TargetText)) return Skip("target", "no 指标值 (target); not imported", out field, out why);
        if (string.IsNullOrWhiteSpace(i.Name)) return Skip("name", "no 三级指标 (name); not imported", out field, out why);
        if (!Vocabulary.TryParse<Level1>(i.Level1Label, out var level1)) return Skip("level1", $"一级指标 '{i.Level1Label}' is unknown; not imported", out field, out why);
        if (!Vocabulary.TryParse<Level2>(i.Level2Label, out var level2)) return Skip("level2", $"二级指标 '{i.Level2Label}' is unknown; not imported", out field, out why);
        if (!IndicatorHierarchy.IsAllowed(level1, level2))
            return Skip("level2", $"二级指标 {Vocabulary.Label(level2)} does not belong under {Vocabulary.Label(level1)}; not imported", out field, out why);
        var parsed = TargetParser.Parse(i.TargetText, new TargetContext(level1, level2));
        if (!parsed.Success) return Skip("target", $"指标值 '{i.TargetText}' is not understood ({parsed.Error.Message}); not imported", out field, out why);

        var (aggregation, frequency) = defaults ?? IndicatorDefaults.For(parsed.Value, i.Name);
        if (i.AggregationText is { Length: > 0 } at && !Vocabulary.TryParse(at, out aggregation))
            return Skip("aggregation", $"汇总方式 '{at}' is unknown (latest, sum, mean, min, max); not imported", out field, out why);
        if (i.FrequencyText is { Length: > 0 } ft && !Vocabulary.TryParse(ft, out frequency))
            return Skip("frequency", $"报送频率 '{ft}' is unknown (monthly, quarterly, halfYearly, yearly); not imported", out field, out why);
        // 绩效标准 is one of four; some forms write free text there (服务人员数), which is not a standard.
        string? standard = Vocabulary.TryParse<Standard>(i.StandardLabel, out var s) ? Vocabulary.Code(s) : null;
        return new IndicatorBody("", Vocabulary.Code(level1), Vocabulary.Code(level2), i.Name.Trim(), TargetTextOf(i.TargetText, parsed.Value), standard,
            i.Points, Vocabulary.Code(aggregation), Vocabulary.Code(frequency));
    }

    /// <summary>
    /// The target as written, unless the indicator's kind changed its meaning (a bare amount of money on a
    /// 成本指标 is at most): then with its operator spelled out (80万元 → ≤80万元), so that the services,
    /// which read the text without knowing the kind, store and score what the import understood.
    /// </summary>
    private static string TargetTextOf(string text, Target understood)
    {
        var written = text.Trim();
        return TargetParser.Parse(written) is { Success: true } plain && plain.Value.SameMeaning(understood)
            ? written
            : (understood with { ComparatorInferred = false }).Format();
    }

    private static IndicatorBody? Skip(string field, string why, out string? fieldOut, out string? whyOut)
    {
        (fieldOut, whyOut) = (field, why);
        return null;
    }
}
