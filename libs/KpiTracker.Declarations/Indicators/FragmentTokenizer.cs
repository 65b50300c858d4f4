namespace KpiTracker.Declarations;

/// <summary>
/// Turns an untabbed indicator table (one cell fragment per line or per space) into classified tokens:
/// units and operators are glued back to their numbers ("≥ 2 台" → "≥2台"), and fragments that start a
/// known label are joined while they still do ("计划标" + "准" → 计划标准, "一级" + "指标" → 一级指标).
/// </summary>
internal static class FragmentTokenizer
{
    private static readonly string[] KnownWords =
    [
        .. IndicatorVocabulary.Level1Words.Keys, .. IndicatorVocabulary.Level2Words.Keys, IndicatorVocabulary.AmbiguousCost,
        .. IndicatorVocabulary.Standards, .. IndicatorVocabulary.Headers, .. IndicatorVocabulary.SectionLabels, "指标",
    ];

    public static List<FragmentToken> Tokenize(IReadOnlyList<TextRow> rows)
    {
        var tokens = new List<FragmentToken>();
        string pending = "";
        int pendingLine = 0;
        foreach (var (text, line) in Fragments(rows))
        {
            if (pending.Length > 0)
            {
                var joined = pending + text;
                if (IsProperPrefix(joined))
                {
                    pending = joined;
                    continue;
                }

                if (IsKnown(joined))
                {
                    tokens.Add(Classify(joined, pendingLine));
                    pending = "";
                    continue;
                }

                tokens.Add(Classify(pending, pendingLine));
                pending = "";
            }

            if (IsProperPrefix(text))
            {
                pending = text;
                pendingLine = line;
                continue;
            }

            tokens.Add(Classify(text, line));
        }

        if (pending.Length > 0)
        {
            tokens.Add(Classify(pending, pendingLine));
        }

        return tokens;
    }

    /// <summary>The cells with text, a unit or operator alone joined to the number beside it on the same line.</summary>
    private static List<(string Text, int Line)> Fragments(IReadOnlyList<TextRow> rows)
    {
        var fragments = new List<(string Text, int Line)>();
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells.Where(c => c.Length > 0))
            {
                if (fragments.Count > 0 && fragments[^1].Line == row.Line
                    && ((IndicatorVocabulary.IsUnitOnly(cell) && char.IsAsciiDigit(fragments[^1].Text[^1]))
                        || IndicatorVocabulary.IsOperatorOnly(fragments[^1].Text)))
                {
                    fragments[^1] = (fragments[^1].Text + cell, fragments[^1].Line);
                    continue;
                }

                fragments.Add((cell, row.Line));
            }
        }

        return fragments;
    }

    private static bool IsKnown(string s) => KnownWords.Contains(s, StringComparer.Ordinal);

    private static bool IsProperPrefix(string s) =>
        KnownWords.Any(w => w.Length > s.Length && w.StartsWith(s, StringComparison.Ordinal));

    private static FragmentToken Classify(string s, int line)
    {
        var kind = s switch
        {
            _ when IndicatorVocabulary.IsLevel1(s) => FragmentTokenKind.Level1,
            IndicatorVocabulary.AmbiguousCost => FragmentTokenKind.Cost,
            _ when IndicatorVocabulary.Level2Words.ContainsKey(s) => FragmentTokenKind.Level2,
            _ when IndicatorVocabulary.IsStandard(s) => FragmentTokenKind.Standard,
            _ when IndicatorVocabulary.IsHeader(s) || IndicatorVocabulary.IsSectionLabel(s) => FragmentTokenKind.Header,
            // "……", or the "1：" of a template "指标 1：" cut at its space
            _ when IndicatorVocabulary.IsPlaceholder(s) || IsTemplateNumber(s) => FragmentTokenKind.Placeholder,
            _ => FragmentTokenKind.Text,
        };
        return new FragmentToken(kind, s, line);
    }

    private static bool IsTemplateNumber(string s) =>
        s.Length <= 4 && s.TrimEnd(':', '：').Length < s.Length && s.TrimEnd(':', '：').All(char.IsAsciiDigit);
}
