using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiTracker.Targets;

/// <summary>
/// The one place where text from real forms is cleaned, in two uses:
/// <list type="bullet">
/// <item>before a target is parsed (<see cref="Normalize"/>): full-width characters (＞＜％１２), ≧ ≦, every
/// other compatibility form Unicode NFKC folds (small ﹥, circled ⑤, squared ㎡, superscript ², Kangxi ⼈),
/// the two-character &gt;= &lt;=, the LaTeX that PDF extraction leaves behind ($\geq 8\%$), and whitespace,
/// which is dropped everywhere — PDF text splits numbers and words at random ("1 00%" reads as 100%).
/// Each output character remembers its position in the original text so errors can point at what the
/// user typed.</item>
/// <item>when a goal form's extracted text is read (<see cref="Cell"/>, <see cref="Text"/>, <see cref="Key"/>,
/// <see cref="Money"/>, <see cref="LooksGarbled"/>): LaTeX and HTML removed, the spaces that extraction
/// puts inside words and numbers taken out, amounts in 万元 read as written.</item>
/// </list>
/// </summary>
public static partial class TextNormalizer
{
    // ---- before parsing a target ----------------------------------------------------------

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

    /// <summary>The most characters one compatibility form folds to that <see cref="Normalize"/> takes (㎡ → m2, ⑩ → 10).</summary>
    public const int MaxFold = 4;

    /// <summary>Writes the normalised text into <paramref name="output"/>; returns its length.</summary>
    /// <remarks>
    /// <paramref name="output"/> and <paramref name="origin"/> must be at least as long as the input; a
    /// compatibility form that folds to several characters (⑩ → 10) is folded only while they fit, so
    /// give <see cref="MaxFold"/> times the input's length to fold everything.
    /// </remarks>
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
            var plain = NormalizeChar(c);
            if (plain == c && TryFold(c, out var folded) && n + folded.Length + (input.Length - i - 1) <= output.Length)
            {
                foreach (var f in folded)
                    if (!char.IsWhiteSpace(f)) n = Emit(output, origin, n, NormalizeChar(f), i);
                continue;
            }
            n = Emit(output, origin, n, plain, i);
        }
        return n;
    }

    /// <summary>A string normalised as a target is before parsing (for short texts such as a unit).</summary>
    /// <summary>
    /// Normalises <paramref name="text"/> (on the stack when short, in pooled arrays when long) and hands
    /// <paramref name="parse"/> the original, its normal form and, per normal character, its index in the original.
    /// </summary>
    public static T ParseNormalized<T>(string text, NormalizedParser<T> parse)
    {
        const int StackLimit = 512;
        char[]? rentedChars = null;
        int[]? rentedMap = null;
        var size = text.Length * MaxFold;
        var chars = size <= StackLimit ? stackalloc char[StackLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(size));
        var map = size <= StackLimit ? stackalloc int[StackLimit] : (rentedMap = ArrayPool<int>.Shared.Rent(size));
        try
        {
            var n = Normalize(text, chars, map);
            return parse(text, chars[..n], map[..n]);
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedMap is not null) ArrayPool<int>.Shared.Return(rentedMap);
        }
    }

    public static string Normalize(string text)
    {
        var chars = new char[text.Length * MaxFold];
        var origin = new int[chars.Length];
        return new string(chars, 0, Normalize(text, chars, origin));
    }

    // NFKC's compatibility folds of the blocks where forms put operators, digits and unit signs: Latin-1
    // (², µ), general punctuation to CJK compatibility (①, ⅳ, ⼈, ㎡, ㈠), compatibility ideographs, small
    // forms (﹥), half- and full-width forms. Built once, on the first such character; CJK ideographs and
    // ASCII never look here.
    private static readonly Lazy<FrozenDictionary<char, string>> Compatibility = new(() =>
    {
        var map = new Dictionary<char, string>();
        foreach (var (from, to) in new[] { (0x00A0, 0x00FF), (0x2000, 0x33FF), (0xF900, 0xFAFF), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF) })
        {
            for (var code = from; code <= to; code++)
            {
                var c = (char)code;
                if (char.IsSurrogate(c)) continue;
                var s = c.ToString();
                string folded;
                try { folded = s.Normalize(NormalizationForm.FormKC); }
                catch (ArgumentException) { continue; }
                if (folded != s && folded.Length <= MaxFold) map[c] = folded;
            }
        }
        return map.ToFrozenDictionary();
    });

    private static bool TryFold(char c, out string folded)
    {
        folded = "";
        if (c < '\u00A0' || (c >= '\u3400' && c < '\uF900')) return false;
        return Compatibility.Value.TryGetValue(c, out folded!);
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

    // Longest first, so "\geq" is not read as "\ge" followed by "q". A target needs only its operators and %;
    // the form reader's Latex() also knows \times, \cdot and spacing, which a target has no use for.
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

    // ---- reading a goal form's extracted text ----------------------------------------------

    [GeneratedRegex(@"\$([^$]*)\$")]
    private static partial Regex LatexMath();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[0-9０-９\s]+(?=\D)")]
    private static partial Regex LeadingDigits();

    // In this order: "\geqslant" before "\geq" before "\ge".
    private static readonly (string Command, string Replacement)[] LatexReplacements =
    [
        ("\\geqslant", "≥"), ("\\leqslant", "≤"), ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"),
        ("\\gt", ">"), ("\\lt", "<"), ("\\%", "%"), ("\\times", "×"), ("\\cdot", "·"), ("\\,", " "), ("\\ ", " "),
    ];

    /// <summary>LaTeX math as some extractors write it: <c>$\geq 8\%$</c> → <c>≥ 8%</c>.</summary>
    public static string Latex(string s)
    {
        if (!s.Contains('$', StringComparison.Ordinal) && !s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        static string Replace(string m)
        {
            foreach (var (command, replacement) in LatexReplacements) m = m.Replace(command, replacement, StringComparison.Ordinal);
            return m;
        }

        s = LatexMath().Replace(s, m => Replace(m.Groups[1].Value));
        return Replace(s);
    }

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);

    /// <summary>
    /// Removes whitespace except between two ASCII letters or digits: the extraction puts spaces
    /// inside Chinese words ("社会效益指 标"), numbers ("542. 74") and before units ("≤2 小时").
    /// </summary>
    public static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                sb.Append(s[i++]);
                continue;
            }

            int j = i;
            while (j < s.Length && char.IsWhiteSpace(s[j]))
            {
                j++;
            }

            if (sb.Length > 0 && j < s.Length && IsAsciiWord(sb[^1]) && IsAsciiWord(s[j]))
            {
                sb.Append(' ');
            }

            i = j;
        }

        return sb.ToString();
    }

    /// <summary>A short table cell: LaTeX and HTML removed, spaces compacted.</summary>
    public static string Cell(string s) => Compact(HtmlTag().Replace(Latex(s), " ")).Trim();

    /// <summary>Free text: LaTeX and HTML removed, whitespace runs collapsed to one space.</summary>
    public static string Text(string s) => Whitespace().Replace(HtmlTag().Replace(Latex(s), " "), " ").Trim();

    /// <summary>A cell used as a label: compacted, leading stray numbers ("474 项目支出…") and trailing colons removed.</summary>
    public static string Key(string s)
    {
        var c = Cell(s);
        c = LeadingDigits().Replace(c, "");
        return c.TrimEnd(':', '：').Trim();
    }

    /// <summary>
    /// Money in 万元 as written: "1,296.70", "542. 74", "130.0000", "20万元". Null when empty or a
    /// dash; <paramref name="ok"/> false when something is written that is not a number.
    /// </summary>
    public static decimal? Money(string? s, out bool ok)
    {
        ok = true;
        if (s is null)
        {
            return null;
        }

        var c = Compact(s).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (c.EndsWith("万元", StringComparison.Ordinal))
        {
            c = c[..^2];
        }
        else if (c.EndsWith('万') || c.EndsWith('元'))
        {
            c = c[..^1];
        }

        if (c.Length == 0 || c is "-" or "－" or "—" or "–" or "/" or "无")
        {
            return null;
        }

        if (decimal.TryParse(c, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        ok = false;
        return null;
    }

    /// <summary>True for text that looks like it went through a wrong code page or was damaged.</summary>
    public static bool LooksGarbled(string line)
    {
        int bad = 0;
        int cjk = 0;
        foreach (var ch in line)
        {
            if (ch == '\uFFFD' || (ch >= '\u0080' && ch <= '\u024F' && ch != '×' && ch != '·' && ch != '°')
                || (char.IsControl(ch) && ch != '\t' && ch != '\r' && ch != '\n'))
            {
                bad++;
            }
            else if (ch >= '\u4E00' && ch <= '\u9FFF')
            {
                cjk++;
            }
        }

        return bad >= 3 && bad > cjk;
    }
}
