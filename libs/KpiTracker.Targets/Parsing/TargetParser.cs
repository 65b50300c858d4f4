namespace KpiTracker.Targets;

/// <summary>
/// Parses a 指标值 into a <see cref="Target"/>. Never throws: every input gives a target or a
/// <see cref="ParseError"/> naming what was not understood and where.
/// <para>Grammar, on the normalised text (see <see cref="TextNormalizer"/>):
/// <c>[label] [operator] number [unit] [以上|以内|以下…]</c>, where the operator is a symbol
/// (≥ ≤ &gt; &lt; =) or a word (不少于, 不超过…). Decisions:</para>
/// <list type="bullet">
/// <item>No operator: ≥ is assumed and <see cref="Target.ComparatorInferred"/> is set ("100%", "8.78").</item>
/// <item>Text that does not fit the grammar but has words is qualitative (有所提升, 24小时在线):
/// a person judges it. Word operators only count when a number follows, so 不低于去年 is qualitative.</item>
/// <item>Errors: empty text; any '*' (an unfilled template, ≥**万元); a symbol operator without a
/// number (≥abc: a comparison was meant, so we refuse rather than guess); two operators (≥≤5,
/// ≥90%≤95%); a suffix contradicting the operator (≤5%以上); anything after the number with an
/// operator that is not a unit; text made only of digits and symbols that fits nothing (1.2.3).</item>
/// </list>
/// </summary>
public static class TargetParser
{

    /// <summary>
    /// Parses a target written for an indicator of <paramref name="context"/>'s kind: on a 成本指标 (cost)
    /// indicator a bare amount of money (<c>90万元</c>, <c>300元/人</c>) means "at most", unless an operator
    /// says otherwise — the operator is still marked as inferred.
    /// </summary>
    public static ParseResult<Target> Parse(string? text, TargetContext context)
    {
        var result = Parse(text);
        if (!result.Success || !context.IsCost) return result;
        var t = result.Value;
        if (!t.ComparatorInferred || t.Comparator != Comparator.GreaterOrEqual || !IsMoney(t.Unit)) return result;
        return ParseResult<Target>.Ok(t with { Comparator = Comparator.LessOrEqual, Direction = Direction.LowerIsBetter });
    }

    private static bool IsMoney(Unit unit) =>
        unit.Dimension == Dimension.Money || (unit.Dimension == Dimension.Compound && unit.Group.StartsWith("compound:money/", StringComparison.Ordinal));

    public static ParseResult<Target> Parse(string? text)
    {
        if (text is null) return ParseResult<Target>.Fail(ParseErrorKind.Empty, "The target is empty.", 0);
        return TextNormalizer.ParseNormalized(text, Parse);
    }

    private static ParseResult<Target> Parse(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> map)
    {
        if (s.IsEmpty) return ParseResult<Target>.Fail(ParseErrorKind.Empty, "The target is empty.", 0);

        var star = s.IndexOf('*');
        if (star >= 0)
        {
            return ParseResult<Target>.Fail(ParseErrorKind.UnfilledTemplate,
                $"Unfilled template at character {map[star] + 1}: replace '*' with a number.", map[star]);
        }

        var symbol = s.IndexOfAny("≥≤><=");
        if (symbol >= 0) return ParseWithSymbol(text, s, map, symbol);

        if (TryWordOperator(text, s, out var worded)) return ParseResult<Target>.Ok(worded);
        if (TryBareNumber(text, s, map, out var bare, out var error)) return bare;
        if (ContainsLetter(s)) return ParseResult<Target>.Ok(Qualitative(text));
        return ParseResult<Target>.Fail(error ?? new ParseError(ParseErrorKind.NotATarget,
            $"'{text.Trim()}' is not a target: expected a number with an optional operator and unit, or a description.", map[0]));
    }

    // ≥90%, 满意度>90, 应急事件处理 ≤ 15 分钟: the first symbol is the operator, text before it the label.
    private static ParseResult<Target> ParseWithSymbol(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> map, int at)
    {
        var comparator = ComparatorWords.FromSymbol(s[at]);
        var label = s[..at];
        if (ComparatorWords.EndsWithPrefixWord(label))
            return Fail(ParseErrorKind.TwoOperators, $"Two operators before character {map[at] + 1}: keep one.", map[at]);
        if (!label.IsEmpty && !ContainsLetter(label))
            return Fail(ParseErrorKind.UnexpectedText, $"Unexpected '{label}' at character {map[0] + 1}.", map[0]);

        var start = at + 1;
        if (start < s.Length && ComparatorWords.IsSymbol(s[start]))
            return Fail(ParseErrorKind.TwoOperators, $"Two operators at character {map[start] + 1}: keep one.", map[start]);
        switch (NumberReader.Read(s, start, out var value, out var end))
        {
            case NumberReader.Outcome.None:
                var where = start < s.Length ? map[start] : text.Length;
                return Fail(ParseErrorKind.MissingNumber,
                    $"Expected a number after '{s[at]}' at character {where + 1}.", where);
            case NumberReader.Outcome.TooLarge:
                return Fail(ParseErrorKind.NumberTooLarge, $"The number at character {map[start] + 1} is too large.", map[start]);
        }

        var tail = s[end..];
        var second = tail.IndexOfAny("≥≤><=");
        if (second >= 0)
            return Fail(ParseErrorKind.TwoOperators, $"A second operator at character {map[end + second] + 1}: keep one.", map[end + second]);
        var tailResult = ReadTail(tail, comparator, explicitOperator: true, out var unit, out var finalComparator);
        if (tailResult != TailOutcome.Ok) return TailError(tailResult, text, tail, map, end);

        return ParseResult<Target>.Ok(Quantitative(text, Label(label), finalComparator, value, unit, inferred: false));
    }

    // 每月服务人员不少于16人, 达到95%: a word operator counts only when a number follows and the
    // rest is a unit; otherwise the text is a sentence for a person to judge.
    private static bool TryWordOperator(string text, ReadOnlySpan<char> s, out Target target)
    {
        target = null!;
        for (var i = 0; i < s.Length; i++)
        {
            if (!ComparatorWords.TryPrefixAt(s, i, out var comparator, out var length)) continue;
            var start = i + length;
            if (NumberReader.Read(s, start, out var value, out var end) != NumberReader.Outcome.Ok) continue;
            if (ReadTail(s[end..], comparator, explicitOperator: true, out var unit, out var final) != TailOutcome.Ok) continue;
            var label = s[..i];
            if (!label.IsEmpty && !ContainsLetter(label)) continue;
            target = Quantitative(text, Label(label), final, value, unit, inferred: false);
            return true;
        }
        return false;
    }

    // 100%, 办案完结率 100%, 13人, 95%以上: the first number whose rest is a unit (and maybe a suffix).
    private static bool TryBareNumber(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> map,
        out ParseResult<Target> result, out ParseError? firstError)
    {
        result = default;
        firstError = null;
        for (var i = 0; i < s.Length; i++)
        {
            if (!IsNumberStart(s, i)) continue;
            var outcome = NumberReader.Read(s, i, out var value, out var end);
            if (outcome == NumberReader.Outcome.TooLarge)
            {
                firstError ??= new ParseError(ParseErrorKind.NumberTooLarge, $"The number at character {map[i] + 1} is too large.", map[i]);
                continue;
            }
            if (outcome != NumberReader.Outcome.Ok) continue;
            var tail = s[end..];
            var tailOutcome = ReadTail(tail, Comparator.GreaterOrEqual, explicitOperator: false, out var unit, out var comparator);
            if (tailOutcome != TailOutcome.Ok)
            {
                firstError ??= TailError(tailOutcome, text, tail, map, end).Error;
                i = end - 1;
                continue;
            }
            var label = s[..i];
            if (!label.IsEmpty && !ContainsLetter(label))
            {
                firstError ??= new ParseError(ParseErrorKind.UnexpectedText, $"Unexpected '{label}' at character {map[0] + 1}.", map[0]);
                continue;
            }
            var inferred = !ComparatorWords.TrySuffix(tail, out _, out _);
            result = ParseResult<Target>.Ok(Quantitative(text, Label(label), comparator, value, unit, inferred));
            return true;
        }
        return false;
    }

    private enum TailOutcome { Ok, UnknownUnit, ConflictingSuffix }

    // What follows the number: a unit, then maybe 以上/以内/以下.
    private static TailOutcome ReadTail(ReadOnlySpan<char> tail, Comparator written, bool explicitOperator,
        out Unit unit, out Comparator comparator)
    {
        comparator = written;
        unit = Unit.None;
        if (ComparatorWords.TrySuffix(tail, out var suffix, out var length))
        {
            if (explicitOperator && !ComparatorWords.Agree(written, suffix)) return TailOutcome.ConflictingSuffix;
            if (!explicitOperator) comparator = suffix;
            tail = tail[..^length];
        }
        var found = UnitCatalog.TryRead(tail);
        if (found is null) return TailOutcome.UnknownUnit;
        unit = found;
        return TailOutcome.Ok;
    }

    private static ParseResult<Target> TailError(TailOutcome outcome, string text, ReadOnlySpan<char> tail, ReadOnlySpan<int> map, int end)
    {
        var index = end < map.Length ? map[end] : text.Length;
        return outcome == TailOutcome.ConflictingSuffix
            ? Fail(ParseErrorKind.ConflictingOperators,
                $"The operator and '{tail}' at character {index + 1} disagree (e.g. ≤ with 以上).", index)
            : Fail(ParseErrorKind.UnexpectedText,
                $"Unexpected '{tail}' at character {index + 1}: expected a unit such as %, 小时, 万元, 人 or nothing.", index);
    }

    private static bool IsNumberStart(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        var signed = c is '-' or '+' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);
        if (!char.IsAsciiDigit(c) && !signed) return false;
        if (i == 0) return true;
        var before = s[i - 1];
        // A digit inside a number (the "0" of "90") or right after a decimal point is not a start.
        return !char.IsAsciiDigit(before) && before is not ('.' or ',' or '-' or '+');
    }

    private static bool ContainsLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    // Fillers between a label and its number add nothing: 安全率在95%以上 → 安全率, 完成率为100% → 完成率.
    private static string? Label(ReadOnlySpan<char> label)
    {
        while (!label.IsEmpty && label[^1] is '在' or '为' or ':' or '：') label = label[..^1];
        return label.IsEmpty ? null : label.ToString();
    }

    private static Target Quantitative(string text, string? label, Comparator comparator, decimal value, Unit unit, bool inferred) => new()
    {
        Kind = TargetKind.Quantitative,
        Comparator = comparator,
        Value = value,
        Unit = unit,
        Direction = Target.DirectionOf(comparator),
        ComparatorInferred = inferred,
        Label = label,
        Text = text,
    };

    private static Target Qualitative(string text) => new() { Kind = TargetKind.Qualitative, Text = text };

    private static ParseResult<Target> Fail(ParseErrorKind kind, string message, int index) =>
        ParseResult<Target>.Fail(kind, message, index);
}
