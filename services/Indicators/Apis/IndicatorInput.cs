namespace KpiTracker.Indicators.Apis;

/// <summary>
/// Checks an <see cref="IndicatorRequest"/> in two steps. <see cref="Check"/> is the 400: fields
/// missing, too long or not a known code or label. <see cref="Interpret"/> is the 422: well
/// formed, but a 二级指标 that does not belong under its 一级指标, or a target the parser does not
/// understand. Each step names every field at once.
/// </summary>
public static class IndicatorInput
{
    public const int MaxTargetLength = 200;
    /// <summary>近两年指标值: two on the forms; a few more are kept, no more.</summary>
    public const int MaxBaselines = 10;

    public static Validation Check(IndicatorRequest r, bool forCreate)
    {
        var v = new Validation();
        if (forCreate) v.Required("projectId", r.ProjectId);
        if (r.ProjectId == Guid.Empty) v.Add("projectId", "must not be the empty id.");
        v.Required("level1", r.Level1).Required("level2", r.Level2).Required("name", r.Name).Required("target", r.Target);
        v.Text("name", r.Name, TextRule.Name).Text("target", r.Target, TextRule.Line(MaxTargetLength)).Text("note", r.Note, TextRule.Note);
        Known<Level1>(v, "level1", r.Level1, required: true);
        Known<Level2>(v, "level2", r.Level2, required: true);
        Known<Standard>(v, "standard", r.Standard, required: false);
        Known<Aggregation>(v, "aggregation", r.Aggregation, required: false);
        Known<Frequency>(v, "frequency", r.Frequency, required: false);
        if (r.Points is { } points)
        {
            if (points < 0 || points > 100) v.Add("points", "must be between 0 and 100 (分值 out of a total of 100).");
            if (decimal.Round(points, 4) != points) v.Add("points", "has more than 4 decimals.");
        }
        var years = new HashSet<int>();
        v.Count("baselines", r.Baselines, MaxBaselines);
        for (var i = 0; i < Math.Min(r.Baselines?.Count ?? 0, MaxBaselines); i++)
        {
            var b = r.Baselines![i];
            if (b is null) { v.Add($"baselines[{i}]", "must not be null."); continue; }
            v.Required($"baselines[{i}].year", b.Year).Required($"baselines[{i}].value", b.Value)
             .Text($"baselines[{i}].value", b.Value, TextRule.Line(MaxTargetLength)).FiscalYear($"baselines[{i}].year", b.Year);
            if (b.Year is { } y && !years.Add(y)) v.Add($"baselines[{i}].year", $"{y} is listed twice.");
        }
        return v;
    }

    /// <summary>
    /// The 422 step, for a request that passed <see cref="Check"/>: null and the inputs when all
    /// is well, else a problem whose errors map names the field and what was not understood.
    /// </summary>
    public static ProblemHttpResult? Interpret(IndicatorRequest r, out IndicatorInputs inputs)
    {
        inputs = null!;
        var level1 = Vocabulary.Parse<Level1>(r.Level1!);
        var level2 = Vocabulary.Parse<Level2>(r.Level2!);
        var errors = new Dictionary<string, string[]>();
        if (!IndicatorHierarchy.IsAllowed(level1, level2))
        {
            var allowed = string.Join(", ", IndicatorHierarchy.AllowedLevel2(level1).Select(l => $"{Vocabulary.Code(l)} ({Vocabulary.Label(l)})"));
            errors["level2"] = [$"{Vocabulary.Code(level2)} ({Vocabulary.Label(level2)}) does not belong under {Vocabulary.Code(level1)} ({Vocabulary.Label(level1)}); allowed: {allowed}."];
        }
        // Read where it stands: a bare amount of money on a 成本指标 is a ceiling (80万元 → ≤80万元).
        var parsed = TargetParser.Parse(r.Target, new TargetContext(level1, level2));
        if (!parsed.Success) errors["target"] = [parsed.Error.Message];
        else if (OutOfRange(parsed.Value) is { } range) errors["target"] = [range];
        if (errors.Count > 0) return Unprocessable(errors, parsed.Success ? null : ("target", r.Target!, parsed.Error));

        inputs = new IndicatorInputs(level1, level2,
            r.Standard is null ? Standard.Plan : Vocabulary.Parse<Standard>(r.Standard),
            r.Aggregation is null ? Aggregation.Latest : Vocabulary.Parse<Aggregation>(r.Aggregation),
            r.Frequency is null ? Frequency.Monthly : Vocabulary.Parse<Frequency>(r.Frequency),
            parsed.Value!);
        return null;
    }

    /// <summary>
    /// Why a parsed target's number cannot be accepted (beyond <see cref="ValueRange"/>, where lights
    /// and scores would stop being exact), or null.
    /// </summary>
    public static string? OutOfRange(Target target) =>
        target.Value is { } value && !ValueRange.Contains(value, target.Unit)
            ? $"the number must be {ValueRange.Describe(target.Unit)}."
            : null;

    /// <summary>422 for a target the parser did not understand, naming <paramref name="field"/>.</summary>
    public static ProblemHttpResult UnparseableTarget(string field, string text, ParseError error) =>
        Unprocessable(new Dictionary<string, string[]> { [field] = [error.Message] }, (field, text, error));

    static ProblemHttpResult Unprocessable(Dictionary<string, string[]> errors, (string Field, string Text, ParseError Error)? target)
    {
        var problem = KpiProblems.Make(422, target is null ? "The indicator cannot be accepted" : "The target cannot be understood",
            string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), errors);
        if (target is { } t)
        {
            // Where, for a client that wants to underline it: the kind is stable, the index 0-based in the text sent.
            problem.Extensions["targetError"] = new
            {
                field = t.Field,
                kind = JsonNamingPolicy.CamelCase.ConvertName(t.Error.Kind.ToString()),
                index = t.Error.Index,
                text = t.Text,
            };
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>Copies checked inputs onto the indicator (new or existing).</summary>
    public static void Apply(IndicatorRequest r, IndicatorInputs inputs, Indicator i)
    {
        i.Level1 = inputs.Level1;
        i.Level2 = inputs.Level2;
        i.Name = r.Name!.Trim();
        i.SetTarget(inputs.Target);
        i.Standard = inputs.Standard;
        i.Points = r.Points;
        i.Aggregation = inputs.Aggregation;
        i.Frequency = inputs.Frequency;
        i.Baselines = (r.Baselines ?? []).Select(b => new Baseline(b!.Year!.Value, b.Value!.Trim())).OrderBy(b => b.Year).ToList();
        i.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
    }

    static void Known<T>(Validation v, string field, string? text, bool required) where T : struct, Enum
    {
        if (text is null || (required && string.IsNullOrWhiteSpace(text))) return; // Required already said it
        if (Vocabulary.TryParse<T>(text, out _)) return;
        var options = string.Join(", ", Vocabulary.Values<T>().Select(x => $"{Vocabulary.Code(x)} ({Vocabulary.Label(x)})"));
        v.Add(field, $"{Echo.Quote(text)} is not known; use one of {options}.");
    }
}
