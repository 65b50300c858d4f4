namespace KpiTracker.Targets;

/// <summary>
/// The operators people write: symbols, words before the number (不少于16人) and words after
/// it (95%以上). Longest words first so 不少于 is not read as 少于.
/// </summary>
internal static class ComparatorWords
{
    public static readonly (string Word, Comparator Comparator)[] Prefix =
    [
        ("大于等于", Comparator.GreaterOrEqual), ("小于等于", Comparator.LessOrEqual),
        ("大于或等于", Comparator.GreaterOrEqual), ("小于或等于", Comparator.LessOrEqual),
        ("不低于", Comparator.GreaterOrEqual), ("不少于", Comparator.GreaterOrEqual), ("不小于", Comparator.GreaterOrEqual),
        ("不高于", Comparator.LessOrEqual), ("不超过", Comparator.LessOrEqual), ("不多于", Comparator.LessOrEqual),
        ("不大于", Comparator.LessOrEqual),
        ("至少", Comparator.GreaterOrEqual), ("达到", Comparator.GreaterOrEqual), ("最少", Comparator.GreaterOrEqual),
        ("至多", Comparator.LessOrEqual), ("最多", Comparator.LessOrEqual),
        ("大于", Comparator.Greater), ("高于", Comparator.Greater), ("超过", Comparator.Greater), ("多于", Comparator.Greater),
        ("小于", Comparator.Less), ("低于", Comparator.Less), ("少于", Comparator.Less),
        ("等于", Comparator.Equal),
    ];

    public static readonly (string Word, Comparator Comparator)[] Suffix =
    [
        ("及以上", Comparator.GreaterOrEqual), ("以上", Comparator.GreaterOrEqual),
        ("及以下", Comparator.LessOrEqual), ("以下", Comparator.LessOrEqual),
        ("以内", Comparator.LessOrEqual), ("之内", Comparator.LessOrEqual),
        // A bare trailing 内 (5个工作日内, 3个月内) as well as 以内: checked last, so 以内 and 之内 win.
        ("内", Comparator.LessOrEqual),
    ];

    public static bool IsSymbol(char c) => c is '≥' or '≤' or '>' or '<' or '=';

    public static Comparator FromSymbol(char c) => c switch
    {
        '≥' => Comparator.GreaterOrEqual,
        '≤' => Comparator.LessOrEqual,
        '>' => Comparator.Greater,
        '<' => Comparator.Less,
        _ => Comparator.Equal,
    };

    public static bool TryPrefixAt(ReadOnlySpan<char> s, int at, out Comparator comparator, out int length) =>
        TryFirst(Prefix, s[at..], atStart: true, out comparator, out length);

    public static bool EndsWithPrefixWord(ReadOnlySpan<char> s)
    {
        foreach (var (word, _) in Prefix)
        {
            if (s.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static bool TrySuffix(ReadOnlySpan<char> s, out Comparator comparator, out int length) =>
        TryFirst(Suffix, s, atStart: false, out comparator, out length);

    /// <summary>The first word, in the list's order (a word before any word it contains), that starts or ends <paramref name="s"/>.</summary>
    static bool TryFirst((string Word, Comparator Comparator)[] words, ReadOnlySpan<char> s, bool atStart,
        out Comparator comparator, out int length)
    {
        foreach (var (word, c) in words)
        {
            if (!(atStart ? s.StartsWith(word, StringComparison.Ordinal) : s.EndsWith(word, StringComparison.Ordinal))) continue;
            comparator = c;
            length = word.Length;
            return true;
        }
        comparator = default;
        length = 0;
        return false;
    }

    /// <summary>Whether two operators written for one target agree (≥ with 以上, ≤ with 以内).</summary>
    public static bool Agree(Comparator written, Comparator suffix) =>
        Target.DirectionOf(written) == Target.DirectionOf(suffix);
}
