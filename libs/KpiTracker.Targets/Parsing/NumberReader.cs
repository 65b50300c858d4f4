using System.Globalization;

namespace KpiTracker.Targets;

/// <summary>
/// Reads a decimal at a position of normalised text: optional sign, digits with optional
/// thousands groups (1,296.70), optional fraction. Never allocates; never throws.
/// </summary>
internal static class NumberReader
{
    public enum Outcome { None, Ok, TooLarge }

    public static Outcome Read(ReadOnlySpan<char> s, int start, out decimal value, out int end)
    {
        value = 0m;
        end = start;
        var i = start;
        if (i < s.Length && s[i] is '+' or '-') i++;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return Outcome.None;

        Span<char> digits = stackalloc char[40];
        var n = 0;
        if (s[start] == '-') digits[n++] = '-';
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c)) { if (!Push(digits, ref n, c)) return TooLarge(s, i, out end); i++; }
            else if (c == ',' && IsThousandsGroup(s, i)) i++;
            else break;
        }
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            if (!Push(digits, ref n, '.')) return TooLarge(s, i, out end);
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (!Push(digits, ref n, s[i])) return TooLarge(s, i, out end);
                i++;
            }
        }
        end = i;
        return decimal.TryParse(digits[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value)
            ? Outcome.Ok
            : Outcome.TooLarge;
    }

    private static bool Push(Span<char> digits, ref int n, char c)
    {
        if (n == digits.Length) return false;
        digits[n++] = c;
        return true;
    }

    private static Outcome TooLarge(ReadOnlySpan<char> s, int i, out int end)
    {
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ',')) i++;
        end = i;
        return Outcome.TooLarge;
    }

    // A comma counts as a thousands separator only before exactly three digits: "1,296.70" yes, "1,5" no.
    private static bool IsThousandsGroup(ReadOnlySpan<char> s, int comma) =>
        comma + 3 < s.Length
        && char.IsAsciiDigit(s[comma + 1]) && char.IsAsciiDigit(s[comma + 2]) && char.IsAsciiDigit(s[comma + 3])
        && (comma + 4 >= s.Length || !char.IsAsciiDigit(s[comma + 4]));
}
