namespace KpiTracker.Targets;

/// <summary>
/// Folds the spellings found in real forms onto one alphabet before parsing: full-width
/// characters (＞＜％１２), ≧ ≦, the two-character &gt;= &lt;=, the LaTeX that PDF extraction
/// leaves behind ($\geq 8\%$), and whitespace, which is dropped everywhere — PDF text splits
/// numbers and words at random ("1 00%" reads as 100%). Each output character remembers its
/// position in the original text so errors can point at what the user typed.
/// </summary>
internal static class TextNormalizer
{
    public static char NormalizeChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => NormalizeChar((char)(c - 0xFEE0)),
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        '﹪' => '%',
        '•' or '・' or '‧' or '⋅' or '∙' or '･' => '·',
        '－' or '−' or '–' => '-',
        _ => c,
    };

    /// <summary>Writes the normalised text into <paramref name="output"/>; returns its length.</summary>
    /// <remarks><paramref name="output"/> and <paramref name="origin"/> must be at least as long as the input.</remarks>
    public static int Normalize(ReadOnlySpan<char> input, Span<char> output, Span<int> origin)
    {
        var n = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c) || c == '$') continue;
            if (c == '\\' && TryLatex(input[(i + 1)..], out var latex, out var consumed))
            {
                n = Emit(output, origin, n, latex, i);
                i += consumed;
                continue;
            }
            n = Emit(output, origin, n, NormalizeChar(c), i);
        }
        return n;
    }

    private static int Emit(Span<char> output, Span<int> origin, int n, char c, int at)
    {
        // ">=" and "<=" (also split by spaces) become one operator.
        if (c == '=' && n > 0 && output[n - 1] is '>' or '<')
        {
            output[n - 1] = output[n - 1] == '>' ? '≥' : '≤';
            return n;
        }
        output[n] = c;
        origin[n] = at;
        return n + 1;
    }

    // Longest first, so "\geq" is not read as "\ge" followed by "q".
    private static readonly (string Word, char Value)[] LatexCommands =
        [("geq", '≥'), ("leq", '≤'), ("ge", '≥'), ("le", '≤'), ("gt", '>'), ("lt", '<'), ("%", '%')];

    private static bool TryLatex(ReadOnlySpan<char> rest, out char c, out int consumed)
    {
        foreach (var (word, value) in LatexCommands)
        {
            if (!rest.StartsWith(word, StringComparison.Ordinal)) continue;
            c = value;
            consumed = word.Length;
            return true;
        }
        c = '\0';
        consumed = 0;
        return false;
    }
}
