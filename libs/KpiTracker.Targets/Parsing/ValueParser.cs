namespace KpiTracker.Targets;

/// <summary>
/// Parses a reported actual value ("90分钟", "1.5", "87800元", "92%") with the target grammar's
/// number and unit rules (full-width, spaces, thousands separators), and converts it to a
/// target's unit. A bare number means the target's unit. No operator is allowed: an actual is
/// a value, not a comparison (forecasts like "≥95%" go through <see cref="TargetParser"/>).
/// Never throws.
/// </summary>
public static class ValueParser
{
    public static ParseResult<Quantity> Parse(string? text)
    {
        if (text is null || text.Length == 0) return Fail(ParseErrorKind.Empty, "The value is empty.", 0);
        return TextNormalizer.ParseNormalized(text, Parse);
    }

    /// <summary>Parses and converts to <paramref name="targetUnit"/>; the result's unit is the target's.</summary>
    public static ParseResult<Quantity> Parse(string? text, Unit targetUnit)
    {
        var parsed = Parse(text);
        if (!parsed.Success) return parsed;
        var from = parsed.Value.Unit;
        var error = UnitConversion.TryConvert(parsed.Value.Value, from, targetUnit, out var converted);
        return error == ConversionError.None
            ? ParseResult<Quantity>.Ok(new Quantity(converted, targetUnit))
            : Fail(ParseErrorKind.IncompatibleUnit, UnitConversion.Describe(error, from, targetUnit), 0);
    }

    /// <summary>Parses and converts to the unit of a quantitative <paramref name="target"/>.</summary>
    public static ParseResult<Quantity> Parse(string? text, Target target) => Parse(text, target.Unit);

    private static ParseResult<Quantity> Parse(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> map)
    {
        if (s.IsEmpty) return Fail(ParseErrorKind.Empty, "The value is empty.", 0);
        var star = s.IndexOf('*');
        if (star >= 0) return Fail(ParseErrorKind.UnfilledTemplate, $"Unfilled template at character {map[star] + 1}.", map[star]);
        switch (NumberReader.Read(s, 0, out var value, out var end))
        {
            case NumberReader.Outcome.None:
                var kind = ComparatorWords.IsSymbol(s[0]) ? ParseErrorKind.UnexpectedText : ParseErrorKind.MissingNumber;
                return Fail(kind, $"Expected a number at character {map[0] + 1}; an actual value has no operator.", map[0]);
            case NumberReader.Outcome.TooLarge:
                return Fail(ParseErrorKind.NumberTooLarge, $"The number at character {map[0] + 1} is too large.", map[0]);
        }
        var unit = UnitCatalog.TryRead(s[end..]);
        if (unit is null)
        {
            return Fail(ParseErrorKind.UnexpectedText,
                $"Unexpected '{s[end..]}' at character {map[end] + 1}: expected a unit such as %, 小时, 万元, 人 or nothing.", map[end]);
        }
        return ParseResult<Quantity>.Ok(new Quantity(value, unit));
    }

    private static ParseResult<Quantity> Fail(ParseErrorKind kind, string message, int index) =>
        ParseResult<Quantity>.Fail(kind, message, index);
}
