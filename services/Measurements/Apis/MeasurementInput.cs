namespace KpiTracker.Measurements.Apis;

/// <summary>
/// Checks what a caller reports against an indicator. Missing fields and wrong JSON types are
/// 400; content that is well-formed but cannot be accepted (an unknown unit, a judgement for a
/// number) is 422, naming the field and why.
/// </summary>
public static class MeasurementInput
{
    public const int MaxNote = 2000;
    public const int MaxRaw = 200;
    /// <summary>Converted values keep this many decimals (100 分钟 = 1.66666667 小时).</summary>
    public const int Decimals = 8;

    /// <summary>Checks that need no replica; returns a problem or the parsed period.</summary>
    public static ProblemDetails? CheckShape(MeasurementRequest r, out Period period)
    {
        period = default;
        var bad = new Validation();
        bad.Required("indicatorId", r.IndicatorId).Required("period", r.Period);
        CheckValueType(r.Value, bad);
        if (IsAbsent(r.Value) && string.IsNullOrWhiteSpace(r.Judgement))
            bad.Add("value", "is required: a number in the target's unit or a text with a unit (\"90分钟\"); a qualitative indicator takes judgement instead.");
        if (!bad.IsValid) return KpiProblems.Malformed(bad);

        var invalid = new Validation();
        if (!Period.TryParse(r.Period, out period))
            invalid.Add("period", $"{Echo.Quote(r.Period)} is not a period: use 2021, 2021-H1, 2021-Q3 or 2021-07.");
        CheckTexts(r.Note, r.EvidenceUrl, invalid);
        return invalid.IsValid ? null : KpiProblems.Unprocessable(invalid);
    }

    public static void CheckValueType(JsonElement? value, Validation bad)
    {
        if (value is { ValueKind: not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Undefined) })
            bad.Add("value", "must be a number (in the target's unit) or a text with a unit such as \"90分钟\".");
    }

    public static void CheckTexts(string? note, string? evidenceUrl, Validation invalid)
    {
        invalid.Text("note", note, TextRule.Lines(MaxNote)).Text("evidenceUrl", evidenceUrl, TextRule.Line(1000));
        if (!string.IsNullOrWhiteSpace(evidenceUrl)
            && !(Uri.TryCreate(evidenceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            invalid.Add("evidenceUrl", "must be an absolute http or https address.");
    }

    /// <summary>The period must lie in the project's year and match the indicator's frequency, or be the whole year.</summary>
    public static void CheckPeriod(Period period, ProjectReplica project, IndicatorReplica? indicator, Validation invalid, string field = "period")
    {
        if (!period.IsWithinFiscalYear(project.FiscalYear))
        {
            invalid.Add(field, $"{period} is outside the project's fiscal year {project.FiscalYear}.");
            return;
        }
        if (indicator is null || period.Kind == PeriodKind.Year || !Vocabulary.TryParse<Frequency>(indicator.Frequency, out var frequency)) return;
        if (period.Kind != Schedule.KindOf(frequency))
        {
            var example = Schedule.PeriodsOf(project.FiscalYear, frequency)[0];
            invalid.Add(field, $"the indicator is reported {Vocabulary.Code(frequency)} ({Vocabulary.Label(frequency)}): use a period like {example}, or the whole year {project.FiscalYear}.");
        }
    }

    public static bool IsQualitative(IndicatorReplica indicator) =>
        Vocabulary.TryParse<TargetKind>(indicator.Kind, out var kind) && kind == TargetKind.Qualitative;

    /// <summary>Reads a value or judgement for the indicator, converting a value to the target's unit.</summary>
    public static Reading? Read(JsonElement? value, string? judgement, IndicatorReplica indicator, Validation invalid)
    {
        var hasValue = !IsAbsent(value);
        var hasJudgement = !string.IsNullOrWhiteSpace(judgement);
        if (IsQualitative(indicator))
        {
            if (hasValue)
                invalid.Add("value", $"'{indicator.Name}' is qualitative (target '{indicator.TargetText}'): send judgement achieved, partiallyAchieved or notAchieved (达成, 部分达成, 未达成) instead of a value.");
            if (!hasJudgement)
            {
                if (!hasValue) invalid.Add("judgement", "is required for a qualitative indicator: achieved, partiallyAchieved or notAchieved (达成, 部分达成, 未达成).");
                return null;
            }
            if (!Vocabulary.TryParse<Judgement>(judgement, out var j))
            {
                invalid.Add("judgement", $"{Echo.Quote(judgement)} is not a judgement: use achieved, partiallyAchieved or notAchieved (达成, 部分达成, 未达成).");
                return null;
            }
            return invalid.IsValid ? new Reading(null, null, Vocabulary.Code(j), judgement!.Trim()) : null;
        }

        if (hasJudgement)
            invalid.Add("judgement", $"'{indicator.Name}' is quantitative (target '{indicator.TargetText}'): report a value, not a judgement.");
        if (!hasValue)
        {
            if (!hasJudgement) invalid.Add("value", "is required for a quantitative indicator.");
            return null;
        }
        if (!Unit.TryParse(indicator.Unit ?? "", out var unit)) unit = Unit.None;
        var element = value!.Value;
        decimal number;
        string raw;
        if (element.ValueKind == JsonValueKind.Number)
        {
            raw = element.GetRawText();
            if (!element.TryGetDecimal(out number))
            {
                invalid.Unprocessable("value", $"must be {ValueRange.Describe(unit)} (in the target's unit).");
                return null;
            }
        }
        else
        {
            if (JsonText.Read(element) is not { } text)
            {
                invalid.Unprocessable("value", "is not valid Unicode text: it holds an unpaired surrogate (\\uD800–\\uDFFF escaped alone).");
                return null;
            }
            raw = text;
            if (TextRule.Line(MaxRaw).Problem(raw) is { } problem)
            {
                invalid.Unprocessable("value", problem);
                return null;
            }
            var parsed = ValueParser.Parse(raw, unit);
            if (!parsed.Success)
            {
                var target = unit.IsNone ? "a bare number" : $"'{unit.Symbol}'";
                invalid.Add("value", $"{Echo.Quote(raw)} cannot be reported against target '{indicator.TargetText}' (in {target}): {parsed.Error.Message}");
                return null;
            }
            number = parsed.Value.Value;
        }
        // Bounded where it enters, so that no stored value can make the arithmetic of a department overflow.
        if (!ValueRange.Contains(number, unit))
            invalid.Unprocessable("value", $"must be {ValueRange.Describe(unit)} (in the target's unit); {Echo.Quote(raw)} is not.");
        return invalid.IsValid
            ? new Reading(decimal.Round(number, Decimals), unit.IsNone ? null : unit.Symbol, null, raw)
            : null;
    }

    static bool IsAbsent(JsonElement? value) => value is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };
}
