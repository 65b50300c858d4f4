using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiTracker.Cli.Import;

/// <summary>Cleaning of the text that PDF/Word extraction leaves behind.</summary>
internal static partial class TextNormalizer
{
    [GeneratedRegex(@"\$([^$]*)\$")]
    private static partial Regex LatexMath();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[0-9０-９\s]+(?=\D)")]
    private static partial Regex LeadingDigits();

    /// <summary>LaTeX math as some extractors write it: <c>$\geq 8\%$</c> → <c>≥ 8%</c>.</summary>
    public static string Latex(string s)
    {
        if (!s.Contains('$', StringComparison.Ordinal) && !s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        string Replace(string m) => m
            .Replace("\\geqslant", "≥", StringComparison.Ordinal)
            .Replace("\\leqslant", "≤", StringComparison.Ordinal)
            .Replace("\\geq", "≥", StringComparison.Ordinal)
            .Replace("\\leq", "≤", StringComparison.Ordinal)
            .Replace("\\ge", "≥", StringComparison.Ordinal)
            .Replace("\\le", "≤", StringComparison.Ordinal)
            .Replace("\\gt", ">", StringComparison.Ordinal)
            .Replace("\\lt", "<", StringComparison.Ordinal)
            .Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("\\times", "×", StringComparison.Ordinal)
            .Replace("\\cdot", "·", StringComparison.Ordinal)
            .Replace("\\,", " ", StringComparison.Ordinal)
            .Replace("\\ ", " ", StringComparison.Ordinal);

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
